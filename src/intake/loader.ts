import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DataOverlay } from "../data/load.js";
import type { Dataset } from "../domain/dataset.js";

/** Loads and checks data/ with an overlay; a problem rejects with the loader's DataError. */
export interface DatasetLoader {
  /** `dataDir` undefined: the bundled data/. */
  load(dataDir: string | undefined, overlay: DataOverlay): Promise<Dataset>;
  close(): Promise<void>;
}

/** On this thread: what tests and the CLI use. The loader's modules load on first use. */
export const inThreadLoader: DatasetLoader = {
  load: async (dataDir, overlay) => (await import("../data/load.js")).loadDataset(dataDir, overlay),
  close: async () => {},
};

/** What the worker sends back: the dataset (plain data, Maps included) or the problem. */
export type LoadReply =
  | { id: number; dataset: Dataset }
  | { id: number; name: string; message: string; problems?: string[] };

/**
 * On a worker thread, so reading, checking and indexing the files does not hold up replies while
 * an editor publishes; the dataset arrives whole (structured clone). Null when the compiled
 * worker is not there (running from the TypeScript sources): then load on this thread.
 */
export function workerLoader(): DatasetLoader | null {
  const url = new URL("./load-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (d: Dataset) => void; reject: (e: Error) => void }>();
  const started = () => {
    if (worker) return worker;
    const w = new Worker(url);
    w.unref();
    w.on("message", async (reply: LoadReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if ("dataset" in reply) waiting.resolve(reply.dataset);
      else if (reply.problems) {
        const { DataError } = await import("../data/load.js");
        waiting.reject(new DataError(reply.problems));
      } else waiting.reject(Object.assign(new Error(reply.message), { name: reply.name }));
    });
    w.on("error", (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker = null;
    });
    worker = w;
    return w;
  };
  return {
    load(dataDir, overlay) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        started().postMessage({ id, dataDir, overlay });
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
