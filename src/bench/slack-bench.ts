import { mkdtempSync, readFileSync } from "node:fs";
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
import type { RoundRequest, WorkerMessage } from "./load-worker.js";
import { ms, percentile } from "./stats.js";

export const SECRET = "benchsecret0123456789abcdef";
const REQUESTS = 1_500;
const CONCURRENCY = 16;
const ROUNDS = 5;
const QUERIES = [
  "Ohio",
  "padilla",
  "Missouri",
  "Kentucky secretary of state",
  "W.Va.",
  "Pensylvania",
];

export interface RoundResult {
  perSecond: number;
  ackP50: number;
  ackP99: number;
  /**
   * CPU milliseconds the app's thread spent per request (Linux: its own utime + stime, which
   * other processes on the machine do not inflate; elsewhere the event loop's busy time).
   */
  cpuPerRequest: number;
}

/** This (main) thread's CPU time so far: /proc on Linux, else the event loop's busy time. */
function mainThreadCpuMs(): number {
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised command name.
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return performance.eventLoopUtilization().active;
  }
}
/** Linux's USER_HZ, the unit of /proc's CPU times (100 on every common build). */
const CLOCK_TICKS = 100;

/** The Slack side (fake Web API and load) on a worker thread; rounds are run by message. */
export class SlackSide {
  private constructor(
    private readonly worker: Worker,
    readonly apiUrl: string,
  ) {}

  static async start(): Promise<SlackSide> {
    const worker = new Worker(new URL("./load-worker.js", import.meta.url));
    const ready = await SlackSide.reply(worker);
    if (ready.type !== "ready") throw new Error("the load worker did not start");
    return new SlackSide(worker, ready.apiUrl);
  }

  private static reply(worker: Worker): Promise<WorkerMessage> {
    return new Promise((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      worker.once("error", failed);
      worker.once("message", (message: WorkerMessage) => {
        worker.off("error", failed);
        resolve(message);
      });
    });
  }

  /** REQUESTS signed /voterdata commands, 16 at a time; done when every response_url post arrived. */
  async round(url: string | string[], label: string): Promise<RoundResult> {
    const job: RoundRequest = {
      urls: Array.isArray(url) ? url : [url],
      secret: SECRET,
      label,
      queries: QUERIES,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
    };
    const pending = SlackSide.reply(this.worker);
    const before = mainThreadCpuMs();
    this.worker.postMessage(job);
    const done = await pending;
    const cpu = mainThreadCpuMs() - before;
    if (done.type !== "round") throw new Error("unexpected message from the load worker");
    const acks = done.acks.sort((a, b) => a - b);
    return {
      perSecond: REQUESTS / done.seconds,
      ackP50: percentile(acks, 50),
      ackP99: percentile(acks, 99),
      cpuPerRequest: cpu / REQUESTS,
    };
  }

  async stop(): Promise<void> {
    this.worker.postMessage("stop");
    await new Promise((resolve) => this.worker.once("exit", resolve));
  }
}

/** VoterData's /voterdata vs a bare Bolt app answering fixed cards of the same size, same run. */
export async function benchSlack(): Promise<void> {
  const slack = await SlackSide.start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "voterdata-bench-")), "bench.db"),
  });
  const runtime = await createRuntime(config, { schedule: false });
  const { port } = await runtime.start();
  const appUrl = `http://127.0.0.1:${port}/slack/events`;

  // The bare app answers each query with the very card VoterData sends, computed beforehand,
  // so the comparison isolates what VoterData does per request (parse, look up, render).
  const fixed = new Map(
    QUERIES.map((q) => [
      q,
      answerMessage(answer(runtime.deps.library.current().defaultStory.index, q), { share: true }),
    ]),
  );
  const bare = new App({
    token: "xoxb-bench",
    signingSecret: SECRET,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: slack.apiUrl },
  });
  bare.command("/voterdata", async ({ ack, respond, command }) => {
    await ack();
    await respond({ response_type: "ephemeral", ...fixed.get(command.text) });
  });
  const bareServer = (await bare.start({ port: 0, host: "127.0.0.1" })) as Server;
  keepConnectionsOpen(bareServer);
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/slack/events`;

  await slack.round(bareUrl, "warm-bare");
  await slack.round(appUrl, "warm-app");
  // Rounds alternate, and each VoterData round is compared with the bare round just before it:
  // on a shared machine the load from other work drifts, and a pair sees about the same.
  const results = { bare: [] as RoundResult[], app: [] as RoundResult[] };
  const ratios: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const b = await slack.round(bareUrl, `bare${i}`);
    const a = await slack.round(appUrl, `app${i}`);
    results.bare.push(b);
    results.app.push(a);
    ratios.push(a.perSecond / b.perSecond);
  }
  const median = (list: RoundResult[]) =>
    [...list].sort((x, y) => x.perSecond - y.perSecond)[Math.floor(list.length / 2)] as RoundResult;
  const a = median(results.app);
  const b = median(results.bare);
  console.log(
    `slack: ${REQUESTS} signed /voterdata requests, ${CONCURRENCY} concurrent, loopback (median of ${ROUNDS} rounds)`,
  );
  console.log(
    `  bare Bolt, fixed cards: ${b.perSecond.toFixed(0)} req/s, ack p50 ${ms(b.ackP50)}, p99 ${ms(b.ackP99)}`,
  );
  console.log(
    `  VoterData:              ${a.perSecond.toFixed(0)} req/s, ack p50 ${ms(a.ackP50)}, p99 ${ms(a.ackP99)}`,
  );
  const cpu = (list: RoundResult[]) =>
    [...list].map((r) => r.cpuPerRequest).sort((x, y) => x - y)[
      Math.floor(list.length / 2)
    ] as number;
  console.log(
    `  app thread CPU per request: bare ${ms(cpu(results.bare))}, VoterData ${ms(cpu(results.app))}; ` +
      `capacity ratio ${(cpu(results.bare) / cpu(results.app)).toFixed(2)} (what the app's own work allows)`,
  );
  const sorted = [...ratios].sort((x, y) => x - y);
  console.log(
    `  ratio VoterData / bare: ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(2)} ` +
      `(median of ${ROUNDS} back-to-back pairs; pairs ranged ${sorted[0]?.toFixed(2)}-${sorted.at(-1)?.toFixed(2)})`,
  );

  await bare.stop();
  await runtime.stop();
  await slack.stop();
}
