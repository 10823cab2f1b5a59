import { readFileSync } from "node:fs";
import { answer } from "../../src/answer/model.js";
import { loadDataset } from "../../src/data/load.js";
import { buildIndex } from "../../src/lookup/index.js";

export const dataset = loadDataset();
export const index = buildIndex(dataset);
export const ask = (query: string) => answer(index, query);

export interface QueryFixture {
  query: string;
  expected: string[];
  ambiguous: boolean;
}

/** The lookup fixture table (test/fixtures/lookup-queries.tsv), shared with the benchmark. */
export function queryFixtures(): QueryFixture[] {
  const path = new URL("../fixtures/lookup-queries.tsv", import.meta.url);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [query = "", want = "-"] = line.split("\t");
      const ambiguous = want.startsWith("?");
      const list = want.replace(/^\?/, "");
      return { query, expected: list === "-" ? [] : list.split(","), ambiguous };
    });
}
