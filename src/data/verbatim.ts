/**
 * Verbatim checks: a quote or evidence string must stand in its article word for word.
 * Only whitespace and straight vs. curly quotation marks may differ, and an ellipsis may join
 * two verbatim pieces (in the article's order).
 */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const ELLIPSIS = /\s*(?:\u2026|\.\.\.)\s*/;

function comparable(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/g, "");
}

// Articles are checked against many excerpts; each is normalised once.
const normalisedArticles = new Map<string, string>();

/** Returns null when `excerpt` is verbatim in `article`, else the first piece that is not. */
export function findNonVerbatim(excerpt: string, article: string): string | null {
  let haystack = normalisedArticles.get(article);
  if (haystack === undefined) {
    haystack = comparable(article);
    normalisedArticles.set(article, haystack);
  }
  let from = 0;
  for (const piece of excerpt.split(ELLIPSIS)) {
    const needle = comparable(piece);
    if (needle.length === 0) return piece;
    const at = haystack.indexOf(needle, from);
    if (at < 0) return piece;
    from = at + needle.length;
  }
  return null;
}

/**
 * Where `excerpt` stands in `article` as one passage, with the same tolerance as
 * `findNonVerbatim` (whitespace, straight vs. curly quotation marks): the article's own slice and
 * its offsets, so what is stored is what the article printed. Null when it is not there.
 */
export function locateVerbatim(
  excerpt: string,
  article: string,
  /** Which occurrence to take (the first it accepts); the first of all without it. */
  accept: (start: number, end: number) => boolean = () => true,
): { text: string; start: number; end: number } | null {
  const needle = comparable(excerpt);
  if (needle.length === 0) return null;
  // Each kept character of the article by its position: the replacements above are one for one.
  const positions: number[] = [];
  let haystack = "";
  for (let i = 0; i < article.length; i++) {
    if (/\s/.test(article[i] as string)) continue;
    positions.push(i);
    haystack += article[i];
  }
  const normalised = comparable(haystack);
  for (let at = normalised.indexOf(needle); at >= 0; at = normalised.indexOf(needle, at + 1)) {
    const start = positions[at] as number;
    const end = (positions[at + needle.length - 1] as number) + 1;
    if (accept(start, end)) return { text: article.slice(start, end), start, end };
  }
  return null;
}
