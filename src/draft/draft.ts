import type { Jurisdiction, Person, Story } from "../domain/dataset.js";
import { attributeQuotes } from "./attribution.js";
import { draftClaims } from "./claims.js";
import { draftMetadata } from "./metadata.js";
import { separateOtherStories, withoutOtherTimes } from "./other-story.js";
import { findPeople } from "./people.js";
import { findQuoteSpans } from "./quote-marks.js";
import { stateMatcher } from "./states.js";
import { proposeStory, storyHints } from "./story.js";
import { paragraphs, sentences } from "./text.js";
import type { Draft, DraftOverrides, DraftQuote } from "./types.js";

export interface DraftContext {
  /** People already in the dataset, matched by name so their ids are reused. */
  people: Person[];
  jurisdictions: Jurisdiction[];
  /** The stories the dataset knows, one of which the draft proposes. */
  stories: Story[];
  overrides?: DraftOverrides;
}

/**
 * Drafts one article's source, claims, quotes and people from its text alone. Pure: knows no
 * files. Every excerpt is cut from `text` by offsets, so it is verbatim by construction.
 */
export function draftArticle(text: string, context: DraftContext): Draft {
  const sents = sentences(text);
  const spans = findQuoteSpans(text);
  const states = stateMatcher(context.jurisdictions);
  const people = findPeople(text, spans, context.people, states, context.jurisdictions);
  const speakers = attributeQuotes(text, spans, sents, paragraphs(text), people);

  const quotes: DraftQuote[] = [];
  const speakerKeys = new Set<string>();
  const speakerStates = new Map<string, { state: string | null; official: boolean }>();
  for (const [i, span] of spans.entries()) {
    const who = speakers[i] ?? null;
    const words = text.slice(span.start, span.end).split(/\s+/).length;
    if (!who && words < 3) continue; // a scare quote ("no"), not someone's words
    if (who) {
      speakerKeys.add(who.key);
      const role = who.known?.role ?? who.role?.text ?? "";
      const official =
        role !== "" && !/\bformer\b|\bparty\b/i.test(role) && who.known?.office !== "party-chair";
      speakerStates.set(who.known?.name ?? who.name, { state: who.state, official });
    }
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: who ? (who.known?.name ?? who.name) : null,
      speakerId: who?.known?.id ?? null,
      state: who?.state ?? null,
    });
  }
  const drafted = draftClaims(text, sents, spans, states, quotes, speakerStates);
  const source = draftMetadata(text, sents, context.overrides ?? {});
  // What the text dates to another time (a 2025 article recalling 2017) is not this story's.
  const year = Number((source.published ?? source.updated ?? "").slice(0, 4)) || null;
  const hints = storyHints(context.stories);
  const { own, other } = separateOtherStories(text, sents, drafted, hints, year);
  return {
    source,
    story: proposeStory(withoutOtherTimes(text, sents, year), hints, context.overrides?.story),
    claims: own,
    otherStory: other,
    quotes,
    people: people.draftPeople(speakerKeys),
  };
}
