import type { Stance } from "../domain/stance.js";
import type { Draft, DraftClaim } from "../draft/types.js";
import type { ClaimDecision } from "../store/store.js";

/** Each drafted claim as the editors left it: approved or not, with the stance they chose. */
export interface ReviewedClaim {
  index: number;
  claim: DraftClaim;
  decision: ClaimDecision["decision"];
  stance: Stance;
}

export function reviewedClaims(draft: Draft, decisions: readonly ClaimDecision[]): ReviewedClaim[] {
  const byIndex = new Map(decisions.map((d) => [d.index, d]));
  return draft.claims.map((claim, index) => {
    const decided = byIndex.get(index);
    return {
      index,
      claim,
      decision: decided?.decision ?? "pending",
      stance: (decided?.stance as Stance | undefined) ?? claim.stance,
    };
  });
}
