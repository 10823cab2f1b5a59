import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftArticle } from "../../src/draft/draft.js";
import { dataset } from "../helpers/fixtures.js";

const article = (name: string) => readFileSync(join(import.meta.dirname, "articles", name), "utf8");
const draft = (text: string) =>
  draftArticle(text, {
    people: [],
    jurisdictions: dataset.jurisdictions,
    stories: dataset.stories,
  });

describe("an article in a language the drafter does not read", () => {
  it("names the language of a Portuguese article, and of none in English or Spanish", () => {
    expect(draft(article("wire-2017-pt.txt")).language).toEqual({
      code: "por",
      name: "Portuguese",
    });
    expect(draft(article("wire-2017.txt")).language).toBeUndefined();
    expect(
      draft(
        "Varios estados dijeron el viernes que no entregarán a la comisión electoral los datos personales de sus votantes, como los números del seguro social y las fechas de nacimiento.",
      ).language,
    ).toBeUndefined();
  });

  it("trusts what it drafts from such an article little, so the review shows it first, marked", () => {
    const pt = draft(article("wire-2017-pt.txt"));
    const en = draft(article("wire-2017.txt"));
    expect(en.claims.some((c) => c.confidence > 0.4)).toBe(true);
    expect(pt.claims.map((c) => c.state)).toEqual(["UT"]);
    for (const c of pt.claims) expect(c.confidence).toBeLessThanOrEqual(0.4);
  });

  it("says nothing of a text too short to tell", () => {
    expect(draft("Ohio: refused.").language).toBeUndefined();
    expect(
      draft(
        "Alabama: no. Alaska: public data. Arizona: refuses. Arkansas: reviewing. California: declined. Colorado: public only, fee. Connecticut: no response yet.",
      ).language,
    ).toBeUndefined();
  });
});
