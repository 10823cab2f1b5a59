import * as z from "zod";
import { STANCES } from "../domain/stance.js";

/** Zod schemas for every file under data/. Unknown keys are errors, so typos are caught. */

const text = z.string().trim().min(1);
const isoDate = z.iso.date();
const usps = z.string().regex(/^[A-Z]{2}$/, "must be a two-letter USPS code such as OH");
const personId = z.string().regex(/^[a-z0-9-]+$/, "must be a lower-case slug such as jon-husted");

/**
 * Draft markers: the drafter (voterdata draft) writes `review: draft` on every entry it drafts,
 * with `why` and `confidence` on claims. Drafts are validated like any entry but never served;
 * an editor reviews one by deleting its `review: draft` line.
 */
const review = z.literal("draft").optional();
const why = text.optional();
const confidence = z.number().min(0).max(1).optional();
/**
 * Source fields an editor gave (on the command line, or corrected in Slack's review), which the
 * text itself need not state.
 */
export const GIVEN_FIELDS = [
  "outlet",
  "author",
  "published",
  "updated",
  "url",
  "headline",
] as const;

export const SourceEntry = z.strictObject({
  id: z.string().regex(/^[0-9]{3}_[0-9a-f]{16}$/, "must be the article's file stem"),
  outlet: text.nullable(),
  author: text.nullable(),
  published: isoDate.nullable(),
  updated: isoDate.nullable(),
  headline: text,
  evidence: z.strictObject({
    outlet: text.optional(),
    author: text.optional(),
    published: text.optional(),
    updated: text.optional(),
  }),
  notes: text.optional(),
  url: z.url().optional(),
  given: z.array(z.enum(GIVEN_FIELDS)).optional(),
  /** When the page at `url` was fetched, for an article added by its link. */
  fetched: z.iso.datetime({ offset: true }).optional(),
  review,
});
export const SourcesFile = z.array(SourceEntry).min(1);

export const JurisdictionEntry = z.strictObject({
  usps,
  name: text,
  ap: text,
  aliases: z.array(text).default([]),
  tile: z.strictObject({ row: z.int().min(0).max(7), col: z.int().min(0).max(11) }),
});
export const JurisdictionsFile = z.array(JurisdictionEntry);

export const OFFICES = [
  "secretary-of-state",
  "governor",
  "lieutenant-governor",
  "elections-director",
  "state-senator",
  "party-chair",
  "president",
  "other",
] as const;

/** The words that state a party; a person's `evidence.party` must contain them. */
export const PARTY_WORDS: Record<"R" | "D", RegExp> = {
  R: /\(R\)|\bRepublican\b/,
  D: /\(D\)|\bDemocrat(s|ic)?\b/,
};

export const PersonEntry = z.strictObject({
  id: personId,
  name: text,
  role: text,
  state: usps.nullable(),
  organisation: text.optional(),
  office: z.enum(OFFICES),
  party: z.enum(["R", "D"]).nullable(),
  aliases: z.array(text).default([]),
  evidence: z.strictObject({
    source: text,
    role: text,
    party: text.optional(),
  }),
  review,
});
export const PeopleFile = z.array(PersonEntry).min(1);

export const OrganisationEntry = z.strictObject({
  id: personId,
  name: text,
  aliases: z.array(text).default([]),
  people: z.array(personId).min(1),
});
export const OrganisationsFile = z.array(OrganisationEntry);

const QuoteEntry = z.strictObject({
  speaker: personId,
  text,
  context: text.optional(),
  /** Said for an organisation rather than as the speaker's state's response ("the commission"). */
  onBehalfOf: text.optional(),
  review,
});

const stance = z.enum(STANCES);

export const ClaimEntry = z.strictObject({
  state: usps,
  stance,
  evidence: text,
  quote: QuoteEntry.optional(),
  attributedTo: text.optional(),
  /** Why the sentence was coded so, where the text could be read more than one way. */
  note: text.optional(),
  review,
  why,
  confidence,
});

export const ListEntry = z.strictObject({
  stance,
  evidence: text,
  attributedTo: text.optional(),
  note: text.optional(),
  states: z.array(usps).min(1),
  quoted: z.array(z.strictObject({ state: usps, quote: QuoteEntry })).default([]),
  review,
  why,
  confidence,
});

const storyId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug such as commission-2017");

/**
 * A story: one request to the states (the 2017 commission's, the Justice Department's in 2025)
 * and their responses. The stances stay the six; a story may word them its own way.
 */
export const StoryEntry = z.strictObject({
  id: storyId,
  title: text,
  short: text,
  requester: text,
  /** When the request was made: a day, or a month where only the month is known. */
  requested: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be YYYY-MM-DD or YYYY-MM"),
  request: text,
  /** The article that states the request, with its words; null where none is bundled yet. */
  source: z.strictObject({ id: text, evidence: text }).nullable(),
  sourceNote: text.optional(),
  /** Words in a query that pick this story ("2017", "doj"). */
  words: z.array(text).default([]),
  /** Words in an article that say it is about this story (the drafter's proposal). */
  keywords: z.array(text).default([]),
  labels: z.partialRecord(z.enum(STANCES), text).default({}),
});

export const ClaimsFile = z.strictObject({
  source: text,
  /** The story the article's claims and quotes belong to. */
  story: storyId,
  claims: z.array(ClaimEntry).default([]),
  lists: z.array(ListEntry).default([]),
  quotes: z.array(QuoteEntry).default([]),
});

export type SourceEntry = z.infer<typeof SourceEntry>;
export type PersonEntry = z.infer<typeof PersonEntry>;
export type JurisdictionEntry = z.infer<typeof JurisdictionEntry>;
export type ClaimsFile = z.infer<typeof ClaimsFile>;
export type StoryEntry = z.infer<typeof StoryEntry>;
