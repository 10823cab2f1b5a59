import type { Answer, SaidJson } from "../answer/model.js";
import type { Unanswered } from "../lookup/lookup.js";
import { bold, type Card, type Choice, type Element, italic, text } from "./card.js";
import type { CardOptions } from "./card-parts.js";
import { personLine, quoted, sourceLabel } from "./format.js";
import { saidPart } from "./said-value.js";

/** Words shown of each candidate's quote when a reply offers several to choose from. */
const CHOICE_QUOTE_LENGTH = 200;

/**
 * The words that answer "who said …", first and set apart: who said them, the words as the
 * article printed them, the source and its date, with a link to the sentence where there is one.
 */
export function saidElements(said: SaidJson, options: CardOptions = {}): Element[] {
  const how =
    said.kind === "quote" ? "in their own words" : "as the article reports it, in its words";
  const attribution = `${sourceLabel(said.source)}`;
  const href = options.sourceUrl?.(said.source, said.anchor ?? "");
  // Words that share the question's but deny it are the closest there is, never who said it.
  const lead = said.otherwise
    ? text(
        bold("No one in the sources said that."),
        ` Closest: ${personLine(saidPerson(said))}, whose words may say otherwise · `,
        italic(how),
      )
    : text(bold(`Who said it: ${personLine(saidPerson(said))}`), " · ", italic(how));
  return [
    lead,
    href
      ? { type: "quote", text: said.text, attribution, href, highlight: true }
      : { type: "quote", text: said.text, attribution, highlight: true },
    { type: "divider" },
  ];
}

/** Several people said something close: each with their words, best first, to choose from. */
export function saidChoiceCard(answer: Answer): Card {
  const story = answer.story?.id ?? null;
  const none = answer.said.every((s) => s.otherwise);
  const lines = answer.said.map(
    (s, i) =>
      `${i + 1}. ${personLine(saidPerson(s))}${s.otherwise && !none ? " (may say otherwise)" : ""}: ` +
      `${quoted(s.text, CHOICE_QUOTE_LENGTH)} (${sourceLabel(s.source)})`,
  );
  // Each choice carries the question, so the chosen card shows that person's matching words first.
  const options: Choice[] = answer.said.map((s) => ({
    label: s.speakerName,
    value: `${story ? `${story}|` : ""}person:${s.speaker},${saidPart(answer.query)}`,
  }));
  const names = answer.said.map((s) => s.speakerName);
  return {
    summary: none
      ? `No one in the sources said that; closest: ${names.join(", ")}.`
      : `Said by ${names.join(" or ")}? Best match first.`,
    elements: [
      none
        ? text(
            bold("No one in the sources said that."),
            " The closest words, which may say otherwise:",
          )
        : text(bold("Several people said something close."), " Best match first:"),
      text(lines.join("\n")),
      { type: "choices", options },
    ],
  };
}

/** What each kind of unanswered question says: its first line, why (given the question), what to ask. */
const UNANSWERED: Record<
  Unanswered,
  { line: string; why: (asked: string) => string; ask: string }
> = {
  quote: {
    line: "No one in the sources said that.",
    why: (asked) => ` Nothing quoted or reported in the articles matches “${asked}”.`,
    ask: "Try fewer or other words from the quote (who said jump in the Gulf), or a name (padilla).",
  },
  officials: {
    line: "No such official gives that answer in the sources.",
    why: (asked) =>
      ` No official of the party or office asked is quoted answering that way: “${asked}”.`,
    ask: "Ask for the list of states (which states refused), or an official by name (padilla).",
  },
  source: {
    line: "No article in the sources matches that.",
    why: (asked) => ` None is from the outlet, or has the headline, asked for: “${asked}”.`,
    ask: "Ask for an outlet by name (The Hill), a state (Ohio) or an official (padilla).",
  },
  unreported: {
    line: "No article for this story has been published yet.",
    why: () => " The sources report no one's answer to the request so far.",
    ask: "Ask about the other story (voterdata stories lists them), or again once editors publish.",
  },
  list: {
    line: "The sources hold no such list.",
    why: (asked) =>
      ` VoterData lists the states by their answer to the request for voter data, not “${asked}”.`,
    ask: "Ask which states refused, give public data only, complied, are still deciding, have not responded, or are disputed; or ask for the tally.",
  },
};

/** A question understood but not answered by the sources, said plainly. */
export function unansweredCard(query: string, why: Unanswered): Card {
  const asked = query.trim().slice(0, 200);
  const { line, why: because, ask } = UNANSWERED[why];
  return {
    summary: `${line} (“${asked}”)`,
    elements: [text(bold(line), because(asked)), text(ask)],
  };
}

function saidPerson(said: SaidJson) {
  return { name: said.speakerName, role: said.speakerRole, party: said.speakerParty };
}
