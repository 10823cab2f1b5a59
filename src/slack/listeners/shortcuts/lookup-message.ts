import type {
  AllMiddlewareArgs,
  App,
  MessageShortcut,
  SlackShortcutMiddlewareArgs,
} from "@slack/bolt";
import { chooseStory } from "../../../library/ask.js";
import { mentions } from "../../../lookup/mentions.js";
import { renderBlocks } from "../../../render/blocks.js";
import { compactCard } from "../../../render/cards.js";
import type { AppDeps } from "../../deps.js";
import { plainMessageText } from "../../message-text.js";
import { answerForTargets, channelStory } from "../../replies.js";
import { reasonIfCannotPost } from "../../slack-errors.js";

export const LOOKUP_SHORTCUT = "lookup_voter_data";

type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** "Look up voter data" on a message: every state and official it names, in its thread. */
export async function handleLookupShortcut(
  { ack, shortcut, client, respond }: ShortcutArgs,
  deps: AppDeps,
): Promise<void> {
  await ack();
  const text = plainMessageText(shortcut.message.text ?? "");
  const story = await channelStory(deps, shortcut.team?.id ?? "", shortcut.channel.id);
  const { data } = chooseStory(deps.library.current(), text, story);
  const targets = mentions(data.index, text, true);
  const message = renderBlocks(compactCard(answerForTargets(data, targets, text).matches));
  const reason = await reasonIfCannotPost(() =>
    client.chat.postMessage({
      channel: shortcut.channel.id,
      thread_ts: shortcut.message.thread_ts ?? shortcut.message.ts,
      unfurl_links: false,
      ...message,
    }),
  );
  if (reason) await respond({ response_type: "ephemeral", text: reason });
}

export function register(app: App, deps: AppDeps): void {
  app.shortcut<MessageShortcut>(LOOKUP_SHORTCUT, (args) => handleLookupShortcut(args, deps));
}
