import { parentPort } from "node:worker_threads";
import { extractArticle, NotAnArticle } from "./article.js";
import type { PageToRead, ReadReply } from "./reader.js";

/** The other end of workerReader: read the article, send it or the reason back. */
parentPort?.on("message", ({ id, page }: { id: number; page: PageToRead }) => {
  let reply: ReadReply;
  try {
    reply = { id, article: extractArticle(page) };
  } catch (error) {
    reply =
      error instanceof NotAnArticle
        ? { id, notAnArticle: true }
        : { id, message: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
