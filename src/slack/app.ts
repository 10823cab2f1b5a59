import type { RequestListener } from "node:http";
import { App, HTTPReceiver, type Installation, type Logger, LogLevel, webApi } from "@slack/bolt";
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
  // Editors' intake: articles shared as files, the editors' user group, review in a DM.
  "files:read",
  "usergroups:read",
  "im:write",
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
 * Bolt's OAuth settings when the app is distributable: /slack/install and /slack/oauth_redirect
 * (state checked), installations kept in the store. Null for the one workspace of SLACK_BOT_TOKEN.
 */
function oauthOptions(config: Config, store: Store) {
  if (!config.oauth) return null;
  return {
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
  };
}

/**
 * The Bolt app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at /slack/events
 * with Bolt's signature verification, and the web pages (`web`) on every other path.
 */
export function createSlackApp(
  config: Config,
  deps: AppDeps,
  store: Store,
  web?: RequestListener,
): App {
  const oauth = oauthOptions(config, store);
  // With OAuth the receiver's installer authorizes each workspace; otherwise the one token does.
  const token = oauth ? {} : { token: config.SLACK_BOT_TOKEN };
  const app = new App({
    ...token,
    // auth.test runs in init(), awaited at start, so a bad token stops start-up, not a request.
    deferInitialization: true,
    // No conversation state is kept: Bolt's default store would look each channel up (and build
    // an Error for the miss) on every request.
    convoStore: false,
    logLevel: LOG_LEVEL[config.LOG_LEVEL],
    ...(config.socketMode
      ? { socketMode: true, appToken: config.SLACK_APP_TOKEN, ...(oauth ?? {}) }
      : { receiver: httpReceiver(config, oauth, web) }),
    clientOptions: slackClientOptions(config),
  });
  registerListeners(app, deps);
  app.error(async (error) => {
    app.logger.error(`Slack request failed: ${error.stack ?? error.message}`);
  });
  return app;
}

/**
 * Bolt's HTTP receiver, with the pages on every request it does not handle itself (anything but
 * Slack's POSTs to /slack/events and the OAuth paths). Its documented hook for those is the
 * dispatch error handler; unlike custom routes, it also reaches addresses Bolt cannot decode, so
 * they get the 404 page.
 */
function httpReceiver(
  config: Config,
  oauth: ReturnType<typeof oauthOptions>,
  web: RequestListener | undefined,
): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET ?? "",
    logLevel: LOG_LEVEL[config.LOG_LEVEL],
    ...(oauth ?? {}),
    ...(web
      ? {
          dispatchErrorHandler: async ({ request, response }) => {
            if (!response.headersSent) web(request, response);
          },
        }
      : {}),
  });
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
