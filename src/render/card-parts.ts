import type { Currency } from "../answer/dates.js";
import type { Match, QuoteJson, SourceRef } from "../answer/model.js";
import { type Element, type Inline, link, SOURCE_LINK_TEXT } from "./card.js";
import { currencyText, personLine, type StanceLabels, sourceLabel } from "./format.js";

/** How a surface dresses a card's links; without `sourceUrl` a card carries no links. */
export interface CardOptions {
  /** Where a claim's sentence or a quote stands in its article, e.g. `<PUBLIC_URL>/sources/<id>#OH-1`. */
  sourceUrl?: (source: SourceRef, anchor: string) => string;
  /** Quotes shown beyond the claims' own before the rest are counted (several cards in one reply). */
  maxQuotes?: number;
  /** The story's own words for stances ("declined"); the standard words where it has none. */
  labels?: StanceLabels;
  /** How a reader asks again: "/voterdata" in Slack, "voterdata ask" in a terminal. */
  command?: string;
}

export function sourceLink(options: CardOptions, source: SourceRef, anchor: string): Inline[] {
  return options.sourceUrl
    ? [" · ", link(SOURCE_LINK_TEXT, options.sourceUrl(source, anchor))]
    : [];
}

export function quoteElement(
  quote: QuoteJson,
  withSource: boolean,
  options: CardOptions = {},
): Element {
  const speaker = personLine({
    name: quote.speaker,
    role: quote.speakerRole,
    party: quote.speakerParty,
  });
  const context = quote.context ? ` (${quote.context})` : "";
  const source = withSource ? `, in ${sourceLabel(quote.source)}` : "";
  const attribution = `${speaker}${context}${source}`;
  return options.sourceUrl
    ? {
        type: "quote",
        text: quote.text,
        attribution,
        href: options.sourceUrl(quote.source, quote.anchor),
      }
    : { type: "quote", text: quote.text, attribution };
}

/**
 * Quotes under a heading, every one of them, or as many as `maxQuotes` allows followed by how
 * many more there are and where to read them: a quote is never dropped without saying so.
 */
export function quoteList(
  heading: Inline[],
  quotes: QuoteJson[],
  options: CardOptions,
  whereAll: string,
): Element[] {
  if (quotes.length === 0) return [];
  const max = options.maxQuotes ?? quotes.length;
  const shown = quotes.slice(0, max);
  const elements: Element[] = [{ type: "text", parts: heading }];
  for (const q of shown) elements.push(quoteElement(q, true, options));
  const more = quotes.length - shown.length;
  if (more > 0) {
    const who = [...new Set(quotes.slice(max).map((q) => q.speaker))].join(", ");
    elements.push({
      type: "text",
      parts: [`…and ${more} more (${who}): ${whereAll} shows them all.`],
    });
  }
  return elements;
}

/** The card's foot: each source with its own date, then how current they are, honestly. */
export function sourcesContext(match: Match & Currency): Element {
  const items = match.sources.map((s) => `${sourceLabel(s)} [${s.id}]`);
  const currency = currencyText(match);
  if (currency) items.push(currency);
  return { type: "context", items: items.length > 0 ? items : ["No sources"] };
}
