import type { FetchedPage } from "../fetch/safe-fetch.js";
import type { ExtractedArticle } from "./article.js";
import type { PageMetadata } from "./metadata.js";
import { type ReadArticle, readInThread } from "./reader.js";

/**
 * Fetches a link and reads its article (FetchRefused or NotAnArticle when it cannot), for every
 * way in: Slack's intake and `voterdata draft <url>`.
 */
export async function readLink(
  link: string,
  fetchPage: (link: string) => Promise<FetchedPage>,
  read: ReadArticle = readInThread,
): Promise<{ page: FetchedPage; article: ExtractedArticle }> {
  const page = await fetchPage(link);
  return { page, article: await read(page) };
}

/** Source fields a page's metadata can give, and the draft's names for them. */
export const PAGE_FIELDS = ["outlet", "headline", "author", "published", "updated"] as const;
export type PageFieldName = (typeof PAGE_FIELDS)[number];

/** The fields the page's metadata gave, less those the editor gave themselves (theirs win). */
export function fieldsFromPage(
  metadata: PageMetadata,
  given: Record<string, unknown>,
): PageFieldName[] {
  return PAGE_FIELDS.filter((f) => metadata[f] !== null && given[f] === undefined);
}

/** The draft's source fields the page's metadata gives (the drafter reads the rest in the text). */
export function metadataOverrides(metadata: PageMetadata): {
  outlet?: string;
  author?: string;
  published?: string;
  updated?: string;
} {
  const fields = ["outlet", "author", "published", "updated"] as const;
  return Object.fromEntries(
    fields.flatMap((f) => (metadata[f] ? [[f, (metadata[f] as { value: string }).value]] : [])),
  );
}
