import type { PersonMatch } from "../answer/model.js";
import { bold, type Card, type Element, italic, text } from "./card.js";
import { type CardOptions, quoteElement, sourceLink, sourcesContext } from "./card-parts.js";
import {
  outletName,
  partyName,
  sourceDateText,
  sourceLabel,
  stanceLabel,
  standing,
} from "./format.js";

export function personCard(match: PersonMatch, options: CardOptions = {}): Card {
  const facts = [match.role, partyName(match.party)].filter(Boolean).join(" · ");
  const elements: Element[] = [{ type: "header", text: match.name }, text(facts)];
  if (match.stateName && match.stateStance) {
    elements.push(
      text(
        bold(`${match.stateName}:`),
        ` ${standing(match.stateStance, match.stateSides, options.labels)}`,
      ),
    );
  }
  for (const claim of match.claims) {
    elements.push(
      text(
        bold(`${claim.stateName}, ${outletName(claim.source)}`),
        ` · ${sourceDateText(claim.source)} · `,
        italic(stanceLabel(claim.stance, options.labels)),
        `\n${claim.evidence}`,
        ...sourceLink(options, claim.source, claim.anchor),
      ),
    );
    if (claim.quote) elements.push(quoteElement(claim.quote, false, options));
  }
  const where = (q: { source: { id: string }; anchor: string }) => `${q.source.id}#${q.anchor}`;
  const shown = new Set(match.claims.flatMap((c) => (c.quote ? [where(c.quote)] : [])));
  const quotes = match.quotes.filter((q) => !shown.has(where(q)));
  if (quotes.length > 0) {
    elements.push(text(bold(match.claims.length > 0 ? "Also said" : "Said")));
    for (const q of quotes) elements.push(quoteElement(q, true, options));
  }
  for (const group of match.otherStories) {
    elements.push(text(bold(`In ${group.story.title}`)));
    for (const q of group.quotes) elements.push(quoteElement(q, true, options));
  }
  if (match.claims.length === 0 && match.quotes.length === 0) {
    elements.push(
      text(bold(`Named in ${sourceLabel(match.namedIn.source)}:`), ` “${match.namedIn.text}”`),
    );
    elements.push(text("No quotes from this person in the dataset."));
  }
  elements.push(sourcesContext(match));
  return { summary: `${match.name}, ${match.role}`, elements };
}
