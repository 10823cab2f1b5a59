import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle, NotAnArticle } from "../../src/extract/article.js";
import { normaliseUrl } from "../../src/extract/canonical.js";
import { AllowHosts } from "../../src/fetch/allow-hosts.js";
import { safeFetch } from "../../src/fetch/safe-fetch.js";
import { ARTICLE_PARAGRAPHS, type NewsSite, startNewsSite } from "../helpers/news-site.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

const read = async (path: string) =>
  extractArticle(
    await safeFetch(`${site.origin}${path}`, {
      allowHosts: AllowHosts.parse(`127.0.0.1:${site.port}`),
    }),
  );

describe("the article, not the page", () => {
  it("keeps the headline, the printed byline and every paragraph, and none of the furniture", async () => {
    const article = await read("/politics/voter-rolls-request");
    const lines = article.text.split("\n\n");
    expect(lines[0]).toBe("Oregon will not share sensitive voter data with Justice Department");
    expect(lines[1]).toBe("By Priya Natarajan");
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(article.text).toContain(paragraph);
    for (const furniture of [
      "Politics",
      "Subscribe for $1",
      "ADVERTISEMENT",
      "Refinance",
      "Related stories",
      "READ MORE",
      "City council passes budget",
      "Photo by a staff photographer",
      "Share on social media",
      "All rights reserved",
      "Privacy policy",
      "window.analytics",
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it("reads JSON-LD NewsArticle first, then OpenGraph, and says which", async () => {
    const { metadata } = await read("/politics/voter-rolls-request");
    expect(metadata.outlet).toEqual({ value: "Harbor City Courier", from: "JSON-LD" });
    expect(metadata.author).toEqual({ value: "Priya Natarajan", from: "JSON-LD" });
    expect(metadata.published).toEqual({ value: "2025-09-16", from: "JSON-LD" });
    expect(metadata.updated).toEqual({ value: "2025-09-17", from: "JSON-LD" });
    const og = (await read("/og-only")).metadata;
    expect(og.outlet).toEqual({ value: "Harbor City Courier", from: "OpenGraph" });
    expect(og.published).toEqual({ value: "2025-09-16", from: "OpenGraph" });
    expect(og.author).toBeNull();
    expect(og.updated).toBeNull();
  });

  it("gives the AMP copy and a tracked redirect the article's own canonical URL", async () => {
    const canonical = `${site.origin}/politics/voter-rolls-request`;
    expect((await read("/politics/voter-rolls-request")).canonicalUrl).toBe(canonical);
    expect((await read("/amp/politics/voter-rolls-request")).canonicalUrl).toBe(canonical);
    expect((await read("/r1")).canonicalUrl).toBe(canonical);
  });

  it("refuses a paywall stub, a login wall and an index page", async () => {
    await expect(read("/members/clerk-interview")).rejects.toThrow(NotAnArticle);
    await expect(read("/login?next=/politics/voter-rolls-request")).rejects.toThrow(NotAnArticle);
    await expect(read("/politics")).rejects.toThrow(
      "VoterData could not find the article's text on that page; paste it instead",
    );
  });

  it("takes a plain-text page as it is", async () => {
    const article = await read("/plain.txt");
    expect(article.text.startsWith("Oregon keeps its voter data\n\n")).toBe(true);
    expect(article.metadata.outlet).toBeNull();
  });
});

describe("canonical URLs", () => {
  it("drop tracking parameters, fragments and default ports, and keep the rest", () => {
    expect(
      normaliseUrl("HTTPS://News.Example.com:443/a/b?utm_source=x&id=7&fbclid=y#comments"),
    ).toBe("https://news.example.com/a/b?id=7");
    expect(normaliseUrl("https://news.example.com/a?utm_medium=email")).toBe(
      "https://news.example.com/a",
    );
    expect(normaliseUrl("javascript:alert(1)")).toBeNull();
  });
});
