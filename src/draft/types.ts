import * as z from "zod";
import { GIVEN_FIELDS } from "../data/schema.js";
import { STANCES } from "../domain/stance.js";

/**
 * The draft of one article: plain, serialisable JSON, validated with zod wherever it is read back
 * (the Slack intake stores it). Every excerpt carries its offsets in the article, so that
 * `article.slice(start, end) === text` and a reviewer can highlight it.
 */

export const Excerpt = z.strictObject({
  text: z.string().min(1),
  start: z.int().min(0),
  end: z.int().min(0),
});
export type Excerpt = z.infer<typeof Excerpt>;

const usps = z.string().regex(/^[A-Z]{2}$/);
const party = z.enum(["R", "D"]).nullable();
const storyId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug");

export const DraftSource = z.strictObject({
  /** Filled in by whoever stores the article; the library knows no files. */
  id: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  published: z.iso.date().nullable(),
  updated: z.iso.date().nullable(),
  headline: z.string().nullable(),
  url: z.string().nullable(),
  /** The article's own words for each value; null when the value came from an override. */
  evidence: z.strictObject({
    outlet: Excerpt.nullable(),
    author: Excerpt.nullable(),
    published: Excerpt.nullable(),
    updated: Excerpt.nullable(),
    headline: Excerpt.nullable(),
  }),
  /** The fields an editor gave (flags), which the text does not need to state. */
  given: z.array(z.enum(GIVEN_FIELDS)),
});
export type DraftSource = z.infer<typeof DraftSource>;

export const DraftQuote = z.strictObject({
  text: z.string().min(1),
  start: z.int().min(0),
  end: z.int().min(0),
  /** The speaker's full name as the article gives it; null when the article does not say. */
  speaker: z.string().nullable(),
  /** The id in people.yaml when the speaker is already known. */
  speakerId: z.string().nullable(),
  state: usps.nullable(),
});
export type DraftQuote = z.infer<typeof DraftQuote>;

/**
 * What kind of evidence gave a claim, firmest first: the state's own stance words; an official's
 * quoted words; an official of the state named as the sentence's subject; membership of a list
 * under a stance-bearing lead-in; a category's label; "took a similar line"; an official's answer
 * with no stance words at all.
 */
export const CLAIM_BASES = [
  "stance words",
  "official's words",
  "official named",
  "list",
  "label",
  "similar",
  "no stance words",
] as const;

export const DraftClaim = z.strictObject({
  state: usps,
  stance: z.enum(STANCES),
  evidence: z.string().min(1),
  evidenceSpan: Excerpt,
  quote: DraftQuote.nullable(),
  why: z.string().min(1),
  whySpan: Excerpt,
  confidence: z.number().min(0).max(1),
  /** A list sentence ("The states that refuse are A, B and C") gave this claim. */
  fromList: z.boolean(),
  /** The kind of evidence (absent in drafts made before it was recorded). */
  basis: z.enum(CLAIM_BASES).optional(),
});
export type DraftClaim = z.infer<typeof DraftClaim>;

export const DraftPerson = z.strictObject({
  id: z.string().nullable(),
  name: z.string().min(1),
  role: z.string().nullable(),
  state: usps.nullable(),
  party,
  known: z.boolean(),
  /** The words that name the person in their role, and those that state the party. */
  roleEvidence: Excerpt.nullable(),
  partyEvidence: Excerpt.nullable(),
});
export type DraftPerson = z.infer<typeof DraftPerson>;

export const StoryGuess = z.strictObject({
  id: storyId.nullable(),
  confidence: z.number().min(0).max(1),
  why: z.string(),
});
export type StoryGuess = z.infer<typeof StoryGuess>;

/** A claim the text dates to another story's time ("in 2017"): not a claim of this article's. */
export const OtherStoryClaim = z.strictObject({
  claim: DraftClaim,
  story: storyId.nullable(),
  why: z.string(),
});

export const Draft = z.strictObject({
  source: DraftSource,
  story: StoryGuess,
  claims: z.array(DraftClaim),
  /** Claims about another story, for the editor to see; never published under this one. */
  otherStory: z.array(OtherStoryClaim).default([]),
  quotes: z.array(DraftQuote),
  people: z.array(DraftPerson),
  /** The article's language when the drafter does not read it (its rules are English and Spanish). */
  language: z
    .strictObject({ code: z.string().regex(/^[a-z]{3}$/), name: z.string().min(1) })
    .optional(),
});
export type Draft = z.infer<typeof Draft>;

/** What a story looks like in an article, to propose which one a new article belongs to. */
export interface StoryHint {
  id: string;
  title: string;
  /** Who asked for the voter data. */
  requester: string;
  keywords: string[];
  years: number[];
}

export interface DraftOverrides {
  outlet?: string;
  author?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** YYYY-MM-DD */
  updated?: string;
  url?: string;
  story?: string;
}
