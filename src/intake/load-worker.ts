import { parentPort } from "node:worker_threads";
import { DataError, type DataOverlay, loadDataset } from "../data/load.js";
import type { LoadReply } from "./loader.js";

/** The other end of workerLoader: load and check, send the dataset or the problem back. */
parentPort?.on(
  "message",
  ({ id, dataDir, overlay }: { id: number; dataDir: string | undefined; overlay: DataOverlay }) => {
    let reply: LoadReply;
    try {
      reply = { id, dataset: loadDataset(dataDir, overlay) };
    } catch (error) {
      const { name, message } = error as Error;
      reply = {
        id,
        name,
        message,
        ...(error instanceof DataError ? { problems: error.problems } : {}),
      };
    }
    parentPort?.postMessage(reply);
  },
);
