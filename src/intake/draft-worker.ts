import { parentPort } from "node:worker_threads";
import { type DraftContext, draftArticle } from "../draft/draft.js";
import type { DraftReply } from "./draft-queue.js";

/** The other end of workerDrafter: draft the article, send the draft or the error back. */
parentPort?.on(
  "message",
  ({ id, text, context }: { id: number; text: string; context: DraftContext }) => {
    let reply: DraftReply;
    try {
      reply = { id, draft: draftArticle(text, context) };
    } catch (error) {
      const { name, message } = error as Error;
      reply = { id, name, message };
    }
    parentPort?.postMessage(reply);
  },
);
