import type { Dataset, Office, Party, Person } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";
import { listQuery } from "./list-queries.js";
import { MEMBER_WORDS, seatedOn } from "./questions.js";
import { ROLE_PHRASES } from "./roles.js";

/**
 * "did any Republican refuse", "which GOP secretaries pushed back", "Democrats who refused",
 * "which governors handed over data": a stance asked of officials of a party or an office. The
 * answer is the officials whose own quoted words the sources give as their own state's answer
 * with that stance, never everyone of the party from a state that answered so.
 */
export interface OfficialsQuestion {
  stance: Stance;
  party: Party | null;
  offices: Office[];
  /** "which commission member refused": only those with a seat on the commission. */
  member?: boolean;
}

/** A party's officials, as reporters name them (a state's colour is not its officials' party). */
const PARTY_WORDS: [string, Party][] = [
  ["republicans?|gop", "R"],
  ["democrats?|democratic|dems?", "D"],
];

/** The offices that answer for a state's voter rolls: "officials" with no office named. */
const STATE_OFFICES: Office[] = [
  "secretary-of-state",
  "governor",
  "lieutenant-governor",
  "elections-director",
];

/** "secretaries" → "secretary": the role phrases are singular. */
const SINGULAR: [RegExp, string][] = [
  [/\bsecretaries\b/g, "secretary"],
  [/\battorneys general\b/g, "attorney general"],
  [
    /\b(governor|director|official|administrator|chief|officer|senator|mayor|treasurer|auditor|comptroller|clerk)s\b/g,
    "$1",
  ],
];

/** The question in a normalised query, or null when it asks nothing of a party or office. */
export function officialsQuestion(normalised: string): OfficialsQuestion | null {
  let rest = ` ${normalised} `;
  for (const [plural, one] of SINGULAR) rest = rest.replace(plural, one);
  let party: Party | null = null;
  for (const [words, which] of PARTY_WORDS) {
    // ("which Republican states complied" asks for states: the lists answer it.)
    if (new RegExp(String.raw`\b(?:${words})\s+states?\b`).test(rest)) return null;
    const found = new RegExp(String.raw`\b(?:${words})\b`, "g");
    if (!found.test(rest)) continue;
    if (party && party !== which) return null;
    party = which;
    rest = rest.replace(found, " ");
  }
  // ("which commission member refused": its members, whatever their office.)
  const member = MEMBER_WORDS.test(rest);
  rest = rest.replace(new RegExp(MEMBER_WORDS.source, "g"), " ");
  const offices = new Set<Office>();
  let named = false;
  for (const [phrase, held] of ROLE_PHRASES) {
    const found = new RegExp(String.raw`\b${phrase}\b`, "g");
    if (!found.test(rest)) continue;
    named = true;
    for (const office of held) offices.add(office);
    rest = rest.replace(found, " ");
  }
  // ("which officials refused", "what leaders said no": people asked for, of any state office.)
  const general = /\b(?:official|politicians?|leaders?)\b/.test(rest);
  if (!party && !named && !member && !general) return null;
  // ("Republican officials", "GOP leaders": no office named is any state office.)
  const words = rest.replace(/\b(?:official|politicians?|leaders?|any|of|the|a|and|or)\b/g, " ");
  const list = listQuery(words.trim());
  if (!list || list === "tally" || list === "disputed" || list === "no-report") return null;
  // (An office the data keeps no holders of, "attorney general", is asked of no one: it is
  // never widened to every state office.)
  if (member) return { stance: list, party, offices: named ? [...offices] : [], member };
  return { stance: list, party, offices: named ? [...offices] : STATE_OFFICES };
}

/** The officials the question asks for, in the order the data lists them. */
export function officialsAnswering(dataset: Dataset, asked: OfficialsQuestion): Person[] {
  // Only words given as their own state's answer: a governor quoted on another state is not it.
  const spoke = new Set(
    dataset.claims
      .filter((c) => c.stance === asked.stance && c.quote && c.quote.speaker.state === c.state)
      .map((c) => c.quote?.speaker.id),
  );
  return dataset.people.filter(
    (p) =>
      spoke.has(p.id) &&
      (asked.party === null || p.party === asked.party) &&
      (asked.member ? seatedOn(p, dataset) : true) &&
      (asked.offices.length === 0 ? asked.member === true : asked.offices.includes(p.office)),
  );
}
