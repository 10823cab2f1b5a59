import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadDataset } from "../data/load.js";
import { FakeSlack } from "../testkit/fake-slack.js";
import { BENCH_EDITOR as EDITOR, readerLookups, startEditorApp } from "./editor-app.js";
import { ms, percentile } from "./stats.js";

/**
 * Editors' intake: how long from "Publish" until another user's `/voterdata <state>` carries the
 * new claim, on the instance that published and on a second one sharing the database; how long
 * the library takes to rebuild; and whether a reply waits for a rebuild running beside it.
 */
export async function benchIntake(): Promise<void> {
  const fake = new FakeSlack();
  fake.record = true;
  await fake.start();
  const database = join(mkdtempSync(join(tmpdir(), "voterdata-bench-intake-")), "db");
  const a = await startEditorApp(fake, database);
  const b = await startEditorApp(fake, database);
  const ask = readerLookups(fake);

  // A bundled article with a line added: new to the store, drafted like any other.
  const dataset = loadDataset();
  const longest = dataset.sources
    .map((s) => readFileSync(join(DEFAULT_DATA_DIR, "sources", `${s.id}.txt`)))
    .reduce((x, y) => (y.length > x.length ? y : x));
  const bytes = Buffer.concat([longest, Buffer.from("\nThis story has been republished.\n")]);
  const intake = a.runtime.deps.intake;
  const submitted = await intake.submit(EDITOR, { bytes });
  if (submitted.kind !== "drafted") throw new Error(`bench draft: ${submitted.kind}`);
  const { row, draft } = submitted.review;
  const claim = draft.claims.find((c) => c.quote) ?? draft.claims[0];
  if (!claim) throw new Error("bench draft has no claim");
  for (const [index] of draft.claims.entries()) {
    await intake.decide(EDITOR, row.id, index, { decision: "approved" });
  }
  const needle = JSON.stringify(
    claim.quote?.text.slice(0, 40) ?? claim.evidence.slice(0, 40),
  ).slice(1, -1);
  // The other instance answers the state before the publish (cached reply included).
  await ask(b.url, claim.state);

  const t0 = performance.now();
  const published = await intake.publish(EDITOR, row.id);
  const publishMs = performance.now() - t0;
  if (published.kind !== "published") throw new Error(`bench publish: ${published.kind}`);
  const here = await ask(a.url, claim.state);
  const hereMs = performance.now() - t0;
  let thereMs = Number.NaN;
  while (performance.now() - t0 < 10_000) {
    const there = await ask(b.url, claim.state);
    if (there.text.includes(needle)) {
      thereMs = performance.now() - t0;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log(
    `intake: publish ${draft.claims.length} claims (checks, store, rebuild) ${ms(publishMs)}; ` +
      `publish to answer on that instance ${ms(hereMs)} (${here.text.includes(needle) ? "carries the claim" : "MISSING the claim"}), ` +
      `on a second instance ${ms(thereMs)} (SQLite change poll, 1 s)`,
  );

  const rebuilds: number[] = [];
  for (let i = 0; i < 20; i++) {
    await intake.reload();
    rebuilds.push(intake.lastReloadMs);
  }
  rebuilds.sort((x, y) => x - y);
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push((await ask(a.url, "Ohio")).ms);
  const during: number[] = [];
  for (let i = 0; i < 20; i++) {
    const reload = intake.reload();
    during.push((await ask(a.url, i % 2 ? "Ohio" : "padilla")).ms);
    await reload;
  }
  idle.sort((x, y) => x - y);
  during.sort((x, y) => x - y);
  console.log(
    `  library rebuild (data/ and the store, checked, indexed): p50 ${ms(percentile(rebuilds, 50))}, ` +
      `max ${ms(rebuilds.at(-1) ?? Number.NaN)}; a reply idle p50 ${ms(percentile(idle, 50))}, ` +
      `during a rebuild p50 ${ms(percentile(during, 50))}, max ${ms(during.at(-1) ?? Number.NaN)}`,
  );
  await a.runtime.stop();
  await b.runtime.stop();
  await fake.stop();
}
