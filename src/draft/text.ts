import type { Excerpt } from "./types.js";

/** A list item's marker opening its line: "1.", "2)", "-", "+", "•", "–". */
export const LIST_MARKER = String.raw`(?:\d{1,2}[.)]|[-+•*·▪◦–—])`;

/** A stretch of the article by offsets; its text is always `article.slice(start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/** The excerpt of `text` between two offsets, with surrounding whitespace left out. */
export function excerpt(text: string, start: number, end: number): Excerpt | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}

/**
 * Paragraphs are lines: news text puts one paragraph on a line. Text hard-wrapped at a fixed
 * width (copied from a PDF, an e-mail or a wire feed) runs a paragraph over several lines: there
 * a line break ends a paragraph only after a sentence's end or before a blank line.
 */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const line = wrapped(text) ? /(?:[^\n]|\n(?![^\S\n]*\n)(?<![.!?:”"’)][^\S\n]*\n))+/g : /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const x = excerpt(text, m.index, m.index + m[0].length);
    if (x) out.push({ start: x.start, end: x.end });
  }
  return out;
}

/** Whether the text is hard-wrapped: many lines of similar width go on in lower case. */
export function wrapped(text: string): boolean {
  const lines = text.split("\n");
  let runOn = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = (lines[i - 1] as string).length;
    if (previous >= 45 && previous <= 95 && /^\p{Ll}/u.test(lines[i] as string)) runOn++;
  }
  return runOn >= 3 && runOn >= lines.length / 5;
}

// Words whose period does not end a sentence: titles, initials, months, AP state forms.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st lt gov sen rep gen col capt sgt jr sr inc co corp ltd no vs dept ft mt " +
    "jan feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga " +
    "ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt va wash " +
    "wis wyo pres supt sec atty asst assn sens reps govs"
  ).split(" "),
);
const OPENERS = "\"“‘'([";
const END = /[.!?]+[”"’')\]]*/g;

/** The sentences of one paragraph, by offsets, including those run together ("data.The"). */
function sentencesOf(text: string, para: Range): Range[] {
  const out: Range[] = [];
  let from = para.start;
  // A metadata marker opening the text ("date 2017-06-30") is not part of the first sentence.
  const marker = /^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+/i.exec(text.slice(para.start, para.end));
  if (marker) {
    out.push({ start: para.start, end: para.start + marker[0].trimEnd().length });
    from = para.start + marker[0].length;
  }
  const body = text.slice(para.start, para.end);
  END.lastIndex = 0;
  for (let m = END.exec(body); m; m = END.exec(body)) {
    const at = para.start + m.index;
    const after = at + m[0].length;
    if (after >= para.end) break;
    if (!endsSentence(text, at, after)) continue;
    pushTrimmed(out, text, from, after);
    from = after;
  }
  pushTrimmed(out, text, from, para.end);
  return out;
}

function endsSentence(text: string, at: number, after: number): boolean {
  let next = after;
  while (next < text.length && /[^\S\n]/.test(text[next] as string)) next++;
  const spaced = next > after;
  const c = text[next] ?? "";
  const c2 = text[next + 1] ?? "";
  // "… probes. (knpr.org) Trackers show …": a source cited after the full stop, then a sentence.
  if (c === "(" && /^\([^()\n]{0,40}\)[^\S\n]+[\p{Lu}\d"“]/u.test(text.slice(next, next + 60)))
    return true;
  // (A Spanish question or exclamation opens with "¿" or "¡", after a quotation mark or not.)
  const c3 = text[next + 2] ?? "";
  const startsUpper =
    /[\p{Lu}\d]/u.test(c) ||
    (OPENERS.includes(c) && /[\p{Lu}\d]/u.test(c2)) ||
    // ("“(This commission) asked …": a quotation opening on a bracketed word of the editor's.)
    (OPENERS.includes(c) && OPENERS.includes(c2) && /[\p{Lu}\d]/u.test(c3)) ||
    (/[¿¡]/.test(c) && /\p{Lu}/u.test(c2)) ||
    (OPENERS.includes(c) && /[¿¡]/.test(c2) && /\p{Lu}/u.test(c3));
  if (!startsUpper) return false;
  if (text[at] !== ".") return true;
  // A numbered list's "1." opens its line; it ends no sentence.
  if (/(?:^|\n)[^\S\n]*\d{1,2}$/.test(text.slice(Math.max(0, at - 6), at))) return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? "";
  if (word.includes(".")) return false; // U.S., D.C., p.m.
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial
  // "No. 2" is a number; "said no." ends its sentence.
  if (word.toLowerCase() === "no") return !/\d/.test(c);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Run together ("data.The") only after a lower-case word, so "U.S.A" stays whole.
  return spaced || /\p{Ll}/u.test(text[at - 1] ?? "");
}

// Longer than any sentence of news prose (a list of all 51 states, each with a clause on its
// official, runs to about 3,000 characters). A page with no full stops would otherwise be one
// sentence that every state named in it reads again.
const LONGEST_SENTENCE = 4_000;

export function sentences(text: string): Range[] {
  return paragraphs(text).flatMap((p) => sentencesOf(text, p).flatMap((s) => cut(text, s)));
}

/** A run longer than LONGEST_SENTENCE, cut at the last space before each limit. */
function cut(text: string, s: Range): Range[] {
  if (s.end - s.start <= LONGEST_SENTENCE) return [s];
  const out: Range[] = [];
  let from = s.start;
  while (s.end - from > LONGEST_SENTENCE) {
    const space = text.lastIndexOf(" ", from + LONGEST_SENTENCE);
    const to = space > from ? space : from + LONGEST_SENTENCE;
    pushTrimmed(out, text, from, to);
    from = to;
  }
  pushTrimmed(out, text, from, s.end);
  return out;
}

/** The range from `start` to `end` without its surrounding whitespace, if anything is left. */
function pushTrimmed(out: Range[], text: string, start: number, end: number): void {
  const x = excerpt(text, start, end);
  if (x) out.push({ start: x.start, end: x.end });
}

/** The article with quotation marks turned into spaces, same length, for matching cue words. */
export function withoutQuoteMarks(text: string): string {
  return text.replace(/["“”„«»]/g, " ");
}

/** The index of the first range that ends after `at`, in ranges sorted by start (binary search). */
function firstEndingAfter(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as Range).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range that holds `at`, in sorted, non-overlapping ranges. */
export function rangeAt<R extends Range>(ranges: readonly R[], at: number): R | undefined {
  const r = ranges[firstEndingAfter(ranges, at)];
  return r && r.start <= at ? r : undefined;
}

/** The ranges that reach into [start, end), in sorted, non-overlapping ranges. */
export function rangesOverlapping<R extends Range>(
  ranges: readonly R[],
  start: number,
  end: number,
): R[] {
  const out: R[] = [];
  for (let i = firstEndingAfter(ranges, start); i < ranges.length; i++) {
    const r = ranges[i] as R;
    if (r.start >= end) break;
    out.push(r);
  }
  return out;
}

/** The ranges inside [start, end), in ranges sorted by start. */
export function rangesWithin<R extends Range>(
  ranges: readonly R[],
  start: number,
  end: number,
): R[] {
  return rangesOverlapping(ranges, start, end).filter((r) => r.start >= start && r.end <= end);
}

/**
 * A photo's caption the page set between paragraphs: a line with a photo credit ("(AP Photo/…)",
 * "(James Brooks/Alaska Beacon)", "Photo by …", "In this May 17, 2017, file photo, …"), or one
 * short line that ends on a date and reports nothing done ("President Donald Trump in the Rose
 * Garden on May 4.").
 */
export function isCaption(line: string): boolean {
  return CREDIT.test(line) || (DATED_SHOT.test(line) && !REPORTED.test(line));
}

/**
 * The text with each range blanked to spaces: the same length, so every offset still points
 * where it did. One pass, however many ranges (overlapping ones blank their union).
 */
export function blanked(text: string, ranges: readonly Range[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, r.start);
    if (r.end <= start) continue;
    parts.push(text.slice(at, start), " ".repeat(r.end - start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * The text with every line that only links elsewhere blanked ("Related: Nevada refuses DOJ
 * request", "Read more: …", "Previous: …"): another article's headline, which reports nothing of
 * this one. Blanked, not cut, so every offset still points into the text as printed.
 */
export function withoutLinkLines(text: string): string {
  return text.replace(LINK_LINE, (line) => " ".repeat(line.length));
}
/**
 * What the text tells as not so, to be blanked: each sentence that reports a mistake ("An earlier
 * version of this story incorrectly said Nevada had refused", "It is false that Ohio signed"),
 * from the clause that says so ("Three states agreed to work with the panel, set up after Trump
 * falsely claimed that …" keeps its main clause).
 */
export function retractedClauses(text: string, sents: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const s of sents) {
    const words = text.slice(s.start, s.end);
    const m = RETRACTED.exec(words);
    if (!m) continue;
    const mark = Math.max(
      0,
      ...[",", ";", "(", "—", "–"].map((c) => words.lastIndexOf(c, m.index)),
    );
    // (Only a clause that hangs off the sentence: "…, which was set up after Trump falsely
    // claimed …"; "Nevada had refused, an earlier version incorrectly said" goes whole.)
    const clause = SUBORDINATE.test(words.slice(mark)) ? mark : 0;
    // (A clause's blank keeps the sentence's stop: what is read past it still starts anew.)
    const stop = clause > 0 ? /[.!?]["”’]?\s*$/.exec(words)?.index : undefined;
    out.push({ start: s.start + clause, end: s.start + (stop ?? words.length) });
  }
  return out;
}

/** The sentences, each ending where a blanked clause begins in it; none left empty. */
export function endedAt(sents: readonly Range[], cuts: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const s of sents) {
    const cut = cuts.find((c) => c.start >= s.start && c.start < s.end);
    const end = cut ? cut.start : s.end;
    if (end > s.start) out.push({ start: s.start, end });
  }
  return out;
}
const SUBORDINATE =
  /^[,;(—–]\s*(?:(?:which|who|that|after|when|as|because|since|while|although|though|before|until)\b|\p{L}+ed\s+(?:\p{L}+\s+){0,4}?(?:after|when|because|since)\b)/u;
const RETRACTED =
  /\b(?:incorrectly|mistakenly|erroneously|wrongly|falsely)\s+(?:said|stated|reported|described|identified|listed|claimed)\b|^\s*(?:Correction|CORRECTION|Clarification|CLARIFICATION)\s*:|\b[Aa]n?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|article|report|post)\s+(?:\w+ly\s+)?(?:said|stated|reported|misstated|described|identified|listed|misidentified|claimed)\b|\b[Ii]t\s+is\s+(?:false|not\s+true)\s+that\b|\bden(?:ied|ies|y)\s+(?:the\s+)?reports?\s+that\b/;

const LINK_LINE =
  /^[^\S\n]*(?:Previous|Next|Related|Read more|Read also|Also read|Read next|See also|More|Recommended|Watch|Listen)[^\S\n]*(?:coverage|stories|story|articles?|content|reading)?[^\S\n]*:[^\n]{0,200}$/gim;

/** The paragraphs of `text` that are photo captions, which no claim or speaker is read from. */
export function captionParagraphs(text: string): Range[] {
  return paragraphs(text).filter((p) => isCaption(text.slice(p.start, p.end)));
}
// A sentence that reports what was done ("Provided the public voter file on May 27."), which a
// caption, in the present or with no verb at all, does not.
const REPORTED =
  /\b(?:\p{L}+ed|said|says|told|gave|sent|sold|made|will|would|could|has|have|had|was|were|is|are|did|does)\b/iu;
const CREDIT =
  /^\s*In\s+this\s+(?:[^,\n]{0,40},\s*){0,2}(?:file\s+)?(?:photo|image|picture)\b|\b(?:(?:AP|AFP|Getty|Reuters|File)\s+(?:Photo|Images)|Photo\s+(?:by|credit|courtesy))\b|\(\s*Photo\b|\((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*[^()\n]{2,60}\)\s*$/u;
const DATED_SHOT =
  /^(?=[^\n]{0,200}$)[^\n.!?]*\s(?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}(?:,\s+\d{4})?\.?\s*$/u;

/** Up to `n` characters before `at`, from the start of its sentence or line if that is nearer. */
/** The words that open a clause setting the scene for the main one ("After …, Adams wrote"). */
export const SCENE_OPENERS = "(?:When|After|As|Before|Since|While|Although|Though|Once|Because)";

export function clauseBefore(text: string, at: number, n: number): string {
  const before = text.slice(Math.max(0, at - n), at);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_BREAK)) start = (m.index ?? 0) + m[0].length;
  return before.slice(start);
}
// A sentence's end ("Clinton. Hutchinson"), not an abbreviation's period ("Gov. Hutchinson").
const SENTENCE_BREAK =
  /(?<!\b(?:\p{Lu}|Gov|Lt|Sen|Rep|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Rev|Gen|Col|Capt|Sgt|Sec|Atty|Asst|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs))[.!?]["”’]?\s+|\n/gu;
