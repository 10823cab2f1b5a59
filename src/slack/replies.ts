import type { Answer } from "../answer/model.js";
import { answerCard, choiceValue } from "../render/cards.js";
import { ACTION_SHARE, type Block, renderBlocks, type SlackMessage } from "../render/blocks.js";

/** The Slack message for an answer; ephemeral answers carry a "Share in channel" button. */
export function answerMessage(answer: Answer, options: { share: boolean }): SlackMessage {
  const shareable = options.share && answer.matches.length > 0 && !answer.ambiguous;
  const extra: Block[] = shareable
    ? [
        {
          type: "actions",
          elements: [
            {
              type: "button",
              action_id: ACTION_SHARE,
              text: { type: "plain_text", text: "Share in channel" },
              value: answer.matches.map(choiceValue).join(","),
            },
          ],
        },
      ]
    : [];
  return renderBlocks(answerCard(answer), extra);
}
