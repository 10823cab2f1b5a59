import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { App, LogLevel } from "@slack/bolt";
import { answer } from "../answer/model.js";
import { loadConfig } from "../config.js";
import { answerMessage } from "../slack/replies.js";
import { createRuntime, keepConnectionsOpen } from "../slack/runtime.js";
import { FakeSlack } from "../testkit/fake-slack.js";
import type { LoadJob } from "./load-worker.js";
import { ms, percentile } from "./stats.js";

const SECRET = "benchsecret0123456789abcdef";
const REQUESTS = 1_500;
const CONCURRENCY = 16;
const QUERIES = [
  "Ohio",
  "padilla",
  "Missouri",
  "Kentucky secretary of state",
  "W.Va.",
  "Pensylvania",
];

interface RoundResult {
  perSecond: number;
  ackP50: number;
  ackP99: number;
}

/** Sends REQUESTS signed /voterdata commands from a worker thread and waits for every response_url post. */
async function round(fake: FakeSlack, url: string, label: string): Promise<RoundResult> {
  const method = `/respond/${label}`;
  const job: LoadJob = {
    url,
    secret: SECRET,
    responseUrl: fake.responseUrl(label),
    queries: QUERIES,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
  };
  const t0 = performance.now();
  const worker = new Worker(new URL("./load-worker.js", import.meta.url), { workerData: job });
  const acks = await new Promise<number[]>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await fake.waitForCount(method, REQUESTS, 60_000);
  const seconds = (performance.now() - t0) / 1000;
  await worker.terminate();
  acks.sort((a, b) => a - b);
  return {
    perSecond: REQUESTS / seconds,
    ackP50: percentile(acks, 50),
    ackP99: percentile(acks, 99),
  };
}

/** VoterData's /voterdata vs a bare Bolt app answering fixed cards of the same size, same run. */
export async function benchSlack(): Promise<void> {
  const fake = new FakeSlack();
  fake.record = false;
  await fake.start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "voterdata-bench-")), "bench.db"),
  });
  const runtime = createRuntime(config, { schedule: false });
  const { port } = await runtime.start();
  const appUrl = `http://127.0.0.1:${port}/slack/events`;

  // The bare app answers each query with the very card VoterData sends, computed beforehand,
  // so the comparison isolates what VoterData does per request (parse, look up, render).
  const fixed = new Map(
    QUERIES.map((q) => [q, answerMessage(answer(runtime.deps.index, q), { share: true })]),
  );
  const bare = new App({
    token: "xoxb-bench",
    signingSecret: SECRET,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.apiUrl },
  });
  bare.command("/voterdata", async ({ ack, respond, command }) => {
    await ack();
    await respond({ response_type: "ephemeral", ...fixed.get(command.text) });
  });
  const bareServer = (await bare.start({ port: 0, host: "127.0.0.1" })) as Server;
  keepConnectionsOpen(bareServer);
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/slack/events`;

  await round(fake, bareUrl, "warm-bare");
  await round(fake, appUrl, "warm-app");
  const results = { bare: [] as RoundResult[], app: [] as RoundResult[] };
  for (let i = 0; i < 2; i++) {
    results.bare.push(await round(fake, bareUrl, `bare${i}`));
    results.app.push(await round(fake, appUrl, `app${i}`));
  }
  const best = (list: RoundResult[]) => list.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
  const a = best(results.app);
  const b = best(results.bare);
  console.log(
    `slack: ${REQUESTS} signed /voterdata requests, ${CONCURRENCY} concurrent, loopback (best of 2)`,
  );
  console.log(
    `  bare Bolt, fixed cards: ${b.perSecond.toFixed(0)} req/s, ack p50 ${ms(b.ackP50)}, p99 ${ms(b.ackP99)}`,
  );
  console.log(
    `  VoterData:              ${a.perSecond.toFixed(0)} req/s, ack p50 ${ms(a.ackP50)}, p99 ${ms(a.ackP99)}`,
  );
  console.log(`  ratio VoterData / bare: ${(a.perSecond / b.perSecond).toFixed(2)}`);

  await bare.stop();
  await runtime.stop();
  await fake.stop();
}
