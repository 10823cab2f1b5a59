import type { Jurisdiction } from "../domain/dataset.js";
import type { Found, PeopleInText } from "./people.js";
import type { QuoteSpan } from "./quote-marks.js";
import { type Range, rangesOverlapping } from "./text.js";

/**
 * A broadcast transcript's turn: "BROOKE GLADSTONE: And I'm Brooke Gladstone. …" — the words of
 * the one its label names, printed without quotation marks. One span per paragraph of the turn
 * (a turn runs on over unlabelled paragraphs until the next label), cut around any quotation
 * inside it, so that the spans never overlap the quotations the marks enclose.
 */
export interface Turn extends QuoteSpan {
  /** The label as printed: "BROOKE GLADSTONE", "INSKEEP". */
  label: string;
  /** Who the label stands for is no one in particular: "FEMALE CORRESPONDENT", "HOST". */
  unnamed: boolean;
}

// A line that opens on a speaker's label in capitals, perhaps with a note ("SHAPIRO (HOST):").
const LABEL =
  /^[^\S\n]*(\p{Lu}[\p{Lu}.'’-]*(?:[^\S\n]+\p{Lu}[\p{Lu}.'’-]*){0,3})(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*:[^\S\n]+(?=\S)/gmu;
// Labels that head a line but name no speaker: "JUST IN:", "UPDATE:", "EDITOR'S NOTE:".
const NOT_A_SPEAKER =
  /^(?:JUST IN|UPDATE[SD]?|BREAKING(?: NEWS)?|EDITOR['’]S NOTE|NOTE|CORRECTION|CLARIFICATION|WATCH|RELATED|READ(?: MORE)?|MORE|SEE ALSO|ALSO|PHOTOS?|VIDEO|LISTEN|SOURCES?|ADVERTISEMENT|TRANSCRIPT|SUBSCRIBE|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|DISCLAIMER|WARNING|ALERT|LIVE|FACT CHECK|TOPICS?|TAGS?|BY|FROM|TO|SUBJECT|DATE|RE|CC|WASHINGTON|AP|GUEST|GUESTS)$/u;
// A role, not a name: "FEMALE CORRESPONDENT", "UNIDENTIFIED PERSON", "HOST".
const UNNAMED =
  /\b(?:CORRESPONDENT|HOST|ANCHOR|REPORTER|ANNOUNCER|NARRATOR|UNIDENTIFIED|CALLER|MAN|WOMAN|PERSON|SPEAKER|VOICE|CROWD|AUDIENCE|MODERATOR|INTERVIEWER|PROTESTERS?|STUDENTS?|GROUP|Q|A)\b/u;
// Lines that end a turn: "[END CLIP]", "(SOUNDBITE OF MUSIC)", and a page's furniture after it.
const BREAK_LINE =
  /^[^\S\n]*(?:[[(]|(?:Copyright|©|Transcript provided|All rights reserved|Related|Tags?:|Share|Listen|Read more)\b)/iu;
/** A transcript has at least this many labelled lines, by at least two speakers. */
const MIN_TURNS = 3;
/** Fewer words than this (a turn cut off at "GRIMES: Well") are no one's quotable words. */
const MIN_WORDS = 3;

/** The turns of a broadcast transcript, or none when the text is not one. */
export function transcriptTurns(
  text: string,
  quotes: readonly QuoteSpan[],
  jurisdictions: readonly Jurisdiction[],
): Turn[] {
  // ("ALABAMA: will send public data": a roundup's label is a place, not a speaker.)
  const places = new Set(
    jurisdictions.flatMap((j) => [j.name, j.usps, j.ap, ...j.aliases].map((n) => n.toUpperCase())),
  );
  const labels: { label: string; lineStart: number; wordsStart: number }[] = [];
  for (const m of text.matchAll(LABEL)) {
    const label = (m[1] as string).replace(/\s+/g, " ");
    // (Capitals only: "Ohio Secretary of State:" is a heading, "A:" or "Q:" too short to tell.)
    if (
      !/\p{Lu}{2}/u.test(label) ||
      /\p{Ll}/u.test(label) ||
      NOT_A_SPEAKER.test(label) ||
      places.has(label)
    )
      continue;
    labels.push({ label, lineStart: m.index ?? 0, wordsStart: (m.index ?? 0) + m[0].length });
  }
  const distinct = [...new Set(labels.map((l) => l.label))];
  // (A transcript names someone it labels in print: "NPR's Pam Fessler" over "FESSLER:"; a
  // roundup's "DECLINED:" and "PARTLY:" name no one.)
  if (
    labels.length < MIN_TURNS ||
    distinct.length < 2 ||
    !distinct.some((label) => printedAsName(text, label))
  )
    return [];
  const turns: Turn[] = [];
  const lineEnd = (at: number, until: number) => {
    const end = text.indexOf("\n", at);
    return end < 0 || end > until ? until : end;
  };
  for (const [i, l] of labels.entries()) {
    const until = labels[i + 1]?.lineStart ?? text.length;
    const unnamed = UNNAMED.test(l.label);
    for (let at = l.wordsStart; at < until; ) {
      const end = lineEnd(at, until);
      for (const piece of outsideQuotes(at, end, quotes)) {
        const words = /\S(?:[\s\S]*\S)?/.exec(text.slice(piece.start, piece.end));
        if (!words || words[0].split(/\s+/).length < MIN_WORDS) continue;
        const start = piece.start + words.index;
        const close = start + words[0].length;
        turns.push({ start, end: close, open: start, close, label: l.label, unnamed });
      }
      // The next unlabelled paragraph goes on with the same speaker, unless a break line ends it.
      at = end + 1;
      while (at < until && /\s/.test(text[at] as string)) at++;
      if (BREAK_LINE.test(text.slice(at, lineEnd(at, until)))) break;
    }
  }
  return turns;
}

/** The person a turn's label names, where the text names them in print: "INSKEEP" is "Steve
 * Inskeep" if the text names him so, and no one it does not name. */
export function turnSpeaker(turn: Turn, people: PeopleInText): Found | null {
  if (turn.unnamed) return null;
  const label = turn.label.toLowerCase();
  const named = [...people.byKey.values()].filter((f) => {
    if (f.body) return false;
    const name = (f.known?.name ?? f.name).toLowerCase();
    return name === label || name.endsWith(` ${label}`);
  });
  return named.length === 1 ? (named[0] as Found) : null;
}

/**
 * Whether the text prints the label as a name in ordinary capitals: "Brooke Gladstone" for
 * "BROOKE GLADSTONE", or a surname after a first name or title ("Pam Fessler" for "FESSLER").
 */
function printedAsName(text: string, label: string): boolean {
  const words = label.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})${words.join("\\s+")}(?!\\p{L})`, "giu"))) {
    const printed = m[0];
    if (!/^\p{Lu}/u.test(printed) || !/\p{Ll}/u.test(printed)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    if (words.length > 1 || /\p{Lu}[\p{L}.'’-]*\s+$/u.test(before)) return true;
  }
  return false;
}

/** The parts of [start, end) outside every quotation, marks included. */
function outsideQuotes(start: number, end: number, quotes: readonly QuoteSpan[]): Range[] {
  const out: Range[] = [];
  let from = start;
  for (const q of rangesOverlapping(quotes, start, end)) {
    if (q.open > from) out.push({ start: from, end: Math.min(q.open, end) });
    from = Math.max(from, q.close + 1);
  }
  if (from < end) out.push({ start: from, end });
  return out;
}
