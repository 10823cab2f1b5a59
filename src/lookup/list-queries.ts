import type { ListKey } from "../domain/stance.js";

/**
 * Questions about the whole table, as reporters ask them: "who refused", "states that refused",
 * "public data only", "undecided", "where do sources disagree", "tally". A query is a list
 * question when, once the words around it are gone, only one list's words are left.
 */
const LIST_WORDS: [ListKey, string[]][] = [
  [
    "disputed",
    [
      "disputed",
      "dispute",
      "disputes",
      "conflict",
      "conflicts",
      "conflicting",
      "contested",
      "disagree",
      "disagreement",
      "disagreements",
      "sources disagree",
      "where do sources disagree",
      "where sources disagree",
      "split",
    ],
  ],
  [
    "tally",
    [
      "tally",
      "tallies",
      "count",
      "counts",
      "totals",
      "total",
      "scoreboard",
      "summary",
      "overview",
      "how many",
      "all states",
      "every state",
      "breakdown",
    ],
  ],
  [
    "refuses",
    [
      "refuses",
      "refuse",
      "refused",
      "refusing",
      "refusal",
      "refusals",
      "declined",
      "decline",
      "declines",
      "said no",
      "say no",
      "wont comply",
      "will not comply",
      "not comply",
      "did not comply",
      "didnt comply",
      "not complying",
      "refuse to comply",
      "refused to comply",
      "refusing to comply",
      "not cooperate",
      "not cooperating",
      "wont cooperate",
      "rejected",
      "reject",
    ],
  ],
  [
    "public-only",
    [
      "public data only",
      "public only",
      "public data",
      "only public data",
      "public information only",
      "public records only",
      "partial",
      "partially",
      "partly",
      "public info only",
    ],
  ],
  [
    "complies",
    [
      "complies",
      "comply",
      "complied",
      "complying",
      "compliance",
      "cooperating",
      "cooperate",
      "cooperated",
      "supports",
      "support",
      "supported",
      "hand over",
      "handed over",
      "will comply",
    ],
  ],
  [
    "reviewing",
    [
      "reviewing",
      "review",
      "undecided",
      "considering",
      "deciding",
      "not decided",
      "havent decided",
      "still deciding",
      "pending",
      "weighing",
    ],
  ],
  ["withholding", ["withholding", "withhold", "withheld"]],
  [
    "no-report",
    [
      "no report",
      "no reports",
      "not reported",
      "no response",
      "no word",
      "unknown",
      "silent",
      "no answer",
      "unreported",
      "not yet reported",
    ],
  ],
];

/** Words around a list question ("which states", "list of", "so far"). */
const AROUND = new Set(
  (
    "which what who whom where states state list lists of that have has had the a an are is were was " +
    "so far to with by in on show me give all any do does did yet request commission data " +
    "voter voters rolls their them they it its said say says saying sources source now today stance stances " +
    "only will would give provide release share sell offer"
  ).split(" "),
);

const PHRASES = LIST_WORDS.flatMap(([key, words]) => words.map((w) => ({ key, w }))).sort(
  (a, b) => b.w.length - a.w.length,
);

/** The list a normalised query asks for, or null when it asks for something else. */
export function listQuery(normalised: string): ListKey | null {
  let rest = ` ${normalised.replace(/\s+/g, " ").trim()} `;
  let found: ListKey | null = null;
  for (const { key, w } of PHRASES) {
    const at = rest.indexOf(` ${w} `);
    if (at < 0) continue;
    if (found && found !== key) return null;
    found = key;
    rest = `${rest.slice(0, at)} ${rest.slice(at + w.length + 1)}`;
  }
  if (!found) return null;
  const leftover = rest.split(" ").filter((word) => word && !AROUND.has(word));
  return leftover.length === 0 ? found : null;
}
