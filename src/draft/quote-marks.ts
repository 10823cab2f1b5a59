import type { Range } from "./text.js";

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
 * quotation mark (the newspaper convention), and otherwise closes at a stray single mark
 * (`…information,' Gorbea said`) or is dropped rather than guessed.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  const unclosed = (until: number) => {
    const inside = text.slice(open + 1, until);
    const stray = [...inside.matchAll(/[,.!?](['’])(?=\s)/g)].pop();
    if (stray?.index !== undefined) add(open, open + 1 + stray.index + 1);
    open = -1;
  };
  const add = (mark: number, close: number) => {
    let start = mark + 1;
    let end = close;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /[\s,]/.test(text[end - 1] as string)) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) {
      spans.push({ start, end, open: mark, close });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
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
      if (open >= 0) unclosed(i);
      open = i;
    } else if (CLOSE.includes(c)) {
      if (open >= 0) add(open, i);
      open = -1;
    } else if (c === STRAIGHT) {
      if (open >= 0) {
        add(open, i);
        open = -1;
      } else open = i;
    }
  }
  if (open >= 0) unclosed(text.length);
  return spans;
}
