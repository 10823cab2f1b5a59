import type { Dataset, StateRecord } from "../domain/dataset.js";
import { STANCES, type Stance } from "../domain/stance.js";

/**
 * States counted by stance, with the states whose sources disagree counted on their own: a
 * disputed state's summary stance is a tie-break, so counting it as settled would mislead.
 */
export interface Tally {
  settled: { stance: Stance; states: string[] }[];
  disputed: string[];
}

export function tallyStates(dataset: Dataset): Tally {
  const states = [...dataset.states.values()];
  const settled = (s: StateRecord) => !s.conflict;
  return {
    settled: STANCES.map((stance) => ({
      stance,
      states: states.filter((s) => settled(s) && s.stance === stance).map(usps),
    })),
    disputed: states.filter((s) => s.conflict).map(usps),
  };
}

const usps = (s: StateRecord) => s.jurisdiction.usps;
