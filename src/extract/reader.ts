import { workerCalls } from "../workers/calls.js";
import type { ExtractedArticle } from "./article.js";

/** What is read: a fetched page's text, its media type and where it ended up. */
export interface PageToRead {
  text: string;
  contentType: string;
  finalUrl: string;
}

export type ReadArticle = (page: PageToRead) => Promise<ExtractedArticle>;

/** On this thread: tests and the command line. */
export const readInThread: ReadArticle = async (page) =>
  (await import("./article.js")).extractArticle(page);

/** What the worker sends back: the article, or why there is none. */
export type ReadReply =
  | { id: number; article: ExtractedArticle }
  | { id: number; notAnArticle: true }
  | { id: number; message: string };

/**
 * On a worker thread, so parsing a page of up to 5 MB (about a second) does not hold up the app's
 * replies. Null when the compiled worker is not there (running from the TypeScript sources).
 */
export function workerReader(): ReadArticle | null {
  const calls = workerCalls<{ page: PageToRead }, ReadReply, ExtractedArticle>(
    new URL("./read-worker.js", import.meta.url),
    async (reply) => {
      if ("article" in reply) return reply.article;
      if ("notAnArticle" in reply) throw new (await import("./article.js")).NotAnArticle();
      throw new Error(reply.message);
    },
  );
  // Only the page's own fields cross to the worker.
  return (
    calls &&
    (({ text, contentType, finalUrl }) => calls.call({ page: { text, contentType, finalUrl } }))
  );
}
