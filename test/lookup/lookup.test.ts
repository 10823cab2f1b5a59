import { describe, expect, it } from "vitest";
import type { Target } from "../../src/lookup/index.js";
import { lookup, MAX_QUERY_LENGTH } from "../../src/lookup/lookup.js";
import { index, queryFixtures } from "../helpers/fixtures.js";

const name = (t: Target) =>
  t.kind === "state"
    ? t.usps
    : t.kind === "person"
      ? t.id
      : t.kind === "list"
        ? `list:${t.list}`
        : `source:${t.id}`;

describe("lookup fixture table", () => {
  const fixtures = queryFixtures();

  it("has at least 150 queries", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(150);
  });

  it.each(fixtures.map((f) => [f.query, f] as const))("%j", (_q, fixture) => {
    const result = lookup(index, fixture.query);
    expect(result.targets.map(name)).toEqual(fixture.expected);
    expect(result.ambiguous).toBe(fixture.ambiguous);
  });
});

describe("lookup edges", () => {
  it("says no match rather than guess for a huge query", () => {
    expect(lookup(index, "Ohio ".repeat(2_000)).targets).toEqual([]);
    expect(lookup(index, "x".repeat(MAX_QUERY_LENGTH + 1)).targets).toEqual([]);
  });

  it("does not read lower-case words in a sentence as postal codes", () => {
    expect(lookup(index, "is it in or out").targets).toEqual([]);
    expect(lookup(index, "is it IN or OR").targets.map(name)).toEqual(["IN", "OR"]);
  });

  it("handles empty, emoji and mrkdwn input without matching", () => {
    for (const q of ["", "   ", "🗳️", "<!channel>", "<@U123>", "*_~`"]) {
      expect(lookup(index, q).targets).toEqual([]);
    }
  });

  it("keeps Kansas and Arkansas, Virginia and West Virginia apart", () => {
    expect(lookup(index, "Kansas").targets.map(name)).toEqual(["KS"]);
    expect(lookup(index, "Arkansas").targets.map(name)).toEqual(["AR"]);
    expect(lookup(index, "Virginia").targets.map(name)).toEqual(["VA"]);
    expect(lookup(index, "West Virginia").targets.map(name)).toEqual(["WV"]);
  });
});
