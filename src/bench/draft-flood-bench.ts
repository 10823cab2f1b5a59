import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DraftQueue, inThreadDrafter } from "../intake/draft-queue.js";
import { FakeSlack } from "../testkit/fake-slack.js";
import { BENCH_EDITOR as EDITOR, readerLookups, startEditorApp } from "./editor-app.js";
import { ms, percentile } from "./stats.js";

const DRAFTS = 20;
const ARTICLE_KB = 300;

/** A long made-up article (no real text): paragraph after paragraph about states' answers. */
function madeUpArticle(n: number, states: string[]): Buffer {
  const parts = [
    `Counties weigh a federal request for voter files (${n})`,
    "By Staff, The Example Gazette",
    "Published Oct. 3, 2025",
  ];
  for (let i = 0; parts.join("\n\n").length < ARTICLE_KB * 1024; i++) {
    const state = states[i % states.length];
    parts.push(
      `Election officials in ${state} said on Tuesday that the office would share only the publicly ` +
        `available voter list. "We will follow the law of ${state} and nothing more," a spokesperson ` +
        `for the office said in a statement, the ${i}th such answer this month.`,
    );
  }
  return Buffer.from(parts.join("\n\n"));
}

/**
 * Abuse: one editor hands over 20 long articles at once. Lookups by everyone else are timed
 * while they are drafted, as intake drafts them (a worker thread, two per workspace at once),
 * against drafting the same articles on the main thread, as it did before.
 */
export async function benchDraftFlood(): Promise<void> {
  const fake = new FakeSlack();
  await fake.start();
  const { runtime, url } = await startEditorApp(
    fake,
    join(mkdtempSync(join(tmpdir(), "voterdata-bench-flood-")), "db"),
  );
  const ask = readerLookups(fake);
  let asked = 0;
  const queries = ["Ohio", "padilla", "Missouri", "W.Va.", "who refused"];
  const lookup = async (): Promise<number> =>
    (await ask(url, queries[++asked % queries.length] as string)).ms;
  /** Lookups one after another until `done` settles (at least `least`). */
  const lookupsUntil = async (done: Promise<unknown>, least = 20): Promise<number[]> => {
    let finished = false;
    void done.finally(() => {
      finished = true;
    });
    const times: number[] = [];
    while (!finished || times.length < least) times.push(await lookup());
    return times.sort((x, y) => x - y);
  };
  const summary = (times: number[]) =>
    `p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))} (${times.length} lookups)`;

  const library = runtime.deps.library.current();
  const states = library.full.jurisdictions.map((j) => j.name);
  const articles = Array.from({ length: DRAFTS }, (_, n) => madeUpArticle(n, states));
  for (let i = 0; i < 50; i++) await lookup(); // warm
  const idle = await lookupsUntil(Promise.resolve(), 300);

  const t0 = performance.now();
  const flood = Promise.all(articles.map((bytes) => runtime.deps.intake.submit(EDITOR, { bytes })));
  const during = await lookupsUntil(flood);
  const drafted = (await flood).filter((r) => r.kind === "drafted").length;
  const floodSeconds = (performance.now() - t0) / 1000;

  // The same articles drafted on this thread, as before the queue (one workspace, in turn).
  const onThread = new DraftQueue(inThreadDrafter);
  const context = {
    people: library.full.people,
    jurisdictions: library.full.jurisdictions,
    stories: library.full.stories,
  };
  const blocking = Promise.all(
    articles.map((bytes) => onThread.draft("T1", bytes.toString("utf8"), context)),
  );
  const blocked = await lookupsUntil(blocking);

  console.log(
    `draft flood: ${DRAFTS} made-up ${ARTICLE_KB} KB articles handed over at once by one editor ` +
      `(${drafted} drafted in ${floodSeconds.toFixed(1)} s)`,
  );
  console.log(`  lookups idle:                          ${summary(idle)}`);
  console.log(`  lookups while they are drafted:        ${summary(during)}`);
  console.log(`  the same, drafting on the main thread: ${summary(blocked)}`);
  await runtime.stop();
  await fake.stop();
}
