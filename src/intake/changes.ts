import { stateMatch } from "../answer/model.js";
import type { Dataset } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";

/** Where a state stood for readers, as the answer model gives it. */
export interface Standing {
  stance: Stance;
  sides: Stance[];
  claims: number;
}

/** What a publish or a retraction changed for readers in one state. */
export interface StateChange {
  state: string;
  name: string;
  before: Standing;
  after: Standing;
}

/** Each state's answer before and after, compared: what readers now see differently. */
export function stateChanges(
  before: Dataset | undefined,
  after: Dataset,
  states: readonly string[],
): StateChange[] {
  const standing = (dataset: Dataset | undefined, usps: string): Standing => {
    if (!dataset?.states.has(usps)) return { stance: "no-report", sides: [], claims: 0 };
    const match = stateMatch(dataset, usps);
    return { stance: match.stance, sides: match.sides, claims: match.claims.length };
  };
  return [...new Set(states)].sort().map((usps) => ({
    state: usps,
    name: after.states.get(usps)?.jurisdiction.name ?? usps,
    before: standing(before, usps),
    after: standing(after, usps),
  }));
}
