import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { APP_MAIN, spawnApp } from "../testkit/spawn-app.js";
import { type RoundResult, SECRET, SlackSide } from "./slack-bench.js";
import { ms } from "./stats.js";

/** A throwaway database on the benchmark's PostgreSQL, dropped afterwards. */
async function scratchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `voterdata_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Two `npm start` processes on one PostgreSQL, requests alternating between them as behind a
 * load balancer, against one process on SQLite; same signed /voterdata load. Needs a PostgreSQL
 * on loopback: BENCH_DATABASE_URL (or TEST_DATABASE_URL).
 */
export async function benchInstances(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    console.log(
      "instances: skipped; set BENCH_DATABASE_URL=postgres://user@127.0.0.1:5432/postgres to run it",
    );
    return;
  }
  const slack = await SlackSide.start();
  const db = await scratchDatabase(adminUrl);
  const env = {
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
  };
  const dir = mkdtempSync(join(tmpdir(), "voterdata-bench-"));
  const single = await spawnApp(APP_MAIN, { ...env, DATABASE_PATH: join(dir, "one.db") });
  // One after the other, so the second also finds the migrations applied.
  const a = await spawnApp(APP_MAIN, { ...env, DATABASE_URL: db.url });
  const b = await spawnApp(APP_MAIN, { ...env, DATABASE_URL: db.url });
  const pair = [a.url, b.url];
  try {
    await slack.round(single.url, "warm-one");
    await slack.round(pair, "warm-two");
    const results = { one: [] as RoundResult[], two: [] as RoundResult[] };
    for (let i = 0; i < 3; i++) {
      results.one.push(await slack.round(single.url, `one${i}`));
      results.two.push(await slack.round(pair, `two${i}`));
    }
    const median = (list: RoundResult[]) =>
      [...list].sort((x, y) => x.perSecond - y.perSecond)[1] as RoundResult;
    const one = median(results.one);
    const two = median(results.two);
    console.log(
      "instances: the same signed /voterdata load (median of 3 rounds), separate processes",
    );
    console.log(
      `  one instance, SQLite:            ${one.perSecond.toFixed(0)} req/s, ack p50 ${ms(one.ackP50)}, p99 ${ms(one.ackP99)}`,
    );
    console.log(
      `  two instances, one PostgreSQL:   ${two.perSecond.toFixed(0)} req/s, ack p50 ${ms(two.ackP50)}, p99 ${ms(two.ackP99)}`,
    );
  } finally {
    await Promise.all([single.stop(), a.stop(), b.stop()]);
    await db.drop();
    await slack.stop();
  }
}
