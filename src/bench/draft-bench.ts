import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadDataset } from "../data/load.js";
import { draftArticle } from "../draft/draft.js";
import { MAX_ARTICLE_BYTES } from "../draft/input.js";
import { ms, percentile } from "./stats.js";

/** Drafting time per article: the longest bundled one (about 7,000 characters) and all five. */
export function benchDraft(): void {
  const dataset = loadDataset();
  const { people, jurisdictions, stories } = dataset;
  const context = { people, jurisdictions, stories };
  const articles = dataset.sources.map((s) =>
    readFileSync(join(DEFAULT_DATA_DIR, "sources", `${s.id}.txt`), "utf8"),
  );
  const longest = articles.reduce((a, b) => (b.length > a.length ? b : a));

  const t0 = process.hrtime.bigint();
  draftArticle(longest, context);
  const cold = Number(process.hrtime.bigint() - t0) / 1e6;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = process.hrtime.bigint();
    draftArticle(longest, context);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `draft: a ${longest.length.toLocaleString("en-US")}-character article: first ${ms(cold)}, ` +
      `then p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))} (target < 50 ms)`,
  );
  // The largest article the drafter accepts: the longest one repeated up to 1 MB.
  const huge = longest.repeat(Math.floor(MAX_ARTICLE_BYTES / Buffer.byteLength(longest)));
  const h0 = process.hrtime.bigint();
  draftArticle(huge, context);
  console.log(
    `  a ${Buffer.byteLength(huge).toLocaleString("en-US")}-byte article (the limit is 1 MB): ` +
      `${ms(Number(process.hrtime.bigint() - h0) / 1e6)}`,
  );
  // Hostile pages with no full stop, so that each is one 50,000-character "sentence" naming
  // thousands of states: reading a sentence again for each state mention would be quadratic.
  for (const [what, unit] of [
    ["a bare list of states", "Ohio, Iowa and Utah "],
    ["a list of states sued", "sued Ohio, Iowa, Utah, "],
  ] as const) {
    const page = unit.repeat(Math.ceil(50_000 / unit.length));
    const p0 = process.hrtime.bigint();
    draftArticle(page, context);
    console.log(
      `  ${page.length.toLocaleString("en-US")} characters of ${what}, no full stop: ` +
        `${ms(Number(process.hrtime.bigint() - p0) / 1e6)}`,
    );
  }
  const all = process.hrtime.bigint();
  for (const text of articles) draftArticle(text, context);
  console.log(
    `  all ${articles.length} bundled articles: ${ms(Number(process.hrtime.bigint() - all) / 1e6)}`,
  );
}
