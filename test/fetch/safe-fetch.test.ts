import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AllowHosts } from "../../src/fetch/allow-hosts.js";
import { FetchRefused, type Resolver, safeFetch } from "../../src/fetch/safe-fetch.js";
import { type NewsSite, startNewsSite } from "../helpers/news-site.js";

/** An "internal service" on another loopback port: it must never be asked anything. */
let internal: Server;
let internalPort = 0;
const internalHits: string[] = [];
let site: NewsSite;

beforeAll(async () => {
  internal = createServer((req, res) => {
    internalHits.push(req.url ?? "");
    res.end("secret");
  });
  await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
  internalPort = (internal.address() as AddressInfo).port;
  site = await startNewsSite({ redirectTo: () => `http://localhost:${internalPort}/admin` });
});
afterAll(async () => {
  await site.close();
  await new Promise((resolve) => internal.close(resolve));
});

const allowSite = () => AllowHosts.parse(`127.0.0.1:${site.port}`);

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchRefused) return error.message;
    throw error;
  }
  throw new Error("the fetch was not refused");
}

describe("safe fetching", () => {
  it("fetches an allowed host's page with a User-Agent naming VoterData", async () => {
    const page = await safeFetch(`${site.origin}/politics/voter-rolls-request`, {
      allowHosts: allowSite(),
    });
    expect(page.contentType).toBe("text/html");
    expect(page.text).toContain("Oregon will not share");
    expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(site.userAgents.at(-1)).toMatch(/^VoterData\//);
  });

  it("refuses loopback when FETCH_ALLOW_HOSTS does not name it, before any request", async () => {
    const before = site.requests.length;
    expect(await refusal(safeFetch(`${site.origin}/politics/voter-rolls-request`))).toBe(
      "that address is internal: not fetched",
    );
    // Another port of the same host is not named either.
    expect(
      await refusal(safeFetch(`http://127.0.0.1:${internalPort}/`, { allowHosts: allowSite() })),
    ).toBe("that address is internal: not fetched");
    expect(site.requests.length).toBe(before);
    expect(internalHits).toEqual([]);
  });

  it("refuses a host name that resolves to a loopback address, and connects to the checked address only", async () => {
    const calls: string[] = [];
    const resolver: Resolver = async (host) => {
      calls.push(host);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const before = site.requests.length;
    expect(
      await refusal(safeFetch(`http://news.example.test:${site.port}/politics`, { resolver })),
    ).toBe("that address is internal: not fetched");
    expect(site.requests.length).toBe(before);
    // Named, the same host is fetched, resolved once and connected to the address checked.
    const allowHosts = AllowHosts.parse(`news.example.test:${site.port}`);
    const page = await safeFetch(`http://news.example.test:${site.port}/politics`, {
      resolver,
      allowHosts,
    });
    expect(page.text).toContain("Story number 3");
    expect(calls).toEqual(["news.example.test", "news.example.test"]);
  });

  it.each([
    "http://[::1]:{port}/",
    "http://[::ffff:127.0.0.1]:{port}/",
    "http://[::ffff:7f00:1]:{port}/",
    "http://2130706433:{port}/", // 127.0.0.1 as one number
    "http://0x7f.1:{port}/",
    "http://localhost:{port}/",
    "http://169.254.169.254/latest/meta-data/",
  ])("refuses %s however the internal address is spelled", async (link) => {
    expect(await refusal(safeFetch(link.replace("{port}", String(internalPort))))).toBe(
      "that address is internal: not fetched",
    );
    expect(internalHits).toEqual([]);
  });

  it("tries each checked address of a host in turn", async () => {
    // Nothing listens on 127.0.0.2: the connection moves on to the next checked address.
    const resolver: Resolver = async () => [
      { address: "127.0.0.2", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
    const page = await safeFetch(`http://two.example.test:${site.port}/politics`, {
      resolver,
      allowHosts: AllowHosts.parse("two.example.test"),
    });
    expect(page.text).toContain("Story number 1");
  });

  it("refuses a host with any internal address among its public ones", async () => {
    const resolver: Resolver = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "::ffff:169.254.169.254", family: 6 },
    ];
    expect(await refusal(safeFetch("http://mixed.example.test/", { resolver }))).toBe(
      "that address is internal: not fetched",
    );
  });

  it("follows a redirect chain and checks every hop: a redirect to loopback is refused unrequested", async () => {
    const page = await safeFetch(`${site.origin}/r1`, { allowHosts: allowSite() });
    expect(page.finalUrl).toBe(`${site.origin}/politics/voter-rolls-request?utm_source=newsletter`);
    expect(page.redirects).toHaveLength(3);
    expect(
      await refusal(safeFetch(`${site.origin}/to-internal`, { allowHosts: allowSite() })),
    ).toBe("that address is internal: not fetched");
    expect(internalHits).toEqual([]);
    expect(await refusal(safeFetch(`${site.origin}/loop`, { allowHosts: allowSite() }))).toBe(
      "the link redirects more than 5 times: not fetched",
    );
  });

  it("refuses what is not http(s), links with credentials, PDFs, missing pages", async () => {
    const allowHosts = allowSite();
    expect(await refusal(safeFetch("file:///etc/passwd"))).toBe(
      "that link is not http or https: not fetched",
    );
    expect(await refusal(safeFetch("gopher://127.0.0.1/"))).toMatch(/not http or https/);
    expect(await refusal(safeFetch(`http://u:p@127.0.0.1:${site.port}/`, { allowHosts }))).toMatch(
      /user name or password/,
    );
    expect(await refusal(safeFetch(`${site.origin}/report.pdf`, { allowHosts }))).toBe(
      "that link is a PDF, not a web page: download it and paste its text instead",
    );
    expect(await refusal(safeFetch(`${site.origin}/img/capitol.jpg`, { allowHosts }))).toBe(
      "that link is an image, not a web page: nothing to read",
    );
    expect(await refusal(safeFetch(`${site.origin}/binary.html`, { allowHosts }))).toBe(
      "the page holds binary data, not text: not read",
    );
    expect(await refusal(safeFetch(`${site.origin}/nope`, { allowHosts }))).toBe(
      "the site answered HTTP 404: nothing to read",
    );
  });

  it("unpacks a gzipped page, and counts the cap on what a compressed page unpacks to", async () => {
    const allowHosts = allowSite();
    const page = await safeFetch(`${site.origin}/gzipped`, { allowHosts });
    expect(page.text).toContain("Oregon will not share sensitive voter data");
    expect(await refusal(safeFetch(`${site.origin}/bomb`, { allowHosts }))).toBe(
      "the page is over 5 MB: not read",
    );
  });

  it("gives up on a slow page at the deadline and on a page over the size cap", async () => {
    const allowHosts = allowSite();
    const started = Date.now();
    expect(await refusal(safeFetch(`${site.origin}/slow`, { allowHosts, timeoutMs: 300 }))).toBe(
      "the site took longer than 0.3 seconds: gave up",
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await refusal(safeFetch(`${site.origin}/huge`, { allowHosts }))).toBe(
      "the page is over 5 MB: not read",
    );
  });
});
