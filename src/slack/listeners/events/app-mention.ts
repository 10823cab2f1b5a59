import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { AppDeps } from "../../deps.js";
import { questionText } from "../../message-text.js";
import { channelStory, helpMessage, lookupReply } from "../../replies.js";

type MentionArgs = SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs;

/** `@VoterData Ohio` in a channel: the card, in the thread of the mention. */
export async function handleAppMention(
  { event, client }: MentionArgs,
  deps: AppDeps,
): Promise<void> {
  if (event.bot_id || event.subtype) return;
  const query = questionText(event.text ?? "");
  const story = await channelStory(deps, event.team ?? "", event.channel);
  const message = query ? lookupReply(deps, query, { share: false, story }) : helpMessage(deps);
  await client.chat.postMessage({
    channel: event.channel,
    thread_ts: event.thread_ts ?? event.ts,
    unfurl_links: false,
    ...message,
  });
}

export function register(app: App, deps: AppDeps): void {
  app.event("app_mention", (args) => handleAppMention(args, deps));
}
