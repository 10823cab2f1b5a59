import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadDataset } from "../data/load.js";
import { extractArticle } from "../extract/article.js";
import { FETCH_LIMITS } from "../fetch/safe-fetch.js";
import { ms, percentile } from "./stats.js";

/** A news page around an article's paragraphs: navigation, ads, related links, JSON-LD, footer. */
function newsPage(paragraphs: string[]): string {
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`);
  return `<!doctype html><html><head><title>Bench</title>
<meta property="og:site_name" content="Bench Courier">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bench","datePublished":"2025-01-02"}</script>
</head><body><nav><ul>${links.join("")}</ul></nav><div class="ad">ADVERTISEMENT</div>
<article><h1>Bench</h1>${paragraphs.map((p) => `<p>${p.replace(/</g, "&lt;")}</p>`).join("\n")}</article>
<aside class="related"><ul>${links.join("")}</ul></aside><footer>© Bench</footer></body></html>`;
}

/** Reading the article out of a fetched page: a typical page, and one at the 5 MB fetch cap. */
export function benchExtract(): void {
  const dataset = loadDataset();
  const articles = dataset.sources.map((s) =>
    readFileSync(join(DEFAULT_DATA_DIR, "sources", `${s.id}.txt`), "utf8"),
  );
  const longest = articles.reduce((a, b) => (b.length > a.length ? b : a));
  const paragraphs = longest.split(/\n\s*\n/).filter((p) => p.trim());
  const page = {
    text: newsPage(paragraphs),
    contentType: "text/html",
    finalUrl: "https://b.test/a",
  };
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = process.hrtime.bigint();
    extractArticle(page);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    `extract: a ${page.text.length.toLocaleString("en-US")}-character news page: ` +
      `p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`,
  );
  // Each copy of the article costs its bytes and its paragraphs' tags.
  const copyBytes = Buffer.byteLength(longest) + 8 * paragraphs.length;
  const copies = Math.floor((FETCH_LIMITS.maxBytes - 20_000) / copyBytes);
  const huge = { ...page, text: newsPage(Array.from({ length: copies }, () => paragraphs).flat()) };
  const t = process.hrtime.bigint();
  extractArticle(huge);
  console.log(
    `  a ${Buffer.byteLength(huge.text).toLocaleString("en-US")}-byte page (the fetch cap is 5 MB): ` +
      `${ms(Number(process.hrtime.bigint() - t) / 1e6)}`,
  );
}
