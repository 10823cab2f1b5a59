import type { RequestListener } from "node:http";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import type { Config } from "../config.js";
import type { AppDeps } from "./deps.js";
import { registerListeners } from "./listeners/index.js";

const LOG_LEVEL: Record<Config["LOG_LEVEL"], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

/**
 * The Bolt app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT at /slack/events
 * with Bolt's signature verification, and the web pages (`web`) on every other path.
 */
export function createSlackApp(config: Config, deps: AppDeps, web?: RequestListener): App {
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    // auth.test runs in init(), awaited at start, so a bad token stops start-up, not a request.
    deferInitialization: true,
    logLevel: LOG_LEVEL[config.LOG_LEVEL],
    ...(config.socketMode
      ? { socketMode: true, appToken: config.SLACK_APP_TOKEN }
      : web
        ? { receiver: pagesReceiver(config, web) }
        : { signingSecret: config.SLACK_SIGNING_SECRET }),
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: withSlash(config.SLACK_API_URL) } : {}),
      // Transient Slack errors (5xx, 429, network) are retried a few times, then reported.
      retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    },
  });
  registerListeners(app, deps);
  app.error(async (error) => {
    app.logger.error(`Slack request failed: ${error.message}`, error);
  });
  return app;
}

/**
 * Bolt's HTTP receiver with the pages on every request it does not handle itself (anything but
 * Slack's POSTs to /slack/events). Its documented hook for those is the dispatch error handler;
 * unlike custom routes, it also reaches addresses Bolt cannot decode, so they get the 404 page.
 */
function pagesReceiver(config: Config, web: RequestListener): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET ?? "",
    logLevel: LOG_LEVEL[config.LOG_LEVEL],
    dispatchErrorHandler: ({ request, response }) => {
      if (!response.headersSent) web(request, response);
    },
  });
}

function withSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}
