import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { answer } from "../answer/model.js";
import { loadDataset } from "../data/load.js";
import { chooseStory } from "../library/ask.js";
import { buildLibrary } from "../library/library.js";
import { buildIndex } from "../lookup/index.js";
import { lookup } from "../lookup/lookup.js";
import { allQueries, queryFixtures } from "../testkit/query-fixtures.js";
import { ms, percentile } from "./stats.js";

const BIN = fileURLToPath(new URL("../../bin/voterdata.js", import.meta.url));

/** Queries piped through `ask --json -` in one run, start-up included. */
const BATCH_QUERIES = 1_000;

/**
 * Lookups per second and per-query p50/p99 over every query table (names, who said it, lists,
 * outlets, roles), then the CLI's start-up and a batch of 1,000 questions.
 */
export function benchLookup(): void {
  const queries = allQueries();
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
  console.log(`lookup: ${queries.length} fixture queries (all tables) x ${rounds} rounds`);
  console.log(`  ${Math.round((times.length / totalMs) * 1000).toLocaleString("en-US")} lookups/s`);
  console.log(
    `  p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times[times.length - 1] ?? 0)}`,
  );

  // "Who said …" questions alone, in the articles' words and in others: the quote search's share.
  const said = ["said-queries.tsv", "paraphrase-queries.tsv"].flatMap((file) =>
    queryFixtures(file).map((f) => f.query),
  );
  const saidTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of said) {
      const t0 = process.hrtime.bigint();
      lookup(index, q);
      saidTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  saidTimes.sort((a, b) => a - b);
  console.log(
    `  who-said questions (quote search): p50 ${ms(percentile(saidTimes, 50))}, p99 ${ms(percentile(saidTimes, 99))} (target p99 < 1 ms)`,
  );

  // With every story in the library: choosing the story from the query's words, then the lookup
  // in that story's index, as /voterdata does.
  const library = buildLibrary(loadDataset());
  const storyQueries = queries.flatMap((q) => [q, `doj ${q}`]);
  const storyTimes: number[] = [];
  for (let r = 0; r < 50; r++) {
    for (const q of storyQueries) {
      const t0 = process.hrtime.bigint();
      const choice = chooseStory(library, q);
      lookup(choice.data.index, choice.query);
      storyTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  storyTimes.sort((a, b) => a - b);
  console.log(
    `  with ${library.stories.length} stories (story words, then lookup): p50 ${ms(percentile(storyTimes, 50))}, p99 ${ms(percentile(storyTimes, 99))}`,
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

  const batchQueries = Array.from({ length: BATCH_QUERIES }, (_, i) => queries[i % queries.length]);
  const t0 = process.hrtime.bigint();
  const batch = spawnSync(process.execPath, [BIN, "ask", "--json", "-"], {
    input: `${batchQueries.join("\n")}\n`,
    maxBuffer: 1024 * 1024 * 1024,
  });
  const batchMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = batch.stdout.toString().trim().split("\n").length;
  console.log(
    `cli: ${BATCH_QUERIES.toLocaleString("en-US")} queries through ask --json - (${lines} answers, start-up included): ${ms(batchMs)} (target < 2 s)`,
  );
}
