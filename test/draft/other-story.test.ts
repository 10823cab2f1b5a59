import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.js";
import { draftArticle } from "../../src/draft/draft.js";
import { datedElsewhere } from "../../src/draft/other-story.js";

const dataset = loadDataset();
const context = {
  people: dataset.people,
  jurisdictions: dataset.jurisdictions,
  stories: dataset.stories,
};
const article = (name: string) => readFileSync(join(import.meta.dirname, "articles", name), "utf8");

describe("claims about another story", () => {
  it("takes an election's year inside the sentence for no other time", () => {
    expect(
      datedElsewhere(
        "Idaho will not comply with a request born of the belief that fraud cost him the popular vote in 2016.",
        2017,
      ),
    ).toBeNull();
    expect(datedElsewhere("In 2016, Idaho refused a similar request.", 2017)?.year).toBe(2016);
    expect(datedElsewhere("Ohio refused to hand over its voter data in 2017.", 2025)?.year).toBe(
      2017,
    );
    expect(datedElsewhere("Ohio refused to share voter rolls back in 2017.", 2025)?.year).toBe(
      2017,
    );
  });

  it("gives a 2025 article no claim for what it dates to 2017, and shows it as about that story", () => {
    const draft = draftArticle(article("recall-2025.txt"), context);
    const own = draft.claims.map((c) => c.state);
    const other = draft.otherStory.map((o) => o.claim.state);
    expect(own).toContain("NV");
    expect(other.sort()).toEqual(["KY", "MS"]);
    expect(own.filter((s) => other.includes(s))).toEqual([]);
    expect(draft.otherStory.every((o) => o.story === "commission-2017")).toBe(true);
    // The recalled sentences no longer sway the proposal toward the older story.
    expect(draft.story.id).toBe("doj-2025");
  });

  it("gives a later story's article no claim from a paragraph about the earlier story", () => {
    const draft = draftArticle(
      [
        "The Justice Department sued Nevada on Tuesday for refusing to hand over its full voter list.",
        "",
        "Years before, the president created a so-called “election integrity” commission. That panel demanded voter data from every state. Ohio’s secretary of state memorably told the panel to “go jump in the lake.”",
        "",
        "On Friday, Idaho said it would provide its public list to the department.",
      ].join("\n"),
      { ...context, overrides: { story: "doj-2025", published: "2025-12-01" } },
    );
    expect(draft.claims.map((c) => c.state).sort()).toEqual(["ID"]);
    expect(draft.otherStory.map((o) => [o.claim.state, o.story])).toEqual([
      ["OH", "commission-2017"],
    ]);
  });

  it("reads a year or a span of years as another time only when it is before the article's", () => {
    expect(datedElsewhere("In 2017, Kentucky refused.", 2025)).toMatchObject({ year: 2017 });
    expect(datedElsewhere("In 2017, Kentucky refused.", 2017)).toBeNull();
    expect(datedElsewhere("Eight years ago, Ohio refused.", 2025)).toMatchObject({ year: 2017 });
    expect(datedElsewhere("Ohio refused a previous commission.", null)).toMatchObject({
      year: null,
    });
    expect(datedElsewhere("Ohio refused on Tuesday.", 2025)).toBeNull();
  });
});
