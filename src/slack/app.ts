import { App, type Installation, type Logger, LogLevel, webApi } from "@slack/bolt";
import type { Config } from "../config.js";
import type { Store } from "../store/store.js";
import type { AppDeps } from "./deps.js";
import { registerListeners } from "./listeners/index.js";

const LOG_LEVEL: Record<Config["LOG_LEVEL"], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/** The bot scopes manifest.yml declares; OAuth installs ask for the same. */
export const BOT_SCOPES = [
  "commands",
  "chat:write",
  "app_mentions:read",
  "im:history",
  "users:read",
  "channels:read",
  "groups:read",
  "channels:history",
  "groups:history",
  "files:write",
];

/** The Web API client's settings, for the app's own client and each workspace's. */
export function slackClientOptions(config: Config): webApi.WebClientOptions {
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: withSlash(config.SLACK_API_URL) } : {}),
    // Transient Slack errors (5xx, 429, network) are retried a few times, then reported.
    retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
  };
}

/** A client for one workspace's token (OAuth mode), with the app's settings. */
export function workspaceClient(config: Config, logger: Logger, token: string): webApi.WebClient {
  return new webApi.WebClient(token, { ...slackClientOptions(config), logger });
}

/**
 * The Bolt app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at /slack/events
 * with Bolt's signature verification. With OAuth settings it is distributable: Bolt serves
 * /slack/install and /slack/oauth_redirect (state checked) and keeps installations in the store;
 * otherwise it serves the one workspace of SLACK_BOT_TOKEN.
 */
export function createSlackApp(config: Config, deps: AppDeps, store: Store): App {
  const auth = config.oauth
    ? {
        clientId: config.oauth.clientId,
        clientSecret: config.oauth.clientSecret,
        stateSecret: config.oauth.stateSecret,
        scopes: BOT_SCOPES,
        installationStore: {
          storeInstallation: (installation: Installation<"v1" | "v2", boolean>) =>
            store.storeInstallation(installation as Installation),
          fetchInstallation: store.fetchInstallation.bind(store),
          deleteInstallation: store.deleteInstallation.bind(store),
        },
        installerOptions: { directInstall: true, clientOptions: slackClientOptions(config) },
      }
    : { token: config.SLACK_BOT_TOKEN };
  const app = new App({
    ...auth,
    // auth.test runs in init(), awaited at start, so a bad token stops start-up, not a request.
    deferInitialization: true,
    logLevel: LOG_LEVEL[config.LOG_LEVEL],
    ...(config.socketMode
      ? { socketMode: true, appToken: config.SLACK_APP_TOKEN }
      : { signingSecret: config.SLACK_SIGNING_SECRET }),
    clientOptions: slackClientOptions(config),
  });
  registerListeners(app, deps);
  app.error(async (error) => {
    app.logger.error(`Slack request failed: ${error.stack ?? error.message}`);
  });
  return app;
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
