import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { SlackMessage } from "../../../render/blocks.js";
import { alertsReply } from "../../alerts.js";
import { parseCommandText } from "../../command-text.js";
import type { AppDeps } from "../../deps.js";
import { channelStory, helpMessage, lookupReply, noteMessage } from "../../replies.js";
import {
  listStories,
  setChannelStory,
  storyFor,
  storyNamed,
  unknownStoryMessage,
} from "../../stories.js";
import {
  describeSubscription,
  digestPreview,
  subscribe,
  unsubscribe,
} from "../../subscriptions.js";
import { intakeCommands } from "../intake/index.js";

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** The reply to `/voterdata <text>`, shown to the requester only. */
export async function commandReply(deps: AppDeps, args: CommandArgs): Promise<SlackMessage | null> {
  const request = parseCommandText(args.command.text ?? "");
  switch (request.kind) {
    case "help":
      return helpMessage(deps);
    case "invalid":
      return noteMessage(request.message);
    case "lookup": {
      const story = await channelStory(deps, args.command.team_id, args.command.channel_id);
      return lookupReply(deps, request.query, { share: true, story });
    }
    case "subscribe": {
      const chosen = request.story ? storyNamed(deps, request.story) : null;
      if (request.story && !chosen) return unknownStoryMessage(deps, request.story);
      return subscribe(deps, requester(args), request.time, chosen?.story.id ?? null);
    }
    case "unsubscribe":
      return unsubscribe(deps, requester(args));
    case "subscriptions":
      return describeSubscription(deps, requester(args));
    case "digest":
    case "map": {
      const who = requester(args);
      const chosen = await storyFor(deps, who, request.story);
      if ("unknown" in chosen) return unknownStoryMessage(deps, chosen.unknown);
      return request.kind === "map"
        ? (await import("../../map-upload.js")).mapReply(who, chosen.story)
        : digestPreview(deps, who, chosen.story.story.id);
    }
    case "story":
      return setChannelStory(deps, requester(args), request.story);
    case "stories":
      return listStories(deps, requester(args));
    case "alerts":
      return alertsReply(deps, requester(args), request.setting, request.story);
    // Editors' intake: every one checks the editor itself.
    case "add":
      return (await intakeCommands.add()).openAddModal(
        deps,
        editor(args),
        args.client,
        args.command.trigger_id,
      );
    case "add-links":
      return (await intakeCommands.add()).addLinksReply(
        deps,
        editor(args),
        args.client,
        request.links,
        args.respond,
      );
    case "story-new":
      return (await intakeCommands.story()).openStoryModal(
        deps,
        editor(args),
        args.client,
        args.command.trigger_id,
      );
    case "retract":
      return (await intakeCommands.retract()).retractReply(deps, editor(args), request);
    case "history":
      return (await intakeCommands.retract()).historyReply(deps, editor(args), request.state);
  }
}

function requester(args: CommandArgs) {
  return {
    team: args.command.team_id,
    channel: args.command.channel_id,
    user: args.command.user_id,
    client: args.client,
  };
}

function editor(args: CommandArgs) {
  return { team: args.command.team_id, user: args.command.user_id };
}

/** Acks at once (Slack allows 3 s), then answers through response_url. */
export function voterdataCommand(deps: AppDeps) {
  return async (args: CommandArgs): Promise<void> => {
    await args.ack();
    const reply = await commandReply(deps, args);
    // null: a modal opened, nothing to say.
    if (reply) await args.respond({ response_type: "ephemeral", ...reply });
  };
}

export function register(app: App, deps: AppDeps): void {
  app.command(deps.command, voterdataCommand(deps));
}
