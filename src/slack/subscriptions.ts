import type { webApi } from "@slack/bolt";
import { isTimeZone, localDateTime } from "../digest/local-time.js";
import { renderBlocks, type SlackMessage } from "../render/blocks.js";
import { digestCard } from "../render/digest-card.js";
import type { ChannelRef } from "../store/store.js";
import type { AppDeps } from "./deps.js";
import { noteMessage } from "./replies.js";
import { CANNOT_POST, cannotPostMessage, slackErrorCode } from "./slack-errors.js";

export const DEFAULT_DIGEST_TIME = "09:00";

export interface Requester {
  team: string;
  channel: string;
  user: string;
  client: webApi.WebClient;
}

/** The subscriber's Slack time zone, else DIGEST_TZ. */
async function timeZoneOf(
  deps: AppDeps,
  { client, user }: Requester,
): Promise<{ zone: string; fromSlack: boolean }> {
  try {
    const info = await client.users.info({ user });
    const zone = info.user?.tz;
    if (zone && isTimeZone(zone)) return { zone, fromSlack: true };
  } catch {
    // users.info is best effort: the documented fallback applies.
  }
  return { zone: deps.defaultTimeZone, fromSlack: false };
}

/** Null when the bot can post in the channel, else the reason it cannot. */
export async function cannotPostReason({ client, channel }: Requester): Promise<string | null> {
  try {
    const info = await client.conversations.info({ channel });
    if (info.channel?.is_archived) return cannotPostMessage("is_archived");
    if (info.channel?.is_im || info.channel?.is_member !== false) return null;
    return cannotPostMessage("not_in_channel");
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && CANNOT_POST.has(code)) return cannotPostMessage(code);
    throw error;
  }
}

export async function subscribe(
  deps: AppDeps,
  who: Requester,
  time: string | null,
  story: string | null = null,
): Promise<SlackMessage> {
  const reason = await cannotPostReason(who);
  if (reason)
    return noteMessage(
      `${reason} The digest needs to post here, so the channel is not subscribed.`,
    );
  const { zone, fromSlack } = await timeZoneOf(deps, who);
  const at = time ?? DEFAULT_DIGEST_TIME;
  await deps.store.subscribe(
    {
      team: who.team,
      channel: who.channel,
      time: at,
      timeZone: zone,
      subscribedBy: who.user,
      story,
    },
    deps.clock(),
  );
  const whose = fromSlack ? "your Slack time zone" : "the newsroom default";
  const title = story ? deps.library.current().byId.get(story)?.story.title : null;
  const about = title ? ` on ${title}` : " on this channel's story";
  return noteMessage(
    `Subscribed: this channel gets the VoterData digest${about} every day at ${at} (${zone}, ${whose}). ` +
      `If ${at} has already passed today, today's digest is posted within a minute. ` +
      `\`${deps.command} unsubscribe\` stops it.`,
  );
}

export async function unsubscribe(deps: AppDeps, where: ChannelRef): Promise<SlackMessage> {
  return noteMessage(
    (await deps.store.unsubscribe(where))
      ? "Unsubscribed: this channel no longer gets the daily digest."
      : "This channel has no digest subscription.",
  );
}

export async function describeSubscription(
  deps: AppDeps,
  where: ChannelRef,
): Promise<SlackMessage> {
  const sub = await deps.store.subscription(where);
  if (!sub)
    return noteMessage(
      `This channel has no digest subscription. \`${deps.command} subscribe 09:00\` starts one.`,
    );
  const last = await deps.store.lastSent(where);
  const paused = sub.pausedReason ? ` ${pausedText(sub.pausedReason)}` : "";
  const lastText = last ? ` Last digest: ${last.localDate}.` : " No digest sent yet.";
  // Both days in the channel's time zone, as the digest's own date is.
  const setUp = localDateTime(new Date(sub.createdAt), sub.timeZone).date;
  return noteMessage(
    `Daily digest at ${sub.time} (${sub.timeZone}), set up on ${setUp}.${lastText}${paused}`,
  );
}

/** Why a subscription is paused, and what brings it back. */
function pausedText(reason: string): string {
  if (reason === "app_uninstalled" || reason === "tokens_revoked")
    return `Paused: VoterData was removed from this workspace (\`${reason}\`). Subscribe again after reinstalling it.`;
  return `Paused: Slack said \`${reason}\` when the digest was posted. Subscribe again once that is fixed.`;
}

export async function digestPreview(
  deps: AppDeps,
  who: Requester,
  story: string,
): Promise<SlackMessage> {
  const sub = await deps.store.subscription(who);
  const zone = sub?.timeZone ?? (await timeZoneOf(deps, who)).zone;
  const digest = await deps.digest.preview(who, zone, { subscribed: sub !== null, story });
  return renderBlocks(digestCard(digest, deps.command));
}
