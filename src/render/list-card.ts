import type { ListMatch, ListState } from "../answer/lists.js";
import { STANCE_SHORT } from "../domain/stance.js";
import { bold, type Card, type Element, text } from "./card.js";
import { type CardOptions, sourcesContext } from "./card-parts.js";
import { type StanceLabels, sourceLabel, standing } from "./format.js";

/** "refuses 9 · public data only 14 · … · sources disagree 3": disputed states on their own. */
export function tallyLine(tally: ListMatch["tally"], labels: StanceLabels = {}): string {
  const parts = tally.settled
    .filter((t) => t.count > 0)
    .map((t) => `${(labels[t.stance] ?? STANCE_SHORT[t.stance]).toLowerCase()} ${t.count}`);
  if (tally.disputed > 0) parts.push(`sources disagree ${tally.disputed}`);
  return parts.join(" · ");
}

/** A question about the whole table: the states, the counts, the sources. */
export function listCard(match: ListMatch, options: CardOptions = {}): Card {
  const command = options.command ?? "/voterdata";
  const labels = options.labels ?? {};
  const elements: Element[] = [{ type: "header", text: listHeadline(match, labels) }];
  if (match.list === "tally") {
    elements.push(text(tallyLine(match.tally, labels)));
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
    elements.push({ type: "context", items: [`All states: ${tallyLine(match.tally, labels)}`] });
  }
  elements.push(text(`Ask ${command} <state> for the sentences and quotes behind each.`));
  elements.push(sourcesContext(match));
  return { summary: `${listHeadline(match, labels)}: ${summaryNames(match)}`, elements };
}

/** "Refuses (9)", or in the story's own words ("Declined (1)"). */
function listHeadline(match: ListMatch, labels: StanceLabels): string {
  if (match.list === "tally") return match.name;
  const own = match.list === "disputed" ? undefined : labels[match.list];
  const name = own ? own.charAt(0).toUpperCase() + own.slice(1) : match.name;
  return `${name} (${match.states.length})`;
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
