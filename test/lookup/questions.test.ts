import { describe, expect, it } from "vitest";
import type { Target } from "../../src/lookup/index.js";
import { lookup } from "../../src/lookup/lookup.js";
import { index, queryFixtures } from "../helpers/fixtures.js";

const name = (t: Target) =>
  t.kind === "state"
    ? t.usps
    : t.kind === "person"
      ? t.id
      : t.kind === "list"
        ? `list:${t.list}`
        : `source:${t.id}`;

/** Each class of question, asked as reporters ask it, with near misses that must answer nothing. */
describe.each([
  ["who said it", "said-queries.tsv"],
  ["who said it, in other words", "paraphrase-queries.tsv"],
  ["lists in other words", "list-queries.tsv"],
  ["outlets", "outlet-queries.tsv"],
  ["roles", "role-queries.tsv"],
])("%s", (_class, file) => {
  const fixtures = queryFixtures(file);

  it("has a table of queries, with near misses where the class has them", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures.map((f) => [f.query, f] as const))("%j", (_q, fixture) => {
    const result = lookup(index, fixture.query);
    expect(result.targets.map(name)).toEqual(fixture.expected);
    expect(result.ambiguous).toBe(fixture.ambiguous);
    expect(result.roleFallback !== null).toBe(fixture.flags.includes("roleFallback"));
    const unanswered = fixture.flags.find((f) => f.startsWith("unanswered="))?.split("=")[1];
    expect(result.unanswered ?? null).toBe(unanswered ?? null);
  });
});

describe("roles with no named holder", () => {
  it("names the role in full, however it was typed", () => {
    expect(lookup(index, "Michigan SOS").roleFallback).toEqual({
      asked: "secretary of state",
      state: "MI",
    });
    expect(lookup(index, "Kentucky gov").roleFallback).toEqual({ asked: "governor", state: "KY" });
  });
});
