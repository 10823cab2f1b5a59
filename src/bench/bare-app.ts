import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";

/**
 * A bare Bolt app in HTTP mode, the yardstick for VoterData's start-up: same token check
 * (auth.test at init), same listening line, nothing else. Run by startup-bench.ts.
 */
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  deferInitialization: true,
  logLevel: LogLevel.INFO,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command("/voterdata", async ({ ack }) => ack());
await app.init();
const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
console.log(`bare Bolt is listening on port ${(server.address() as AddressInfo).port}`);
process.once("SIGTERM", () => void app.stop().then(() => process.exit(0)));
