import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeSlack } from "../testkit/fake-slack.js";

const RUNS = 7;

/** Milliseconds from spawning `node <script>` to its "listening on port" line. */
async function timeToListening(script: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      let output = "";
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (/listening on port \d+/.test(output)) resolve(performance.now() - started);
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.once("exit", () => reject(new Error(`${script} exited before listening:\n${output}`)));
    });
  } finally {
    child.kill("SIGKILL");
  }
}

const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;

/** `npm start` (dist/slack/main.js) against a bare Bolt app, both to "listening", same fake Slack. */
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
  const main = fileURLToPath(new URL("../slack/main.js", import.meta.url));
  const bare = fileURLToPath(new URL("./bare-app.js", import.meta.url));
  const app: number[] = [];
  const bolt: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "voterdata-startup-"));
    bolt.push(await timeToListening(bare, env));
    app.push(await timeToListening(main, { ...env, DATABASE_PATH: join(dir, "v.db") }));
  }
  await fake.stop();
  const a = median(app);
  const b = median(bolt);
  console.log(`start-up to listening (median of ${RUNS}, new SQLite file each run):`);
  console.log(
    `  bare Bolt ${b.toFixed(0)} ms, VoterData ${a.toFixed(0)} ms, ratio ${(a / b).toFixed(2)}`,
  );
}
