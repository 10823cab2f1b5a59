import type { webApi } from "@slack/bolt";
import type { AlertPoster } from "../alerts/service.js";
import type { PublishEvent } from "../changes/publishes.js";
import type { Library } from "../library/library.js";
import { alertCard } from "../render/alert-card.js";
import { type Block, renderBlocks, type SlackMessage } from "../render/blocks.js";
import type { AlertSubscription, ChannelRef } from "../store/store.js";
import type { SiteLinks } from "../web/links.js";
import type { AppDeps } from "./deps.js";
import { findMarked, postMarked } from "./marked-posts.js";
import { noteMessage } from "./replies.js";
import { storyNamed, unknownStoryMessage } from "./stories.js";
import { cannotPostReason, type Requester } from "./subscriptions.js";

/** Marks each alert, so a channel's history says whether an event's alert is there. */
export const ALERT_EVENT_TYPE = "voterdata_alert";

const mark = (eventId: string) => ({
  event_type: ALERT_EVENT_TYPE,
  event_payload: { event: eventId },
});
const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;

/** The story a channel's alerts follow: the one named, else the channel's, else the default. */
export async function alertStory(
  library: Library,
  sub: AlertSubscription,
  channelStory: (ref: ChannelRef) => Promise<string | null>,
) {
  const id = sub.story ?? (await channelStory(sub).catch(() => null));
  return (id && library.byId.get(id)) || library.defaultStory;
}

/** `/voterdata alerts [on [story] | off]`. */
export async function alertsReply(
  deps: AppDeps,
  who: Requester,
  setting: "on" | "off" | null,
  word: string | null,
): Promise<SlackMessage> {
  const { store, command } = deps;
  if (setting === "off") {
    return noteMessage(
      (await store.alertsOff(who))
        ? "Alerts off: this channel no longer hears of publishes as they happen."
        : "This channel has no alerts on.",
    );
  }
  if (setting === "on") {
    const named = word ? storyNamed(deps, word) : null;
    if (word && !named) return unknownStoryMessage(deps, word);
    const reason = await cannotPostReason(who);
    if (reason) return noteMessage(`${reason} Alerts need to post here, so they are not on.`);
    const story = named?.story.id ?? null;
    await store.setAlerts(
      { team: who.team, channel: who.channel, story, createdBy: who.user },
      deps.clock(),
    );
    const about = named ? named.story.title : "this channel's story";
    return noteMessage(
      `Alerts on: whenever an editor's publish or retraction changes a state's answer in ${about}, this channel gets one message with each change. \`${command} alerts off\` stops them.`,
    );
  }
  const sub = await store.alertSubscription(who);
  if (!sub) return noteMessage(`Alerts are off here. \`${command} alerts on\` turns them on.`);
  const story = await alertStory(deps.library.current(), sub, (ref) => store.channelStory(ref));
  const since = sub.createdAt.slice(0, 10);
  const paused = sub.pausedReason
    ? ` Paused: Slack said \`${sub.pausedReason}\` when an alert was posted. Invite VoterData again and run \`${command} alerts on\`.`
    : "";
  return noteMessage(`Alerts are on for ${story.story.title}, since ${since}.${paused}`);
}

/** The alert's message: the card, and who acted where the editor is of the same workspace. */
export function alertMessage(
  event: PublishEvent,
  where: ChannelRef,
  library: Library,
  links: SiteLinks | null,
): SlackMessage {
  const data = library.byId.get(event.story);
  const card = alertCard(event, data?.story.title ?? null, data?.story.labels ?? {}, {
    ...(links ? { state: (usps: string) => links.state(usps), tracker: links.tracker() } : {}),
  });
  const verb = event.kind === "publish" ? "Published" : "Retracted";
  const editor =
    event.team === where.team && SLACK_USER.test(event.by) ? `<@${event.by}>` : "an editor";
  const extra: Block[] = [
    { type: "context", elements: [{ type: "mrkdwn", text: `${verb} by ${editor}` }] },
  ];
  return renderBlocks(card, extra);
}

/** Posts alerts with the workspace's token and says which refusals are for good. */
export function slackAlertPoster(
  clientFor: (team: string) => Promise<webApi.WebClient>,
): AlertPoster {
  return {
    async post({ team, channel }, message, event) {
      return postMarked(await clientFor(team), channel, message, mark(event.id));
    },
    async findPosted({ team, channel }, eventId, since) {
      return findMarked(await clientFor(team), channel, mark(eventId), since);
    },
  };
}
