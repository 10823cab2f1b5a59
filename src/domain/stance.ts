/** The stances a source can report, in the exact words of the JSON interface. */
export const STANCES = [
  "refuses",
  "public-only",
  "complies",
  "reviewing",
  "withholding",
  "no-report",
] as const;

export type Stance = (typeof STANCES)[number];

/** Plain words for people: "Ohio: public data only". */
export const STANCE_LABEL: Record<Stance, string> = {
  refuses: "refuses",
  "public-only": "public data only",
  complies: "complies",
  reviewing: "reviewing",
  withholding: "withholding in whole or in part",
  "no-report": "no report",
};

/** The same words capitalised, for tallies, legends and list names: one wording everywhere. */
export const STANCE_SHORT: Record<Stance, string> = Object.fromEntries(
  STANCES.map((s) => [s, STANCE_LABEL[s].charAt(0).toUpperCase() + STANCE_LABEL[s].slice(1)]),
) as Record<Stance, string>;

/**
 * How specific a stance is: a source that says "public data only" tells more than one that lists
 * the state among those that "will not comply or will only partially comply".
 */
const SPECIFICITY: Record<Stance, number> = {
  refuses: 3,
  "public-only": 3,
  complies: 3,
  reviewing: 2,
  withholding: 1,
  "no-report": 0,
};

/**
 * Whether two reported stances can both be true. "withholding" is the vague form of either
 * refusing or giving public data only, so it agrees with both; any other pair of different
 * stances is a disagreement between sources.
 */
export function compatible(a: Stance, b: Stance): boolean {
  if (a === b) return true;
  const vague: Stance = "withholding";
  const covered: Stance[] = ["refuses", "public-only"];
  if (a === vague) return covered.includes(b);
  if (b === vague) return covered.includes(a);
  return false;
}

export interface StanceSummary {
  stance: Stance;
  conflict: boolean;
  /** When sources disagree, the stances that cannot all be true ("refuses", "public-only"). */
  sides: Stance[];
}

/**
 * The summary of a state's claims: the most specific stance wins; when sources disagree the
 * conflict flag is raised and the summary is the most specific stance most sources give,
 * never a silent pick (the renderers show every side).
 */
export function summarise(stances: readonly Stance[]): StanceSummary {
  if (stances.length === 0) return { stance: "no-report", conflict: false, sides: [] };
  let conflict = false;
  for (let i = 0; i < stances.length; i++) {
    for (let j = i + 1; j < stances.length; j++) {
      if (!compatible(stances[i] as Stance, stances[j] as Stance)) conflict = true;
    }
  }
  const counts = new Map<Stance, number>();
  for (const s of stances) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(
    (a, b) => SPECIFICITY[b[0]] - SPECIFICITY[a[0]] || b[1] - a[1] || order(a[0]) - order(b[0]),
  );
  const distinct = ranked.map(([s]) => s);
  // A vague stance that agrees with every other one reported is not a side of the dispute.
  const sides = conflict
    ? distinct.filter((s) => distinct.some((other) => other !== s && !compatible(s, other)))
    : [];
  return { stance: (ranked[0] as [Stance, number])[0], conflict, sides };
}

function order(s: Stance): number {
  return STANCES.indexOf(s);
}

/** The questions about the whole table: a stance's states, the disputed states, the tally. */
export const LIST_KEYS = [...STANCES, "disputed", "tally"] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** The answers that keep a field back: refusing, giving public data only, or withholding part. */
export const KEPT_BACK: Stance[] = ["refuses", "public-only", "withholding"];

/**
 * The fields of a voter file a question may ask about ("which states won't give Social Security
 * numbers"): each by its name and the words a sentence names it with.
 */
export const FIELDS = {
  ssn: {
    label: "Social Security numbers",
    words: /\bsocial\s+security\b|\bssns?\b|\blast\s+four\b/i,
  },
  birth: {
    label: "dates of birth",
    words: /\bbirth\s?dates?\b|\bdates?\s+of\s+birth\b|\bbirthdays?\b/i,
  },
  license: { label: "driver's license numbers", words: /\bdriver['’]?s?\s+licen[cs]e/i },
  felony: { label: "felony records", words: /\bfelon(?:y|ies)\b|\bcriminal\b/i },
  military: { label: "military status", words: /\bmilitary\b/i },
  party: {
    label: "party affiliation",
    words: /\bparty\s+affiliation|\bpolitical\s+part(?:y|ies)\b/i,
  },
  history: { label: "voting history", words: /\b(?:voting|voter)\s+histor(?:y|ies)\b/i },
  fee: {
    label: "a fee",
    words:
      /\bfees?\b|\bpay\b|\bpaying\b|\bpaid\b|\bpayments?\b|\bpurchas\w*|\bbuy\b|\bcharg\w*|\b(?:sell(?:s|ing)?|sold)\s+(?:[\w'’]+\s+){0,3}?(?:data|rolls?|lists?|files?|records|information|it|them)\b|\b(?:data|rolls?|lists?|files?|records|information)\s+(?:[\w'’]+\s+){0,3}?(?:sold|for\s+sale)\b|\bfor\s+(?:sale|a\s+price|money)\b|\$\s?\d/i,
  },
} as const;

export type FieldKey = keyof typeof FIELDS;
