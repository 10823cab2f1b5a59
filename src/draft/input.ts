/** An article that cannot be drafted: one line for the person who handed it over. */
export class ArticleInputError extends Error {}

export const MAX_ARTICLE_BYTES = 1024 * 1024;

/**
 * The article's text from its bytes, or an ArticleInputError: empty, over 1 MB, not UTF-8, or
 * binary. The byte order mark is kept, so the text writes back byte for byte.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(
      `the article is ${bytes.byteLength.toLocaleString("en-US")} bytes; the limit is 1 MB`,
    );
  }
  if (bytes.includes(0)) throw new ArticleInputError("the article looks binary, not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ArticleInputError("the article is not UTF-8 text");
  }
  // Many control characters: a binary file, not an article.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  if (control > text.length / 100) {
    throw new ArticleInputError("the article looks binary, not text");
  }
  if (text.replace(/^\uFEFF/, "").trim() === "")
    throw new ArticleInputError("the article is empty");
  return text;
}
