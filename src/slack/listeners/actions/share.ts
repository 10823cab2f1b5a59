import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { askWithChanges, isChangesAnswer, todayOf } from "../../../changes/answer.js";
import { ACTION_SHARE, renderBlocks } from "../../../render/blocks.js";
import { replyCard } from "../../../render/changes-card.js";
import type { AppDeps } from "../../deps.js";
import { answered, answerForTargets, targetsFromValue } from "../../replies.js";
import { reasonIfCannotPost } from "../../slack-errors.js";

type ShareArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Share in channel": posts the same card to the channel, attributed to the person who shared
 * it, then removes their private copy. If the bot cannot post there, they are told plainly.
 */
export async function handleShare(
  { ack, action, body, client, respond }: ShareArgs,
  deps: AppDeps,
): Promise<void> {
  await ack();
  const channel = body.channel?.id;
  if (!channel) return;
  const { story, targets, query, said } = targetsFromValue(deps, action.value ?? "");
  const shared =
    query !== null
      ? askWithChanges(deps.library.current(), query, story.story.id, todayOf(deps.clock()))
      : answerForTargets(story, targets, said ?? "", said);
  if (!isChangesAnswer(shared) && !answered(shared)) {
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      text: "That card can no longer be shared; look it up again.",
    });
    return;
  }
  const attribution = {
    type: "context",
    elements: [{ type: "mrkdwn", text: `Shared by <@${body.user.id}>` }],
  };
  const message = renderBlocks(replyCard(shared, deps.cardOptions), [attribution]);
  let reason: string | null;
  try {
    reason = await reasonIfCannotPost(() =>
      client.chat.postMessage({ channel, unfurl_links: false, ...message }),
    );
  } catch (error) {
    const failed = "Sharing failed: Slack did not accept the message. Please try again.";
    await respond({ response_type: "ephemeral", replace_original: false, text: failed });
    throw error;
  }
  if (reason) {
    await respond({ response_type: "ephemeral", replace_original: false, text: reason });
    return;
  }
  await respond({ delete_original: true });
}

export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(ACTION_SHARE, (args) => handleShare(args, deps));
}
