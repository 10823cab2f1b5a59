import { z } from "zod";
import { type Draft, DraftClaim, DraftPerson, Excerpt } from "../draft/types.js";
import type { DraftRepair } from "../store/store.js";

/**
 * An editor's repair of a draft, as the store keeps it (JSON, validated when read back): a claim
 * the drafter missed, or a drafted claim's quote given to another speaker, or its evidence
 * replaced. Every text in it is the article's own slice with its offsets, checked when it was made.
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
    kind: z.literal("evidence"),
    index: z.int().min(0),
    evidence: Excerpt,
    from: z.string(),
  }),
]);
export type Repair = z.infer<typeof Repair>;

/** A change an editor made to a drafted claim, shown on the claim in the review. */
export interface ClaimChange {
  what: "speaker" | "evidence";
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
}

/** The drafter's draft with the editors' repairs applied in the order they were made. */
export function applyRepairs(draft: Draft, rows: readonly DraftRepair[]): RepairedDraft {
  const claims = draft.claims.map((c) => ({ ...c }));
  const people = [...draft.people];
  const quotes = [...draft.quotes];
  const addedBy = new Map<number, string>();
  const changes = new Map<number, ClaimChange[]>();
  const meet = (person: DraftPerson | null) => {
    if (person && !people.some((p) => p.name === person.name)) people.push(person);
  };
  const note = (index: number, change: ClaimChange) =>
    changes.set(index, [...(changes.get(index) ?? []), change]);
  for (const row of rows) {
    const repair = Repair.parse(JSON.parse(row.repair));
    if (repair.kind === "add") {
      addedBy.set(claims.length, row.madeBy);
      claims.push(repair.claim);
      if (repair.claim.quote) quotes.push(repair.claim.quote);
      meet(repair.speaker);
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
    draft: { ...draft, claims, people, quotes },
    drafted: draft.claims.length,
    addedBy,
    changes,
  };
}
