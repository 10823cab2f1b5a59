/** A field the page's own metadata states, and which metadata said it. */
export interface PageField {
  value: string;
  from: "JSON-LD" | "OpenGraph" | "meta";
}

/** What a page says about its article in metadata (JSON-LD NewsArticle, OpenGraph, meta tags). */
export interface PageMetadata {
  outlet: PageField | null;
  headline: PageField | null;
  author: PageField | null;
  /** YYYY-MM-DD, as the page dates it. */
  published: PageField | null;
  updated: PageField | null;
  /** The page's candidates for its own address, best first (rel=canonical, og:url, JSON-LD). */
  canonical: string[];
  /** JSON-LD says the article is behind a paywall (isAccessibleForFree: false). */
  paywalled: boolean;
}

/** The least a DOM must offer to read metadata (linkedom's document does). */
interface Doc {
  querySelectorAll(selector: string): Iterable<{
    getAttribute(name: string): string | null;
    textContent: string | null;
  }>;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/;

type Json = Record<string, unknown>;

/**
 * Outlet, headline, author, dates and canonical candidates: JSON-LD's NewsArticle first, then
 * OpenGraph and `article:` tags, then plain meta tags. Nothing is guessed: a field the page does
 * not state stays null (the drafter then looks in the text).
 */
export function pageMetadata(document: Doc): PageMetadata {
  const ld = jsonLdArticle(document);
  const meta = (key: string): string | null => {
    for (const el of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
      const content = clean(el.getAttribute("content"));
      if (content) return content;
    }
    return null;
  };
  const first = (...fields: (PageField | null)[]) => fields.find((f) => f !== null) ?? null;
  const field = (value: string | null, from: PageField["from"]): PageField | null =>
    value ? { value, from } : null;
  const person = (value: string | null) => (value && !/^https?:\/\//i.test(value) ? value : null);
  const link = [...document.querySelectorAll('link[rel~="canonical"]')]
    .map((el) => clean(el.getAttribute("href")))
    .find(Boolean);
  return {
    outlet: first(
      field(ld ? names(ld.publisher) : null, "JSON-LD"),
      field(meta("og:site_name"), "OpenGraph"),
      field(meta("application-name"), "meta"),
    ),
    headline: first(
      field(ld ? (text(ld.headline) ?? text(ld.name)) : null, "JSON-LD"),
      field(meta("og:title"), "OpenGraph"),
    ),
    author: first(
      field(ld ? names(ld.author) : null, "JSON-LD"),
      field(person(meta("article:author")), "OpenGraph"),
      field(person(meta("author")), "meta"),
    ),
    published: first(
      field(ld ? day(text(ld.datePublished)) : null, "JSON-LD"),
      field(day(meta("article:published_time")), "OpenGraph"),
    ),
    updated: first(
      field(ld ? day(text(ld.dateModified)) : null, "JSON-LD"),
      field(day(meta("article:modified_time")), "OpenGraph"),
    ),
    canonical: [
      link,
      meta("og:url"),
      ld ? (text(ld.url) ?? idOf(ld.mainEntityOfPage)) : null,
    ].filter((u): u is string => Boolean(u)),
    paywalled: ld?.isAccessibleForFree === false || ld?.isAccessibleForFree === "False",
  };
}

/** The first NewsArticle (or other article type) among the page's JSON-LD blocks. */
function jsonLdArticle(document: Doc): Json | null {
  const found: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const item = node as Json;
    const types = ([] as unknown[]).concat(item["@type"] ?? []);
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) found.push(item);
    if (item["@graph"]) visit(item["@graph"]);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is the page's problem: the other sources still count.
    }
  }
  // A NewsArticle wins over a generic Article or a blog post on the same page.
  return found.find((f) => String(f["@type"]).includes("NewsArticle")) ?? found[0] ?? null;
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim() || null;
/** A JSON-LD string; many CMSs write HTML entities into it ("AT&amp;T"), which mean the character. */
const text = (value: unknown) => (typeof value === "string" ? clean(decodeEntities(value)) : null);

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec, hex, name) => {
    if (dec || hex) {
      const code = Number.parseInt(dec ?? hex, dec ? 10 : 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[(name as string).toLowerCase()] ?? whole;
  });
}
const idOf = (value: unknown) =>
  text(value) ?? (value && typeof value === "object" ? text((value as Json)["@id"]) : null);

/** "Jane Roe", {name}, or a list of them: "Jane Roe and John Doe". */
function names(value: unknown): string | null {
  const list = ([] as unknown[])
    .concat(value ?? [])
    .map((v) =>
      typeof v === "string" ? text(v) : v && typeof v === "object" ? text((v as Json).name) : null,
    )
    .filter((v): v is string => Boolean(v) && !/^https?:\/\//i.test(v as string));
  if (list.length === 0) return null;
  return list.length === 1
    ? (list[0] as string)
    : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/** The calendar day a timestamp names, as the page wrote it (its own time zone). */
function day(value: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1
    ? `${m[1]}-${m[2]}-${m[3]}`
    : null;
}
