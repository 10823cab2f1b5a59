import { describe, expect, it } from "vitest";
import type { Draft } from "../../src/draft/types.js";
import { applyRepairs } from "../../src/intake/repairs.js";
import { checkSourceCorrection, type SourceForm } from "../../src/intake/source-form.js";
import type { DraftRepair } from "../../src/store/store.js";

const TODAY = "2026-03-10";
const source = {
  outlet: "Capitol Ledger",
  headline: "States split over the request",
  author: "Dana Whitcomb",
  published: "2026-03-02",
  updated: null,
  url: "https://ledger.example/states-split",
};
const form = (fields: Partial<SourceForm> = {}): SourceForm => ({ ...source, ...fields });

describe("an editor's correction of a draft's source", () => {
  it("keeps only what differs, trimmed, with what it was", () => {
    const checked = checkSourceCorrection(
      form({ published: "2026-03-01", author: "  Dana   Whitcomb ", outlet: "The Capitol Ledger" }),
      source,
      TODAY,
    );
    expect(checked).toEqual({
      kind: "repair",
      repair: {
        kind: "source",
        changes: [
          { field: "outlet", from: "Capitol Ledger", to: "The Capitol Ledger" },
          { field: "published", from: "2026-03-02", to: "2026-03-01" },
        ],
      },
    });
  });

  it("refuses, by field, dates that are not, after today or out of order, and non-http(s) addresses", () => {
    const checked = checkSourceCorrection(
      form({ published: "2026-02-30", url: "javascript:alert(1)" }),
      source,
      TODAY,
    );
    expect(checked).toMatchObject({
      kind: "errors",
      errors: { published: expect.any(String), url: expect.stringMatching(/http or https/) },
    });
    expect(
      checkSourceCorrection(form({ url: "ftp://ledger.example/x" }), source, TODAY),
    ).toMatchObject({
      errors: { url: expect.stringMatching(/http or https/) },
    });
    expect(checkSourceCorrection(form({ published: "2026-03-11" }), source, TODAY)).toMatchObject({
      errors: { published: expect.stringMatching(/after today/) },
    });
    expect(checkSourceCorrection(form({ updated: "2026-03-01" }), source, TODAY)).toMatchObject({
      errors: { updated: expect.stringMatching(/before it was published/) },
    });
    expect(
      checkSourceCorrection(form({ url: "https://ledger.example/a b<script>" }), source, TODAY),
    ).toMatchObject({ errors: { url: expect.stringMatching(/no spaces/) } });
  });

  it("bounds lengths, refuses control characters and an emptied headline, and a form that changes nothing", () => {
    const long = checkSourceCorrection(form({ author: "x".repeat(301) }), source, TODAY);
    expect(long).toMatchObject({ errors: { author: "At most 300 characters." } });
    const control = checkSourceCorrection(form({ outlet: "Ledger\u0007\u202e" }), source, TODAY);
    expect(control).toMatchObject({ errors: { outlet: expect.stringMatching(/control/) } });
    expect(checkSourceCorrection(form({ headline: "  " }), source, TODAY)).toMatchObject({
      errors: { headline: expect.stringMatching(/needs its headline/) },
    });
    expect(checkSourceCorrection(form(), source, TODAY)).toMatchObject({
      errors: { outlet: expect.stringMatching(/Nothing differs/) },
    });
  });

  it("makes a corrected field the editor's: given, without text evidence; an emptied one not stated", () => {
    const draft = {
      source: {
        id: null,
        ...source,
        evidence: {
          outlet: { text: "Capitol Ledger", start: 0, end: 14 },
          author: { text: "Dana Whitcomb", start: 20, end: 33 },
          published: { text: "2026-03-02", start: 40, end: 50 },
          updated: null,
          headline: { text: source.headline, start: 60, end: 89 },
        },
        given: ["url"],
      },
      story: { id: null, confidence: 0, why: "" },
      claims: [],
      otherStory: [],
      quotes: [],
      people: [],
    } as Draft;
    const row = (changes: unknown[], madeBy: string, seq: number): DraftRepair => ({
      draftId: "d",
      seq,
      repair: JSON.stringify({ kind: "source", changes }),
      madeBy,
      madeAt: "2026-03-05T10:00:00Z",
    });
    const repaired = applyRepairs(draft, [
      row([{ field: "published", from: "2026-03-02", to: "2026-03-01" }], "UA", 1),
      row([{ field: "author", from: "Dana Whitcomb", to: null }], "UB", 2),
    ]);
    expect(repaired.draft.source).toMatchObject({
      published: "2026-03-01",
      author: null,
      outlet: "Capitol Ledger",
      given: ["url", "published"],
      evidence: { published: null, author: null, outlet: draft.source.evidence.outlet },
    });
    expect(repaired.corrected.map((c) => [c.field, c.by])).toEqual([
      ["published", "UA"],
      ["author", "UB"],
    ]);
    // The drafter's own draft is kept as it was.
    expect(draft.source.published).toBe("2026-03-02");
  });
});
