import type { DataOverlay } from "../data/load.js";
import type { Dataset } from "../domain/dataset.js";
import { workerCalls } from "../workers/calls.js";

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
  const calls = workerCalls<
    { dataDir: string | undefined; overlay: DataOverlay },
    LoadReply,
    Dataset
  >(new URL("./load-worker.js", import.meta.url), async (reply) => {
    if ("dataset" in reply) return reply.dataset;
    if (reply.problems) throw new (await import("../data/load.js")).DataError(reply.problems);
    throw Object.assign(new Error(reply.message), { name: reply.name });
  });
  return (
    calls && { load: (dataDir, overlay) => calls.call({ dataDir, overlay }), close: calls.close }
  );
}
