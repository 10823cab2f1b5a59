import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load.js";
import { runCli } from "../helpers/cli.js";
import { ARTICLE_PARAGRAPHS, type NewsSite, startNewsSite } from "../helpers/news-site.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { code, outLines, errLines } = await runCli(args, { env });
  return { code, out: outLines, err: errLines };
}

describe("voterdata draft <url> --json", () => {
  it("drafts each linked article, one JSON line each, with the page it was read from", async () => {
    const env = { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}` };
    const { code, out, err } = await cli(
      ["draft", `${site.origin}/r1`, `${site.origin}/og-only`, "--json"],
      env,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const [first, second] = out.map((line) => JSON.parse(line));
    expect(first.source).toMatchObject({
      outlet: "Harbor City Courier",
      author: "Priya Natarajan",
      published: "2025-09-16",
      url: `${site.origin}/politics/voter-rolls-request`,
    });
    expect(first.page).toMatchObject({
      url: `${site.origin}/politics/voter-rolls-request`,
      finalUrl: `${site.origin}/politics/voter-rolls-request?utm_source=newsletter`,
      fromPage: ["outlet", "headline", "author", "published", "updated"],
    });
    expect(first.claims.map((c: { state: string }) => c.state)).toContain("OR");
    expect(first.claims[0].evidence.length).toBeGreaterThan(0);
    // Evidence comes from the article's own paragraphs.
    expect(
      first.quotes.some((q: { text: string }) => ARTICLE_PARAGRAPHS[1]?.includes(q.text)),
    ).toBe(true);
    expect(second.page.fromPage).toEqual(["outlet", "headline", "published"]);
    expect(second.source.author).toBe("Priya Natarajan");
  });

  it("refuses a loopback address FETCH_ALLOW_HOSTS does not name, without a request, and a bad setting", async () => {
    const before = site.requests.length;
    const { code, out, err } = await cli(["draft", `${site.origin}/politics`, "--json"]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `voterdata: ${site.origin}/politics: that address is internal: not fetched`,
    ]);
    expect(site.requests.length).toBe(before);
    const bad = await cli(["draft", `${site.origin}/politics`], { FETCH_ALLOW_HOSTS: "http://x/" });
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^voterdata: FETCH_ALLOW_HOSTS must list host or host:port/);
  });

  it("writes a linked article's draft into a data directory, saying where it was read from", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "voterdata-cli-link-")), "data");
    cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
    const env = { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}` };
    const { code, out, err } = await cli(
      [
        "draft",
        `${site.origin}/politics/voter-rolls-request`,
        "--story",
        "doj-2025",
        "--data",
        data,
      ],
      env,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^drafted 005_[0-9a-f]{16}: \d+ claims/);
    expect(out.at(-1)).toMatch(
      new RegExp(
        `^  read from ${site.origin}/politics/voter-rolls-request at \\d{4}-.*; outlet, headline, author, published, updated from the page's metadata$`,
      ),
    );
    const id = /^drafted (\S+):/.exec(out[0] ?? "")?.[1];
    const text = readFileSync(join(data, "sources", `${id}.txt`), "utf8");
    expect(
      text.startsWith("Oregon will not share sensitive voter data with Justice Department\n"),
    ).toBe(true);
    expect(readFileSync(join(data, "sources.yaml"), "utf8")).toContain(
      `url: ${site.origin}/politics/voter-rolls-request`,
    );
  });

  it("says when a page holds no article", async () => {
    const env = { FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}` };
    const { code, err } = await cli(["draft", `${site.origin}/politics`, "--json"], env);
    expect(code).toBe(2);
    expect(err).toEqual([
      `voterdata: ${site.origin}/politics: VoterData could not find the article's text on that page; paste it instead`,
    ]);
  });
});
