import type { Annotation } from "./annotation.js";
import { samePerson } from "./eval-real.js";
import { alignedRows, pct } from "./eval-table.js";

/**
 * How far two careful readers of the same article agree: the ceiling any drafter can be measured
 * against. The first reader is the reference, as in `eval:real`; the second is scored the way a
 * draft is, except that a reader may accept several stances, so two readers agree on a stance
 * when they share one.
 */
export interface ReaderAgreement {
  id: string;
  /** States each reader codes as answering. */
  first: number;
  second: number;
  both: number;
  stanceShared: number;
  /** States one reader codes as an answer that the other calls a trap. */
  trapDisputes: string[];
  /** The first reader's quotes, those the second also lists, and those with the same speaker. */
  quotes: number;
  quotesShared: number;
  speakerSame: number;
  /** People given different parties, or a party by one reader only. */
  partyDisputes: string[];
  differences: string[];
}

/**
 * Where the fragment sits in the article, or -1. Readers copy fragments verbatim, so only the
 * whitespace (re-wrapped lines) may differ.
 */
function locate(text: string, fragment: string): number {
  const at = text.indexOf(fragment);
  if (at >= 0) return at;
  const pattern = fragment
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return pattern ? text.search(new RegExp(pattern)) : -1;
}

const QUOTE_MARK = /["“”«»]/;

/**
 * Two fragments are from the same quotation when no quotation mark stands between them: readers
 * may copy different words of one long quotation.
 */
function sameQuotation(text: string, a: string, b: string): boolean {
  const [p, q] = [locate(text, a), locate(text, b)];
  if (p < 0 || q < 0) return false;
  const end = p <= q ? p + a.length : q + b.length;
  const next = Math.max(p, q);
  return next <= end || (next - end < 1500 && !QUOTE_MARK.test(text.slice(end, next)));
}

/** Compares the second reader's annotation of an article with the first's. */
export function compareReaders(
  text: string,
  first: Annotation,
  second: Annotation,
): ReaderAgreement {
  const differences: string[] = [];
  const a = new Map(first.states.map((s) => [s.state, s.stances]));
  const b = new Map(second.states.map((s) => [s.state, s.stances]));
  let both = 0;
  let stanceShared = 0;
  for (const [state, stances] of a) {
    const other = b.get(state);
    if (!other) {
      differences.push(`${state} coded by the first reader only (${stances.join("/")})`);
      continue;
    }
    both++;
    if (stances.some((s) => other.includes(s))) stanceShared++;
    else differences.push(`${state} stance: ${stances.join("/")} against ${other.join("/")}`);
  }
  for (const [state, stances] of b)
    if (!a.has(state))
      differences.push(`${state} coded by the second reader only (${stances.join("/")})`);

  const trapDisputes = [
    ...first.traps
      .filter((t) => b.has(t.state))
      .map((t) => `${t.state}: a trap to the first reader`),
    ...second.traps
      .filter((t) => a.has(t.state))
      .map((t) => `${t.state}: a trap to the second reader`),
  ];
  differences.push(...trapDisputes);

  let quotesShared = 0;
  let speakerSame = 0;
  for (const q of first.quotes) {
    const match = second.quotes.filter((r) => sameQuotation(text, q.fragment, r.fragment));
    if (match.length === 0) {
      differences.push(`"${q.fragment.slice(0, 50)}" listed by the first reader only`);
      continue;
    }
    quotesShared++;
    const same = match.some((r) =>
      q.speaker === null || r.speaker === null
        ? q.speaker === r.speaker
        : samePerson(q.speaker, r.speaker),
    );
    if (same) speakerSame++;
    else
      differences.push(
        `"${q.fragment.slice(0, 50)}": ${q.speaker ?? "no speaker"} against ${match
          .map((r) => r.speaker ?? "no speaker")
          .join(", ")}`,
      );
  }

  const partyDisputes: string[] = [];
  for (const p of [...first.parties, ...second.parties]) {
    const [x, y] = [first, second].map(
      (r) => r.parties.find((o) => samePerson(o.person, p.person))?.party ?? "none",
    );
    const label = `${p.person}: ${x} against ${y}`;
    if (x !== y && !partyDisputes.some((d) => d.startsWith(`${p.person}:`)))
      partyDisputes.push(label);
  }
  differences.push(...partyDisputes.map((d) => `party ${d}`));

  return {
    id: first.id,
    first: a.size,
    second: b.size,
    both,
    stanceShared,
    trapDisputes,
    quotes: first.quotes.length,
    quotesShared,
    speakerSame,
    partyDisputes,
    differences,
  };
}

/** The pooled agreement over many articles, as a terminal table and one line per difference. */
export function formatAgreement(list: readonly ReaderAgreement[], details = true): string {
  const sum = (f: (r: ReaderAgreement) => number) => list.reduce((n, r) => n + f(r), 0);
  const ratio = (x: number, y: number) => (y === 0 ? "—" : pct(x / y));
  const lines = alignedRows([
    ["article", "first", "second", "both", "stance shared", "quotes", "shared", "same speaker"],
    ...list.map((r) =>
      [
        r.id,
        r.first,
        r.second,
        r.both,
        r.stanceShared,
        r.quotes,
        r.quotesShared,
        r.speakerSame,
      ].map(String),
    ),
  ]);
  const both = sum((r) => r.both);
  lines.push(
    "",
    `${list.length} articles read twice: the second reader codes ${ratio(
      both,
      sum((r) => r.first),
    )} ` +
      `of the first reader's states (as recall), the first ${ratio(
        both,
        sum((r) => r.second),
      )} ` +
      `of the second's (as precision); a stance shared on ${ratio(
        sum((r) => r.stanceShared),
        both,
      )}; ` +
      `${sum((r) => r.trapDisputes.length)} states an answer to one reader and a trap to the other; ` +
      `the same speaker for ${ratio(
        sum((r) => r.speakerSame),
        sum((r) => r.quotesShared),
      )} of the ` +
      `quotes both list (${ratio(
        sum((r) => r.speakerSame),
        sum((r) => r.quotes),
      )} of all the first ` +
      `reader's); ${sum((r) => r.partyDisputes.length)} parties in dispute`,
  );
  if (details) {
    lines.push("");
    for (const r of list) for (const d of r.differences) lines.push(`${r.id}: ${d}`);
  }
  return lines.join("\n");
}
