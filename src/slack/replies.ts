import { type Answer, answer, fromLookup } from "../answer/model.js";
import { LIST_KEYS } from "../domain/stance.js";
import type { Target } from "../lookup/index.js";
import { MAX_QUERY_LENGTH } from "../lookup/lookup.js";
import { ACTION_SHARE, type Block, renderBlocks, type SlackMessage } from "../render/blocks.js";
import { text } from "../render/card.js";
import { answerCard, type CardOptions, choiceValue, helpCard } from "../render/cards.js";
import type { AppDeps } from "./deps.js";

/** The Slack message for an answer; ephemeral answers carry a "Share in channel" button. */
export function answerMessage(
  answer: Answer,
  options: { share: boolean; links?: CardOptions },
): SlackMessage {
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
  return renderBlocks(answerCard(answer, options.links), extra);
}

/** A one-paragraph reply: confirmations, explanations, errors. */
export function noteMessage(message: string): SlackMessage {
  return renderBlocks({ summary: message, elements: [text(message)] });
}

export function helpMessage(deps: AppDeps): SlackMessage {
  return renderBlocks(helpCard(deps.command));
}

/** Targets back from a button's value ("state:OH,person:alex-padilla"); unknown ones dropped. */
export function targetsFromValue(deps: AppDeps, value: string): Target[] {
  const { dataset } = deps.library.current().defaultStory;
  return value.split(",").flatMap((part): Target[] => {
    const [kind, id = ""] = part.split(":");
    if (kind === "state" && dataset.states.has(id)) return [{ kind: "state", usps: id }];
    if (kind === "person" && dataset.people.some((p) => p.id === id))
      return [{ kind: "person", id }];
    const list = LIST_KEYS.find((k) => k === id);
    if (kind === "list" && list) return [{ kind: "list", list }];
    return [];
  });
}

/** The answer for targets chosen by a click, as if they had been asked for by name. */
export function answerForTargets(deps: AppDeps, targets: Target[], query: string): Answer {
  return fromLookup(deps.library.current().defaultStory.dataset, {
    query,
    targets,
    matchedBy: "exact",
    ambiguous: false,
    suggestions: [],
    roleFallback: null,
  });
}

/**
 * The reply to a typed query. Replies depend only on the query and the dataset, which is fixed
 * while the app runs, so each distinct query is looked up and rendered once (bounded LRU).
 */
export function lookupReply(
  deps: AppDeps,
  query: string,
  options: { share: boolean },
): SlackMessage {
  const build = () =>
    answerMessage(answer(deps.library.current().defaultStory.index, query), {
      ...options,
      links: deps.cardOptions,
    });
  if (query.length > MAX_QUERY_LENGTH) return build();
  return deps.replies.get(`${options.share}|${query.trim()}`, build);
}
