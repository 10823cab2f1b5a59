import escapeHtml from "escape-html";
import { sourceRef } from "../../answer/model.js";
import { formatDate, outletName } from "../../render/format.js";
import { highlightArticle } from "../highlight.js";
import { page } from "../page.js";
import { htmlResponse, type WebResponse } from "../response.js";
import type { Site } from "../site.js";

/**
 * `/sources/<id>`: the article as received, every sentence and quote the dataset takes from it
 * highlighted at its anchor (`#OH-1`, `#quote-3`) and linked back to where it is used.
 */
export function sourcePage(site: Site, id: string): WebResponse | null {
  const article = site.articles.get(id);
  if (!article) return null;
  const { source, excerpts } = article;
  const outlet = outletName(sourceRef(source));
  const facts: [string, string][] = [
    ["Outlet", outlet],
    ["Author", source.author ?? "Not named in the article"],
    ["Published", source.published ? formatDate(source.published) : "Not stated"],
    ["Updated", source.updated ? formatDate(source.updated) : "Not stated"],
  ];
  if (source.fetched) {
    facts.push([
      "Fetched",
      `${formatDate(source.fetched.slice(0, 10))}, ${source.fetched.slice(11, 16)} UTC`,
    ]);
  }
  if (source.notes) facts.push(["Note", source.notes]);
  const claims = excerpts.filter((e) => e.kind === "evidence");
  const quotes = excerpts.filter((e) => e.kind === "quote");
  const jump = (list: typeof excerpts) =>
    list.map((e) => `<a href="#${escapeHtml(e.anchor)}">${escapeHtml(e.name)}</a>`).join(", ");
  const main = `<h1>${escapeHtml(outlet)}: ${escapeHtml(source.headline)}</h1>
<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join("")}${linkFact(source.url)}</dl>
<p class="legend"><mark class="evidence">Highlighted</mark>: a sentence a state's stance rests on. <mark class="quote">Underlined</mark>: a quote. After each, in brackets, the state (or the person) it is shown for.</p>
<nav aria-label="In this article" class="jump"><p>Stances (${claims.length}): ${jump(claims) || "none"}</p><p>Quotes (${quotes.length}): ${jump(quotes) || "none"}</p></nav>
<h2>The article as received</h2>
<div class="article">${highlightArticle(article.text, excerpts)}</div>
<p><a href="${escapeHtml(site.links.tracker())}">Back to the tracker</a> · file <code>${escapeHtml(source.path)}</code></p>`;
  return htmlResponse(200, page({ title: `${outlet}, article ${id}`, main, site }));
}

/** The article's address as a link, only when it is http(s). */
function linkFact(url: string | null): string {
  if (!url || !/^https?:\/\//i.test(url)) return "";
  return `<dt>Link</dt><dd><a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a></dd>`;
}
