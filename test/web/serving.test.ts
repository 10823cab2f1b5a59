import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/model.js";
import { buildLibrary } from "../../src/library/library.js";
import { LIMITS, renderBlocks } from "../../src/render/blocks.js";
import { answerCard } from "../../src/render/cards.js";
import { digestCard } from "../../src/render/digest-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { publicCardLinks } from "../../src/web/links.js";
import { webHandler } from "../../src/web/router.js";
import { startWebServer, stopWebServer } from "../../src/web/server.js";
import { buildSites } from "../../src/web/sites.js";
import { ask, dataset } from "../helpers/fixtures.js";
import { blockAction, type Harness, messageText, startHarness } from "../helpers/harness.js";

const PUBLIC_URL = "https://voterdata.example.org";

/** A raw request, so the path goes out exactly as written. */
function fetchRaw(base: string, method: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const url = new URL(base);
      const req = request({ host: url.hostname, port: url.port, method, path }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("HTTP mode: the pages on Slack's port, and cards linked to them", () => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await startHarness({ PUBLIC_URL: `${PUBLIC_URL}/` });
    base = h.url.replace(/\/slack\/events$/, "");
  });
  afterAll(async () => {
    await h.stop();
  });

  it("serves the tracker next to /slack/events, with the security headers", async () => {
    const page = await fetchRaw(base, "GET", "/");
    expect(page.status).toBe(200);
    expect(page.body).toContain("The 50 states and D.C.");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers HEAD without a body, refuses writes, and 404s unknown paths kindly", async () => {
    const head = await fetchRaw(base, "HEAD", "/states/OH");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    const post = await fetchRaw(base, "POST", "/states/OH");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    const missing = await fetchRaw(base, "GET", "/no/such/page");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("Page not found");
    const long = await fetchRaw(base, "GET", `/search?q=${"x".repeat(10_000)}`);
    expect(long.status).toBe(414);
    const malformed = await fetchRaw(base, "GET", "/sources/%E0%A4%A");
    expect(malformed.status).toBe(404);
    expect(malformed.headers["content-security-policy"]).toBeDefined();
  });

  it("links each claim of a /voterdata Ohio card to its sentence in the source", async () => {
    const mark = h.fake.mark();
    expect(await h.command("Ohio")).toBe(200);
    const text = messageText((await h.fake.next("/respond", mark)).body);
    for (const claim of dataset.claims.filter((c) => c.state === "OH")) {
      expect(text).toContain(
        `<${PUBLIC_URL}/sources/${claim.source.id}#${claim.anchor}|Read it in the source>`,
      );
    }
  });

  it("links a shared card too", async () => {
    const start = h.fake.mark();
    await h.action(blockAction(h.fake, "voterdata_share", "state:UT", "Share in channel"));
    const post = await h.fake.next("chat.postMessage", start);
    expect(messageText(post.body)).toContain(`<${PUBLIC_URL}/sources/`);
    await h.fake.next("/respond/action", start); // the private copy removed
  });
});

describe("linked cards in Block Kit", () => {
  it("stay inside Slack's limits with every link whole, for every state and person", () => {
    const links = publicCardLinks(PUBLIC_URL);
    let total = 0;
    const queries = [
      ...dataset.jurisdictions.map((j) => j.name),
      ...dataset.people.map((p) => p.name),
    ];
    for (const query of queries) {
      const message = renderBlocks(answerCard(ask(query), links));
      expect(message.blocks.length, query).toBeLessThanOrEqual(LIMITS.blocks);
      for (const block of message.blocks) {
        const text = (block.text as { text?: string } | undefined)?.text ?? "";
        expect(text.length, query).toBeLessThanOrEqual(LIMITS.sectionText);
        const opened = (text.match(/<https:/g) ?? []).length;
        const whole = (text.match(/<https:[^<>|]+\|[^<>]+>/g) ?? []).length;
        expect(whole, query).toBe(opened);
        total += whole;
      }
    }
    expect(total).toBeGreaterThanOrEqual(dataset.claims.length);
  });
});

describe("without PUBLIC_URL", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("cards carry no links to pages nobody can reach", async () => {
    const mark = h.fake.mark();
    await h.command("Ohio");
    const text = messageText((await h.fake.next("/respond", mark)).body);
    expect(text).toContain("Ohio: public data only");
    expect(text).not.toContain("Read it in the source");
  });
});

describe("the digest", () => {
  it("links the tracker when given its address", () => {
    const digest = buildDigest(dataset, "2026-11-21", null);
    expect(renderTerminal(digestCard(digest, "/voterdata", `${PUBLIC_URL}/`))).toContain(
      `${PUBLIC_URL}/`,
    );
    expect(renderTerminal(digestCard(digest))).not.toContain("http");
  });
});

describe("Socket Mode: the pages on their own port", () => {
  it("serves the same pages, and a malformed address is a 404, not an error", async () => {
    const sites = buildSites(buildLibrary(dataset));
    const { server, port } = await startWebServer(
      webHandler(() => sites),
      0,
      "127.0.0.1",
    );
    try {
      const base = `http://127.0.0.1:${port}`;
      expect((await fetchRaw(base, "GET", "/states/OH")).body).toContain("<h1>Ohio: ");
      const story = await fetchRaw(base, "GET", "/stories/commission-2017/states/OH");
      expect(story.body).toContain("<h1>Ohio: ");
      expect(story.body).toContain('href="/stories/commission-2017/sources/');
      expect((await fetchRaw(base, "GET", "/stories/no-such-story/")).status).toBe(404);
      expect((await fetchRaw(base, "GET", "/sources/%E0%A4%A")).status).toBe(404);
    } finally {
      await stopWebServer(server);
    }
  });
});
