import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { canonicalUrl } from "./canonical.js";
import { type PageMetadata, pageMetadata } from "./metadata.js";

/** The article a page holds: its text (the source, byte for byte), metadata and canonical URL. */
export interface ExtractedArticle {
  text: string;
  metadata: PageMetadata;
  canonicalUrl: string;
}

/** A page without an article's text (a paywall, a login wall, an index, a stub). */
export class NotAnArticle extends Error {
  override name = "NotAnArticle";
  constructor() {
    super("VoterData could not find the article's text on that page; paste it instead");
  }
}

/** Less than this much body text is a teaser, a stub or a wall, not an article. */
export const MIN_ARTICLE_CHARS = 500;
const MIN_PARAGRAPH_CHARS = 80;
/** A page marked isAccessibleForFree: false needs more than a teaser's few paragraphs. */
const MIN_PAYWALLED_CHARS = 1500;

const FURNITURE =
  "figure, figcaption, picture, img, video, audio, iframe, script, style, noscript, aside, button, form, svg, nav, footer";
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd";

const EMPTY_METADATA: PageMetadata = {
  outlet: null,
  headline: null,
  author: null,
  published: null,
  updated: null,
  canonical: [],
  paywalled: false,
};

/**
 * The article of a fetched page, as Firefox's reader view would show it (Mozilla's Readability
 * over linkedom's DOM): navigation, ads, related links, captions and footers left out. The text is
 * the headline, the byline and date line where the page prints them, then the paragraphs, a blank
 * line between each.
 * Throws NotAnArticle when the page holds no article's text.
 */
export function extractArticle(page: {
  text: string;
  contentType: string;
  finalUrl: string;
}): ExtractedArticle {
  if (page.contentType === "text/plain") {
    if (page.text.trim().length < MIN_ARTICLE_CHARS) throw new NotAnArticle();
    return {
      text: page.text,
      metadata: EMPTY_METADATA,
      canonicalUrl: canonicalUrl([], page.finalUrl),
    };
  }
  const { document } = parseHTML(page.text);
  const metadata = pageMetadata(document);
  removeFurniture(document);
  const visible = collapse(document.body?.textContent ?? "");
  const dateline = printedDate(document);
  const h1 = printedHeadline(document);
  // linkedom's document stands in for the browser's (the DOM lib is not in this Node project).
  const dom = document as unknown as ReadabilityDocument;
  if (!isProbablyReaderable(dom)) throw new NotAnArticle();
  // Readability changes the document it reads: metadata and visible text are taken first.
  const parsed = new Readability(dom).parse();
  if (!parsed?.content) throw new NotAnArticle();
  const paragraphs = blockTexts(parsed.content);
  const body = paragraphs.join("\n\n");
  const long = paragraphs.filter((p) => p.length >= MIN_PARAGRAPH_CHARS).length;
  if (body.length < MIN_ARTICLE_CHARS || long === 0) throw new NotAnArticle();
  // A page that says it is behind a paywall and shows little is the teaser, not the article.
  if (metadata.paywalled && body.length < MIN_PAYWALLED_CHARS) throw new NotAnArticle();
  const title = collapse(parsed.title ?? "");
  const headline = metadata.headline?.value ?? (h1 && title.includes(h1) ? h1 : title);
  const byline = collapse(parsed.byline ?? "");
  const head: string[] = [];
  if (headline && paragraphs[0] !== headline) head.push(headline);
  // Only a byline the page prints: Readability may also take one from metadata.
  if (byline && visible.includes(byline) && !body.includes(byline)) head.push(byline);
  // The date the page prints by the headline, which Readability leaves out with the header.
  if (dateline && !body.includes(dateline) && !head.includes(dateline)) head.push(dateline);
  return {
    text: `${[...head, body].join("\n\n")}\n`,
    metadata,
    canonicalUrl: canonicalUrl(metadata.canonical, page.finalUrl),
  };
}

/** Class or id words of ad slots, share bars, promos and related links inside an article. */
const FURNITURE_WORD =
  /^(?:ads?|adv|advert\w*|ad[-_]\w+|\w+[-_]ads?|dfp\w*|gpt\w*|sponsor\w*|promo\w*|related\w*|read[-_]?more|share\w*|social\w*|newsletter\w*|outbrain|taboola)$/i;
/** Lines newsrooms print between paragraphs that are not the story. */
const FURNITURE_LINE =
  /^(?:advertisement|sponsored|story continues below(?: advertisement)?|skip advertisement)$/i;

/** Takes out what Readability's scoring may keep inside an article's body: ad slots and promos. */
function removeFurniture(document: ReturnType<typeof parseHTML>["document"]): void {
  for (const el of [...document.querySelectorAll("[class], [id], [hidden], [aria-hidden=true]")]) {
    const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.split(/\s+/);
    const hidden = el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true";
    if (hidden || words.some((w) => FURNITURE_WORD.test(w))) el.remove();
  }
  for (const el of [...document.querySelectorAll("div, p, span")]) {
    if (FURNITURE_LINE.test(collapse(el.textContent ?? ""))) el.remove();
  }
}

/** Elements that print an article's date. */
const DATE_ELEMENTS = "time, [itemprop=datePublished], .dateline, .published, .pubdate";

/**
 * The line that prints the article's date ("Published Sept. 16, 2025"), as the page shows it:
 * inside the article (or its main part or header), never a list's "2 hours ago" elsewhere.
 */
function printedDate(document: ReturnType<typeof parseHTML>["document"]): string | null {
  for (const el of document.querySelectorAll(DATE_ELEMENTS)) {
    if (!el.closest("article, main")) continue;
    const own = collapse(el.textContent ?? "");
    if (own.length < 6 || own.length > 80 || !/\d/.test(own)) continue;
    if (el.tagName.toLowerCase() !== "time") return own;
    // A <time> inside a line ("Published <time>…</time>"): the whole line, when it is short.
    const parent = el.parentElement;
    if (!parent || parent.querySelector("h1, h2, h3, p, div, ul")) return own;
    const line = collapse(parent.textContent ?? "");
    return line.length <= 80 ? line : own;
  }
  return null;
}

/** The page's own headline: its h1 when the title carries the site's name after it. */
function printedHeadline(document: ReturnType<typeof parseHTML>["document"]): string | null {
  const h1 = document.querySelector("article h1") ?? document.querySelector("main h1");
  const text = collapse(h1?.textContent ?? "");
  return text.length >= 3 ? text : null;
}

/** The readable blocks of Readability's content, innermost first, furniture left out. */
function blockTexts(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  for (const el of [...document.querySelectorAll(FURNITURE)]) el.remove();
  const texts: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    // A block holding other blocks (a quote of paragraphs) is read through its children.
    if (el.querySelector(BLOCKS)) continue;
    const text =
      el.tagName.toLowerCase() === "pre"
        ? (el.textContent ?? "").trim()
        : collapse(el.textContent ?? "");
    if (text) texts.push(text);
  }
  return texts;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
