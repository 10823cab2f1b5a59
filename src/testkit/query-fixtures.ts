import { readFileSync } from "node:fs";

export interface QueryFixture {
  query: string;
  expected: string[];
  ambiguous: boolean;
  /** What else the answer must say: "roleFallback", "unanswered=quote", "unanswered=list". */
  flags: string[];
}

/** The query tables that drive the lookup tests and the benchmark, one per class of question. */
export const QUERY_TABLES = [
  "lookup-queries.tsv",
  "said-queries.tsv",
  "paraphrase-queries.tsv",
  "list-queries.tsv",
  "outlet-queries.tsv",
  "role-queries.tsv",
] as const;

/**
 * A query table (test/fixtures/<file>): query, expected targets ("-" for none, a leading "?" for
 * a choice) and, optionally, flags. Shared by the tests and the benchmark.
 */
export function queryFixtures(file: string = "lookup-queries.tsv"): QueryFixture[] {
  const path = new URL(`../../test/fixtures/${file}`, import.meta.url);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [query = "", want = "-", flags = ""] = line.split("\t");
      const ambiguous = want.startsWith("?");
      const list = want.replace(/^\?/, "");
      return {
        query,
        expected: list === "-" ? [] : list.split(","),
        ambiguous,
        flags: flags.split(",").filter(Boolean),
      };
    });
}

/** Every table's queries, for the benchmark. */
export function allQueries(): string[] {
  return QUERY_TABLES.flatMap((file) => queryFixtures(file).map((f) => f.query));
}
