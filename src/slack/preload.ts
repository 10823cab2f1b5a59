import { Worker } from "node:worker_threads";
import type { Config } from "../config.js";
import type { Dataset } from "../domain/dataset.js";
import type { PreloadReply } from "./preload-worker.js";

/**
 * Validates the configuration and loads and verifies the dataset on another thread while this
 * one loads the app's modules, so the largest parts of start-up overlap (and zod and the YAML
 * parser never load here). Both are plain data (objects, arrays, Maps) and arrive whole; a
 * problem comes back with its own message.
 */
export function preload(): Promise<{ config: Config; dataset: Dataset }> {
  const worker = new Worker(new URL("./preload-worker.js", import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once("message", (reply: PreloadReply) => {
      if ("config" in reply) resolve(reply);
      else reject(Object.assign(new Error(reply.message), { name: reply.name }));
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
