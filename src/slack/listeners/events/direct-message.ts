import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { AppDeps } from "../../deps.js";
import { questionText } from "../../message-text.js";
import { channelStory, helpMessage, lookupReply } from "../../replies.js";

type MessageArgs = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

/**
 * A DM to the bot: the answer, in the DM. Bot messages (its own included), edits, deletions and
 * every other subtype are ignored, so the bot never answers itself.
 */
export async function handleDirectMessage(
  { message, client, context }: MessageArgs,
  deps: AppDeps,
): Promise<void> {
  if (message.channel_type !== "im" || message.subtype !== undefined) return;
  if (message.bot_id || message.user === context.botUserId) return;
  const query = questionText(message.text ?? "");
  const isHelp = query === "" || /^(help|hi|hello|\?)$/i.test(query);
  const story = isHelp ? null : await channelStory(deps, context.teamId ?? "", message.channel);
  const reply = isHelp ? helpMessage(deps) : lookupReply(deps, query, { share: false, story });
  await client.chat.postMessage({ channel: message.channel, unfurl_links: false, ...reply });
}

export function register(app: App, deps: AppDeps): void {
  app.message((args) => handleDirectMessage(args, deps));
}
