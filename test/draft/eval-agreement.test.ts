import { describe, expect, it } from "vitest";
import { type Annotation, parseAnnotation } from "../../src/draft/annotation.js";
import { compareReaders, formatAgreement } from "../../src/draft/eval-agreement.js";
import { dataset } from "../helpers/fixtures.js";

// A made-up article read by two readers who agree on some things and not on others.
const TEXT = [
  "Ohio will not hand over voter data. “We will not be sending the commission any private information about our voters,” Secretary Ann Reyes said.",
  "Texas said it would provide public records. Iowa was sued on Monday.",
  "“This request is a fishing expedition and nothing more,” a spokesman said.",
].join("\n\n");

function reading(fields: Partial<Record<keyof Annotation, unknown>>): Annotation {
  return parseAnnotation(
    { id: "m1", story: "commission-2017", split: "heldout", ...fields },
    "m1.yaml",
    dataset.jurisdictions,
  );
}

const FIRST = reading({
  states: [
    { state: "OH", stances: ["refuses", "withholding"] },
    { state: "TX", stances: ["public-only"] },
  ],
  traps: [{ state: "IA", why: "only sued" }],
  quotes: [
    { fragment: "We will not be sending the commission", speaker: "Ann Reyes" },
    { fragment: "This request is a fishing expedition", speaker: null },
  ],
  parties: [{ person: "Ann Reyes", party: "R" }],
});

describe("two readers of one article", () => {
  it("agrees with itself on everything", () => {
    const r = compareReaders(TEXT, FIRST, FIRST);
    expect(r).toMatchObject({ first: 2, second: 2, both: 2, stanceShared: 2, quotesShared: 2 });
    expect(r.speakerSame).toBe(2);
    expect(r.differences).toEqual([]);
  });

  it("counts a state coded by one reader, a stance not shared, a trap disputed and a party", () => {
    const second = reading({
      states: [
        { state: "Ohio", stances: ["refuses"] },
        { state: "TX", stances: ["complies"] },
        { state: "IA", stances: ["refuses"] },
      ],
      quotes: [
        // Other words of the same quotation still count as the same quote.
        { fragment: "private information about our voters", speaker: "Reyes" },
        { fragment: "nothing more", speaker: "Ann Reyes" },
      ],
    });
    const r = compareReaders(TEXT, FIRST, second);
    expect(r).toMatchObject({ first: 2, second: 3, both: 2, stanceShared: 1, quotesShared: 2 });
    expect(r.speakerSame).toBe(1);
    expect(r.trapDisputes).toEqual(["IA: a trap to the first reader, coded by the second"]);
    expect(r.partyDisputes).toEqual(["Ann Reyes: R against none"]);
    expect(r.differences).toContain("TX stance: public-only against complies");
    // A trap dispute is said once, not also as a state one reader coded.
    expect(r.differences.filter((d) => d.startsWith("IA"))).toHaveLength(1);
  });

  it("reports quotes only the second reader lists, and a party once however the name is spelled", () => {
    const second = reading({
      states: FIRST.states,
      traps: FIRST.traps,
      quotes: [...FIRST.quotes, { fragment: "Texas said it would provide", speaker: null }],
      parties: [{ person: "Reyes", party: "D" }],
    });
    const r = compareReaders(TEXT, FIRST, second);
    expect(r.differences).toContain(
      '"Texas said it would provide" listed by the second reader only',
    );
    expect(r.partyDisputes).toEqual(["Ann Reyes: R against D"]);
  });

  it("does not join two quotations a quotation mark separates", () => {
    const second = reading({
      quotes: [{ fragment: "a fishing expedition and nothing more", speaker: null }],
    });
    const r = compareReaders(TEXT, reading({ quotes: FIRST.quotes.slice(0, 1) }), second);
    expect(r.quotesShared).toBe(0);
  });

  it("prints the pooled shares a drafter is measured against", () => {
    const out = formatAgreement([compareReaders(TEXT, FIRST, FIRST)]);
    expect(out).toMatch(/second reader codes 100\.0% of the first reader's states/);
    expect(out).toMatch(/a stance shared on 100\.0%/);
  });
});
