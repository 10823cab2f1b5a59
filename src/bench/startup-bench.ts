import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeSlack } from "../testkit/fake-slack.js";
import { APP_MAIN, spawnApp } from "../testkit/spawn-app.js";

const RUNS = 9;

const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;

/** `npm start` (the bundle) against a bare Bolt app, both to "listening", same fake Slack. */
export async function benchStartup(): Promise<void> {
  const fake = new FakeSlack();
  fake.record = false;
  await fake.start();
  const env = {
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: "benchsecret0123456789abcdef",
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
  };
  const bare = fileURLToPath(new URL("./bare-app.js", import.meta.url));
  const app: number[] = [];
  const bolt: number[] = [];
  const appCpu: number[] = [];
  const boltCpu: number[] = [];
  // Each VoterData start is compared with the bare start just before it (the machine's load drifts).
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "voterdata-startup-"));
    for (const [script, times, cpu, extra] of [
      [bare, bolt, boltCpu, {}],
      [APP_MAIN, app, appCpu, { DATABASE_PATH: join(dir, "v.db") }],
    ] as const) {
      const started = await spawnApp(script, { ...env, ...extra });
      times.push(started.ms);
      cpu.push(started.cpuMs);
      await started.stop();
    }
    ratios.push((app.at(-1) as number) / (bolt.at(-1) as number));
  }
  await fake.stop();
  const a = median(app);
  const b = median(bolt);
  console.log(`start-up to listening (npm start, median of ${RUNS}, a new SQLite file each run)`);
  console.log(
    `  bare Bolt ${b.toFixed(0)} ms, VoterData ${a.toFixed(0)} ms, ratio of medians ${(a / b).toFixed(2)}, ` +
      `median of paired ratios ${median(ratios).toFixed(2)}`,
  );
  const [ac, bc] = [median(appCpu), median(boltCpu)];
  console.log(
    `  CPU used by then (not stretched by other work on the machine): bare Bolt ${bc.toFixed(0)} ms, ` +
      `VoterData ${ac.toFixed(0)} ms, ratio ${(ac / bc).toFixed(2)}`,
  );
}
