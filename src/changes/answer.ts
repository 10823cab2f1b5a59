import { type Answer, fromLookup, type StoryRef } from "../answer/model.js";
import type { Dataset } from "../domain/dataset.js";
import { compatible } from "../domain/stance.js";
import { alsoTracked, askLibrary, chooseStory } from "../library/ask.js";
import type { Library, StoryData } from "../library/library.js";
import { buildIndex, type LookupIndex } from "../lookup/index.js";
import { lookup, MAX_QUERY_LENGTH } from "../lookup/lookup.js";
import { addDays, parseChangeQuery, resolveDay, weekStart } from "./query.js";
import { changesSince, datasetOn, firstDate, lastDate, type SummaryChange } from "./timeline.js";

/** The answer to "changed since …": every state whose summary moved in the window. */
export interface ChangesAnswer {
  kind: "changes";
  query: string;
  story: StoryRef | null;
  /** The window's first day (YYYY-MM-DD); null when the story's sources state no date. */
  since: string | null;
  /** The window's last day, when the question gave one ("on July 5"); else it runs to today. */
  until: string | null;
  /** Each move of a state's summary, oldest first; empty when none moved. */
  changes: SummaryChange[];
  /** Asked for answers replaced ("which states changed their answer"): first reports left out. */
  reversals: boolean;
  /** How many articles the story holds: with none, nothing can have changed. */
  articles: number;
  /** A day the question names that cannot be answered: no such day, or one after today. */
  dayProblem: DayProblem | null;
}

export type DayProblem =
  | { problem: "not-a-date"; words: string }
  | { problem: "after-today"; words: string; day: string; today: string };

/**
 * A question about change, answered in the story it names (else the channel's, else the
 * default); null when the question is not about change, so the lookup answers it.
 */
export function askChanges(
  library: Library,
  query: string,
  channelStory: string | null,
  today: string,
): ChangesAnswer | Answer | null {
  const picked = pickStory(library, query, channelStory);
  if (!picked) return null;
  const { choice, asked } = picked;
  const { dataset } = choice.data;
  const story = storyRef(dataset);
  const articles = dataset.sources.length;
  const problem = (dayProblem: DayProblem): ChangesAnswer => ({
    kind: "changes",
    query,
    story,
    since: null,
    until: null,
    changes: [],
    reversals: false,
    articles,
    dayProblem,
  });
  if (asked.kind === "not-a-date") return problem({ problem: "not-a-date", words: asked.words });
  if (asked.kind === "changes") {
    const since =
      asked.since === "all"
        ? dayAfter(firstDate(dataset))
        : asked.since === "week"
          ? weekStart(today)
          : resolveDay(asked.since, lastDate(dataset), today);
    if (since && since > today) {
      return problem({ problem: "after-today", words: asked.words, day: since, today });
    }
    const until = asked.until ? resolveDay(asked.until, lastDate(dataset), today) : null;
    const all = since
      ? changesSince(dataset, since).filter((c) => until === null || (c.date ?? "") <= until)
      : [];
    return {
      kind: "changes",
      query,
      story,
      since,
      until,
      // A reported answer replaced by one that cannot also be true: not a first report, not a
      // vague "withholding" made precise, and not outlets coming to disagree (which may be two
      // reports of one day, not a state changing course; "disputed" lists those).
      changes: asked.reversals
        ? all.filter(
            (c) =>
              c.from.stance !== "no-report" &&
              !c.from.conflict &&
              !c.to.conflict &&
              !compatible(c.from.stance, c.to.stance),
          )
        : all,
      reversals: asked.reversals,
      articles,
      dayProblem: null,
    };
  }
  const day = resolveDay(asked.day, lastDate(dataset), today);
  if (day > today) return problem({ problem: "after-today", words: asked.words, day, today });
  // Looked up in the day's own index, so a name only a later article prints is not that day's.
  const index = indexOn(choice.data, day);
  const answer = fromLookup(index.dataset, lookup(index, asked.rest));
  return {
    ...answer,
    query,
    on: day,
    alsoTracked: alsoTracked(library, choice.data, answer.matches),
  };
}

const MAX_DAYS_KEPT = 16;
const dayIndexes = new WeakMap<StoryData, Map<string, LookupIndex>>();

/** A story's lookup index as its sources stood on a day; the last few days asked are kept. */
function indexOn(data: StoryData, day: string): LookupIndex {
  let days = dayIndexes.get(data);
  if (!days) {
    days = new Map();
    dayIndexes.set(data, days);
  }
  let index = days.get(day);
  if (!index) {
    index = buildIndex(datasetOn(data.dataset, day));
    if (days.size >= MAX_DAYS_KEPT) days.delete(days.keys().next().value as string);
    days.set(day, index);
  }
  return index;
}

/**
 * The story and the question. A year inside a date ("since 2017-07-01", "Ohio on July 1 2017")
 * reads as a story word too, so the date is set apart first: a story named outside it wins,
 * else the date's year may pick one, else the channel's story.
 */
function pickStory(library: Library, query: string, channelStory: string | null) {
  if (query.length > MAX_QUERY_LENGTH) return null;
  const whole = parseChangeQuery(query);
  if (whole) {
    const rest = whole.kind === "on" ? chooseStory(library, whole.rest, null) : null;
    if (rest?.named && whole.kind === "on") {
      return { choice: rest, asked: { ...whole, rest: rest.query } };
    }
    return { choice: chooseStory(library, query, channelStory), asked: whole };
  }
  // "doj changed since 2025-09-01", "changes doj": a story word before or after the question.
  const words = query.trim().split(/\s+/);
  for (const [word, rest] of [
    [words[0], words.slice(1)],
    [words[words.length - 1], words.slice(0, -1)],
  ] as const) {
    const choice = chooseStory(library, word ?? "", channelStory);
    const asked = choice.named ? parseChangeQuery(rest.join(" ")) : null;
    if (asked) return { choice, asked };
  }
  return null;
}

function storyRef(dataset: Dataset): StoryRef | null {
  const story = dataset.story;
  return story ? { id: story.id, title: story.title, labels: story.labels } : null;
}

/**
 * "changes" alone: everything that moved after the story's first day of reports, so the first
 * reports themselves are not listed as changes.
 */
function dayAfter(day: string | null): string | null {
  return day ? addDays(day, 1) : null;
}

export function isChangesAnswer(a: Answer | ChangesAnswer): a is ChangesAnswer {
  return (a as ChangesAnswer).kind === "changes";
}

/** Any question: about change when it is one, else the lookup's answer. */
export function askWithChanges(
  library: Library,
  query: string,
  channelStory: string | null,
  today: string,
): Answer | ChangesAnswer {
  return (
    askChanges(library, query, channelStory, today) ?? askLibrary(library, query, channelStory)
  );
}

/** Today's date (YYYY-MM-DD) by a clock, for "this week" and dates given without a year. */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10);
