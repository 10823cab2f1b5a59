import { type Answer, fromLookup } from "../answer/model.js";
import { askWithChanges, type ChangesAnswer, isChangesAnswer, todayOf } from "../changes/answer.js";
import { LIST_KEYS } from "../domain/stance.js";
import type { StoryData } from "../library/library.js";
import type { Target } from "../lookup/index.js";
import { lookupChosenSpeaker, MAX_QUERY_LENGTH } from "../lookup/lookup.js";
import { ACTION_SHARE, type Block, renderBlocks, type SlackMessage } from "../render/blocks.js";
import { text } from "../render/card.js";
import {
  buttonValue,
  type CardOptions,
  choiceValue,
  helpCard,
  parseButtonValue,
} from "../render/cards.js";
import { replyCard } from "../render/changes-card.js";
import { saidFrom, saidPart } from "../render/said-value.js";
import type { AppDeps } from "./deps.js";

/** The Slack message for an answer; ephemeral answers carry a "Share in channel" button. */
export function answerMessage(
  answer: Answer | ChangesAnswer,
  options: { share: boolean; links?: CardOptions },
): SlackMessage {
  const shareable = isChangesAnswer(answer)
    ? options.share && !answer.dayProblem
    : options.share && answered(answer) && !answer.ambiguous;
  const extra: Block[] = shareable
    ? [
        {
          type: "actions",
          elements: [
            {
              type: "button",
              action_id: ACTION_SHARE,
              text: { type: "plain_text", text: "Share in channel" },
              value: shareValue(answer),
            },
          ],
        },
      ]
    : [];
  return renderBlocks(replyCard(answer, options.links), extra);
}

/**
 * What "Share in channel" posts again: the question itself where it fits in a button, so the
 * shared card keeps everything the private one said (a role's stand-in, other stories); else
 * the matches it answered with.
 */
/** An answer with something to share: cards, the request, or the articles' own sentences. */
export function answered(answer: Answer): boolean {
  return answer.matches.length > 0 || answer.request !== undefined || !!answer.sentences?.length;
}

function shareValue(answer: Answer | ChangesAnswer): string {
  const story = answer.story?.id ?? null;
  // One person's words that match a question (perhaps chosen among several): that person, with
  // the question, so the shared card shows the same words first.
  if (!isChangesAnswer(answer)) {
    const [only, ...others] = answer.matches;
    if (answer.said.length === 1 && only?.kind === "person" && others.length === 0) {
      return buttonValue(story, [choiceValue(only), saidPart(answer.query)]);
    }
  }
  const asked = `${ASK_PREFIX}${encodeURIComponent(answer.query.trim())}`;
  if (isChangesAnswer(answer) || (answer.query.trim() && asked.length <= MAX_ASKED_IN_BUTTON)) {
    return buttonValue(story, [asked]);
  }
  return buttonValue(story, answer.matches.map(choiceValue));
}

const ASK_PREFIX = "ask:";
/** Slack allows 2,000 characters in a button's value; the story id takes some. */
const MAX_ASKED_IN_BUTTON = 1_800;

/** A one-paragraph reply: confirmations, explanations, errors. */
export function noteMessage(message: string): SlackMessage {
  return renderBlocks({ summary: message, elements: [text(message)] });
}

export function helpMessage(deps: AppDeps): SlackMessage {
  const stories = deps.library
    .current()
    .stories.map((s) => ({ title: s.story.title, word: s.hint }));
  return renderBlocks(helpCard(deps.command, stories));
}

/** The story a channel follows (`/voterdata story …`), or null for the default. */
export async function channelStory(deps: AppDeps, team: string, channel: string) {
  return deps.store.channelStory({ team, channel }).catch(() => null);
}

/**
 * A button's story and targets back from its value ("doj-2025|state:OH,person:x"); unknown
 * ones are dropped, and a story no longer known falls back to the default.
 */
export function targetsFromValue(
  deps: AppDeps,
  value: string,
): { story: StoryData; targets: Target[]; query: string | null; said: string | null } {
  const library = deps.library.current();
  const parsed = parseButtonValue(value);
  const story = (parsed.story && library.byId.get(parsed.story)) || library.defaultStory;
  const asked = parsed.targets.find((t) => t.startsWith(ASK_PREFIX));
  if (asked !== undefined) {
    try {
      const query = decodeURIComponent(asked.slice(ASK_PREFIX.length));
      return { story, targets: [], query, said: null };
    } catch {
      return { story, targets: [], query: null, said: null };
    }
  }
  const { dataset } = story;
  const targets = parsed.targets.flatMap((part): Target[] => {
    const [kind, id = ""] = part.split(":");
    if (kind === "state" && dataset.states.has(id)) return [{ kind: "state", usps: id }];
    if (kind === "person" && dataset.people.some((p) => p.id === id))
      return [{ kind: "person", id }];
    const key = LIST_KEYS.find((k) => k === id);
    if (kind === "list" && key) return [{ kind: "list", list: key }];
    if (kind === "source" && dataset.sources.some((s) => s.id === id))
      return [{ kind: "source", id }];
    return [];
  });
  return { story, targets, query: null, said: saidFrom(parsed.targets) };
}

/**
 * The answer for targets chosen by a click, as if they had been asked for by name; a person
 * chosen among several who said something close (`said`: the question) with their matching
 * words first.
 */
export function answerForTargets(
  story: StoryData,
  targets: Target[],
  query: string,
  said: string | null = null,
): Answer {
  const [only] = targets;
  if (said !== null && targets.length === 1 && only?.kind === "person") {
    return fromLookup(story.dataset, lookupChosenSpeaker(story.index, said, only.id));
  }
  return fromLookup(story.dataset, {
    query,
    targets,
    matchedBy: "exact",
    ambiguous: false,
    suggestions: [],
    roleFallback: null,
  });
}

/**
 * The reply to a typed query in the story it names, else the channel's, else the default.
 * Replies depend only on the query, the channel's story and the library, so each is looked up
 * and rendered once (bounded LRU, cleared when an editor publishes).
 */
export function lookupReply(
  deps: AppDeps,
  query: string,
  options: { share: boolean; story?: string | null },
): SlackMessage {
  const story = options.story ?? null;
  // "this week" and dates without a year read from today, so today is part of the cache key.
  const today = todayOf(deps.clock());
  const build = () =>
    answerMessage(askWithChanges(deps.library.current(), query, story, today), {
      share: options.share,
      links: deps.cardOptions,
    });
  if (query.length > MAX_QUERY_LENGTH) return build();
  return deps.replies.get(`${options.share}|${story ?? ""}|${today}|${query.trim()}`, build);
}
