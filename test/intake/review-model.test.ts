import { describe, expect, it } from "vitest";
import type { Draft, DraftClaim } from "../../src/draft/types.js";
import { applyRepairs } from "../../src/intake/repairs.js";
import { LOW_CONFIDENCE, reviewModel } from "../../src/intake/review-model.js";
import { REVIEW_PAGE_SIZE, reviewMessage } from "../../src/render/review.js";

const ARTICLE =
  "Ohio refuses. Kansas may comply, one official hinted. Texas gives only public data. Iowa is reviewing.";

/** A claim on the sentence that names the state, with the drafter's confidence and reason. */
function claim(state: string, name: string, confidence: number, why: string): DraftClaim {
  const start = ARTICLE.indexOf(name);
  const end = ARTICLE.indexOf(".", start) + 1;
  const span = { text: ARTICLE.slice(start, end), start, end };
  return {
    state,
    stance: "refuses",
    evidence: span.text,
    evidenceSpan: span,
    quote: null,
    why,
    whySpan: span,
    confidence,
    fromList: false,
  };
}

function draft(claims: DraftClaim[]): Draft {
  return {
    source: {
      id: null,
      outlet: "Example Ledger",
      author: null,
      published: null,
      updated: null,
      headline: "States answer",
      url: null,
      evidence: { outlet: null, author: null, published: null, updated: null, headline: null },
      given: [],
    },
    story: { id: null, confidence: 0, why: "cannot tell" },
    claims,
    otherStory: [],
    quotes: [],
    people: [],
  };
}

const model = (claims: DraftClaim[], labels = {}) =>
  reviewModel(
    {
      draftId: "d1",
      createdBy: "UEDITOR",
      story: null,
      repaired: applyRepairs(draft(claims), []),
      decisions: [],
      page: null,
    },
    [],
    labels,
  );

const claimTexts = (message: ReturnType<typeof reviewMessage>) =>
  message.blocks
    .map((b) => (b as { text?: { text?: string } }).text?.text ?? "")
    .filter((t) => /^\*\d+\. [A-Z]{2}\*/.test(t));

describe("the review's order", () => {
  it("shows low-confidence claims first, least sure first, marked with the drafter's reason", () => {
    const review = model([
      claim("OH", "Ohio", 0.85, "refuses"),
      claim("KS", "Kansas", 0.45, "may comply, one official hinted"),
      claim("TX", "Texas", LOW_CONFIDENCE, "only public data"),
      claim("IA", "Iowa", 0.6, "is reviewing"),
    ]);
    expect(review.claims.map((c) => c.state)).toEqual(["KS", "IA", "OH", "TX"]);
    const texts = claimTexts(reviewMessage(review));
    expect(texts[0]).toMatch(/^\*2\. KS\*/);
    expect(texts[0]).toContain(
      ":warning: *low confidence (0.45):* “may comply, one official hinted”",
    );
    expect(texts[1]).toContain(":warning: *low confidence (0.60):*");
    // At the threshold a claim is not low: it keeps its place and its plain "why".
    expect(texts[3]).toMatch(/^\*3\. TX\*/);
    expect(texts[3]).not.toContain(":warning:");
    expect(texts[3]).toContain(`confidence ${LOW_CONFIDENCE.toFixed(2)}`);
    expect(JSON.stringify(reviewMessage(review).blocks)).toContain("2 low-confidence first");
  });

  it("pages in review order and drops no claim", () => {
    const claims = Array.from({ length: REVIEW_PAGE_SIZE + 3 }, (_, i) =>
      claim("OH", "Ohio", i % 3 === 0 ? 0.3 : 0.9, "refuses"),
    );
    const review = model(claims);
    const first = claimTexts(reviewMessage(review, 0));
    const second = claimTexts(reviewMessage(review, 1));
    expect(first.length + second.length).toBe(claims.length);
    expect(first.slice(0, 5).every((t) => t.includes(":warning:"))).toBe(true);
    expect(second.some((t) => t.includes(":warning:"))).toBe(false);
  });

  it("words the stances as the story does", () => {
    const review = model([claim("OH", "Ohio", 0.9, "refuses")], { refuses: "declined" });
    const text = JSON.stringify(reviewMessage(review).blocks);
    expect(text).toContain("*declined*");
    expect(text).toContain('"text":"declined"');
  });
});
