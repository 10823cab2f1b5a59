import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AllowHosts } from "../../src/fetch/allow-hosts.js";
import { safeFetch } from "../../src/fetch/safe-fetch.js";
import type { ReviewState } from "../../src/intake/service.js";
import { reviewMessage } from "../../src/render/review.js";
import { EDITOR, intakeFor, STRANGER } from "../helpers/intake.js";
import { ARTICLE_PARAGRAPHS, type NewsSite, startNewsSite } from "../helpers/news-site.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite({ redirectTo: () => "http://localhost:9/admin" });
});
afterAll(() => site.close());

const linkIntake = () =>
  intakeFor(undefined, {
    fetchPage: (url) => safeFetch(url, { allowHosts: AllowHosts.parse(`127.0.0.1:${site.port}`) }),
  });

describe("adding an article by its link", () => {
  it("drafts the extracted text, with the page's metadata as given fields, and keeps the page", async () => {
    const { intake, store } = linkIntake();
    const result = await intake.submitLink(
      EDITOR,
      `${site.origin}/politics/voter-rolls-request?utm_source=x`,
    );
    if (result.kind !== "drafted") throw new Error(`not drafted: ${JSON.stringify(result)}`);
    const { row, draft } = result.review;
    expect(
      row.article.startsWith(
        "Oregon will not share sensitive voter data with Justice Department\n\nBy Priya Natarajan\n\n",
      ),
    ).toBe(true);
    for (const p of ARTICLE_PARAGRAPHS) expect(row.article).toContain(p);
    expect(row.article).not.toContain("Related stories");
    expect(draft.source).toMatchObject({
      outlet: "Harbor City Courier",
      author: "Priya Natarajan",
      published: "2025-09-16",
      updated: "2025-09-17",
      headline: "Oregon will not share sensitive voter data with Justice Department",
      url: `${site.origin}/politics/voter-rolls-request`,
    });
    expect(draft.claims.map((c) => c.state)).toContain("OR");
    const stored = await store.fetchedPage(row.id);
    expect(stored?.finalUrl).toBe(`${site.origin}/politics/voter-rolls-request?utm_source=x`);
    expect(stored?.html).toContain('<nav class="main-nav">');
    expect(stored?.sha256).toBe(
      createHash("sha256")
        .update(stored?.html ?? "")
        .digest("hex"),
    );
    // The review says where each field came from.
    const text = JSON.stringify(
      reviewMessage(intake.reviewModel((await intake.review(row.id)) as ReviewState)),
    );
    expect(text).toContain("outlet, headline, author, published, updated from the page's metadata");
  });

  it("reads the byline and the printed date from the text when the page has no metadata", async () => {
    const { intake } = linkIntake();
    const result = await intake.submitLink(EDITOR, `${site.origin}/plain-markup`);
    if (result.kind !== "drafted") throw new Error(`not drafted: ${JSON.stringify(result)}`);
    expect(result.review.row.article.split("\n\n").slice(0, 3)).toEqual([
      "Idaho weighs the request",
      "By Tomas Ferreira",
      "Published Sept. 18, 2025",
    ]);
    const { source } = result.review.draft;
    expect(source).toMatchObject({
      author: "Tomas Ferreira",
      published: "2025-09-18",
      outlet: null,
    });
    expect(source.given).toEqual(["url"]);
    expect(result.review.page?.fromPage).toEqual([]);
    const text = JSON.stringify(reviewMessage(intake.reviewModel(result.review)));
    expect(text).toContain("headline, author, published from the text");
  });

  it("escapes a page's hostile metadata in the review: nobody is pinged", async () => {
    const { intake } = linkIntake();
    const result = await intake.submitLink(EDITOR, `${site.origin}/hostile`);
    if (result.kind !== "drafted") throw new Error(`not drafted: ${JSON.stringify(result)}`);
    expect(result.review.draft.source.outlet).toBe("<!channel> Courier & *Co*");
    const message = reviewMessage(intake.reviewModel(result.review));
    // Slack reads mentions in mrkdwn and in the notification text (plain_text never pings).
    const mrkdwn: string[] = [message.text];
    JSON.stringify(message, (_key, value) => {
      if (value && typeof value === "object" && value.type === "mrkdwn") mrkdwn.push(value.text);
      return value;
    });
    expect(mrkdwn.join("\n")).not.toMatch(/<!channel>|<!here>|<@U123>/);
    expect(mrkdwn.join("\n")).toContain("&lt;!channel&gt; Courier &amp; *Co*");
  });

  it("refuses a non-editor before anything is fetched", async () => {
    const { intake } = linkIntake();
    const before = site.requests.length;
    const result = await intake.submitLink(STRANGER, `${site.origin}/politics/voter-rolls-request`);
    expect(result).toEqual({ kind: "refused", message: "Only editors can add articles." });
    expect(site.requests.length).toBe(before);
  });

  it("recognises the same article by its canonical URL (AMP copy, redirect), and once published says its id", async () => {
    const { intake } = linkIntake();
    const first = await intake.submitLink(EDITOR, `${site.origin}/politics/voter-rolls-request`);
    if (first.kind !== "drafted") throw new Error(first.kind);
    const before = site.requests.length;
    const again = await intake.submitLink(
      EDITOR,
      `${site.origin}/politics/voter-rolls-request#comments`,
    );
    expect(again.kind).toBe("in-review");
    // Known before fetching: the site was not asked again.
    expect(site.requests.length).toBe(before);
    expect(
      (await intake.submitLink(EDITOR, `${site.origin}/amp/politics/voter-rolls-request`)).kind,
    ).toBe("in-review");
    const id = first.review.row.id;
    const oregon = first.review.draft.claims.findIndex((c) => c.state === "OR");
    await intake.decide(EDITOR, id, oregon, { decision: "approved" });
    await intake.setStory(EDITOR, id, "doj-2025");
    const published = await intake.publish(EDITOR, id);
    if (published.kind !== "published") throw new Error(JSON.stringify(published));
    const dup = await intake.submitLink(EDITOR, `${site.origin}/r1`);
    expect(dup).toMatchObject({
      kind: "duplicate",
      message: `That article is already added as ${published.sourceId}. Nothing was added.`,
    });
  });

  it("answers a refused fetch and a page without an article in one line, logged, nothing drafted", async () => {
    const { intake, store } = linkIntake();
    expect(await intake.submitLink(EDITOR, `${site.origin}/to-internal`)).toEqual({
      kind: "invalid",
      message: "that address is internal: not fetched",
    });
    expect(await intake.submitLink(EDITOR, `${site.origin}/members/clerk-interview`)).toEqual({
      kind: "invalid",
      message: "VoterData could not find the article's text on that page; paste it instead",
    });
    expect(await intake.submitLink(EDITOR, `${site.origin}/report.pdf`)).toMatchObject({
      message: expect.stringContaining("PDF"),
    });
    const log = await store.auditLog();
    expect(log.filter((e) => e.outcome === "failed").map((e) => e.detail)).toEqual([
      `${site.origin}/report.pdf: that link is a PDF, not a web page: download it and paste its text instead`,
      `${site.origin}/members/clerk-interview: VoterData could not find the article's text on that page; paste it instead`,
      "http://localhost:9/admin: that address is internal: not fetched",
    ]);
  });
});
