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
    const lines = match.states.map((s) => {
      const reported = s.stances.map((st) => stanceLabel(st, labels)).join(", ");
      const overall = standing(s.stateStance, s.stateSides, labels);
      const across = overall === reported ? "" : ` (across all sources: ${overall})`;
      return `• ${s.name}: ${reported}${across}`;
    });
    elements.push(
      text(bold(`States it reports (${match.states.length}):`), `\n${lines.join("\n")}`),
    );
  } else {
    elements.push(text("It reports no state's response."));
  }
  if (match.quoted.length > 0) elements.push(text(bold("Quotes:"), ` ${match.quoted.join(", ")}`));
  elements.push(sourcesContext(match));
  return { summary: `${outlet}, ${date}: ${match.headline}`, elements };
}
