import escapeHtml from "escape-html";
import { changesSince, firstDate, type SummaryChange } from "../../changes/timeline.js";
import { changeTitle } from "../../render/changes-card.js";
import { formatDate, outletName, sourceDateText } from "../../render/format.js";
import { page } from "../page.js";
import { htmlResponse, type WebResponse } from "../response.js";
import type { Site } from "../site.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `/changes`: the publishes and retractions that changed an answer (newest first, with the
 * feed), and every move of a state's summary by the articles' own dates since `?since=`.
 */
export function changesPage(site: Site, query: URLSearchParams): WebResponse {
  const asked = query.get("since") ?? "";
  const valid = ISO_DAY.test(asked) && !Number.isNaN(Date.parse(`${asked}T00:00:00Z`));
  const first = firstDate(site.dataset);
  const since = valid ? asked : first;
  const labels = site.story?.labels ?? {};
  const moves = since ? changesSince(site.dataset, since).reverse() : [];
  const published = [...site.events].reverse().map((event) => {
    const when = new Date(event.at).toISOString().replace("T", " ").slice(0, 16);
    const what = event.kind === "publish" ? "Published" : "Retracted";
    const states = event.changes
      .map(
        (c) =>
          `<li><a href="${escapeHtml(site.links.state(c.state))}">${escapeHtml(changeTitle(c, labels))}</a></li>`,
      )
      .join("");
    const article = event.source ? articleLink(site, event.source) : escapeHtml(event.sourceId);
    const reason = event.reason ? ` Reason: ${escapeHtml(event.reason)}` : "";
    return `<li id="${escapeHtml(event.id)}"><p><time datetime="${escapeHtml(event.at)}">${escapeHtml(when)} UTC</time> · ${what}: ${article}.${reason}</p><ul>${states}</ul></li>`;
  });
  const byDate = moves.map(
    (c) =>
      `<li><a href="${escapeHtml(site.links.state(c.state))}">${escapeHtml(changeTitle(c, labels))}</a> · ${escapeHtml(c.date ? formatDate(c.date) : "date not stated")} · ${articleLink(site, c.source)}</li>`,
  );
  const filter = `<form class="filter" method="get" action="${escapeHtml(site.links.changes())}">
<label for="since">Changes since</label>
<input id="since" name="since" type="date" value="${escapeHtml(since ?? "")}">
<button type="submit">Show</button>
</form>`;
  const main = `<h1>What changed</h1>
<p class="lede">Each move of a state's answer: from an editor's publish or retraction, and as the articles reported it. <a href="${escapeHtml(site.links.feed())}">Atom feed</a> of the publishes.</p>
<h2 id="published">Published and retracted</h2>
${published.length > 0 ? `<ol class="changes">${published.join("\n")}</ol>` : "<p>No publish or retraction has changed an answer yet.</p>"}
<h2 id="by-date">By the articles' dates</h2>
${asked && !valid ? `<p class="note">“${escapeHtml(asked.slice(0, 40))}” is not a date as YYYY-MM-DD; showing every change.</p>\n` : ""}${filter}
${byDate.length > 0 ? `<ol class="changes">${byDate.join("\n")}</ol>` : `<p>${since ? `No state's answer changed since ${escapeHtml(formatDate(since))}.` : "No source states a date."}</p>`}
<p><a href="${escapeHtml(site.links.tracker())}">Back to the tracker</a></p>`;
  return htmlResponse(200, page({ title: "What changed", main, site }));
}

function articleLink(site: Site, source: SummaryChange["source"]): string {
  return `<a href="${escapeHtml(site.links.source(source.id))}">${escapeHtml(outletName(source))}, ${escapeHtml(sourceDateText(source))}</a>`;
}
