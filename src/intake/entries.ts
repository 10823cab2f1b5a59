import type { Jurisdiction } from "../domain/dataset.js";
import type { Draft } from "../draft/types.js";
import { draftEntries } from "../draft/write.js";
import type { ClaimDecision } from "../store/store.js";
import { PublishedEntries } from "./overlay.js";
import type { RepairedDraft } from "./repairs.js";
import { reviewedClaims } from "./review-state.js";

/**
 * The entries an approved draft publishes: only the approved claims (with the editors' stances
 * and repairs, and the claims they added), their quotes and the people who speak in them; nothing
 * the editors did not see. Built by the drafter's own entry builder, with its review markers taken
 * off, and validated as data files are.
 */
export function publishedEntries(
  text: string,
  repaired: RepairedDraft,
  decisions: readonly ClaimDecision[],
  id: string,
  story: string,
  existing: readonly { id: string; name: string }[],
  jurisdictions: Jurisdiction[],
): PublishedEntries {
  const draft = repaired.draft;
  const approved = reviewedClaims(repaired, decisions)
    .filter((r) => r.decision === "approved")
    .map((r) => ({ ...r.claim, stance: r.stance }));
  const quotes = approved.flatMap((c) => (c.quote ? [c.quote] : []));
  const speakers = new Set(quotes.map((q) => q.speaker));
  const reviewed: Draft = {
    ...draft,
    claims: approved,
    quotes,
    people: draft.people.filter((p) => speakers.has(p.name)),
  };
  const entries = draftEntries(text, reviewed, id, story, existing, jurisdictions);
  const corrected = [...new Set(repaired.corrected.map((c) => c.field))];
  const source = {
    ...entries.source,
    notes: `Drafted from the text and reviewed by an editor in Slack; fields left null are not stated in the text.${corrected.length ? ` Corrected by an editor: ${corrected.join(", ")}.` : ""}${draft.story.id === story ? ` Story proposed: ${story} (${draft.story.why}).` : ""}`,
  };
  return PublishedEntries.parse(
    withoutReviewMarkers({ source, people: entries.people, claims: entries.claims }),
  );
}

/** Drops every `review: draft` marker: what an editor approved is reviewed. */
function withoutReviewMarkers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReviewMarkers);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "review")
        .map(([key, v]) => [key, withoutReviewMarkers(v)]),
    );
  }
  return value;
}
