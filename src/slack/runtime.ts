import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import { AlertService } from "../alerts/service.js";
import { ChangeLog } from "../changes/log.js";
import { type Config, ConfigError } from "../config.js";
import { DigestService } from "../digest/service.js";
import type { Dataset } from "../domain/dataset.js";
import { readInThread, workerReader } from "../extract/reader.js";
import type { Resolver } from "../fetch/safe-fetch.js";
import { bundledIds } from "../intake/bundled.js";
import { DraftQueue, inThreadDrafter, workerDrafter } from "../intake/draft-queue.js";
import { EditorPolicy } from "../intake/editors.js";
import { inThreadLoader, workerLoader } from "../intake/loader.js";
import { IntakeService } from "../intake/service.js";
import { buildLibrary, LibraryHolder, warmLibrary } from "../library/library.js";
import { renderBlocks, type SlackMessage } from "../render/blocks.js";
import { digestCard } from "../render/digest-card.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { LazyWeb } from "../web/lazy.js";
import { publicCardLinks, siteLinks, storyBase } from "../web/links.js";
import { alertMessage, alertStory, slackAlertPoster } from "./alerts.js";
import { createSlackApp, workspaceClient } from "./app.js";
import type { AppDeps } from "./deps.js";
import { slackDigestPoster } from "./digest-poster.js";
import { ReplyCache } from "./reply-cache.js";
import { HandledEvents } from "./seen-events.js";
import { Workspaces } from "./workspaces.js";

/** How long after listening the on-first-use indexes are built, so start-up is not slowed. */
const WARM_AFTER_MS = 200;

export interface RuntimeOptions {
  /** A data directory other than the bundled one (tests add articles to a copy). */
  dataDir?: string;
  /** The dataset, already loaded (npm start loads it on another thread); else loaded here. */
  dataset?: Dataset;
  /** The clock digests are timed by; tests control it. */
  clock?: () => Date;
  /** Run the once-a-minute digest schedule (default true); tests call runDue themselves. */
  schedule?: boolean;
  /** Channels the digest posts to at once (default 64). */
  digestConcurrency?: number;
  /**
   * Called in every instance after a story's published data changed in the store (an editor
   * published on any instance). The default reloads the library from data/ and the store.
   */
  onDatasetChange?: (story: string) => void | Promise<void>;
  /** How linked pages' host names are resolved (tests answer without real DNS). */
  resolver?: Resolver;
}

export interface Runtime {
  app: App;
  deps: AppDeps;
  /**
   * Starts listening; in HTTP mode resolves with the bound port. `webPort` is where the pages
   * are: the same port in HTTP mode, WEB_PORT in Socket Mode (null when it is not set).
   */
  start(): Promise<{ port: number | null; webPort: number | null }>;
  stop(): Promise<void>;
}

/** Everything `npm start` runs, built from a validated configuration. */
export async function createRuntime(
  config: Config,
  options: RuntimeOptions = {},
): Promise<Runtime> {
  let app: App | null = null;
  // Bolt's logger, once the app exists (it needs the store, which reports through this).
  const logger = {
    info: (m: string) => app?.logger.info(m),
    warn: (m: string) => app?.logger.warn(m),
    error: (m: string) => app?.logger.error(m),
  };
  const dataset = options.dataset ?? (await import("../data/load.js")).loadDataset(options.dataDir);
  const storyIds = dataset.stories.map((s) => s.id);
  if (config.DEFAULT_STORY && !storyIds.includes(config.DEFAULT_STORY)) {
    throw new ConfigError([`DEFAULT_STORY must be one of ${storyIds.join(", ")}`]);
  }
  const library = new LibraryHolder(buildLibrary(dataset, config.DEFAULT_STORY));
  // A story's data now, or the default story's when none is named or it is no longer known.
  const storyData = (story: string | null) =>
    (story && library.current().byId.get(story)?.dataset) || library.current().defaultStory.dataset;
  // In OAuth mode tokens are sealed at rest (config.tokenKeys); a key that does not fit stops here.
  const store = await openStore(config, (error) => logger.warn(`Database: ${error.message}`));
  const clock = options.clock ?? (() => new Date());
  // Web pages: on Bolt's port in HTTP mode, on WEB_PORT (when set) in Socket Mode; loaded and
  // built on the first page asked for after start-up or a publish, so neither waits for them.
  const web = new LazyWeb(
    () => library.current(),
    () => ({
      changeLog,
      ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    }),
    (m) => logger.error(m),
  );
  const replies = new ReplyCache<SlackMessage>();
  library.onReplace(() => {
    web.forget();
    replies.clear();
  });
  const trackerUrl = config.PUBLIC_URL ? siteLinks(config.PUBLIC_URL).tracker() : undefined;
  let webServer: Server | null = null;
  const workspaces = new Workspaces(
    () => app as App,
    store,
    config.oauth
      ? { clientFor: (token) => workspaceClient(config, (app as App).logger, token) }
      : null,
    (m) => logger.warn(m),
  );
  const intake = editorsIntake(config, options, dataset, library, store, workspaces, logger);
  const digest = new DigestService({
    store,
    dataset: async (where) => storyData(where.story ?? (await store.channelStory(where))),
    retractions: () => intake.retractions,
    events: (dataset) => changeLog.changes(dataset),
    clock,
    render: (d) => renderBlocks(digestCard(d, undefined, trackerUrl)),
    logger,
    poster: slackDigestPoster(
      (team) => workspaces.clientFor(team),
      storyData,
      (m) => logger.warn(m),
    ),
    ...(options.digestConcurrency ? { concurrency: options.digestConcurrency } : {}),
  });
  // Each publish and retraction that moved an answer: alerts, the feed and the digest share it.
  const changeLog = new ChangeLog(() => intake);
  const publicBase = config.PUBLIC_URL?.replace(/\/+$/, "");
  const alerts = new AlertService({
    store,
    events: async (sub) =>
      changeLog.changes(
        (await alertStory(library.current(), sub, (ref) => store.channelStory(ref))).dataset,
      ),
    render: (event, where) =>
      alertMessage(
        event,
        where,
        library.current(),
        publicBase ? siteLinks(`${publicBase}${storyBase(event.story)}`) : null,
      ),
    poster: slackAlertPoster((team) => workspaces.clientFor(team)),
    logger,
    clock,
  });
  const deps: AppDeps = {
    library,
    command: "/voterdata",
    seenEvents: new HandledEvents(
      store,
      () => new Date(),
      (error) =>
        logger.error(`Handled-event record unavailable, answering anyway: ${error.message}`),
    ),
    store,
    digest,
    workspaces,
    defaultTimeZone: config.DIGEST_TZ,
    clock,
    replies,
    cardOptions: publicCardLinks(config.PUBLIC_URL),
    intake,
    reviewChannel: config.REVIEW_CHANNEL ?? null,
    alerts,
    changeLog,
  };
  // What editors published from Slack joins the bundled data before the first answer.
  if (await deps.intake.hasPublished()) await deps.intake.reload();
  app = createSlackApp(config, deps, store, web.handler);
  const running = app;
  const reload =
    options.onDatasetChange ??
    (async (story: string) => {
      if (await deps.intake.refresh()) {
        logger.info(
          `Reloaded the data after ${story} changed (${Math.round(deps.intake.lastReloadMs)} ms)`,
        );
      }
    });
  const runAlerts = () =>
    alerts.runDue().catch((error: Error) => logger.error(`Alert run failed: ${error.message}`));
  const runDue = async (): Promise<void> => {
    await digest
      .runDue()
      .catch((error: Error) => logger.error(`Digest run failed: ${error.message}`));
    await runAlerts();
    await store
      .purgeSeen(new Date())
      .catch((error: Error) => logger.warn(`Old event ids not purged: ${error.message}`));
  };
  // Every minute, so a digest is at most a minute late; protect skips a tick while one runs.
  // Started once the app is listening (croner loads then), so neither holds up start-up.
  let schedule: { stop(): void } | null = null;
  const startSchedule = async () => {
    const { Cron } = await import("croner");
    if (!listening) return; // stopped meanwhile
    schedule = new Cron("* * * * *", { protect: true }, runDue);
    void runDue(); // a late start sends the day's missed digests now
  };
  let stopFeed: (() => void) | null = null;
  let listening = false;
  let warmTimer: NodeJS.Timeout | null = null;
  // Rows from before stores knew workspaces belong to the one workspace of SLACK_BOT_TOKEN
  // (Slack is asked which that is only when there are any).
  const adoptOldRows = async () => {
    if (!(await store.hasUnownedRows())) return;
    const { team_id } = await running.client.auth.test();
    if (team_id) await store.adoptUnownedRows(team_id);
  };
  return {
    app: running,
    deps,
    async start() {
      let port: number | null = null;
      await running.init();
      stopFeed = store.onDatasetChange((story) => {
        void Promise.resolve(reload(story)).catch((error: Error) =>
          logger.error(`Reload after a dataset change failed: ${error.message}`),
        );
      });
      listening = true;
      // A publish here or on another instance rebuilds the library: its alerts go out at once.
      library.onReplace((replaced) => {
        if (listening) void runAlerts();
        warmLibrary(replaced);
      });
      if (config.socketMode) await running.start();
      else {
        const server = (await running.start({ port: config.PORT, host: config.HOST })) as Server;
        keepConnectionsOpen(server);
        port = (server.address() as AddressInfo).port;
      }
      let webPort: number | null = port;
      if (config.socketMode && config.WEB_PORT !== undefined) {
        const { startWebServer } = await import("../web/server.js");
        const pages = await startWebServer(web.handler, config.WEB_PORT, config.HOST);
        webServer = pages.server;
        webPort = pages.port;
      }
      // Who-said and headline searches, built once start-up has settled, ahead of the first such
      // question (one that comes sooner builds what it needs on first use).
      warmTimer = setTimeout(() => warmLibrary(library.current()), WARM_AFTER_MS);
      warmTimer.unref();
      // Off the start-up path, but before the first digest run.
      const adopted =
        !config.oauth && store.engine === "sqlite"
          ? adoptOldRows().catch((error: Error) =>
              logger.error(`Old subscriptions not assigned to the workspace: ${error.message}`),
            )
          : Promise.resolve();
      if (options.schedule !== false) {
        // On a later turn of the event loop, after the caller's listening line.
        void adopted.then(() => setImmediate(() => void startSchedule()));
      } else await adopted;
      return { port, webPort };
    },
    async stop() {
      if (warmTimer) clearTimeout(warmTimer);
      schedule?.stop();
      const wasListening = listening;
      listening = false;
      stopFeed?.();
      await intake.close();
      if (webServer) await (await import("../web/server.js")).stopWebServer(webServer);
      if (wasListening) await running.stop();
      await store.close();
    },
  };
}

// ---- Editors' intake: who the editors are, and the service that publishes into the library ----

function editorsIntake(
  config: Config,
  options: RuntimeOptions,
  bundled: Dataset,
  library: LibraryHolder,
  store: Store,
  workspaces: Workspaces,
  logger: { warn: (m: string) => void },
): IntakeService {
  const editors = new EditorPolicy({
    editors: config.EDITORS,
    usergroup: config.EDITOR_USERGROUP ?? null,
    groupMembers: async (team, usergroup) => {
      try {
        const client = await workspaces.clientFor(team);
        const reply = await client.usergroups.users.list({ usergroup, team_id: team });
        return reply.users ?? [];
      } catch (error) {
        // Refuse rather than guess; the log says why (a missing usergroups:read scope, say).
        logger.warn(`EDITOR_USERGROUP ${usergroup} unreadable: ${(error as Error).message}`);
        return null;
      }
    },
  });
  return new IntakeService({
    store,
    library,
    dataDir: options.dataDir,
    bundled: bundledIds(bundled),
    editors,
    defaultStory: config.DEFAULT_STORY,
    ...(options.clock ? { clock: options.clock } : {}),
    loader: workerLoader() ?? inThreadLoader,
    // Articles are drafted on a worker thread, two per workspace at once, so no lookup waits.
    drafts: new DraftQueue(workerDrafter() ?? inThreadDrafter),
    warn: (m) => logger.warn(m),
    readArticle: workerReader() ?? readInThread,
    fetchPage: async (link) =>
      (await import("../fetch/safe-fetch.js")).safeFetch(link, {
        allowHosts: config.FETCH_ALLOW_HOSTS,
        ...(options.resolver ? { resolver: options.resolver } : {}),
      }),
  });
}

/**
 * Keeps idle keep-alive connections longer than the proxies and clients in front of the app
 * (often 60 s), so the server never closes a connection a client is about to reuse.
 */
export function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
