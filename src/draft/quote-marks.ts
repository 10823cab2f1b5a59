import { SPANISH_SAID, speechVerbs } from "./speech.js";
import { type Range, wrapped } from "./text.js";

/** A direct quotation: `start`/`end` enclose its words, `open`/`close` are its marks. */
export interface QuoteSpan extends Range {
  open: number;
  close: number;
}

const OPEN = "“„«";
const CLOSE = "”»";
const STRAIGHT = '"';

/**
 * Every double-quoted passage, by offsets. Curly and straight marks are paired as reporters mix
 * them; a quote left open at the end of a paragraph continues when the next paragraph opens with a
 * quotation mark (the newspaper convention) or when the line broke mid-sentence, and otherwise
 * closes at a stray single mark (`…information,' Gorbea said`, `…request.’’`) or is dropped
 * rather than guessed.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // Where a stray single mark after the words' last comma or stop closes the open quote, or -1;
  // `doubled`: only two of them, not a quotation's own ‘No.’ inside it.
  const strayClose = (until: number, doubled = false) => {
    const marks = doubled ? /[,.!?](['’]{2})(?=\s|$)/g : /[,.!?](['’]{1,2})(?=\s|$)/g;
    const stray = [...text.slice(open + 1, until).matchAll(marks)].pop();
    return stray?.index === undefined ? -1 : open + 1 + stray.index + 1;
  };
  const unclosed = (until: number) => {
    const stray = strayClose(until);
    if (stray >= 0) add(open, stray);
    // "Secretary Amore issued the following statement:" / "\"I denied …" with no closing mark
    // before the next quote opens: a paragraph that opens with the mark is the quote.
    else if (atLineStart(text, open) && until - open > 40) add(open, until);
    open = -1;
  };
  // (`mark` is the opening mark, or where words open whose mark the page lost.)
  const add = (mark: number, close: number, lost = false) => {
    let start = lost ? mark : mark + 1;
    let end = close;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /[\s,]/.test(text[end - 1] as string)) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) {
      spans.push({ start, end, open: mark, close });
    }
  };
  // In hard-wrapped text a line break inside a paragraph is a space.
  const runOn = wrapped(text)
    ? (i: number) => text[i + 1] !== "\n" && !/[.!?:”"’)][^\S\n]*$/.test(text.slice(i - 4, i))
    : () => false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\n" && open >= 0 && (runOn(i) || midSentence(text, i) || closesLater(text, i, open)))
      continue;
    if (c === "\n" && open >= 0) {
      let j = i;
      while (j < text.length && /\s/.test(text[j] as string)) j++;
      const first = text[j] ?? "";
      if (OPEN.includes(first) || first === STRAIGHT) {
        i = j; // the quote runs on into the next paragraph: its opening mark is not a new quote
        continue;
      }
      unclosed(i);
    } else if (OPEN.includes(c)) {
      // `Gardner: “I will make sure … how else to put it. “` and the paragraph ends: an opening
      // mark printed where the quote closes.
      if (
        open >= 0 &&
        /[.!?,]\s?$/.test(text.slice(i - 2, i)) &&
        /^[^\S\n]*(?:\n|$)/.test(text.slice(i + 1, i + 3))
      ) {
        add(open, i);
        open = -1;
        continue;
      }
      const inner = open >= 0 ? nestedClose(text, i) : -1;
      if (inner > 0) {
        i = inner; // “… the notion that “voter fraud” is …”: a quote within the quote
        continue;
      }
      if (open >= 0) unclosed(i);
      open = i;
    } else if (c === "‘" && text[i + 1] === "‘" && open < 0) {
      // ‘‘…’’: two single marks stand for each double one, as some pages print them.
      open = ++i;
    } else if (c === "’" && text[i + 1] === "’" && open >= 0 && text[open] === "‘") {
      add(open, i);
      open = -1;
      i++;
    } else if (CLOSE.includes(c)) {
      if (open >= 0) add(open, i);
      else {
        // "'They said, Don't send any data,” Hall said.": a single mark stood in for the opening.
        const single = singleOpening(text, i);
        const lost = single < 0 ? lostOpening(text, i) : -1;
        if (single >= 0) add(single, i);
        // `No entregaré datos”, dijo Simon.`: a paragraph whose opening mark was lost.
        else if (lost >= 0) add(lost, i, true);
        // ”When I heard …: a closing mark printed where a paragraph's quote opens, or where a
        // sentence's does on a page that lost its spaces ("…the resolution.”Once that …").
        // (`estimated a ”gazillion calls” of voters`: mid-sentence, before a word, with its own
        // close further on the line.)
        else if (
          (atLineStart(text, i) && /\p{L}/u.test(text[i + 1] ?? "")) ||
          (/[.!?]/.test(text[i - 1] ?? "") && /\p{Lu}/u.test(text[i + 1] ?? "")) ||
          (/\s/.test(text[i - 1] ?? "") &&
            /\p{L}/u.test(text[i + 1] ?? "") &&
            /^[^\n“”"]{1,200}”/.test(text.slice(i + 1)))
        ) {
          open = i;
          continue;
        }
      }
      open = -1;
    } else if (c === STRAIGHT) {
      // "…elections,'' Bondi said. More will come, "to …": two apostrophes stood in for the
      // closing mark, and this mark opens the next quote.
      const doubled = open >= 0 ? /[,.!?]['’]{2}(?=\s)/.exec(text.slice(open + 1, i)) : null;
      const lost = open < 0 ? lostOpening(text, i) : -1;
      if (doubled) {
        add(open, open + 1 + doubled.index + 2);
        open = i;
      } else if (open >= 0) {
        add(open, i);
        open = -1;
      } else if (lost >= 0) {
        add(lost, i, true);
      } else if (text[i + 1] === STRAIGHT && /\p{L}/u.test(text[i + 2] ?? "")) {
        // `""The request is illegal," Carter wrote`: a page that doubled the opening mark.
        open = ++i;
      } else open = i;
    }
  }
  // A quote still open where the text stops was cut off with the page: its words so far stand,
  // up to a stray closing mark ("…information,’’ he said. Fontes sa").
  if (open >= 0) {
    const stray = strayClose(text.length, true);
    add(open, stray >= 0 ? stray : text.length);
  }
  const headlines = headlineQuotes(text);
  // (A line may read as a headline and as a sentence with a speech verb: one quote.)
  // (Nor inside a quotation already found: ‘‘…’’ is one.)
  const spoken = spokenSingleQuotes(text).filter(
    (q) =>
      !headlines.some((h) => h.open === q.open) &&
      !spans.some((s) => q.open <= s.close && s.open <= q.close),
  );
  const marked = [...spans, ...headlines, ...spoken];
  return [...marked, ...embeddedTweets(text, marked), ...blockQuotes(text, marked)].sort(
    (a, b) => a.start - b.start,
  );
}

// A line that ends by introducing words: "Raffensperger wrote:", "Chief Judge Lee wrote in her
// ruling:", "… said in a written statement:", "Trump wrote in a post to Truth Social:", "the
// letter reads:", "… released the following statement:", "… put out a written statement:",
// "Condos said the following about his intention to refuse …:". Past the verb only where, when or how
// ("in …", "on Monday", "simply"): not "what state law says about your data:", "told Trump to
// buzz off:" or "responded with defenses, often asserting that:".
const INTRODUCES_BLOCK = new RegExp(
  String.raw`(?:(?<!\p{L})${speechVerbs("writes", "stated", "continued", "explained", "declared", "argued", "warned", "responded", "replied")}|\b(?:letter|statement|complaint|ruling|order|opinion|memo|filing|motion|brief|post|message|release)\s+(?:reads|read|says|said|states|stated))(?:\s+(?:in|on|to|at|during|via|from)\s+[^.!?:\n,“”"]{1,50}?|\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+\p{Ll}+ly)*:[^\S\n]*$|\b(?:(?:put\s+out|issued|released|posted|sent|gave)\s+(?:a|an|this|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|letter|response|message|reply)|(?:said|says|wrote|writes|stated|added)\s+the\s+following)(?:\s+(?:in|on|to|at|during|via|from|about)\s+[^.!?:\n,“”"]{1,80}?|\s+(?:on\s+)?\p{Lu}\p{Ll}+day)*:[^\S\n]*$|\bthe\s+following\s+(?:[\p{L}-]+\s+)?(?:statement|letter|response|message|reply)\b[^.!?:\n,“”"]{0,60}:[^\S\n]*$`,
  "u",
);
// A round-up's lead ("Here is what some secretaries said:", "how officials in each state
// responded:"), whose paragraphs are the article's own report.
const ROUND_UP = /\b(?:what|how|here\s+(?:is|are)|here['’]s|below)\b/i;
// The article's own paragraph where a post, video or statement the page lost stood: one that
// reports speech itself ("…, Lee said.", "Lee said Ohio would …", "according to …", "she
// added"), speaks of "the statement" or "the post", opens with a dateline ("AUGUSTA, Maine
// (AP) —"), or is a reporter's question ("Q. Will …").
const NOT_ONE_SPEAKER =
  /(?<!\b(?:I|we|We)\s+)\b(?:said|says|told)\b|\b[Aa]ccording\s+to\b|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:added|continued|noted|wrote|explained)\b|\bdid\s+not\s+(?:respond|reply|return|answer|address)\b|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:statement|post|tweet|video|remarks)\b|^(?:Q|Question)\s*[.:]|^\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,[^\S\n]*\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*)?)?[^\S\n]*(?:\([^)]{1,20}\))?[^\S\n]*(?:[—–]|--?)/u;
// The one the introducing line names just before its verb ("… Janet Mills responded:",
// "Bellows, a Democrat, said in a statement:").
const NAMED_LAST = /(\p{Lu}[\p{L}'’-]+?)(?:['’]s)?\s*(?:,[^,]{1,60},)?\s*$/u;

/**
 * A block quotation whose indent and marks the page lost: one paragraph printed without quotation
 * marks under a line that introduces words ("Raffensperger wrote:"). Only the first paragraph,
 * and only prose: a sentence's end (or the page's), a capital first, no mark and no attribution
 * of its own; a list's item or a heading is not one.
 */
function blockQuotes(text: string, quoted: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const intro of text.matchAll(/[^\n]+/g)) {
    // (The round-up's words in the introducing sentence itself, not one before it on the line;
    // not a comment thread's numbered "2. MDavis says:".)
    const lastSentence = intro[0].split(/[.!?]["”’]?\s+(?=\p{Lu})/u).pop() ?? "";
    const introduced = INTRODUCES_BLOCK.exec(lastSentence);
    if (!introduced || ROUND_UP.test(lastSentence) || /^\s*\d+\.\s/.test(intro[0])) continue;
    // (The paragraph below that names the one introduced speaks of them: the article's own.)
    const named = NAMED_LAST.exec(lastSentence.slice(0, introduced.index))?.[1];
    const after = (intro.index ?? 0) + intro[0].length;
    const start = after + (/^\s*/.exec(text.slice(after))?.[0].length ?? 0);
    // ("Dear Governor Wolf," opens a letter: its words are below it.)
    const salutation = /^Dear\s[^\n]{1,60},[^\S\n]*\n\s*/.exec(text.slice(start));
    const from = start + (salutation?.[0].length ?? 0);
    const lineEnd = text.indexOf("\n", from);
    const words = text.slice(from, lineEnd < 0 ? text.length : lineEnd).trimEnd();
    const end = from + words.length;
    if (
      words.length < 40 ||
      !/^\p{Lu}/u.test(words) ||
      /["“”„«»]/.test(words) ||
      (!/[.!?…]$/.test(words) && end < text.length) ||
      NOT_ONE_SPEAKER.test(words) ||
      (named !== undefined && new RegExp(`(?<!\\p{L})${named}(?!\\p{L})`, "u").test(words)) ||
      quoted.some((q) => q.open < end && q.close >= start)
    )
      continue;
    // (A letter's salutation opens the span, so that the line over it introduces the words.)
    out.push({ start: from, end, open: start, close: end });
  }
  return out;
}

// An embedded tweet as a page prints it: its words, any links, then its credit line, "— Jane
// Smith (@SecSmith) June 30, 2017". (Its parts are on one line or the next, never across a blank line.)
const TWEET =
  /^([^\S\n]*)([^\n]*?[^\s:])(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S+)*(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[—–]{1,2}[^\S\n]*[^\n(—–]{2,60}?[^\S\n]*\(@\w{1,15}\)[^\S\n]+\p{Lu}\p{Ll}+\.?[^\S\n]\d{1,2},?[^\S\n]\d{4}[^\S\n]*$/gmu;

/**
 * Embedded tweets, which pages print without quotation marks: each is the words of the one its
 * credit line names (see `tweeter` in attribution.ts). Its span closes just before the credit's
 * dash; a line that already holds a quotation is left to it.
 */
function embeddedTweets(text: string, quoted: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const m of text.matchAll(TWEET)) {
    const line = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    if (quoted.some((q) => q.open < line.end && q.close >= line.start)) continue;
    const start = line.start + (m[1] as string).length;
    const end = start + (m[2] as string).length;
    const dash = end + text.slice(end, line.end).search(/[—–]/);
    if (/\p{L}/u.test(text.slice(start, end)))
      out.push({ start, end, open: start, close: dash - 1 });
  }
  return out;
}

// A speech verb right after a closing mark: `", dijo Steve Simon`, `," said Smith`.
const SAID_AFTER_MARK = new RegExp(
  String.raw`^[,.]?\s*(?:${speechVerbs(...SPANISH_SAID)})(?!\p{L})`,
  "u",
);

/**
 * Where a paragraph starts whose quote lost its opening mark (`No entregaré datos", dijo Simon.`):
 * the mark at `close` is followed by a speech verb, and its line holds no other double mark and
 * opens with a capital. Else -1.
 */
function lostOpening(text: string, close: number): number {
  if (!SAID_AFTER_MARK.test(text.slice(close + 1, close + 20))) return -1;
  const lineStart = text.lastIndexOf("\n", close) + 1;
  const line = text.slice(lineStart, close);
  const lead = /^[^\S\n]*/.exec(line)?.[0].length ?? 0;
  return /["“”„«»]/.test(line) || !/^\p{Lu}/u.test(line.slice(lead)) ? -1 : lineStart + lead;
}

/** Whether the mark at `at` is the first thing on its line. */
function atLineStart(text: string, at: number): boolean {
  return /(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, at - 20), at)) || at === 0;
}

/**
 * A statement quoted over several paragraphs with one opening and one closing mark (“… \n\n …”):
 * the next mark after the line break closes a paragraph, within a few paragraphs.
 */
function closesLater(text: string, at: number, open: number): boolean {
  const rest = text.slice(at, open + 3000);
  const next = rest.search(/["“”„«»]/);
  if (next < 0) return false;
  const mark = rest[next] as string;
  // It closes the statement where it ends a paragraph after punctuation (perhaps a space: "… and
  // voter history. ”").
  // (A straight mark after ", " may as well open the next quote.)
  const before = rest.slice(0, next);
  return (
    ((CLOSE.includes(mark) && /[.!?,][^\S\n]?$/.test(before)) ||
      (mark === STRAIGHT && /[.!?,]$/.test(before))) &&
    /^.[^\S\n]*(?:\n|$)/.test(rest.slice(next))
  );
}

/**
 * The single mark that opens a quote closed by a double one on the same line, with no other
 * double mark between: at the line's start or after a space or colon, before a letter; else -1.
 */
function singleOpening(text: string, close: number): number {
  const lineStart = text.lastIndexOf("\n", close) + 1;
  const line = text.slice(lineStart, close);
  if (/["“”„«»]/.test(line)) return -1;
  const m = /(?:^|[\s:(])(['‘])(?=\p{L})/u.exec(line);
  return m ? lineStart + (m.index ?? 0) + m[0].length - 1 : -1;
}

/** "…represent a\nconcerning attempt …": a line broken between two lower-case words. */
function midSentence(text: string, at: number): boolean {
  return /\p{Ll}$/u.test(text.slice(0, at)) && /^\p{Ll}/u.test(text.slice(at + 1, at + 2));
}

/**
 * Single-quoted words in a headline (`… tells DOJ to 'jump in the Gulf of Maine'`): headlines
 * quote with single marks. Only lines without double marks or a closing full stop, of a headline's
 * length, and only marks that stand outside words, so an apostrophe is never taken for one.
 */
function headlineQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const body = line[0];
    if (/["“”]/.test(body) || /[.!?]\s*$/.test(body) || body.split(/\s+/).length > 25) continue;
    const at = line.index ?? 0;
    for (const m of body.matchAll(
      /(?<![\p{L}\d])['‘]((?:[\p{L}\d][^'‘’\n]*?)?[\p{L}\d.!?,])['’](?![\p{L}\d])/gu,
    )) {
      const inner = m[1] as string;
      if (inner.split(/\s+/).length < 2) continue;
      const open = at + (m.index ?? 0);
      const close = open + m[0].length - 1;
      out.push({ start: open + 1, end: close, open, close });
    }
  }
  return out;
}

// A speech verb right after a closing single mark, its speaker between (`…,' he said`, `…', dijo
// Fontes`, `…,' Bellows wrote`).
const SAID_AFTER_SINGLE = new RegExp(
  String.raw`^[,.]?\s*(?:(?:he|she|they|it|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})\s*)?(?:${speechVerbs("writes", "stated", "argued", "added", ...SPANISH_SAID, "a\\s+déclaré", "a\\s+dit", "a\\s+écrit")})(?!\p{L})`,
  "u",
);
// A speech verb shortly before an opening single mark (`wrote that she has '…`, `la décrivant
// comme servant la '…`, `describiéndola como un servicio a la '…`).
const SAID_BEFORE_SINGLE = new RegExp(
  String.raw`(?<!\p{L})(?:${speechVerbs("says", "writes", "stated", "called", "calling", "describ\\p{L}*", "décri\\p{L}*", ...SPANISH_SAID)})(?!\p{L})(?:[^.!?'‘’\n]|['’]s(?!\p{L})){0,60}$`,
  "iu",
);

/**
 * Single-quoted words in the body where a speech verb frames them (`Bellows wrote that she has
 * 'grave concerns …'`, `'El asunto no es ese', dijo Fontes`): outlets that quote with single marks,
 * and translations. Only on lines with no double mark (there a single mark nests a quote), and
 * only marks that stand outside words: "l'ordre" and a plural possessive ("the states' rights")
 * are not marks.
 */
function spokenSingleQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // A page that prints no double mark at all uses single ones for every quotation ("the
  // commission ‘did not create any preliminary findings’"), even one opened the wrong way round.
  const primary = !/["“”„«»]/.test(text);
  const opening = primary
    ? /(?<![\p{L}\d])['‘’](?=[\p{L}¿¡])/gu
    : /(?<![\p{L}\d])['‘](?=[\p{L}¿¡])/gu;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const body = line[0];
    if (/["“”„«»]/.test(body)) continue;
    const at = line.index ?? 0;
    // (Not "in '17" or "the '90s": a year cut short.)
    for (const m of body.matchAll(opening)) {
      const open = m.index ?? 0;
      const close = singleClose(body, open);
      if (close < 0) continue;
      const inner = body.slice(open + 1, close);
      if (inner.trim().split(/\s+/).length < 3) continue;
      if (
        !primary &&
        !SAID_AFTER_SINGLE.test(body.slice(close + 1, close + 60)) &&
        !SAID_BEFORE_SINGLE.test(body.slice(Math.max(0, open - 120), open))
      )
        continue;
      out.push({ start: at + open + 1, end: at + close, open: at + open, close: at + close });
    }
  }
  return out;
}

/** The mark closing a single quote opened at `open` in `line`, or -1. */
function singleClose(line: string, open: number): number {
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "‘") return -1;
    if (c !== "'" && c !== "’") continue;
    const next = line[i + 1] ?? "";
    // An apostrophe inside a word ("l'ordre", "don't").
    if (/[\p{L}\d]/u.test(next)) continue;
    // "the states' rights", "the Democrats' Senate leaders": a plural possessive before a word.
    // (Not "the findings’ and ‘…’": a word that no possessive takes after it.)
    if (
      line[i - 1] === "s" &&
      /^\s+\p{L}/u.test(line.slice(i + 1)) &&
      !/^\s+(?:and|or|but|nor|to|in|on|at|for|from|by|as|is|are|was|were|said|says|he|she|they|it|that|which|while|with|because)\b/.test(
        line.slice(i + 1),
      )
    )
      continue;
    return /[\p{L}\d.!?,;)]/u.test(line[i - 1] ?? "") ? i : -1;
  }
  return -1;
}

/**
 * Where a quote opened at `at` inside another closes, when the outer one closes after it on the
 * same line (a reporter's “…“inner”…” for “…‘inner’…”); else -1.
 */
function nestedClose(text: string, at: number): number {
  const line = text.indexOf("\n", at);
  const rest = text.slice(at + 1, line < 0 ? text.length : line);
  const close = rest.search(/[”»]/);
  if (close < 0 || close > 60) return -1;
  const after = rest.slice(close + 1);
  const outer = after.search(/[”»]/);
  const reopen = after.search(/[“„«]/);
  return outer >= 0 && (reopen < 0 || outer < reopen) ? at + 1 + close : -1;
}
