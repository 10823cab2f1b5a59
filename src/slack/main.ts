import "dotenv/config";
import { loadConfig } from "../config.js";
import { loadBundledDataset } from "./dataset-cache.js";
import { createRuntime } from "./runtime.js";
import { slackErrorCode } from "./slack-errors.js";

/** Errors whose message already tells the operator what to fix. */
const PLAIN_ERRORS = new Set(["ConfigError", "DataError", "StoreError", "TokenKeyError"]);

/** `npm start`: validate configuration and data, then run until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await createRuntime(config, { dataset: await loadBundledDataset() });
  const { port } = await runtime.start();
  runtime.app.logger.info(
    port === null
      ? "VoterData is running in Socket Mode"
      : `VoterData is listening on port ${port} at /slack/events`,
  );
  const shutdown = async () => {
    await runtime.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof Error && PLAIN_ERRORS.has(error.name)) {
    process.stderr.write(`${error.message}\n`);
  } else if (slackErrorCode(error)) {
    // auth.test at start-up: the token was refused.
    process.stderr.write(
      `Slack refused SLACK_BOT_TOKEN (${slackErrorCode(error)}); check the token in .env.\n`,
    );
  } else {
    process.stderr.write(`VoterData could not start: ${(error as Error).stack ?? error}\n`);
  }
  process.exit(1);
});
