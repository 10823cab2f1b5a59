import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_JURISDICTIONS } from "../../src/data/load.js";
import { findNonVerbatim } from "../../src/data/verbatim.js";
import { compatible, summarise } from "../../src/domain/stance.js";
import { dataset } from "../helpers/fixtures.js";
import { itWithShared } from "../helpers/shared.js";

const article = (id: string) => readFileSync(`data/sources/${id}.txt`, "utf8");
const state = (usps: string) => {
  const record = dataset.states.get(usps);
  if (!record) throw new Error(usps);
  return record;
};
const claimFrom = (usps: string, sourcePrefix: string) =>
  state(usps).claims.find((c) => c.source.id.startsWith(sourcePrefix));

describe("the sources", () => {
  itWithShared("keeps the five articles byte for byte", () => {
    for (const source of dataset.sources) {
      expect(article(source.id)).toBe(readFileSync(`../shared/sources/${source.id}.txt`, "utf8"));
    }
    expect(dataset.sources).toHaveLength(5);
  });

  it("states outlets and dates only where the text does", () => {
    const byId = new Map(dataset.sources.map((s) => [s.id.slice(0, 3), s]));
    expect(byId.get("000")).toMatchObject({ outlet: "BuzzFeed News", published: "2017-06-30" });
    expect(byId.get("001")?.outlet).toBeNull();
    // "(CN) –" is Courthouse News Service's dateline, as "(AP) —" is the Associated Press's.
    expect(byId.get("002")?.outlet).toBe("Courthouse News Service");
    expect(byId.get("003")).toMatchObject({
      outlet: "The Hill",
      published: null,
      updated: "2017-07-05",
    });
    expect(byId.get("004")).toMatchObject({ outlet: "St. George News", author: null });
  });
});

describe("verbatim", () => {
  it("every claim's evidence and quote stands in its article", () => {
    for (const claim of dataset.claims) {
      expect(findNonVerbatim(claim.evidence, article(claim.source.id))).toBeNull();
    }
    for (const quote of dataset.quotes) {
      expect(findNonVerbatim(quote.text, article(quote.source.id))).toBeNull();
    }
  });

  it("allows whitespace, curly quotes and an ellipsis between pieces, nothing else", () => {
    const text = "He said “We will not comply.”  Later, he added: ‘no.’";
    expect(findNonVerbatim('"We will not   comply."', text)).toBeNull();
    expect(findNonVerbatim("We will not comply … he added", text)).toBeNull();
    expect(findNonVerbatim("he added … We will not comply", text)).not.toBeNull();
    expect(findNonVerbatim("We will comply", text)).toBe("We will comply");
  });
});

describe("jurisdictions and people", () => {
  it("covers the 50 states and D.C.", () => {
    expect(dataset.jurisdictions.map((j) => j.usps).sort()).toEqual([...ALL_JURISDICTIONS].sort());
  });

  it("gives a party only where the text states one", () => {
    const party = (id: string) => dataset.people.find((p) => p.id === id)?.party;
    expect(party("jon-husted")).toBe("R");
    expect(party("delbert-hosemann")).toBe("R");
    expect(party("alex-padilla")).toBe("D");
    expect(party("steve-simon")).toBe("D");
    expect(party("spencer-cox")).toBeNull();
    expect(party("denise-merrill")).toBeNull();
    expect(party("donald-trump")).toBeNull();
  });
});

describe("claims pinned against a reading of the articles", () => {
  it.each([
    ["OH", "public-only", false],
    ["MS", "refuses", false],
    ["KY", "refuses", false],
    ["CA", "refuses", false],
    ["UT", "public-only", false],
    ["OR", "public-only", false],
    ["AL", "withholding", false],
    ["FL", "no-report", false],
    ["DC", "no-report", false],
    ["MO", "complies", true],
    ["PA", "refuses", true],
    ["MN", "refuses", true],
  ] as const)("%s is %s (conflict: %s)", (usps, stance, conflict) => {
    expect(state(usps).stance).toBe(stance);
    expect(state(usps).conflict).toBe(conflict);
  });

  it("reads The Hill's list as 45 states and St. George News's as 23 plus Utah", () => {
    expect(dataset.claims.filter((c) => c.source.id.startsWith("003")).length).toBe(45);
    const stGeorge = dataset.claims.filter((c) => c.source.id.startsWith("004"));
    expect(stGeorge.length).toBe(24);
    expect(stGeorge.filter((c) => c.attributedTo === "The Hill").length).toBe(23);
  });

  it("carries quotes word for word with their speakers", () => {
    expect(claimFrom("MS", "000")?.quote?.speaker.name).toBe("Delbert Hosemann");
    expect(claimFrom("MO", "002")?.quote?.text).toContain("the collective effort to enhance");
    expect(claimFrom("PA", "003")?.quote?.text).toContain("We will not participate");
    expect(claimFrom("PA", "000")?.stance).toBe("public-only");
    const husted = dataset.quotes.filter((q) => q.speaker.id === "jon-husted");
    expect(husted).toHaveLength(1);
    expect(husted[0]?.text).toContain("easy to vote and hard to cheat");
  });
});

describe("stance summary", () => {
  it("lets the most specific stance win and flags incompatible ones", () => {
    expect(summarise(["withholding", "public-only"])).toEqual({
      stance: "public-only",
      conflict: false,
      sides: [],
    });
    expect(summarise(["complies", "withholding"]).conflict).toBe(true);
    expect(summarise(["refuses", "public-only"]).conflict).toBe(true);
    expect(summarise([])).toEqual({ stance: "no-report", conflict: false, sides: [] });
    // The vague "withholding" agrees with both sides, so it is not one of them.
    expect(summarise(["public-only", "refuses", "withholding"]).sides.sort()).toEqual([
      "public-only",
      "refuses",
    ]);
    expect(summarise(["complies", "withholding"]).sides.sort()).toEqual([
      "complies",
      "withholding",
    ]);
    expect(compatible("withholding", "refuses")).toBe(true);
  });
});
