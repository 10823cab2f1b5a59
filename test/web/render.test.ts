import { describe, expect, it } from "vitest";
import { text } from "../../src/render/card.js";
import { renderHtml } from "../../src/render/html.js";
import { type Excerpt, highlightArticle } from "../../src/web/highlight.js";
import { comparableArticle, locate } from "../../src/web/locate.js";

/** The page's text with the tags taken out and entities read back. */
function plain(html: string): string {
  return html
    .replace(/<span class="used-in">.*?<\/span>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function excerpt(
  article: string,
  anchor: string,
  words: string,
  kind: Excerpt["kind"] = "evidence",
): Excerpt {
  return {
    anchor,
    kind,
    name: anchor,
    ranges: locate(words, comparableArticle(article)),
    back: { href: `/states/${anchor.slice(0, 2)}`, label: anchor.slice(0, 2) },
  };
}

/** Whether every <mark> closes in order. */
function balanced(html: string): boolean {
  let depth = 0;
  for (const tag of html.matchAll(/<(\/?)mark\b/g)) {
    depth += tag[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe("locating excerpts", () => {
  it("finds text across whitespace, curly quotes and an ellipsis", () => {
    const article = "He said “we will not”\n comply. Later: it is final.";
    const ranges = locate('"we will not" comply … it is final', comparableArticle(article));
    expect(ranges.map((r) => article.slice(r.start, r.end))).toEqual([
      "“we will not”\n comply",
      "it is final",
    ]);
    expect(locate("not in the article", comparableArticle(article))).toEqual([]);
  });
});

describe("highlighting an article", () => {
  const article = 'Ohio & Utah said no. Kansas said "maybe <later>" and Iowa agreed. End.';

  it("keeps the text, escapes it, and anchors nested, shared and overlapping excerpts", () => {
    const excerpts = [
      excerpt(article, "OH-1", "Ohio & Utah said no."),
      excerpt(article, "UT-1", "Ohio & Utah said no."),
      excerpt(article, "KS-1", 'Kansas said "maybe <later>"'),
      excerpt(article, "quote-1", "maybe <later>", "quote"),
      excerpt(article, "IA-1", '<later>" and Iowa agreed.'),
    ];
    const html = highlightArticle(article, excerpts);
    expect(plain(html)).toBe(article);
    expect(html).not.toContain("<later>");
    expect(balanced(html)).toBe(true);
    for (const e of excerpts)
      expect(html.match(new RegExp(`id="${e.anchor}"`, "g"))).toHaveLength(1);
    expect(html).toContain('[<a href="/states/OH">OH</a>, <a href="/states/UT">UT</a>]');
  });
});

describe("the HTML renderer", () => {
  it("escapes every piece of card text and keeps line breaks", () => {
    const html = renderHtml(
      {
        summary: "x",
        elements: [
          { type: "header", text: "<b>bold?</b>" },
          text("line one <!channel>\nline two", { link: "Read", href: '/x?a=1&b="2"' }),
          { type: "quote", text: "“<i>”", attribution: "Someone <x>", href: "/sources/s#q-1" },
          { type: "context", items: ["<script>alert(1)</script>"] },
          { type: "choices", options: [{ label: "<ND>", value: "state:ND" }] },
        ],
      },
      { headingLevel: 1, choiceHref: () => "/states/ND" },
    );
    expect(html).toContain("<h1>&lt;b&gt;bold?&lt;/b&gt;</h1>");
    expect(html).toContain("line one &lt;!channel&gt;<br>");
    expect(html).toContain('<a href="/x?a=1&amp;b=&quot;2&quot;">Read</a>');
    expect(html).toContain('<a href="/sources/s#q-1">Read it in the source</a>');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<a href="/states/ND">&lt;ND&gt;</a>');
    expect(html).not.toMatch(/<(script|i|x|b)>/);
  });
});
