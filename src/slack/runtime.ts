import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import type { Config } from "../config.js";
import { loadDataset } from "../data/load.js";
import { buildIndex } from "../lookup/index.js";
import { createSlackApp } from "./app.js";
import type { AppDeps } from "./deps.js";
import { SeenEvents } from "./seen-events.js";

export interface RuntimeOptions {
  /** A data directory other than the bundled one (tests add articles to a copy). */
  dataDir?: string;
}

export interface Runtime {
  app: App;
  deps: AppDeps;
  /** Starts listening; in HTTP mode resolves with the bound port. */
  start(): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

/** Everything `npm start` runs, built from a validated configuration. */
export function createRuntime(config: Config, options: RuntimeOptions = {}): Runtime {
  const index = buildIndex(loadDataset(options.dataDir));
  const deps: AppDeps = { index, command: "/voterdata", seenEvents: new SeenEvents() };
  const app = createSlackApp(config, deps);
  return {
    app,
    deps,
    async start() {
      if (config.socketMode) {
        await app.start();
        return { port: null };
      }
      const server = (await app.start({ port: config.PORT, host: config.HOST })) as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      await app.stop();
    },
  };
}
