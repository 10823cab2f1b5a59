import type { Dataset, Office, Party, Person } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";
import { listQuery } from "./list-queries.js";

/**
 * "did any Republican refuse", "which GOP secretaries pushed back", "Democrats who refused",
 * "which governors handed over data": a stance asked of officials of a party or an office. The
 * answer is the officials whose own quoted words the sources give as their state's answer with
 * that stance, never everyone of the party from a state that answered so.
 */
export interface OfficialsQuestion {
  stance: Stance;
  party: Party | null;
  offices: Office[];
}

const PARTY_WORDS: [RegExp, Party][] = [
  [/\b(?:republicans?|gop|red state|red states)\b/g, "R"],
  [/\b(?:democrats?|democratic|dems?|blue state|blue states)\b/g, "D"],
];

const STATE_OFFICES: Office[] = [
  "secretary-of-state",
  "governor",
  "lieutenant-governor",
  "elections-director",
];

const OFFICE_WORDS: [RegExp, Office[]][] = [
  [/\b(?:lieutenant|lt) governors?\b/g, ["lieutenant-governor"]],
  [/\bgovernors?\b|\bgovs?\b/g, ["governor"]],
  [/\bsecretar(?:y|ies) of state\b|\bsecretaries\b|\bsos\b/g, ["secretary-of-state"]],
  [/\b(?:state )?(?:election )?officials?\b|\bpoliticians?\b|\bleaders?\b/g, STATE_OFFICES],
];

/** The question in a normalised query, or null when it asks nothing of a party or office. */
export function officialsQuestion(normalised: string): OfficialsQuestion | null {
  let rest = ` ${normalised} `;
  let party: Party | null = null;
  let offices: Office[] | null = null;
  for (const [words, which] of PARTY_WORDS) {
    if (!words.test(rest)) continue;
    if (party && party !== which) return null;
    party = which;
    rest = rest.replace(words, " ");
  }
  for (const [words, which] of OFFICE_WORDS) {
    if (!words.test(rest)) continue;
    offices ??= which;
    rest = rest.replace(words, " ");
  }
  if (!party && !offices) return null;
  const list = listQuery(rest.replace(/\b(?:any|of|the|a)\b/g, " ").trim());
  if (!list || list === "tally" || list === "disputed" || list === "no-report") return null;
  return { stance: list, party, offices: offices ?? STATE_OFFICES };
}

/** The officials the question asks for, in the order the data lists them. */
export function officialsAnswering(dataset: Dataset, asked: OfficialsQuestion): Person[] {
  const spoke = new Set(
    dataset.claims
      .filter((c) => c.stance === asked.stance && c.quote)
      .map((c) => c.quote?.speaker.id),
  );
  return dataset.people.filter(
    (p) =>
      spoke.has(p.id) &&
      (asked.party === null || p.party === asked.party) &&
      asked.offices.includes(p.office),
  );
}
