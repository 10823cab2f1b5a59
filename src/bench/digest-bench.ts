import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { loadConfig } from "../config.js";
import { createRuntime } from "../slack/runtime.js";
import type { FakeSlackReport } from "./fake-slack-worker.js";

const WORKSPACES = 50;
const CHANNELS_PER_WORKSPACE = 20;
const PER_CHANNEL_PER_SECOND = 1;

function reply<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/**
 * Digest fan-out: 1,000 channels in 50 workspaces (each with its own token, as after OAuth
 * installs) due in the same minute, against a fake Slack on another thread that allows one
 * message per second per channel and answers 429 with Retry-After beyond it.
 */
export async function benchDigest(): Promise<void> {
  const worker = new Worker(new URL("./fake-slack-worker.js", import.meta.url), {
    workerData: { perChannelPerSecond: PER_CHANNEL_PER_SECOND },
  });
  const { apiUrl } = await reply<{ apiUrl: string }>(worker);
  const config = loadConfig({
    SLACK_SIGNING_SECRET: "benchsecret0123456789abcdef",
    SLACK_CLIENT_ID: "123.456",
    SLACK_CLIENT_SECRET: "0123456789abcdef0123",
    SLACK_STATE_SECRET: "bench-state-secret-0123",
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
    SLACK_API_URL: apiUrl,
    LOG_LEVEL: "error",
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "voterdata-bench-")), "digest.db"),
  });
  const now = new Date("2026-11-21T09:00:00Z");
  const runtime = await createRuntime(config, { schedule: false, clock: () => now });
  const { store, digest } = runtime.deps;
  for (let w = 0; w < WORKSPACES; w++) {
    const team = `T${w}`;
    await store.storeInstallation({
      team: { id: team },
      enterprise: undefined,
      user: { id: "U1", token: undefined, scopes: undefined },
      bot: { id: "B1", userId: "UBOT", token: `xoxb-${team}`, scopes: [] },
      isEnterpriseInstall: false,
    });
    for (let c = 0; c < CHANNELS_PER_WORKSPACE; c++)
      await store.subscribe(
        { team, channel: `C${w}x${c}`, time: "09:00", timeZone: "UTC", subscribedBy: "U1" },
        now,
      );
  }
  const channels = WORKSPACES * CHANNELS_PER_WORKSPACE;
  const started = performance.now();
  const first = await digest.runDue();
  const seconds = (performance.now() - started) / 1000;
  const again = await digest.runDue(); // a second scheduler tick: nothing more may go out
  worker.postMessage("report");
  const report = await reply<FakeSlackReport>(worker);
  const counts = Object.values(report.accepted);
  const once = counts.filter((n) => n === 1).length;
  const sent = [...first.values()].filter((o) => o === "sent").length;
  const resent = [...again.values()].filter((o) => o === "sent").length;
  console.log(
    `digest: ${channels} channels in ${WORKSPACES} workspaces due at once; fake Slack allows ${PER_CHANNEL_PER_SECOND} message/s per channel`,
  );
  console.log(
    `  delivered ${sent} (${once} channels got exactly one, ${counts.length - once} got another count; ${resent} sent on the next tick) in ${seconds.toFixed(2)} s; ${report.rateLimited} answered 429; ${report.uploads} maps in threads`,
  );
  console.log(
    `  floor set by the limits: one message per channel, so all ${channels} may go within the first second (about 1 s); measured ${seconds.toFixed(2)} s`,
  );
  await runtime.stop();
  worker.postMessage("stop");
  await new Promise((resolve) => worker.once("exit", resolve));
}
