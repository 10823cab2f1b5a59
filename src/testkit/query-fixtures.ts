import { readFileSync } from "node:fs";

export interface QueryFixture {
  query: string;
  expected: string[];
  ambiguous: boolean;
}

/** The lookup fixture table (test/fixtures/lookup-queries.tsv), shared by tests and the benchmark. */
export function queryFixtures(): QueryFixture[] {
  const path = new URL("../../test/fixtures/lookup-queries.tsv", import.meta.url);
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
