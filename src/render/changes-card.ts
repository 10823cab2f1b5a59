import type { Answer } from "../answer/model.js";
import { type ChangesAnswer, type DayProblem, isChangesAnswer } from "../changes/answer.js";
import type { SummaryChange } from "../changes/timeline.js";
import { bold, type Card, type Element, text } from "./card.js";
import { type CardOptions, sourceLink } from "./card-parts.js";
import { answerCard } from "./cards.js";
import { formatDate, outletName, type StanceLabels, sourceDateText } from "./format.js";
import { summaryLabel } from "./timeline-line.js";

/** Lines per text element: Slack takes 3,000 characters in one section. */
const LINES_PER_ELEMENT = 12;
/** More changes than this are counted, not listed: a reply stays readable. */
export const MAX_CHANGES_SHOWN = 48;

/** "Pennsylvania: public data only → sources disagree". */
export function changeTitle(change: SummaryChange, labels: StanceLabels = {}): string {
  return `${change.name}: ${summaryLabel(change.from, labels)} → ${summaryLabel(change.to, labels)}`;
}

/** The answer to "changed since …": each state before → after, the day and the source. */
export function changesCard(answer: ChangesAnswer, options: CardOptions = {}): Card {
  if (answer.dayProblem) return dayProblemCard(answer.dayProblem);
  const labels = answer.story?.labels ?? {};
  // "since July 1", "on July 5", "between June 30 and July 5".
  const since =
    answer.since === null
      ? null
      : answer.until === null
        ? `since ${formatDate(answer.since)}`
        : answer.until === answer.since
          ? `on ${formatDate(answer.since)}`
          : `between ${formatDate(answer.since)} and ${formatDate(answer.until)}`;
  const what = answer.reversals ? "Answers replaced" : "What changed";
  const heading = since ? `${what} ${since}` : what;
  const elements: Element[] = [{ type: "header", text: heading }];
  const none =
    answer.articles === 0
      ? "No article for this story has been published yet, so nothing has changed."
      : !since
        ? "The sources state no dates, so no change can be placed in time."
        : answer.reversals
          ? `No source reports a state replacing its answer with another ${since}. Where sources disagree, ask “disputed”; for first reports too, “what changed”.`
          : `No state's answer changed ${since}.`;
  if (answer.changes.length === 0) elements.push(text(none));
  const shown = answer.changes.slice(0, MAX_CHANGES_SHOWN);
  for (let i = 0; i < shown.length; i += LINES_PER_ELEMENT) {
    const parts = shown
      .slice(i, i + LINES_PER_ELEMENT)
      .flatMap((c, j) => [
        ...(j > 0 ? ["\n"] : []),
        "• ",
        bold(changeTitle(c, labels)),
        ` · ${sourceDateText(c.source)} · ${outletName(c.source)}`,
        ...sourceLink(options, c.source, ""),
      ]);
    elements.push({ type: "text", parts, continues: i > 0 });
  }
  const more = answer.changes.length - shown.length;
  if (more > 0)
    elements.push(text(`…and ${more} more; the tracker's changes page lists them all.`));
  if (answer.story) elements.push({ type: "context", items: [`Story: ${answer.story.title}`] });
  const count = answer.changes.length;
  const firstFew = answer.changes.slice(0, 3).map((c) => changeTitle(c, labels));
  const summary =
    count === 0
      ? none
      : `${count} change${count === 1 ? "" : "s"}${since ? ` ${since}` : ""}: ${firstFew.join("; ")}${count > 3 ? "; …" : ""}`;
  return { summary, elements };
}

/** Longest echo of the asked words in a reply about them. */
const MAX_WORDS_SHOWN = 60;

/** A day that cannot be answered gets one plain line about the day, never the help text. */
function dayProblemCard(problem: DayProblem): Card {
  const line =
    problem.problem === "not-a-date"
      ? `“${clip(problem.words)}” is not a date. Try a day like July 1, 2017-07-01, yesterday or last week.`
      : `${formatDate(problem.day)} is after today (${formatDate(problem.today)}): no source can stand on that day yet. Ask without the day for the answer as the sources stand now.`;
  return { summary: line, elements: [text(line)] };
}

function clip(words: string): string {
  const trimmed = words.trim();
  return trimmed.length > MAX_WORDS_SHOWN ? `${trimmed.slice(0, MAX_WORDS_SHOWN)}…` : trimmed;
}

/** The card for any answer: a change list, or a lookup's answer. */
export function replyCard(answer: Answer | ChangesAnswer, options: CardOptions = {}): Card {
  return isChangesAnswer(answer) ? changesCard(answer, options) : answerCard(answer, options);
}
