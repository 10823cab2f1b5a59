import type { SourceMatch } from "../answer/model.js";
import { bold, type Card, type Element, text } from "./card.js";
import { type CardOptions, sourceLink, sourcesContext } from "./card-parts.js";
import { outletName, sourceDateText, stanceLabel, standing } from "./format.js";

/** An outlet's article: outlet, date, headline, the states it reports and what it reports of each. */
export function sourceCard(match: SourceMatch, options: CardOptions = {}): Card {
  const labels = options.labels ?? {};
  const outlet = outletName(match.source);
  const date = sourceDateText(match.source);
  const elements: Element[] = [
    { type: "header", text: `${outlet}, ${date}` },
    text(bold(match.headline), ...sourceLink(options, match.source, "")),
  ];
  if (match.author) elements.push(text(`By ${match.author}`));
  if (match.states.length > 0) {
    // By what the article reports, so a 45-state list reads in a few lines.
    const reported = [...new Set(match.states.flatMap((s) => s.stances))];
    const lines = reported.map((stance) => {
      const names = match.states
        .filter((s) => s.stances.includes(stance))
        .map((s) => s.name)
        .sort();
      return `• ${stanceLabel(stance, labels)} (${names.length}): ${names.join(", ")}`;
    });
    const elsewhere = match.states
      .filter((s) => s.stateConflict || !s.stances.includes(s.stateStance))
      .map((s) => `${s.name}: ${standing(s.stateStance, s.stateSides, labels)}`);
    elements.push(
      text(bold(`States it reports (${match.states.length}):`), `\n${lines.join("\n")}`),
    );
    if (elsewhere.length > 0) {
      elements.push(
        text(bold("Across all sources, these stand otherwise:"), ` ${elsewhere.join("; ")}.`),
      );
    }
  } else {
    elements.push(text("It reports no state's response."));
  }
  if (match.quoted.length > 0) elements.push(text(bold("Quotes:"), ` ${match.quoted.join(", ")}`));
  elements.push(sourcesContext(match));
  return { summary: `${outlet}, ${date}: ${match.headline}`, elements };
}
