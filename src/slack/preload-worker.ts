import { parentPort } from "node:worker_threads";
import { type Config, loadConfig } from "../config.js";
import { loadDataset } from "../data/load.js";
import type { Dataset } from "../domain/dataset.js";

/**
 * The other end of preload: validate the configuration (the environment, .env included, is
 * this thread's too), load and verify the dataset, and send both back, or the problem.
 */
export type PreloadReply = { config: Config; dataset: Dataset } | { name: string; message: string };

let reply: PreloadReply;
try {
  const config = loadConfig();
  reply = { config, dataset: loadDataset() };
} catch (error) {
  const { name, message, stack } = error as Error;
  const plain = name === "ConfigError" || name === "DataError";
  reply = { name, message: plain ? message : (stack ?? message) };
}
parentPort?.postMessage(reply);
