import type {
  Answer,
  Match,
  PersonMatch,
  QuoteJson,
  SourceRef,
  StateMatch,
} from "../answer/model.js";
import {
  bold,
  type Card,
  type Choice,
  type Element,
  type Inline,
  italic,
  link,
  SOURCE_LINK_TEXT,
  text,
} from "./card.js";
import {
  foldAround,
  formatDate,
  outletName,
  partyName,
  personLine,
  sourceDateText,
  sourceLabel,
  stanceLabel,
  standing,
} from "./format.js";

/** Several names in one question are answered together, up to this many. */
export const MAX_CARDS_PER_ANSWER = 3;
/** Quotes beyond the claims' own, per card, so a card stays readable on a phone. */
const MAX_OTHER_QUOTES = 3;

export const EXAMPLES = [
  "Ohio",
  "OH",
  "W.Va.",
  "padilla",
  "Kentucky secretary of state",
  "what did Husted say?",
];

/** How a surface dresses a card's links; without `sourceUrl` a card carries no links. */
export interface CardOptions {
  /** Where a claim's sentence or a quote stands in its article, e.g. `<PUBLIC_URL>/sources/<id>#OH-1`. */
  sourceUrl?: (source: SourceRef, anchor: string) => string;
}

export function answerCard(answer: Answer, options: CardOptions = {}): Card {
  if (answer.matches.length === 0) return noMatchCard(answer.query);
  if (answer.ambiguous) return choiceCard(answer);
  const shown = answer.matches.slice(0, MAX_CARDS_PER_ANSWER);
  const cards = shown.map((m) => matchCard(m, options));
  const elements: Element[] = cards.flatMap((c, i) =>
    i === 0 ? c.elements : [{ type: "divider" } as Element, ...c.elements],
  );
  const more = answer.matches.length - shown.length;
  if (more > 0) {
    const rest = answer.matches.slice(MAX_CARDS_PER_ANSWER).map((m) => m.name);
    elements.push(text(`…and ${more} more: ${rest.join(", ")}. Ask for each by name.`));
  }
  return { summary: cards.map((c) => c.summary).join(" | "), elements };
}

export function matchCard(match: Match, options: CardOptions = {}): Card {
  return match.kind === "state" ? stateCard(match, options) : personCard(match, options);
}

export function stateHeadline(match: StateMatch): string {
  return `${match.name}: ${standing(match.stance, match.sides)}`;
}

export function stateCard(match: StateMatch, options: CardOptions = {}): Card {
  const elements: Element[] = [{ type: "header", text: stateHeadline(match) }];
  if (match.conflict) {
    const sides = match.stances.map(
      (g) => `• ${stanceLabel(g.stance)}: ${g.sources.map(sourceLabel).join("; ")}`,
    );
    elements.push(
      text(bold("Sources disagree."), " Each side is shown below.\n", sides.join("\n")),
    );
  }
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
        italic(stanceLabel(claim.stance)),
        `${attributed}\n${foldAround(claim.evidence, match.name)}`,
        ...sourceLink(options, claim.source, claim.anchor),
      ),
    );
    if (claim.quote) elements.push(quoteElement(claim.quote, false, options));
  }
  const others = match.otherQuotes.slice(0, MAX_OTHER_QUOTES);
  if (others.length > 0) {
    elements.push(text(bold("Also said")));
    for (const q of others) elements.push(quoteElement(q, true, options));
  }
  if (match.people.length > 0) {
    elements.push(text(bold("Officials named:"), ` ${match.people.map(personLine).join("; ")}`));
  }
  elements.push(sourcesContext(match));
  return { summary: `${stateHeadline(match)}${asOfText(match.asOf, ", as of ", "")}`, elements };
}

export function personCard(match: PersonMatch, options: CardOptions = {}): Card {
  const facts = [match.role, partyName(match.party)].filter(Boolean).join(" · ");
  const elements: Element[] = [{ type: "header", text: match.name }, text(facts)];
  if (match.stateName && match.stateStance) {
    elements.push(
      text(bold(`${match.stateName}:`), ` ${standing(match.stateStance, match.stateSides)}`),
    );
  }
  if (match.quotes.length === 0) elements.push(text("No quotes from this person in the dataset."));
  for (const q of match.quotes) elements.push(quoteElement(q, true, options));
  elements.push(sourcesContext(match));
  return { summary: `${match.name}, ${match.role}`, elements };
}

function sourceLink(options: CardOptions, source: SourceRef, anchor: string): Inline[] {
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

function sourcesContext(match: Match): Element {
  const items = match.sources.map((s) => `${sourceLabel(s)} [${s.id}]`);
  if (match.asOf) items.push(`As of ${formatDate(match.asOf)}`);
  return { type: "context", items: items.length > 0 ? items : ["No sources"] };
}

function asOfText(asOf: string | null, before: string, after: string): string {
  return asOf ? `${before}${formatDate(asOf)}${after}` : "";
}

export function choiceValue(match: Match): string {
  return match.kind === "state" ? `state:${match.state}` : `person:${match.id}`;
}

function choiceCard(answer: Answer): Card {
  const options: Choice[] = answer.matches.map((m) => ({ label: m.name, value: choiceValue(m) }));
  const names = options.map((o) => o.label);
  return {
    summary: `Did you mean ${names.join(" or ")}?`,
    elements: [
      text(bold("Did you mean:"), ` ${names.join(", ")}?`, ` Pick one, or ask again by name.`),
      { type: "choices", options },
    ],
  };
}

export function noMatchCard(query: string): Card {
  const shown = query.trim()
    ? `No match for “${query.trim().slice(0, 200)}”.`
    : "Nothing to look up.";
  return {
    summary: shown,
    elements: [
      text(
        bold(shown),
        " VoterData knows the 50 states, D.C. and the officials the articles quote.",
      ),
      text(
        `Try a state (${EXAMPLES.slice(0, 3).join(", ")}), a name (padilla) or a role (Kentucky secretary of state).`,
      ),
    ],
  };
}

export function helpCard(command: string): Card {
  return {
    summary: "VoterData: each state's response to the 2017 voter-data request, with sources.",
    elements: [
      { type: "header", text: "VoterData" },
      text(
        "Each state's response to the Presidential Advisory Commission on Election Integrity's request of June 28, 2017 for voter rolls: the stance, who said it, their exact words, and the article and date.",
      ),
      text(bold("Look up"), `\n${EXAMPLES.map((e) => `${command} ${e}`).join("\n")}`),
      {
        type: "context",
        items: [
          "Stances: refuses · public data only · complies · reviewing · withholding (refusing in whole or in part) · no report",
          "Built from five news articles of June 30 to July 5, 2017. Where sources disagree, both sides are shown.",
        ],
      },
    ],
  };
}

/** Lines in a compact reply before the rest are only named. */
export const MAX_COMPACT_LINES = 15;
const COMPACT_QUOTE_LENGTH = 160;

/**
 * One line per state or person named in a message (the message shortcut): stance, one quote,
 * its source. A long quote is cut with an ellipsis; the full text is one lookup away.
 */
export function compactCard(matches: Match[]): Card {
  if (matches.length === 0) {
    return {
      summary: "No states or officials found in this message.",
      elements: [text("No states or officials from the dataset are named in this message.")],
    };
  }
  const shown = matches.slice(0, MAX_COMPACT_LINES);
  const lines = shown.map(compactLine);
  const rest = matches.slice(MAX_COMPACT_LINES).map((m) => m.name);
  if (rest.length > 0) lines.push(text(`…and ${rest.length} more: ${rest.join(", ")}.`));
  const names = matches.map((m) => m.name);
  return {
    summary: `Voter data for ${names.length} named in this message: ${names.join(", ")}`,
    elements: [text(bold(`Voter data for ${names.length} named in this message`)), ...lines],
  };
}

function compactLine(match: Match): Element {
  const quote = match.kind === "state" ? firstQuote(match) : match.quotes[0];
  const said = quote
    ? ` · “${truncateQuote(quote.text)}” — ${quote.speaker} (${sourceLabel(quote.source)})`
    : "";
  if (match.kind === "state") {
    return text(bold(match.name), ` — ${standing(match.stance, match.sides)}${said}`);
  }
  const state =
    match.stateName && match.stateStance
      ? ` · ${match.stateName}: ${standing(match.stateStance, match.stateSides)}`
      : "";
  return text(bold(match.name), `, ${match.role}${state}${said}`);
}

function firstQuote(match: StateMatch): QuoteJson | undefined {
  return match.claims.find((c) => c.quote)?.quote ?? match.otherQuotes[0] ?? undefined;
}

function truncateQuote(quote: string): string {
  return quote.length <= COMPACT_QUOTE_LENGTH
    ? quote
    : `${quote.slice(0, quote.lastIndexOf(" ", COMPACT_QUOTE_LENGTH))} …`;
}
