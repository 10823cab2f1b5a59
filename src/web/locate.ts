/**
 * Where a verbatim excerpt stands in its article, as character ranges of the article. The rules
 * are the dataset check's (src/data/verbatim.ts): whitespace and straight vs. curly quotation
 * marks may differ, and an ellipsis joins pieces that follow each other in the article.
 */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const ELLIPSIS = /\s*(?:\u2026|\.\.\.)\s*/;

export interface Range {
  start: number;
  end: number;
}

/** An article without whitespace and with plain quotation marks, and where each character came from. */
export interface Comparable {
  text: string;
  at: number[];
}

export function comparableArticle(article: string): Comparable {
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < article.length; i++) {
    const c = article[i] as string;
    if (/\s/.test(c)) continue;
    text += plain(c);
    at.push(i);
  }
  return { text, at };
}

function plain(c: string): string {
  if (SINGLE_QUOTES.test(c)) return "'";
  if (DOUBLE_QUOTES.test(c)) return '"';
  return c;
}

/** The excerpt's pieces in the article, in order; empty when a piece cannot be found. */
export function locate(excerpt: string, article: Comparable): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  for (const piece of excerpt.split(ELLIPSIS)) {
    const needle = [...piece]
      .filter((c) => !/\s/.test(c))
      .map(plain)
      .join("");
    if (needle.length === 0) continue;
    const found = article.text.indexOf(needle, from);
    if (found < 0) return [];
    from = found + needle.length;
    ranges.push({
      start: article.at[found] as number,
      end: (article.at[from - 1] as number) + 1,
    });
  }
  return ranges;
}
