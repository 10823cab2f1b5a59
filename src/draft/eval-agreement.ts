import { escapeRegExp } from "../domain/names.js";
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
 * Where the fragment sits in the article, or null. Readers copy fragments verbatim, so only the
 * whitespace (re-wrapped lines) may differ.
 */
function locate(text: string, fragment: string): { start: number; end: number } | null {
  const words = fragment.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const m = new RegExp(words.map(escapeRegExp).join("\\s+")).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const QUOTE_MARK = /["“”«»]/;

/**
 * Two fragments are from the same quotation when no quotation mark stands between them: readers
 * may copy different words of one long quotation.
 */
function sameQuotation(text: string, a: string, b: string): boolean {
  const [x, y] = [locate(text, a), locate(text, b)];
  if (!x || !y) return false;
  const [first, second] = x.start <= y.start ? [x, y] : [y, x];
  return (
    second.start <= first.end ||
    (second.start - first.end < 1500 && !QUOTE_MARK.test(text.slice(first.end, second.start)))
  );
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
  const trappedBy = (r: Annotation, state: string) => r.traps.some((t) => t.state === state);
  for (const [state, stances] of a) {
    const other = b.get(state);
    if (!other) {
      if (!trappedBy(second, state))
        differences.push(`${state} coded by the first reader only (${stances.join("/")})`);
      continue;
    }
    both++;
    if (stances.some((s) => other.includes(s))) stanceShared++;
    else differences.push(`${state} stance: ${stances.join("/")} against ${other.join("/")}`);
  }
  for (const [state, stances] of b)
    if (!a.has(state) && !trappedBy(first, state))
      differences.push(`${state} coded by the second reader only (${stances.join("/")})`);

  const trapDisputes = [
    ...first.traps
      .filter((t) => b.has(t.state))
      .map((t) => `${t.state}: a trap to the first reader, coded by the second`),
    ...second.traps
      .filter((t) => a.has(t.state))
      .map((t) => `${t.state}: a trap to the second reader, coded by the first`),
  ];
  differences.push(...trapDisputes);

  // Each of the second reader's quotes answers for one of the first's at most.
  const speaks = (x: string | null, y: string | null) =>
    x === null || y === null ? x === y : samePerson(x, y);
  const used = new Set<number>();
  let quotesShared = 0;
  let speakerSame = 0;
  for (const q of first.quotes) {
    const match = second.quotes
      .map((r, i) => ({ r, i }))
      .filter(({ r, i }) => !used.has(i) && sameQuotation(text, q.fragment, r.fragment));
    const pick = match.find(({ r }) => speaks(q.speaker, r.speaker)) ?? match[0];
    if (!pick) {
      differences.push(`"${q.fragment.slice(0, 50)}" listed by the first reader only`);
      continue;
    }
    used.add(pick.i);
    quotesShared++;
    if (speaks(q.speaker, pick.r.speaker)) speakerSame++;
    else
      differences.push(
        `"${q.fragment.slice(0, 50)}": ${q.speaker ?? "no speaker"} against ${pick.r.speaker ?? "no speaker"}`,
      );
  }
  second.quotes.forEach((r, i) => {
    if (!used.has(i))
      differences.push(`"${r.fragment.slice(0, 50)}" listed by the second reader only`);
  });

  // One line per person, however each reader spells the name.
  const partyDisputes: string[] = [];
  const seen: string[] = [];
  for (const p of [...first.parties, ...second.parties]) {
    if (seen.some((n) => samePerson(n, p.person))) continue;
    seen.push(p.person);
    const [x, y] = [first, second].map(
      (r) => r.parties.find((o) => samePerson(o.person, p.person))?.party ?? "none",
    );
    if (x !== y) partyDisputes.push(`${p.person}: ${x} against ${y}`);
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
