import type { ListMatch, ListState } from "../answer/lists.js";
import { KEPT_BACK, STANCE_SHORT, type Stance } from "../domain/stance.js";
import { bold, type Card, type Element, text } from "./card.js";
import { type CardOptions, sourcesContext } from "./card-parts.js";
import { quoted, type StanceLabels, sourceLabel, standing } from "./format.js";

/** "refuses 9 · public data only 14 · … · sources disagree 3": disputed states on their own. */
export function tallyLine(tally: ListMatch["tally"], labels: StanceLabels = {}): string {
  const parts = tally.settled
    .filter((t) => t.count > 0)
    .map((t) => `${(labels[t.stance] ?? STANCE_SHORT[t.stance]).toLowerCase()} ${t.count}`);
  if (tally.disputed > 0) parts.push(`sources disagree ${tally.disputed}`);
  return parts.join(" · ");
}

/** No state has a reported answer: a story whose articles are yet to come. */
function nothingReported(tally: ListMatch["tally"]): boolean {
  return tally.disputed === 0 && tally.settled.every((t) => t.stance === "no-report" || !t.count);
}

const NOTHING_REPORTED = "No state's answer is reported yet";

/** A question about the whole table: the states, the counts, the sources. */
export function listCard(match: ListMatch, options: CardOptions = {}): Card {
  const command = options.command ?? "/voterdata";
  const labels = options.labels ?? {};
  if (match.field) return fieldListCard(match, match.field.label, labels, command);
  // ("0 states: declined" would read as news: that no state declined.)
  if (nothingReported(match.tally)) {
    return {
      summary: NOTHING_REPORTED,
      elements: [
        { type: "header", text: NOTHING_REPORTED },
        text("No article in the sources reports any state's answer to the request yet."),
      ],
    };
  }
  const elements: Element[] = [{ type: "header", text: listHeadline(match, labels) }];
  if (match.list === "tally") {
    elements.push(text(tallyLine(match.tally, labels)));
    // (A region's tally names each of its states.)
    if (match.states.length > 0) elements.push(text(stateLines(match.states, true, labels)));
  } else {
    elements.push(
      text(
        match.states.length > 0
          ? stateLines(match.states, match.list === "disputed", labels)
          : "No state settles on this in the sources.",
      ),
    );
    if (match.disputed.length > 0) {
      elements.push(
        text(
          bold(`Disputed (${match.disputed.length}):`),
          " one source reports this, another disagrees:\n",
          stateLines(match.disputed, true, labels),
        ),
      );
    }
    const all = match.region ? `All of ${match.region.name.replace(/ \(.*/, "")}` : "All states";
    elements.push({ type: "context", items: [`${all}: ${tallyLine(match.tally, labels)}`] });
  }
  const counts = match.counts ?? [];
  if (counts.length > 0) {
    // (Ours counts only the states a source names; the articles' round figures are theirs.)
    const lines = counts.map((c) => `• ${quoted(c.text, 320)} (${sourceLabel(c.source)})`);
    elements.push(text(bold("As the articles count them:"), `\n${lines.join("\n")}`));
  }
  elements.push(text(`Ask ${command} <state> for the sentences and quotes behind each.`));
  elements.push(sourcesContext(match));
  const names = match.list === "tally" ? "" : `: ${summaryNames(match)}`;
  return { summary: `${listHeadline(match, labels)}${names}`, elements };
}

/**
 * "which states won't give Social Security numbers": the states whose own sentence names the
 * field, each with that sentence, so the reader sees the words rather than an inference.
 */
function fieldListCard(
  match: ListMatch,
  label: string,
  labels: StanceLabels,
  command: string,
): Card {
  const n = match.states.length;
  const key = match.field?.key;
  // Only the fields no state makes public are "kept back" by an answer that names them; a
  // public field ("voting history") named in a public-only answer is one given, so those are
  // only said to be named.
  const sensitive = key === "ssn" || key === "birth" || key === "license";
  const headline = `${scope(match)}${
    key === "fee"
      ? n === 0
        ? "No state's source says the data is for sale or for a fee"
        : `${sourcesOf(n)} the data is for sale or for a fee`
      : n === 0
        ? match.list === "complies"
          ? `No complying state's source names ${label}`
          : `No state's source names ${label} in its answer`
        : sensitive && KEPT_BACK.includes(match.list as Stance)
          ? `${sourcesOf(n)} ${n === 1 ? "it keeps" : "they keep"} back ${label}`
          : sensitive && match.list === "complies"
            ? `${sourcesOf(n)} ${n === 1 ? "it hands" : "they hand"} over ${label}`
            : `${states(n)} whose source names ${label} in ${n === 1 ? "its answer" : "their answers"}`
  }`;
  const lines = match.states.map(
    (s) =>
      `• ${s.name} — ${(labels[s.stance] ?? STANCE_SHORT[s.stance]).toLowerCase()}: ${quoted(s.evidence ?? "", 240)} (${s.sources.map(sourceLabel).join("; ")})`,
  );
  return {
    summary: `${headline}${n > 0 ? `: ${match.states.map((s) => s.state).join(", ")}` : ""}`,
    elements: [
      { type: "header", text: headline },
      ...(n > 0 ? [text(lines.join("\n"))] : []),
      {
        type: "context",
        items: [
          `The sources answer the request as a whole: only states whose own sentence names ${label} are listed. Ask ${command} <state> for each answer.`,
        ],
      },
    ],
  };
}

/** What each stance list's states do, said of one state and of several. */
const DOES: Record<Stance, [string, string]> = {
  refuses: ["refuses", "refuse"],
  "public-only": ["gives public data only", "give public data only"],
  complies: ["complies", "comply"],
  reviewing: ["is still reviewing", "are still reviewing"],
  withholding: [
    "is withholding data, in whole or in part",
    "are withholding data, in whole or in part",
  ],
  "no-report": ["has no reported response", "have no reported response"],
};

const states = (n: number) => `${n} ${n === 1 ? "state" : "states"}`;
/** "1 state's source says", "6 states' sources say". */
const sourcesOf = (n: number) => (n === 1 ? "1 state's source says" : `${n} states' sources say`);

/**
 * The count first, as a reporter would say it: "9 states refuse; 2 more where a source says
 * they refuse but another disagrees",
 * "3 states are disputed", "Tally of 51: refuses 9 · …"; in the story's own words where it has them.
 */
export function listHeadline(match: ListMatch, labels: StanceLabels = {}): string {
  return `${scope(match)}${ownHeadline(match, labels)}`;
}

/** "In BuzzFeed News, June 30, 2017: ", "In the South (Census region): ": what the list is kept to. */
function scope(match: ListMatch): string {
  const within = [match.reportedBy && sourceLabel(match.reportedBy), match.region?.name].filter(
    Boolean,
  );
  return within.length > 0 ? `In ${within.join(", ")}: ` : "";
}

function ownHeadline(match: ListMatch, labels: StanceLabels): string {
  if (match.list === "tally") {
    const total = match.tally.settled.reduce((n, t) => n + t.count, 0) + match.tally.disputed;
    return `Tally of ${total}: ${tallyLine(match.tally, labels)}`;
  }
  const n = match.states.length;
  if (match.list === "disputed") {
    return `${states(n)} ${n === 1 ? "is" : "are"} disputed: sources disagree on the answer`;
  }
  const own = labels[match.list];
  const [one, many] = DOES[match.list];
  const settled = own ? `${states(n)}: ${own}` : `${states(n)} ${n === 1 ? one : many}`;
  // Said of this stance only: the tally's "sources disagree" counts every disputed state.
  const d = match.disputed.length;
  const reported = own ? "reports this" : `says ${d === 1 ? "it" : "they"} ${d === 1 ? one : many}`;
  return d > 0 ? `${settled}; ${d} more where a source ${reported} but another disagrees` : settled;
}

function stateLines(states: ListState[], withSides: boolean, labels: StanceLabels): string {
  return states
    .map((s) => {
      const how = withSides ? ` — ${standing(s.stance, s.sides, labels)}` : "";
      // A state no source reports on ("no report") has no sources to name: no empty brackets.
      const sources = s.sources.length ? ` (${s.sources.map(sourceLabel).join("; ")})` : "";
      return `• ${s.name}${how}${sources}`;
    })
    .join("\n");
}

function summaryNames(match: ListMatch): string {
  if (match.list === "tally") return tallyLine(match.tally);
  const names = match.states.map((s) => s.state).join(", ") || "none";
  return match.disputed.length > 0
    ? `${names}; disputed: ${match.disputed.map((s) => s.state).join(", ")}`
    : names;
}
