import {
  type Answer,
  type ArticleSentenceJson,
  MAX_QUERY_ECHOED,
  type Match,
  type OfficialsQuestion,
  type PersonMatch,
  type QuoteJson,
  type StateMatch,
  type StoryRef,
} from "../answer/model.js";
import { OFFICE_NOUNS, type Office } from "../domain/dataset.js";
import { STANCE_LABEL } from "../domain/stance.js";
import { bold, type Card, type Choice, type Element, text } from "./card.js";
import type { CardOptions } from "./card-parts.js";
import { formatDate, quoted, sourceLabel, standing } from "./format.js";
import { listCard } from "./list-card.js";
import { personCard } from "./person-card.js";
import { requestCard } from "./request-card.js";
import { saidChoiceCard, saidElements, unansweredCard } from "./said-card.js";
import { sourceCard } from "./source-card.js";
import { stateCard } from "./state-card.js";

export type { CardOptions } from "./card-parts.js";
export { quoteElement } from "./card-parts.js";
export { personCard } from "./person-card.js";
export { stateCard, stateHeadline } from "./state-card.js";

/** Several names in one question are answered together, up to this many. */
export const MAX_CARDS_PER_ANSWER = 3;
/** Quotes beyond the claims' own, per card, when several cards share one reply. */
const MAX_QUOTES_WHEN_SEVERAL = 3;

export const EXAMPLES = [
  "Ohio",
  "OH",
  "W.Va.",
  "padilla",
  "Kentucky secretary of state",
  "what did Husted say?",
];

export function answerCard(answer: Answer, options: CardOptions = {}): Card {
  const card = matchesCard(answer, { labels: answer.story?.labels ?? {}, ...options });
  const elements = [...card.elements];
  if (answer.on) elements.unshift(onDayNote(answer.on));
  if (answer.notIn && answer.story) elements.unshift(otherStoryNote(answer.notIn, answer.story));
  const command = options.command ?? "/voterdata";
  if (answer.alsoTracked.length > 0) {
    const lines = answer.alsoTracked.map(
      (t) => `${t.story.title}: ${t.names.map((n) => `${command} ${t.word} ${n}`).join(", ")}`,
    );
    elements.push(text(bold("Also tracked:"), ` ${lines.join("; ")}`));
  }
  if (answer.story) elements.push({ type: "context", items: [`Story: ${answer.story.title}`] });
  const summary =
    answer.notIn && answer.story
      ? `From another story, ${answer.story.title}: ${card.summary}`
      : card.summary;
  return { summary, elements };
}

/** An answer from a story other than the one asked first says so before anything else. */
function otherStoryNote(asked: StoryRef, story: StoryRef): Element {
  return text(
    bold(`From another story, ${story.title}:`),
    ` ${asked.title} has no match, so this comes from the story that has one.`,
  );
}

/** An answer as the sources stood on a day says so first: later articles are left out. */
function onDayNote(day: string): Element {
  return text(
    bold(`As the sources stood on ${formatDate(day)}.`),
    " Articles dated after that day, or with no date, are left out.",
  );
}

function matchesCard(answer: Answer, options: CardOptions): Card {
  if (answer.request) return requestCard(answer.request, options);
  const sentences = answer.sentences ?? [];
  if (answer.matches.length === 0 && sentences.length > 0) {
    // ("what did Politico report": no article is from it, but these sentences cite it.)
    const lead = answer.unanswered ? unansweredCard(answer.query, answer.unanswered).elements : [];
    return {
      summary: sentencesLine(sentences),
      elements: [...lead.slice(0, 1), ...sentencesElements(sentences)],
    };
  }
  if (answer.matches.length === 0) {
    return answer.unanswered
      ? unansweredCard(answer.query, answer.unanswered)
      : noMatchCard(answer.query, answer);
  }
  if (answer.ambiguous && answer.said.length > 1) return saidChoiceCard(answer);
  if (answer.ambiguous) return choiceCard(answer);
  const shown = answer.matches.slice(0, MAX_CARDS_PER_ANSWER);
  const each = shown.length > 1 ? { maxQuotes: MAX_QUOTES_WHEN_SEVERAL, ...options } : options;
  const cards = shown.map((m) => matchCard(m, each));
  const elements: Element[] = cards.flatMap((c, i) =>
    i === 0 ? c.elements : [{ type: "divider" } as Element, ...c.elements],
  );
  if (answer.unfit) elements.unshift(text(bold(unfitWords(answer, answer.unfit))));
  if (answer.silentOn) elements.unshift(text(bold(silentWords(answer, answer.silentOn))));
  if (answer.roleFallback) {
    const { asked, stateName } = answer.roleFallback;
    const standIns = answer.matches.some((m) => m.kind === "person");
    elements.unshift(
      text(
        bold(`The sources name no ${asked} of ${stateName}.`),
        standIns
          ? ` Shown instead: the ${stateName} election officials they do name, with their roles.`
          : ` Shown instead: what they report of ${stateName}.`,
      ),
    );
  }
  const [said] = answer.said;
  if (said) elements.unshift(...saidElements(said, options));
  if (sentences.length > 0) elements.unshift(...sentencesElements(sentences));
  if (answer.officials) {
    const [lead, rest] = officialsWords(answer, answer.officials);
    elements.unshift(text(bold(lead), rest));
  }
  const more = answer.matches.length - shown.length;
  if (more > 0) {
    const rest = answer.matches.slice(MAX_CARDS_PER_ANSWER).map((m) => m.name);
    elements.push(text(`…and ${more} more: ${rest.join(", ")}. Ask for each by name.`));
  }
  const summary = cards.map((c) => c.summary).join(" | ");
  return { summary: firstLine(answer, summary), elements };
}

/** "Refuses, in their own quoted words: 2 governors: Andrew Cuomo (New York), Tom Wolf (…)." */
function officialsWords(answer: Answer, asked: OfficialsQuestion): [string, string] {
  const stance = answer.story?.labels[asked.stance] ?? STANCE_LABEL[asked.stance];
  const party = asked.party === "R" ? "Republican " : asked.party === "D" ? "Democratic " : "";
  const [one, many] = (asked.offices.length === 1 && OFFICE_NOUNS[asked.offices[0] as Office]) ||
    (asked.member && asked.offices.length === 0 && ["commission member", "commission members"]) || [
      "official",
      "officials",
    ];
  const names = answer.matches.map((m) =>
    m.kind === "person" && m.stateName ? `${m.name} (${m.stateName})` : m.name,
  );
  const n = names.length;
  const lead = `${stance.charAt(0).toUpperCase()}${stance.slice(1)}, in their own quoted words:`;
  return [lead, ` ${n} ${party}${n === 1 ? one : many}: ${names.join(", ")}.`];
}

/** "Nothing in the sources fits “AP”. Shown: what they report of Iowa." */
function unfitWords(answer: Answer, unfit: string[]): string {
  const names = unfit.map((w) => `“${w}”`).join(" or ");
  const shown = answer.matches.map((m) => m.name).join(", ");
  return `Nothing in the sources fits ${names}. Shown: what they report of ${shown}.`;
}

/** "Nothing Kris Kobach says in the sources names North Carolina. Shown: …" */
function silentWords(answer: Answer, states: string[]): string {
  const who = answer.matches.map((m) => m.name).join(" or ");
  return `Nothing ${who} says in the sources names ${states.join(" or ")}. Shown: what they report of ${who}.`;
}

/**
 * "when was the commission formed": the articles' own sentences, word for word, each with its
 * article; facts VoterData does not keep, so it shows where they are printed and says no more.
 */
function sentencesElements(sentences: ArticleSentenceJson[]): Element[] {
  const lines = sentences.map((s) => `• ${quoted(s.text, 400)} (${sourceLabel(s.source)})`);
  return [
    text(bold("What the articles say:"), `\n${lines.join("\n")}`),
    { type: "context", items: ["The articles' own sentences, word for word."] },
  ];
}

function sentencesLine(sentences: ArticleSentenceJson[]): string {
  const [first] = sentences;
  return first
    ? `What the articles say: ${quoted(first.text, 200)} (${sourceLabel(first.source)})`
    : "";
}

/** The summary opens with what a reader must know first: a role no one holds, who said it. */
function firstLine(answer: Answer, summary: string): string {
  if (answer.unfit) return `${unfitWords(answer, answer.unfit)} | ${summary}`;
  if (answer.silentOn) return `${silentWords(answer, answer.silentOn)} | ${summary}`;
  if (answer.sentences?.length) return `${sentencesLine(answer.sentences)} | ${summary}`;
  const [said] = answer.said;
  if (said?.otherwise)
    return `No one in the sources said that; closest: ${said.speakerName} (${sourceLabel(said.source)}) | ${summary}`;
  if (said) return `${said.speakerName} said it (${sourceLabel(said.source)}) | ${summary}`;
  if (answer.roleFallback) {
    const { asked, stateName } = answer.roleFallback;
    return `The sources name no ${asked} of ${stateName}. | ${summary}`;
  }
  if (answer.officials) return `${officialsWords(answer, answer.officials).join("")} | ${summary}`;
  return summary;
}

export function matchCard(match: Match, options: CardOptions = {}): Card {
  switch (match.kind) {
    case "state":
      return stateCard(match, options);
    case "person":
      return personCard(match, options);
    case "list":
      return listCard(match, options);
    case "source":
      return sourceCard(match, options);
  }
}

/**
 * A button's value: the story, then what it looks up ("doj-2025|state:OH,person:x"), so a
 * click answers in the story the card came from.
 */
export function buttonValue(story: string | null, targets: string[]): string {
  return `${story ? `${story}|` : ""}${targets.join(",")}`;
}

/** A button's value back: its story (null: the default) and what it looks up ("state:OH"). */
export function parseButtonValue(value: string): { story: string | null; targets: string[] } {
  const bar = value.indexOf("|");
  const story = bar >= 0 ? value.slice(0, bar) : null;
  const list = bar >= 0 ? value.slice(bar + 1) : value;
  return { story: story || null, targets: list.split(",").filter(Boolean) };
}

export function choiceValue(match: Match): string {
  switch (match.kind) {
    case "state":
      return `state:${match.state}`;
    case "person":
      return `person:${match.id}`;
    case "list":
      return `list:${match.list}`;
    case "source":
      return `source:${match.id}`;
  }
}

function choiceCard(answer: Answer): Card {
  const story = answer.story?.id ?? null;
  const options: Choice[] = answer.matches.map((m) => ({
    label: m.name,
    value: buttonValue(story, [choiceValue(m)]),
  }));
  const names = options.map((o) => o.label);
  return {
    summary: `Did you mean ${names.join(" or ")}?`,
    elements: [
      text(bold("Did you mean:"), ` ${names.join(", ")}?`, ` Pick one, or ask again by name.`),
      { type: "choices", options },
    ],
  };
}

export function noMatchCard(
  query: string,
  answer?: Pick<Answer, "suggestions" | "story" | "queryTruncated">,
): Card {
  // A query the answer already cut still ends with "…", so no reader takes it for the whole.
  const asked = answer?.queryTruncated ? `${query.trim()}…` : query.trim();
  const shown = asked ? `No match for ${quoted(asked, MAX_QUERY_ECHOED)}.` : "Nothing to look up.";
  const suggestions = answer?.suggestions ?? [];
  if (suggestions.length > 0) {
    const names = suggestions.map((s) => s.name);
    return {
      summary: `${shown} Did you mean ${names.join(" or ")}?`,
      elements: [
        text(bold(shown), ` Did you mean ${names.join(" or ")}?`),
        {
          type: "choices",
          options: suggestions.map((s) => ({
            label: s.name,
            value: buttonValue(answer?.story?.id ?? null, [`${s.kind}:${s.id}`]),
          })),
        },
      ],
    };
  }
  return {
    summary: shown,
    elements: [
      text(
        bold(shown),
        " VoterData knows the 50 states, D.C. and the officials the articles quote.",
      ),
      text(
        `Try a state (${EXAMPLES.slice(0, 3).join(", ")}), a name (padilla), a role (Kentucky secretary of state), a list (which states refused, how many are undecided, tally), an outlet (The Hill) or who said something (who said go jump in the Gulf).`,
      ),
    ],
  };
}

/** The stories a help card names: each with the word that asks about it ("doj"). */
export interface HelpStory {
  title: string;
  word: string;
}

export function helpCard(command: string, stories: HelpStory[] = []): Card {
  const tracked = stories.map((s) => `• ${s.title}: ${command} ${s.word} Ohio`).join("\n");
  return {
    summary: "VoterData: each state's response to requests for its voter rolls, with sources.",
    elements: [
      { type: "header", text: "VoterData" },
      text(
        "Each state's response to a request for its voter rolls: the stance, who said it, their exact words, and the article and date.",
        ...(tracked ? [`\n${tracked}`] : []),
      ),
      text(bold("Look up"), `\n${EXAMPLES.map((e) => `${command} ${e}`).join("\n")}`),
      text(
        bold("Lists"),
        `\n${command} refuses · ${command} public data only · ${command} disputed · ${command} tally`,
      ),
      text(
        bold("Questions"),
        `\n${command} who said jump in the Gulf · ${command} how many states refused? · ${command} which states haven't responded · ${command} The Hill`,
      ),
      text(
        bold("Stories"),
        `\n${command} stories · ${command} story doj (this channel's story) · ${command} doj Ohio (one question)`,
      ),
      text(
        bold("Changes"),
        `\n${command} changed since July 1 · ${command} what changed this week · ${command} Ohio on July 1 · ${command} alerts on (a message here whenever a publish changes an answer)`,
      ),
      text(
        bold("Editors"),
        `\n${command} add [links] · ${command} story new · ${command} history <state> · ${command} retract <source-id> <state> <reason>`,
      ),
      {
        type: "context",
        items: [
          "Stances: refuses · public data only · complies · reviewing · withholding (refusing in whole or in part) · no report",
          "Every stance rests on a sentence in a news article; quotes are word for word. Where sources disagree, both sides are shown.",
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
  if (match.kind === "list" || match.kind === "source") return text(bold(match.name));
  const quote = responseQuote(match);
  const said = quote
    ? ` · ${quoted(truncateQuote(quote.text))} — ${quote.speaker} (${sourceLabel(quote.source)})`
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

/**
 * A quote that backs a claim about the state's response. One line has no room for context, so
 * a quote about something else (Merrill on Kobach's record) is left for the full card.
 */
function responseQuote(match: StateMatch | PersonMatch): QuoteJson | undefined {
  if (match.kind === "state") return match.claims.find((c) => c.quote)?.quote ?? undefined;
  return match.claims.find((c) => c.quote?.speaker === match.name)?.quote ?? undefined;
}

function truncateQuote(quote: string): string {
  return quote.length <= COMPACT_QUOTE_LENGTH
    ? quote
    : `${quote.slice(0, quote.lastIndexOf(" ", COMPACT_QUOTE_LENGTH))} …`;
}
