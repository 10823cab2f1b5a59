import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load.js";
import { evaluateDrafts, formatEvaluation } from "../../src/draft/eval.js";
import { dataset } from "../helpers/fixtures.js";

describe("drafting the bundled articles, leave-one-out (npm run eval:draft)", () => {
  const articles = new Map(
    dataset.sources.map((s) => [
      s.id,
      readFileSync(join(DEFAULT_DATA_DIR, "sources", `${s.id}.txt`), "utf8"),
    ]),
  );
  const evaluation = evaluateDrafts(dataset, articles);

  it("meets the issue's targets", () => {
    const table = formatEvaluation(evaluation);
    expect(evaluation.articles, table).toHaveLength(dataset.sources.length);
    expect(evaluation.recall, table).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.precision, table).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.stance, table).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.quotes, table).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.verbatim, table).toBe(1);
    expect(evaluation.wrongParties, table).toBe(0);
    // Every bundled article is about the 2017 commission, and the drafter says so unaided.
    expect(evaluation.story, table).toBe(1);
  });

  it("drafts each article without its own people known", () => {
    // Every article names someone no other article does, so each draft had new people to find.
    for (const a of evaluation.articles)
      expect(a.parties.curated + a.quotes.curated).toBeGreaterThan(0);
    expect(evaluation.articles.reduce((n, a) => n + a.parties.right, 0)).toBeGreaterThan(5);
  });
});
