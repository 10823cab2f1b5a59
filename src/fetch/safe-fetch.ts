import { createHash } from "node:crypto";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { blockedAddress } from "./address.js";
import { type AllowedHost, isAllowedHost } from "./allow-hosts.js";

/** Every address a host name resolves to (injectable, so tests need no real DNS). */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

export interface SafeFetchOptions {
  /** FETCH_ALLOW_HOSTS: hosts exempt from the address check. */
  allowHosts?: readonly AllowedHost[];
  resolver?: Resolver;
  /** For the whole fetch, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  clock?: () => Date;
}

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export const USER_AGENT =
  "VoterData/0.1 (a newsroom's Slack app adding an article an editor linked)";

const PAGE_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);

/** A fetch that was not made or not finished; the message is one line for the editor. */
export class FetchRefused extends Error {
  override name = "FetchRefused";
  constructor(
    message: string,
    /** The address that was refused (the link, or where it redirected). */
    readonly url: string,
  ) {
    super(message);
  }
}

/** A page as it was read: its text and its bytes' hash, where it ended up and when. */
export interface FetchedPage {
  finalUrl: string;
  /** Each address the link redirected through, in order. */
  redirects: string[];
  /** The media type, such as text/html. */
  contentType: string;
  /** The body decoded with the page's charset. */
  text: string;
  /** SHA-256 of the bytes as served (after content decoding). */
  sha256: string;
  fetchedAt: string;
}

/**
 * Fetches a page an editor linked without letting the link reach inside the network: http(s)
 * only; the host resolved and every address it has checked before connecting (FETCH_ALLOW_HOSTS
 * exempts named hosts); the connection made to the address that was checked (the agent's lookup
 * answers with it, so DNS cannot change in between); the same on every redirect; one deadline for
 * everything; a byte cap counted as the body streams in; only HTML or plain text.
 */
export async function safeFetch(
  link: string,
  options: SafeFetchOptions = {},
): Promise<FetchedPage> {
  const limits = { ...FETCH_LIMITS, ...definedOnly(options) };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const redirects: string[] = [];
  let current = link;
  try {
    for (let hop = 0; ; hop++) {
      const url = checkedUrl(current);
      const pinned = await checkedAddresses(url, options);
      const response = await get(url, pinned, controller.signal).catch((error: Error) => {
        throw controller.signal.aborted ? timedOut(url, limits.timeoutMs) : unreachable(url, error);
      });
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (hop >= limits.maxRedirects) {
          throw new FetchRefused(
            `the link redirects more than ${limits.maxRedirects} times: not fetched`,
            url.href,
          );
        }
        current = new URL(location, url).href;
        redirects.push(current);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new FetchRefused(`the site answered HTTP ${status}: nothing to read`, url.href);
      }
      const contentType = mediaType(response.headers["content-type"]);
      if (!PAGE_TYPES.has(contentType)) {
        response.destroy();
        throw new FetchRefused(notAPage(contentType), url.href);
      }
      const declared = Number(response.headers["content-length"] ?? 0);
      if (declared > limits.maxBytes) {
        response.destroy();
        throw tooBig(url, limits.maxBytes);
      }
      const body = await readCapped(response, limits.maxBytes, url).catch((error: Error) => {
        throw controller.signal.aborted ? timedOut(url, limits.timeoutMs) : error;
      });
      const text = decode(body, response.headers["content-type"]);
      // A NUL is no part of a web page's text (and no database keeps it in text).
      if (text.includes("\u0000")) {
        throw new FetchRefused("the page holds binary data, not text: not read", url.href);
      }
      return {
        finalUrl: url.href,
        redirects,
        contentType,
        text,
        sha256: createHash("sha256").update(body).digest("hex"),
        fetchedAt: (options.clock ?? (() => new Date()))().toISOString(),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

const definedOnly = (o: SafeFetchOptions) =>
  Object.fromEntries(
    Object.entries({
      timeoutMs: o.timeoutMs,
      maxBytes: o.maxBytes,
      maxRedirects: o.maxRedirects,
    }).filter(([, v]) => v !== undefined),
  );

/** The link as a URL, if it is one VoterData may fetch. */
function checkedUrl(link: string): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new FetchRefused("that is not a link VoterData can read", link);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefused("that link is not http or https: not fetched", link);
  }
  if (url.username || url.password) {
    throw new FetchRefused("that link carries a user name or password: not fetched", link);
  }
  return url;
}

/** The addresses to connect to, after checking every address the host has. */
async function checkedAddresses(
  url: URL,
  options: SafeFetchOptions,
): Promise<{ address: string; family: number }[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = await (options.resolver ?? systemResolver)(host);
  } catch {
    throw new FetchRefused(`could not find the site ${host}: not fetched`, url.href);
  }
  if (addresses.length === 0) {
    throw new FetchRefused(`could not find the site ${host}: not fetched`, url.href);
  }
  if (isAllowedHost(options.allowHosts ?? [], url)) return addresses;
  // One internal address among several is enough to refuse: the connection could land on it.
  if (addresses.some((a) => blockedAddress(a.address))) {
    throw new FetchRefused("that address is internal: not fetched", url.href);
  }
  return addresses;
}

function get(
  url: URL,
  pinned: { address: string; family: number }[],
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  // The agent asks this instead of DNS: only the addresses that were checked (all of them when it
  // tries each family in turn, else the first).
  const first = pinned[0] as { address: string; family: number };
  const lookup: LookupFunction = (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(
        null,
        pinned,
      );
    } else callback(null, first.address, first.family);
  };
  const secure = url.protocol === "https:";
  const agent = secure
    ? new https.Agent({ keepAlive: false, lookup })
    : new http.Agent({ keepAlive: false, lookup });
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      url,
      {
        agent,
        signal,
        headers: {
          "user-agent": USER_AGENT,
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

/** The body, decompressed, refused as soon as it passes the cap. */
async function readCapped(response: http.IncomingMessage, max: number, url: URL): Promise<Buffer> {
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "br"
        ? zlib.createBrotliDecompress()
        : encoding === "deflate"
          ? zlib.createInflate()
          : null;
  const stream: Readable = decoder ? pipeline(response, decoder, () => {}) : response;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > max) {
      response.destroy();
      stream.destroy();
      throw tooBig(url, max);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const mediaType = (header: string | undefined) =>
  (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

function notAPage(type: string): string {
  if (type === "application/pdf") {
    return "that link is a PDF, not a web page: download it and paste its text instead";
  }
  if (type.startsWith("image/")) return "that link is an image, not a web page: nothing to read";
  if (!type) return "the site did not say what the link is: not read";
  return `that link is ${type}, not a web page: not read`;
}

const tooBig = (url: URL, max: number) =>
  new FetchRefused(`the page is over ${Math.round(max / 1024 / 1024)} MB: not read`, url.href);

const timedOut = (url: URL, ms: number) =>
  new FetchRefused(`the site took longer than ${ms / 1000} seconds: gave up`, url.href);

function unreachable(url: URL, error: Error): FetchRefused {
  const code = (error as { code?: string }).code;
  return new FetchRefused(
    `could not reach ${url.host}${code ? ` (${code})` : ""}: not fetched`,
    url.href,
  );
}

/** Text in the charset the server or the page names; UTF-8 when neither does. */
function decode(body: Buffer, header: string | undefined): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(header ?? "")?.[1];
  const head = body.subarray(0, 2048).toString("latin1");
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next.
    }
  }
  return body.toString("utf8");
}
