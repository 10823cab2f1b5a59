import * as z from "zod";
import {
  type Draft,
  DraftClaim,
  DraftPerson,
  DraftQuote,
  type DraftSource,
  Excerpt,
} from "../draft/types.js";
import type { DraftRepair } from "../store/store.js";

/** The source fields an editor can correct in the review. */
export const SOURCE_FIELDS = [
  "outlet",
  "headline",
  "author",
  "published",
  "updated",
  "url",
] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** One source field an editor corrected: its value before and after (null: not stated). */
export const SourceChange = z.strictObject({
  field: z.enum(SOURCE_FIELDS),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type SourceChange = z.infer<typeof SourceChange>;

/**
 * An editor's repair of a draft, as the store keeps it (JSON, validated when read back): a claim
 * the drafter missed, or a drafted claim's quote given to another speaker, or its evidence
 * replaced, or a quote given to a drafted claim (or put in place of its own, or taken off it). Rows kept before a
 * kind was added still parse: kinds are only ever added. Every text in it is the article's own slice with its offsets, checked when it was made.
 */
export const Repair = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("add"),
    claim: DraftClaim,
    /** Who speaks the claim's quote, when it has one. */
    speaker: DraftPerson.nullable(),
  }),
  z.strictObject({
    kind: z.literal("speaker"),
    index: z.int().min(0),
    speaker: DraftPerson,
    /** The speaker before, for the review and the log; null when the drafter found none. */
    from: z.string().nullable(),
  }),
  z.strictObject({
    kind: z.literal("quote"),
    index: z.int().min(0),
    quote: DraftQuote,
    speaker: DraftPerson,
    /** The quote before, for the review and the log; null when the drafter found none. */
    from: z.strictObject({ text: z.string(), speaker: z.string().nullable() }).nullable(),
  }),
  z.strictObject({
    kind: z.literal("unquote"),
    index: z.int().min(0),
    /** The quote taken off the claim, for the review and the log. */
    from: z.strictObject({ text: z.string(), speaker: z.string().nullable() }),
  }),
  z.strictObject({
    kind: z.literal("evidence"),
    index: z.int().min(0),
    evidence: Excerpt,
    from: z.string(),
  }),
]);
export type Repair = z.infer<typeof Repair>;

/** An editor's correction of the source's outlet, headline, author, dates or URL. */
export const SourceRepair = z.strictObject({
  kind: z.literal("source"),
  changes: z.array(SourceChange).min(1),
});
export type SourceRepair = z.infer<typeof SourceRepair>;

/** Any repair as the store keeps it, applied in the order it was made. */
const StoredRepair = z.discriminatedUnion("kind", [...Repair.options, SourceRepair]);

/** A change an editor made to a drafted claim, shown on the claim in the review. */
export interface ClaimChange {
  /**
   * "quote": a quote added (from null) or replaced (from the old words); to is its speaker.
   * "unquote": the quote taken off the claim (from its words); to is who it was given to.
   */
  what: "speaker" | "evidence" | "quote" | "unquote";
  by: string;
  from: string | null;
  to: string;
}

/** The draft as the editors repaired it: what is reviewed and what is published. */
export interface RepairedDraft {
  draft: Draft;
  /** Claims at this index and later were added by editors. */
  drafted: number;
  /** The editor who added each added claim, by index. */
  addedBy: Map<number, string>;
  changes: Map<number, ClaimChange[]>;
  /** The source fields editors corrected, in the order they did. */
  corrected: (SourceChange & { by: string })[];
}

/** The drafter's draft with the editors' repairs applied in the order they were made. */
export function applyRepairs(draft: Draft, rows: readonly DraftRepair[]): RepairedDraft {
  const claims = draft.claims.map((c) => ({ ...c }));
  const people = [...draft.people];
  const quotes = [...draft.quotes];
  const addedBy = new Map<number, string>();
  const changes = new Map<number, ClaimChange[]>();
  let source = draft.source;
  const corrected: RepairedDraft["corrected"] = [];
  const meet = (person: DraftPerson | null) => {
    if (person && !people.some((p) => p.name === person.name)) people.push(person);
  };
  const note = (index: number, change: ClaimChange) =>
    changes.set(index, [...(changes.get(index) ?? []), change]);
  for (const row of rows) {
    const repair = StoredRepair.parse(JSON.parse(row.repair));
    if (repair.kind === "add") {
      addedBy.set(claims.length, row.madeBy);
      claims.push(repair.claim);
      if (repair.claim.quote) quotes.push(repair.claim.quote);
      meet(repair.speaker);
      continue;
    }
    if (repair.kind === "source") {
      source = repair.changes.reduce(correctSource, source);
      corrected.push(...repair.changes.map((c) => ({ ...c, by: row.madeBy })));
      continue;
    }
    const claim = claims[repair.index];
    if (!claim) continue;
    if (repair.kind === "speaker" && claim.quote) {
      claim.quote = { ...claim.quote, speaker: repair.speaker.name, speakerId: repair.speaker.id };
      meet(repair.speaker);
      note(repair.index, {
        what: "speaker",
        by: row.madeBy,
        from: repair.from,
        to: repair.speaker.name,
      });
    } else if (repair.kind === "quote") {
      const before = claim.quote;
      claim.quote = repair.quote;
      const at = before
        ? quotes.findIndex((q) => q.start === before.start && q.end === before.end)
        : -1;
      if (at >= 0) quotes[at] = repair.quote;
      else quotes.push(repair.quote);
      meet(repair.speaker);
      note(repair.index, {
        what: "quote",
        by: row.madeBy,
        from: repair.from?.text ?? null,
        to: repair.speaker.name,
      });
    } else if (repair.kind === "unquote" && claim.quote) {
      const before = claim.quote;
      claim.quote = null;
      // The article's list keeps a quote another claim still holds.
      const same = (q: DraftQuote | null) => q?.start === before.start && q.end === before.end;
      if (!claims.some((c) => same(c.quote))) {
        const at = quotes.findIndex(same);
        if (at >= 0) quotes.splice(at, 1);
      }
      note(repair.index, {
        what: "unquote",
        by: row.madeBy,
        from: repair.from.text,
        to: repair.from.speaker ?? "nobody",
      });
    } else if (repair.kind === "evidence") {
      claim.evidence = repair.evidence.text;
      claim.evidenceSpan = repair.evidence;
      note(repair.index, {
        what: "evidence",
        by: row.madeBy,
        from: repair.from,
        to: repair.evidence.text,
      });
    }
  }
  return {
    draft: { ...draft, source, claims, people, quotes },
    drafted: draft.claims.length,
    addedBy,
    changes,
    corrected,
  };
}

/**
 * A corrected field is the editor's: given (the text need not state it), with no text evidence.
 * A field cleared is not stated, and given by nobody.
 */
function correctSource(source: DraftSource, change: SourceChange): DraftSource {
  const given = source.given.filter((f) => f !== change.field);
  return {
    ...source,
    [change.field]: change.to,
    evidence:
      change.field === "url" ? source.evidence : { ...source.evidence, [change.field]: null },
    given: change.to === null ? given : [...given, change.field],
  };
}
