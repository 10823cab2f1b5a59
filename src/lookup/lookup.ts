import type { Office } from "../domain/dataset.js";
import { type LookupIndex, sameTarget, type Target } from "./index.js";
import { editDistance, normalise, withoutFiller, withoutStateOf } from "./normalise.js";

export type MatchedBy = "exact" | "role" | "mention" | "partial" | "fuzzy";

export interface LookupResult {
  query: string;
  /** Best first; empty when nothing is a credible match. */
  targets: Target[];
  matchedBy: MatchedBy | null;
  /** True when the query fits several things equally ("Dakota"): the reply offers a choice. */
  ambiguous: boolean;
}

/** Longer than any name or role question; past this a query is not a lookup. */
export const MAX_QUERY_LENGTH = 120;
/** Fuzzy matches below this share of identical characters are guesses, not matches. */
export const FUZZY_MIN_CONFIDENCE = 0.75;
/** Fuzzy candidates this close in confidence are offered together, not picked between. */
const FUZZY_TIE = 0.02;

const ROLE_PHRASES: [string, Office[]][] = (
  [
    ["lieutenant governor", ["lieutenant-governor"]],
    ["lt governor", ["lieutenant-governor"]],
    ["lt gov", ["lieutenant-governor"]],
    ["secretary of state", ["secretary-of-state"]],
    ["sec of state", ["secretary-of-state"]],
    ["secy of state", ["secretary-of-state"]],
    ["sos", ["secretary-of-state"]],
    ["secretary", ["secretary-of-state"]],
    ["governor", ["governor"]],
    ["gov", ["governor"]],
    ["director of elections", ["elections-director"]],
    ["elections director", ["elections-director"]],
    ["election director", ["elections-director"]],
    ["elections administrator", ["elections-director"]],
    ["top election official", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["election official", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["elections official", ["secretary-of-state", "lieutenant-governor", "elections-director"]],
    ["democratic party chair", ["party-chair"]],
    ["party chair", ["party-chair"]],
  ] as [string, Office[]][]
).sort((a, b) => b[0].length - a[0].length);

const NONE = (query: string): LookupResult => ({
  query,
  targets: [],
  matchedBy: null,
  ambiguous: false,
});

export function lookup(index: LookupIndex, query: string): LookupResult {
  const raw = query.trim();
  if (raw.length === 0 || raw.length > MAX_QUERY_LENGTH) return NONE(query);
  const q = withoutStateOf(normalise(raw));
  if (!q) return NONE(query);

  const exact = index.exact.get(q);
  if (exact)
    return result(
      query,
      exact.map((k) => k.target),
      "exact",
    );

  const role = byRole(index, q);
  if (role) return role.length > 0 ? result(query, role, "role") : NONE(query);

  const mentioned = mentions(index, raw);
  if (mentioned.length > 0) return result(query, mentioned, "mention");

  const content = withoutFiller(q);
  if (!content) return NONE(query);
  const partial = index.words.get(content);
  if (partial) return result(query, partial, "partial");

  return fuzzy(index, query, content);
}

function result(query: string, targets: Target[], matchedBy: MatchedBy): LookupResult {
  const ambiguous = targets.length > 1 && (matchedBy === "exact" || matchedBy === "partial");
  return { query, targets, matchedBy, ambiguous };
}

/** "Kentucky secretary of state", "governor of New York": the official, then the state. */
function byRole(index: LookupIndex, q: string): Target[] | null {
  for (const [phrase, offices] of ROLE_PHRASES) {
    const at = ` ${q} `.indexOf(` ${phrase} `);
    if (at < 0) continue;
    const rest = withoutFiller(
      `${q.slice(0, at)} ${q.slice(at + phrase.length)}`
        .split(" ")
        .filter((w) => w !== "of" && w !== "in" && w !== "for")
        .join(" ")
        .trim(),
    );
    const state = resolveState(index, rest);
    if (!state) return rest ? null : [];
    const officials = index.dataset.people
      .filter((p) => p.state === state && offices.includes(p.office))
      .map((p): Target => ({ kind: "person", id: p.id }));
    return [...officials, { kind: "state", usps: state }];
  }
  return null;
}

function resolveState(index: LookupIndex, text: string): string | null {
  if (!text) return null;
  const hit = (index.exact.get(text) ?? []).find((k) => k.target.kind === "state");
  if (hit && hit.target.kind === "state") return hit.target.usps;
  const fuzzyHit = fuzzy(index, text, text);
  const first = fuzzyHit.targets[0];
  return fuzzyHit.targets.length === 1 && first?.kind === "state" ? first.usps : null;
}

interface Token {
  word: string;
  /** Typed in capitals, so "OR" is Oregon but "or" is just a word. */
  capitals: boolean;
  /** Starts with a capital letter, as names do in running text. */
  initialCapital: boolean;
  /** Written with a period, as AP abbreviations are ("Pa."). */
  dotted: boolean;
}

function tokens(raw: string): Token[] {
  return raw.split(/\s+/).flatMap((part) => {
    const letters = part.replace(/^[^\p{L}]+/u, "");
    const capitals = /^[A-Z]{2}[^A-Za-z]*$/.test(letters);
    const initialCapital = /^\p{Lu}/u.test(letters);
    const dotted = part.includes(".");
    return normalise(part)
      .split(" ")
      .filter(Boolean)
      .map((word) => ({ word, capitals, initialCapital, dotted }));
  });
}

/**
 * The names inside a sentence ("what did Padilla say about Ohio?"), in order of appearance.
 * With `capitalised`, for running text such as a news paragraph, a name counts only when its
 * last word starts with a capital ("Cox", not "cox").
 */
export function mentions(index: LookupIndex, raw: string, capitalised = false): Target[] {
  const words = tokens(raw);
  const used = new Array<boolean>(words.length).fill(false);
  const found: { at: number; target: Target }[] = [];
  for (let len = Math.min(index.longestKeyWords, words.length); len >= 1; len--) {
    for (let start = 0; start + len <= words.length; start++) {
      if (used.slice(start, start + len).some(Boolean)) continue;
      const span = words.slice(start, start + len);
      const key = span.map((t) => t.word).join(" ");
      if (withoutFiller(key) === "") continue;
      if (capitalised && !span[span.length - 1]?.initialCapital) continue;
      const hits = (index.exact.get(key) ?? []).filter(
        (k) =>
          (!k.isCode || (len === 1 && span[0]?.capitals)) &&
          (!capitalised || !k.isAbbreviation || span.some((t) => t.dotted)),
      );
      if (hits.length === 0) continue;
      for (let i = start; i < start + len; i++) used[i] = true;
      for (const h of hits) found.push({ at: start, target: h.target });
    }
  }
  const ordered: Target[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    if (!ordered.some((t) => sameTarget(t, f.target))) ordered.push(f.target);
  }
  return ordered;
}

/**
 * Fuse's candidates among keys of a length that can pass the confidence cut: an edit distance
 * is at least the difference in length, so longer or shorter keys never could.
 */
function fuzzyCandidates(index: LookupIndex, content: string) {
  const slack = Math.floor((content.length * (1 - FUZZY_MIN_CONFIDENCE)) / FUZZY_MIN_CONFIDENCE);
  const min = Math.ceil(content.length * FUZZY_MIN_CONFIDENCE);
  const hits = [];
  for (let length = min; length <= content.length + slack; length++) {
    hits.push(...(index.fuzzy.get(length)?.search(content, { limit: 8 }) ?? []));
  }
  return hits;
}

function fuzzy(index: LookupIndex, query: string, content: string): LookupResult {
  if (content.length < 4) return NONE(query);
  const scored: { target: Target; confidence: number }[] = [];
  for (const hit of fuzzyCandidates(index, content)) {
    const key = hit.item.key;
    const confidence = 1 - editDistance(content, key) / Math.max(content.length, key.length);
    if (confidence < FUZZY_MIN_CONFIDENCE) continue;
    const seen = scored.find((s) => sameTarget(s.target, hit.item.target));
    if (seen) seen.confidence = Math.max(seen.confidence, confidence);
    else scored.push({ target: hit.item.target, confidence });
  }
  if (scored.length === 0) return NONE(query);
  scored.sort((a, b) => b.confidence - a.confidence);
  const best = scored[0]?.confidence ?? 0;
  const close = scored.filter((s) => best - s.confidence <= FUZZY_TIE);
  return {
    query,
    targets: close.map((s) => s.target),
    matchedBy: "fuzzy",
    ambiguous: close.length > 1,
  };
}
