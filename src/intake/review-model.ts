import type { Stance } from "../domain/stance.js";
import type { DraftSource } from "../draft/types.js";
import { PAGE_FIELDS, type PageFieldName } from "../extract/read-link.js";
import type { ClaimDecision } from "../store/store.js";
import type { PageProvenance } from "./link.js";
import type { ClaimChange, RepairedDraft, SourceField } from "./repairs.js";
import { reviewedClaims } from "./review-state.js";

/** Below this confidence a drafted claim is shown first in the review, marked for a careful look. */
export const LOW_CONFIDENCE = 0.65;

/** A story the editor may choose. */
export interface StoryChoice {
  id: string;
  title: string;
}

/** One claim as the review shows it. */
export interface ReviewClaim {
  /** Its number in the draft (stable: actions name it); added claims come after the drafted. */
  index: number;
  state: string;
  stance: Stance;
  /** The drafter's stance; null for a claim an editor added. */
  drafted: Stance | null;
  decision: ClaimDecision["decision"];
  evidence: string;
  quote: { text: string; speaker: string | null } | null;
  why: string;
  confidence: number;
  fromList: boolean;
  low: boolean;
  addedBy: string | null;
  changes: ClaimChange[];
}

export interface ReviewPerson {
  name: string;
  role: string | null;
  state: string | null;
  party: "R" | "D" | null;
  partyEvidence: string | null;
}

/** A draft in review as editors see it: what every surface renders, never a store row. */
export interface ReviewModel {
  draftId: string;
  handedOverBy: string;
  source: Pick<DraftSource, "outlet" | "published" | "updated" | "headline" | "url" | "author">;
  /** The source fields editors corrected, each under the editor who corrected it last. */
  corrected: { by: string; fields: SourceField[] }[];
  story: { chosen: StoryChoice | null; proposed: string | null; why: string };
  stories: readonly StoryChoice[];
  /** The story's own words for the stances. */
  labels: Partial<Record<Stance, string>>;
  newPeople: ReviewPerson[];
  otherStory: {
    state: string;
    stance: Stance;
    evidence: string;
    story: string | null;
    why: string;
  }[];
  /** For an article added by its link: when it was read, and which source fields came from the
   * page's metadata and which from the text. */
  page: { fetchedAt: string; fromPage: PageFieldName[]; fromText: PageFieldName[] } | null;
  /** In review order: low-confidence claims first (least sure first), then the rest in order. */
  claims: ReviewClaim[];
  /** The article's language when the drafter does not read it ("Portuguese"), else null. */
  language: string | null;
}

/** What the model is built from: the draft row's facts, the repaired draft and the decisions. */
export interface ReviewInput {
  draftId: string;
  createdBy: string;
  story: string | null;
  repaired: RepairedDraft;
  decisions: readonly ClaimDecision[];
  page: PageProvenance | null;
}

export function reviewModel(
  input: ReviewInput,
  stories: readonly StoryChoice[],
  labels: Partial<Record<Stance, string>> = {},
): ReviewModel {
  const { repaired } = input;
  const draft = repaired.draft;
  const claims = reviewedClaims(repaired, input.decisions).map(
    ({ index, claim, decision, stance }): ReviewClaim => {
      const addedBy = repaired.addedBy.get(index) ?? null;
      return {
        index,
        state: claim.state,
        stance,
        drafted: addedBy ? null : claim.stance,
        decision,
        evidence: claim.evidence,
        quote: claim.quote ? { text: claim.quote.text, speaker: claim.quote.speaker } : null,
        why: claim.why,
        confidence: claim.confidence,
        fromList: claim.fromList,
        low: claim.confidence < LOW_CONFIDENCE,
        addedBy,
        changes: repaired.changes.get(index) ?? [],
      };
    },
  );
  return {
    draftId: input.draftId,
    handedOverBy: input.createdBy,
    source: {
      outlet: draft.source.outlet,
      published: draft.source.published,
      updated: draft.source.updated,
      headline: draft.source.headline,
      url: draft.source.url,
      author: draft.source.author,
    },
    corrected: correctedBy(repaired),
    story: {
      chosen: stories.find((s) => s.id === input.story) ?? null,
      proposed: draft.story.id,
      why: draft.story.why,
    },
    stories,
    labels,
    page: input.page && {
      fetchedAt: input.page.fetchedAt,
      fromPage: input.page.fromPage.filter((f) => !repaired.corrected.some((c) => c.field === f)),
      fromText: PAGE_FIELDS.filter(
        (f) =>
          !input.page?.fromPage.includes(f) && draft.source.evidence[f] && draft.source[f] !== null,
      ),
    },
    newPeople: draft.people
      .filter((p) => !p.known)
      .map((p) => ({
        name: p.name,
        role: p.role,
        state: p.state,
        party: p.party,
        partyEvidence: p.partyEvidence?.text ?? null,
      })),
    otherStory: draft.otherStory.map((o) => ({
      state: o.claim.state,
      stance: o.claim.stance,
      evidence: o.claim.evidence,
      story: o.story,
      why: o.why,
    })),
    claims: inReviewOrder(claims),
    language: draft.language?.name ?? null,
  };
}

/** Each corrected field under the editor who corrected it last. */
function correctedBy(repaired: RepairedDraft): ReviewModel["corrected"] {
  const last = new Map<SourceField, string>();
  for (const c of repaired.corrected) {
    last.delete(c.field);
    last.set(c.field, c.by);
  }
  const byEditor = new Map<string, SourceField[]>();
  for (const [field, by] of last) byEditor.set(by, [...(byEditor.get(by) ?? []), field]);
  return [...byEditor].map(([by, fields]) => ({ by, fields }));
}

/** Low-confidence claims first, least sure first; then the others in the draft's order. */
function inReviewOrder(claims: ReviewClaim[]): ReviewClaim[] {
  const low = claims.filter((c) => c.low).sort((a, b) => a.confidence - b.confidence);
  return [...low, ...claims.filter((c) => !c.low)];
}
