import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
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
  const url = new URL("./read-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (a: ExtractedArticle) => void; reject: (e: Error) => void }
  >();
  const started = () => {
    if (worker) return worker;
    const w = new Worker(url);
    // An idle reader never keeps the process alive.
    w.unref();
    w.on("message", async (reply: ReadReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if ("article" in reply) waiting.resolve(reply.article);
      else if ("notAnArticle" in reply) {
        const { NotAnArticle } = await import("./article.js");
        waiting.reject(new NotAnArticle());
      } else waiting.reject(new Error(reply.message));
    });
    w.on("error", (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker = null;
    });
    worker = w;
    return w;
  };
  return (page) => {
    const id = ++next;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const { text, contentType, finalUrl } = page;
      started().postMessage({ id, page: { text, contentType, finalUrl } });
    });
  };
}
