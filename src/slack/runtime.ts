import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import { Cron } from "croner";
import type { Config } from "../config.js";
import { loadDataset } from "../data/load.js";
import { DigestService } from "../digest/service.js";
import { Store } from "../digest/store.js";
import { buildIndex } from "../lookup/index.js";
import { renderBlocks } from "../render/blocks.js";
import { digestCard } from "../render/digest-card.js";
// The web tracker (issue 14).
import { publicCardLinks, siteLinks } from "../web/links.js";
import { webHandler } from "../web/router.js";
import { startWebServer, stopWebServer } from "../web/server.js";
import { createSite } from "../web/site.js";
import { createSlackApp } from "./app.js";
import type { AppDeps } from "./deps.js";
import { uploadMap } from "./map-upload.js";
import { ReplyCache } from "./reply-cache.js";
import { SeenEvents } from "./seen-events.js";

export interface RuntimeOptions {
  /** A data directory other than the bundled one (tests add articles to a copy). */
  dataDir?: string;
  /** The clock digests are timed by; tests control it. */
  clock?: () => Date;
  /** Run the once-a-minute digest schedule (default true); tests call runDue themselves. */
  schedule?: boolean;
}

export interface Runtime {
  app: App;
  deps: AppDeps;
  /** Starts listening; in HTTP mode resolves with the bound port (the pages share it). */
  start(): Promise<{ port: number | null; webPort: number | null }>;
  stop(): Promise<void>;
}

/** Everything `npm start` runs, built from a validated configuration. */
export function createRuntime(config: Config, options: RuntimeOptions = {}): Runtime {
  const dataset = loadDataset(options.dataDir);
  const index = buildIndex(dataset);
  const store = new Store(config.DATABASE_PATH);
  const clock = options.clock ?? (() => new Date());
  let app: App | null = null;
  // Web pages: on Bolt's port in HTTP mode, on WEB_PORT (when set) in Socket Mode.
  const site = createSite(index, options.dataDir);
  const trackerUrl = config.PUBLIC_URL ? siteLinks(config.PUBLIC_URL).tracker() : undefined;
  let webServer: Server | null = null;
  const digest = new DigestService({
    store,
    dataset,
    clock,
    render: (d) => renderBlocks(digestCard(d, undefined, trackerUrl)),
    logger: {
      info: (m) => app?.logger.info(m),
      warn: (m) => app?.logger.warn(m),
      error: (m) => app?.logger.error(m),
    },
    poster: {
      async post(channel, message) {
        const client = (app as App).client;
        const posted = await client.chat.postMessage({ channel, unfurl_links: false, ...message });
        const ts = posted.ts ?? null;
        // The map rides in the digest's thread; the digest itself is already delivered, so a
        // failed upload is reported, not retried as a second digest.
        await uploadMap(client, dataset, { channel, ...(ts ? { threadTs: ts } : {}) }).catch(
          (error: Error) =>
            app?.logger.warn(`Digest map for ${channel} not uploaded: ${error.message}`),
        );
        return { ts };
      },
    },
  });
  const deps: AppDeps = {
    index,
    command: "/voterdata",
    seenEvents: new SeenEvents(),
    store,
    digest,
    defaultTimeZone: config.DIGEST_TZ,
    clock,
    replies: new ReplyCache(),
    cardOptions: publicCardLinks(config.PUBLIC_URL),
  };
  app = createSlackApp(config, deps, webHandler(site));
  const runDue = async (): Promise<void> => {
    await digest
      .runDue()
      .catch((error: Error) => app?.logger.error(`Digest run failed: ${error.message}`));
  };
  // Every minute, so a digest is at most a minute late; protect skips a tick while one runs.
  const schedule = new Cron("* * * * *", { paused: true, protect: true }, runDue);
  const running = app;
  return {
    app: running,
    deps,
    async start() {
      let port: number | null = null;
      await running.init();
      if (config.socketMode) await running.start();
      else {
        const server = (await running.start({ port: config.PORT, host: config.HOST })) as Server;
        keepConnectionsOpen(server);
        port = (server.address() as AddressInfo).port;
      }
      let webPort: number | null = port;
      if (config.socketMode && config.WEB_PORT !== undefined) {
        const web = await startWebServer(site, config.WEB_PORT, config.HOST);
        webServer = web.server;
        webPort = web.port;
      }
      if (options.schedule !== false) {
        schedule.resume();
        void runDue(); // a late start sends the day's missed digests now
      }
      return { port, webPort };
    },
    async stop() {
      schedule.stop();
      if (webServer) await stopWebServer(webServer);
      await running.stop();
      store.close();
    },
  };
}

/**
 * Keeps idle keep-alive connections longer than the proxies and clients in front of the app
 * (often 60 s), so the server never closes a connection a client is about to reuse.
 */
export function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
