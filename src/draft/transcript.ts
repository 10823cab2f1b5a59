import type { Jurisdiction } from "../domain/dataset.js";
import { escapeRegExp } from "../domain/names.js";
import type { Found, PeopleInText } from "./people.js";
import type { QuoteSpan } from "./quote-marks.js";
import { paragraphs, type Range, rangesOverlapping } from "./text.js";

/**
 * A broadcast transcript's turn: "BROOKE GLADSTONE: And I'm Brooke Gladstone. …" — the words of
 * the one its label names, printed without quotation marks. One span per paragraph of the turn
 * (inside the transcript a turn runs on over unlabelled paragraphs until the next label), cut
 * around any quotation inside it, so that no span overlaps the quotations the marks enclose.
 * `open` and `close` lie just outside its words, where a quotation's marks would be.
 */
export interface Turn extends QuoteSpan {
  /** The label as printed: "BROOKE GLADSTONE", "INSKEEP". */
  label: string;
  /** Who the label stands for is no one in particular: "FEMALE CORRESPONDENT", "HOST", "Q". */
  unnamed: boolean;
}

// A line that opens on a label in capitals, perhaps with a role or a note: "SHAPIRO:", "MARTIN
// KASTE, BYLINE:", "SHAPIRO (HOST):", "Q:".
const LABEL =
  /^[^\S\n]*(\p{Lu}[\p{Lu}.'’-]*(?:[^\S\n]+\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,[^\S\n]*\p{Lu}[\p{Lu}. ]{1,30})?(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*:[^\S\n]+(?=\S)/gmu;
// Labels that head a line but name no speaker: "JUST IN:", "UPDATE:", "WHAT WE KNOW:", "THE
// FACTS:", "COOK COUNTY:", "DEMOCRATS:".
const NOT_A_SPEAKER =
  /^(?:JUST IN|UPDATE[SD]?|BREAKING(?: NEWS)?|EDITOR['’]S NOTE|NOTE|CORRECTION|CLARIFICATION|WATCH|RELATED|READ(?: MORE)?|MORE|SEE ALSO|ALSO|PHOTOS?|VIDEO|LISTEN|SOURCES?|ADVERTISEMENT|TRANSCRIPT|SUBSCRIBE|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|DISCLAIMER|WARNING|ALERT|LIVE|FACT CHECK|TOPICS?|TAGS?|BY|FROM|TO|SUBJECT|DATE|RE|CC|AP|GUESTS?)$|^(?:WHAT|WHY|HOW|WHERE|WHEN|WHO)\b|\b(?:FACTS?|CLAIM|VERDICT|COUNTY|CITY|STATES?|HOUSE|SENATE|CONGRESS|DEMOCRATS|REPUBLICANS|DEPARTMENT|COMMISSION|COURT|OFFICE|BOARD|PARTY|GOP|DOJ|ADMINISTRATION|GOVERNMENT|CAMPAIGN)$/u;
// A role, not a name: "FEMALE CORRESPONDENT", "UNIDENTIFIED PERSON", "HOST".
const UNNAMED =
  /\b(?:CORRESPONDENT|HOST|ANCHOR|REPORTER|ANNOUNCER|NARRATOR|UNIDENTIFIED|CALLER|MAN|WOMAN|PERSON|SPEAKER|VOICE|CROWD|AUDIENCE|MODERATOR|INTERVIEWER|PROTESTERS?|STUDENTS?|GROUP)\b/u;
// A title before the name in a label: "SEN. PADILLA", "SECRETARY BELLOWS".
const LABEL_TITLE =
  /^(?:(?:SEN|REP|GOV|LT|SEC|DR|MR|MRS|MS|GEN|ATTY)\.?|SENATOR|REPRESENTATIVE|GOVERNOR|SECRETARY|PRESIDENT|JUDGE|MAYOR|CHAIRMAN|CHAIRWOMAN|CHAIR)\s+/u;
// Words of someone speaking: "I", "we", "you", "my", "our".
// (Case kept: "US" is the country.)
const FIRST_OR_SECOND_PERSON =
  /(?<!\p{L})(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Ll]et['’]s|[Yy]ou|[Yy]our|me|[Mm]y|[Oo]ur|us)(?!\p{L})/u;
// A turn that opens as a reporter's narration does: "The secretary's office has not …".
const NARRATION_START = /^(?:The|A|An|His|Her|Its|Their)\b/u;
/** A transcript has at least this many speakers' lines. */
const MIN_TURNS = 3;
/** How many labels are looked for in print: a hostile page may have thousands. */
const NAMES_LOOKED_UP = 20;
/** Fewer words than this (a turn cut off at "GRIMES: Well") are no one's quotable words. */
const MIN_WORDS = 3;

interface Label {
  label: string;
  /** Where the label's line starts, and where its words start. */
  lineStart: number;
  wordsStart: number;
  speaker: boolean;
  unnamed: boolean;
}

// ("ALABAMA: will send public data": a roundup's label is a place, not a speaker.) Built once per
// list of places, not per label.
const placesByList = new WeakMap<readonly Jurisdiction[], Set<string>>();
function placeNames(jurisdictions: readonly Jurisdiction[]): Set<string> {
  let places = placesByList.get(jurisdictions);
  if (!places) {
    places = new Set(
      jurisdictions.flatMap((j) =>
        [j.name, j.usps, j.ap, ...j.aliases].map((n) => n.toUpperCase()),
      ),
    );
    placesByList.set(jurisdictions, places);
  }
  return places;
}

/**
 * What a label in capitals stands for: a speaker ("SHAPIRO", "FEMALE CORRESPONDENT") or no one
 * ("UPDATE", "OHIO", "THE FACTS"); and, of speakers, a role that names no one in particular.
 * Null for a label with lower-case letters, which is no label.
 */
function labelKind(
  label: string,
  places: Set<string>,
): { speaker: boolean; unnamed: boolean } | null {
  if (/\p{Ll}/u.test(label)) return null;
  return {
    speaker: !NOT_A_SPEAKER.test(label) && !places.has(label),
    unnamed: !/\p{Lu}{2}/u.test(label) || UNNAMED.test(label),
  };
}

// One label at a line's start, without the global search state of LABEL.
const LINE_LABEL = new RegExp(LABEL.source, "u");

/**
 * The speaker's label a quotation is set under, as fact checks print what they check: "TRUMP:
 * “We got …”" alone on its line. Null for any other quotation, and for a label that names no
 * one ("THE FACTS:", "OHIO:", "HOST:").
 */
export function labelOverQuote(
  text: string,
  quote: QuoteSpan,
  jurisdictions: readonly Jurisdiction[],
): string | null {
  const lineStart = text.lastIndexOf("\n", quote.open) + 1;
  const lineEnd = text.indexOf("\n", quote.close);
  // (Nothing but the label before the quotation, and nothing but its full stop after it.)
  if (!/^[\s.,;:!?)\]]*$/.test(text.slice(quote.close + 1, lineEnd < 0 ? undefined : lineEnd)))
    return null;
  const m = LINE_LABEL.exec(text.slice(lineStart, quote.open + 1));
  if (!m || lineStart + m[0].length !== quote.open) return null;
  const label = (m[1] as string).replace(/\s+/g, " ");
  const kind = labelKind(label, placeNames(jurisdictions));
  return kind?.speaker && !kind.unnamed ? label : null;
}

/** The turns of a broadcast transcript, or none when the text is not one. */
export function transcriptTurns(
  text: string,
  quotes: readonly QuoteSpan[],
  jurisdictions: readonly Jurisdiction[],
): Turn[] {
  const places = placeNames(jurisdictions);
  const labels: Label[] = [];
  for (const m of text.matchAll(LABEL)) {
    const label = (m[1] as string).replace(/\s+/g, " ");
    const kind = labelKind(label, places);
    if (!kind) continue;
    const lineStart = m.index ?? 0;
    // Every label ends the turn before it; only a person's or a role's begins one.
    labels.push({ label, lineStart, wordsStart: lineStart + m[0].length, ...kind });
  }
  const speakers = labels.filter((l) => l.speaker);
  const names = [...new Set(speakers.map((l) => l.label))];
  // (A transcript names someone it labels in print, "NPR's Pam Fessler" over "FESSLER:".)
  if (
    speakers.length < MIN_TURNS ||
    names.length < 2 ||
    !names.slice(0, NAMES_LOOKED_UP).some((label) => printedAsName(text, label))
  )
    return [];
  const paras = paragraphs(text);
  const turns = labels.flatMap((l, i) => {
    if (!l.speaker) return [];
    // Inside the transcript a turn runs on to the next speaker's label; the last one, and one
    // before a label that names no speaker ("SUBSCRIBE:"), ends with its paragraph, as what
    // follows is often the page's own prose.
    const next = labels[i + 1];
    const until = next?.speaker
      ? next.lineStart
      : (rangesOverlapping(paras, l.wordsStart, l.wordsStart + 1)[0]?.end ?? l.wordsStart);
    return turnSpans(text, paras, l, until, quotes);
  });
  // (Its people speak as "I" and "you"; a roundup's "LAROSE: The secretary's office has not
  // said …" or "BELLOWS: Bellows's office told us …" reports in the third person.)
  const speaking = new Set(
    turns
      .filter((t) => FIRST_OR_SECOND_PERSON.test(text.slice(t.start, t.end)))
      .map((t) => t.label),
  );
  const narrated = speakers.filter((l) =>
    narrates(text.slice(l.wordsStart, l.wordsStart + 300), l),
  );
  return speaking.size >= 2 && narrated.length * 2 < speakers.length ? turns : [];
}

/**
 * A label's paragraphs up to `until`, as spans outside any quotation; a note in brackets
 * ("(SOUNDBITE OF MUSIC)", "[CLIP]") is no one's words.
 */
function turnSpans(
  text: string,
  paras: readonly Range[],
  l: Label,
  until: number,
  quotes: readonly QuoteSpan[],
): Turn[] {
  const out: Turn[] = [];
  for (const p of rangesOverlapping(paras, l.wordsStart, until)) {
    const from = Math.max(p.start, l.wordsStart);
    if (/^[[(]/.test(text.slice(from, from + 1))) continue;
    for (const piece of outsideQuotes(from, Math.min(p.end, until), quotes)) {
      const words = /\S(?:[\s\S]*\S)?/.exec(text.slice(piece.start, piece.end));
      if (!words || words[0].split(/\s+/).length < MIN_WORDS) continue;
      const start = piece.start + words.index;
      const end = start + words[0].length;
      out.push({ start, end, open: start - 1, close: end, label: l.label, unnamed: l.unnamed });
    }
  }
  return out;
}

/** A turn that reads as a reporter's: narration's opening, or its own name in the third person. */
function narrates(words: string, l: Label): boolean {
  if (NARRATION_START.test(words)) return true;
  const name = escapeRegExp(labelName(l.label).split(" ").pop() ?? "");
  const own = new RegExp(
    String.raw`(?<!\bI['’]m\s+(?:\p{L}+\s+)?|\bI\s+am\s+(?:\p{L}+\s+)?|\bThis\s+is\s+(?:\p{L}+\s+)?)\b${name}\b`,
    "iu",
  );
  return own.test(words.split("\n")[0] ?? "");
}

/** The name a label gives, past a title: "SEN. PADILLA" is "PADILLA". */
function labelName(label: string): string {
  return label.replace(LABEL_TITLE, "");
}

/** The person a speaker's label names, where the text names them in print: "INSKEEP" is "Steve
 * Inskeep" if the text names him so, and no one it does not name. */
export function labelSpeaker(printedLabel: string, people: PeopleInText): Found | null {
  const label = labelName(printedLabel).toLowerCase();
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
  const words = labelName(label).split(" ").map(escapeRegExp);
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
