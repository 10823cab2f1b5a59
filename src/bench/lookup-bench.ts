import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { answer } from "../answer/model.js";
import { loadDataset } from "../data/load.js";
import { buildIndex } from "../lookup/index.js";
import { lookup } from "../lookup/lookup.js";
import { queryFixtures } from "../testkit/query-fixtures.js";
import { ms, percentile } from "./stats.js";

const BIN = fileURLToPath(new URL("../../bin/voterdata.js", import.meta.url));

/** Lookups per second and per-query p50/p99 over the fixture table, then the CLI's start-up. */
export function benchLookup(): void {
  const queries = queryFixtures().map((f) => f.query);
  const index = buildIndex(loadDataset());
  for (const q of queries) answer(index, q); // warm up the JIT

  const rounds = 200;
  const times: number[] = [];
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = process.hrtime.bigint();
      lookup(index, q);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  times.sort((a, b) => a - b);
  console.log(`lookup: ${queries.length} fixture queries x ${rounds} rounds`);
  console.log(`  ${Math.round((times.length / totalMs) * 1000).toLocaleString("en-US")} lookups/s`);
  console.log(
    `  p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times[times.length - 1] ?? 0)}`,
  );

  const answers: number[] = [];
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    answer(index, q);
    answers.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  answers.sort((a, b) => a - b);
  console.log(
    `  full answer (lookup + answer model): p50 ${ms(percentile(answers, 50))}, p99 ${ms(percentile(answers, 99))}`,
  );

  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, [BIN, "ask", "Ohio", "--json"], { stdio: "ignore" });
    startups.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  startups.sort((a, b) => a - b);
  console.log(
    `cli: start-up and one answer (voterdata ask Ohio --json): median ${ms(percentile(startups, 50))}`,
  );

  const t0 = process.hrtime.bigint();
  const batch = spawnSync(process.execPath, [BIN, "ask", "--json", "-"], {
    input: `${queries.join("\n")}\n`,
  });
  const batchMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = batch.stdout.toString().trim().split("\n").length;
  console.log(
    `cli: whole fixture table through ask --json - (${lines} answers, start-up included): ${ms(batchMs)}`,
  );
}
