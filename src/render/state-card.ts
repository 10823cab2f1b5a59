import type { StateMatch } from "../answer/model.js";
import { bold, type Card, type Element, italic, text } from "./card.js";
import {
  type CardOptions,
  quoteElement,
  quoteList,
  sourceLink,
  sourcesContext,
} from "./card-parts.js";
import {
  foldAround,
  formatDate,
  outletName,
  personLine,
  type StanceLabels,
  sourceDateText,
  sourceLabel,
  stanceLabel,
  standing,
} from "./format.js";
import { howItChanged } from "./timeline-line.js";

export function stateHeadline(match: StateMatch, labels: StanceLabels = {}): string {
  return `${match.name}: ${standing(match.stance, match.sides, labels)}`;
}

export function stateCard(match: StateMatch, options: CardOptions = {}): Card {
  const labels = options.labels ?? {};
  const elements: Element[] = [{ type: "header", text: stateHeadline(match, labels) }];
  if (match.conflict) elements.push(disagreement(match, labels));
  const changed = howItChanged(match.timeline, labels);
  if (changed) elements.push(text(bold("How it changed:"), ` ${changed}`));
  if (match.claims.length === 0) {
    elements.push(
      text(`None of the articles in the dataset reports ${match.name}'s response to the request.`),
    );
  }
  for (const claim of match.claims) {
    const attributed = claim.attributedTo ? ` (list attributed to ${claim.attributedTo})` : "";
    elements.push(
      text(
        bold(outletName(claim.source)),
        ` · ${sourceDateText(claim.source)} · `,
        italic(stanceLabel(claim.stance, labels)),
        `${attributed}\n${foldAround(claim.evidence, match.name)}`,
        ...sourceLink(options, claim.source, claim.anchor),
        ...(claim.note ? ["\n", italic(`Coding note: ${claim.note}`)] : []),
      ),
    );
    if (claim.quote) elements.push(quoteElement(claim.quote, false, options));
  }
  const whereAll = `Asking for ${match.name} alone`;
  elements.push(...quoteList([bold("Also said")], match.otherQuotes, options, whereAll));
  for (const body of [...new Set(match.onBehalfQuotes.map((q) => q.onBehalfOf))]) {
    const quotes = match.onBehalfQuotes.filter((q) => q.onBehalfOf === body);
    elements.push(
      ...quoteList(
        [bold(`Said for ${body}`), `, not as ${match.name}'s own response`],
        quotes,
        options,
        whereAll,
      ),
    );
  }
  if (match.people.length > 0) {
    elements.push(text(bold("People named:"), ` ${match.people.map(personLine).join("; ")}`));
  }
  elements.push(sourcesContext(match));
  const asOf = match.asOf ? `, as of ${formatDate(match.asOf)}` : "";
  return { summary: `${stateHeadline(match, labels)}${asOf}`, elements };
}

/**
 * The sides of a dispute and who reports each. A vague report ("withholding") that fits either
 * side is named apart, as agreeing with both, so it never reads as a side of its own.
 */
function disagreement(match: StateMatch, labels: StanceLabels): Element {
  const line = (stance: StateMatch["sides"][number]) => {
    const group = match.stances.find((g) => g.stance === stance);
    return `• ${stanceLabel(stance, labels)}: ${(group?.sources ?? []).map(sourceLabel).join("; ")}`;
  };
  const sides = match.sides.map(line);
  const fitsBoth = match.stances.filter((g) => !match.sides.includes(g.stance));
  const both = fitsBoth.map(
    (g) =>
      `Also: ${g.sources.map(sourceLabel).join("; ")} (${stanceLabel(g.stance, labels)}), which fits either side.`,
  );
  return text(
    bold("Sources disagree."),
    " Each side is shown below.\n",
    [...sides, ...both].join("\n"),
  );
}
