import type { Stance } from "../domain/stance.js";
import type { DraftClaim } from "../draft/types.js";
import type { ClaimDecision } from "../store/store.js";
import type { RepairedDraft } from "./repairs.js";

/** Each claim as the editors left it: approved or not, with the stance they chose. */
export interface ReviewedClaim {
  index: number;
  claim: DraftClaim;
  decision: ClaimDecision["decision"];
  stance: Stance;
}

/** A claim an editor added is approved by the adding; a drafted one waits for a decision. */
export function reviewedClaims(
  repaired: RepairedDraft,
  decisions: readonly ClaimDecision[],
): ReviewedClaim[] {
  const byIndex = new Map(decisions.map((d) => [d.index, d]));
  return repaired.draft.claims.map((claim, index) => {
    const decided = byIndex.get(index);
    return {
      index,
      claim,
      decision: decided?.decision ?? (index >= repaired.drafted ? "approved" : "pending"),
      stance: (decided?.stance as Stance | undefined) ?? claim.stance,
    };
  });
}
