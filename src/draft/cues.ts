import type { Stance } from "../domain/stance.js";
import type { Range } from "./text.js";

/** The words that decide a stance, and how firmly they decide it. */
export interface Cue extends Range {
  stance: Stance;
}

const GIVE = String.raw`(?:compl(?:y|ying|ied|ies)|provid\w*|releas\w*|shar(?:e|es|ed|ing)|hand\w*\s+over|turn\w*\s+over|give|giving|gave|send\w*|sent|fulfill\w*|participat\w*|cooperat\w*|submit\w*|allow\w*|permit\w*|disclos\w*|hand\w*|supply\w*)`;
const NOT = String.raw`(?:\bnot|n['’]t|\bnever|\bno longer)`;
const PARTIAL =
  /\b(?:certain|confidential|non-?public|private|protected|social security|dates? of birth|birth ?dates?|driver['’]?s? licen[cs]e|last four digits|partial(?:ly)?)\b/i;
const GIVE_OR_KEEP =
  /\b(?:provid\w*|releas\w*|hand\w* over|turn\w* over|shar\w*|sell\w*|sold|compl\w*|give|giving|gave|send\w*|submit\w*|obtain\w*|purchas\w*|withh[oe]ld\w*|buy|pay|charg\w*|offer\w*)\b/i;

const NOT_ABOUT_DATA =
  /\bimmediately\b|\b(?:comment|comments|interview|statement|details|questions|reply|response|answer)\b/i;

interface Rule {
  stance: Stance;
  pattern: RegExp;
  /** Extra condition on the whole clause. */
  when?: (clause: string) => boolean;
}

// Checked in order: the first stance with a match decides. The vague "in whole or in part" comes
// first, then public data only (which often says "will not" about the rest), then refusal.
const RULES: Rule[] = [
  {
    stance: "withholding",
    pattern:
      /\bin whole or in part\b|\b(?:comply|complying|cooperate|cooperating)\s+(?:only\s+)?(?:in part|partially)\b|\bpartial(?:ly)?\s+compl\w*|\bor (?:will |would )?only partially\b|\b(?:wholly|fully) or partially\b|\bpartially or (?:wholly|fully|entirely)\b/gi,
  },
  {
    stance: "public-only",
    pattern:
      /\bpublic(?:ly)?[ -](?:available\s+)?(?:voter\s+)?(?:information|data|records?|documents?|files?|rolls?|info)\b|\bpublicly available\b|\bavailable to the public\b|\bnon-?public\b|\bonly\s+(?:[\w'’]+\s+){0,6}?public(?:ly)?\b/gi,
    when: (clause) => GIVE_OR_KEEP.test(clause),
  },
  {
    stance: "public-only",
    pattern:
      /\b(?:sell|sells|selling)\b|\bcharg\w*\s+(?:a fee\s+)?for\b|\bwelcome to (?:pay|purchase|buy)\b|\bfor a fee\b|\b(?:provide|release|share|hand over|turn over)\s+all but\b/gi,
  },
  {
    stance: "refuses",
    pattern: new RegExp(
      String.raw`\brefus\w*\b(?!\s+to\s+(?:say|comment|discuss|answer|speculate|confirm|elaborate|respond))|${NOT}\s+(?:[\w'’]+\s+){0,3}?${GIVE}\b|\bsa(?:id|ys?|ying)\s+no\b|\bdeclin\w*\s+to\s+${GIVE}|\b(?:reject\w*|rebuff\w*|spurn\w*|turn\w*\s+down)\s+(?:the|a|this|that|its)\s+(?:[\w'’]+\s+){0,2}?(?:request|demand|letter)\b|\bwithh[oe]ld\w*\b`,
      "gi",
    ),
  },
  {
    stance: "complies",
    pattern:
      /\b(?:will|would|plans? to|planning to|agreed to|intends? to|is going to|has|have|had|already)\s+(?:[\w'’]+\s+){0,2}?(?:comply|provide[ds]?|send|sent|submit(?:ted)?|hand(?:ed)? over|turn(?:ed)? over|share[ds]?|cooperate|fulfill(?:ed)?)\b|\bno problem with\b|\blooks? forward to (?:supporting|cooperating|working with|complying)\b|\b(?:supports?|supporting|welcomed?|welcomes)\s+(?:the\s+)?(?:request|commission|effort)\b|\bcomplied\b/gi,
    when: (clause) => !new RegExp(`${NOT}\\s`, "i").test(clause),
  },
  {
    stance: "reviewing",
    pattern:
      /\b(?:reviewing|considering|weighing|evaluating|studying)\s+(?:the\s+)?(?:request|letter|demand)\b|\bundecided\b|\b(?:has|have)(?:n['’]t| not) (?:yet )?(?:decided|made a decision)\b|\bno decision\b|\b(?:has|have)(?:n['’]t| not) (?:yet )?announced (?:a|its|their) decision\b|\b(?:needs?|needed) (?:more )?time to (?:consider|review)\b|\b(?:is|are|was|were) (?:still )?(?:reviewing|considering|evaluating|studying|weighing)\b/gi,
  },
];

// A list's label: "Refusal: A, B, C".
const LABELS: [RegExp, Stance][] = [
  [/^\s*(?:refus\w*|declin\w*|no)\s*:/i, "refuses"],
  [
    /^\s*(?:partial\w*|public[- ](?:only|data only|data)|public information only)\s*:/i,
    "public-only",
  ],
  [/^\s*(?:compl\w*|yes|will comply)\s*:/i, "complies"],
  [/^\s*(?:undecided|reviewing|pending|under review|considering)\s*:/i, "reviewing"],
];

// "took a similar line": the stance of the claim just before.
export const SIMILAR =
  /\b(?:took|takes|taking|take)\s+(?:a\s+)?similar\s+(?:line|stance|position|approach|tack)\b|\bfollowed suit\b|\bdid the same\b|\blikewise\b/i;

// A sentence that lists what the previous one described: "These states include: A, B, C."
export const LIST_FOLLOWS = /^\s*(?:these|those|they|such)\b[^.:]{0,40}\binclud\w*\b/i;

/** The cue that decides the stance within `range` of `masked` (the text without quote marks). */
export function findCue(masked: string, range: Range): Cue | null {
  const clause = masked.slice(range.start, range.end);
  for (const [label, stance] of LABELS) {
    const m = label.exec(clause);
    if (m) return cueAt(range.start, m, stance, masked);
  }
  for (const rule of RULES) {
    if (rule.when && !rule.when(clause)) continue;
    for (const m of clause.matchAll(rule.pattern)) {
      if (rule.stance !== "refuses") return cueAt(range.start, m, rule.stance, masked);
      const object =
        clause.slice(m.index, m.index + m[0].length + 80).split(/[;.]|\bbut\b/)[0] ?? "";
      // "did not immediately provide a comment" is about the reporter's call, not the data.
      if (NOT_ABOUT_DATA.test(object)) continue;
      // "will not share voters' Social Security information": only the non-public part is kept back.
      const partial = PARTIAL.exec(object);
      if (partial) {
        const end = m.index + (partial.index ?? 0) + partial[0].length;
        return trimmed(masked, range.start + m.index, range.start + end, "public-only");
      }
      return cueAt(range.start, m, rule.stance, masked);
    }
  }
  return null;
}

function cueAt(offset: number, m: RegExpMatchArray, stance: Stance, masked: string): Cue | null {
  const at = m.index ?? 0;
  return trimmed(masked, offset + at, offset + at + m[0].length, stance);
}

function trimmed(masked: string, start: number, end: number, stance: Stance): Cue | null {
  let s = start;
  let e = end;
  while (s < e && /[\s:]/.test(masked[s] as string)) s++;
  while (e > s && /[\s:]/.test(masked[e - 1] as string)) e--;
  return e > s ? { start: s, end: e, stance } : null;
}
