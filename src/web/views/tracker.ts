import escapeHtml from "escape-html";
import { currencyOf } from "../../answer/dates.js";
import { type StateMatch, stateMatch, uniqueSources } from "../../answer/model.js";
import { STANCE_SHORT, STANCES, type Stance } from "../../domain/stance.js";
import { mapSummary, mapSummaryText, tileMapSvg } from "../../map/tile-map.js";
import {
  currencyText,
  outletName,
  personLine,
  type StanceLabels,
  sourceDateText,
  sourceLabel,
  stanceLabel,
} from "../../render/format.js";
import { page } from "../page.js";
import { htmlResponse, type WebResponse } from "../response.js";
import type { Site } from "../site.js";

/** The filter's choices: each stance, and the states where sources disagree. */
export const DISPUTED = "disputed";
export type Filter = Stance | typeof DISPUTED | "";
export type Sort = "state" | "stance";

export interface TrackerQuery {
  stance: Filter;
  sort: Sort;
  /** A filter the page does not know, to say so rather than ignore it silently. */
  unknownStance?: string;
}

/** Reads the tracker's query; anything unknown falls back to the whole table by state. */
export function trackerQuery(query: URLSearchParams): TrackerQuery {
  const stance = query.get("stance") ?? "";
  const sort = query.get("sort");
  const known = (STANCES as readonly string[]).includes(stance) || stance === DISPUTED;
  return {
    ...(stance && !known ? { unknownStance: stance.slice(0, 100) } : {}),
    stance: known ? (stance as Filter) : "",
    sort: sort === "stance" ? "stance" : "state",
  };
}

/**
 * The stances a row answers to: its summary stance, or where sources disagree each side (and
 * "disputed"), so a filter never hides a side of a dispute.
 */
export function rowStances(match: StateMatch): string[] {
  return match.conflict ? [DISPUTED, ...match.sides] : [match.stance];
}

/** Sorting by stance puts disputed states first, then each stance in the dataset's order. */
function stanceRank(match: StateMatch): number {
  return match.conflict ? -1 : STANCES.indexOf(match.stance);
}

export function trackerPage(site: Site, query: TrackerQuery): WebResponse {
  const all = site.dataset.jurisdictions.map((j) => stateMatch(site.dataset, j.usps));
  const byName = (a: StateMatch, b: StateMatch) => a.name.localeCompare(b.name, "en");
  const sorted = [...all].sort(
    query.sort === "stance" ? (a, b) => stanceRank(a) - stanceRank(b) || byName(a, b) : byName,
  );
  const shown = sorted.filter((m) => !query.stance || rowStances(m).includes(query.stance));
  const summary = mapSummary(site.dataset);
  const main = `<h1>How the states answered the 2017 request for voter rolls</h1>
<p class="lede">On June 28, 2017 the Presidential Advisory Commission on Election Integrity asked every state for its voter rolls. Each state's answer below comes from a sentence in a news article; follow any source to read it there.</p>
<figure class="map">
${accessibleMap(tileMapSvg(site.dataset), mapSummaryText(summary))}
<figcaption>${escapeHtml(mapSummaryText(summary))} Hatched tiles: sources disagree.</figcaption>
</figure>
<h2 id="states">The 50 states and D.C.</h2>
${filterForm(all, query, site.links.tracker())}
${query.unknownStance ? `<p class="note">There is no stance “${escapeHtml(query.unknownStance)}”; showing every state.</p>\n` : ""}<p class="count" id="count" aria-live="polite">${countText(shown.length, all.length)}</p>
<div class="table-wrap" role="region" aria-labelledby="states" tabindex="0">
<table class="tracker" aria-labelledby="states">
<thead><tr>${sortHeader("State", "state", query, site.links.tracker())}${sortHeader("Stance", "stance", query, site.links.tracker())}<th scope="col">Sources</th><th scope="col">Officials named</th></tr></thead>
<tbody>
${sorted.map((m) => row(site, m, shown.includes(m))).join("\n")}
</tbody>
</table>
</div>
${foot(site)}`;
  return htmlResponse(200, page({ title: "The tracker", main, script: true, site }));
}

/** The inline map, named for assistive technology by the same sentence as its caption. */
function accessibleMap(svg: string, description: string): string {
  return svg.replace(
    "<svg ",
    `<svg role="img" aria-label="${escapeHtml(`Tile map of the states by stance. ${description}`)}" `,
  );
}

export function countText(shown: number, total: number): string {
  return shown === total
    ? `Showing all ${total} states and D.C.`
    : `Showing ${shown} of ${total} states and D.C.`;
}

function filterForm(all: StateMatch[], query: TrackerQuery, action: string): string {
  const count = (f: Filter) => all.filter((m) => rowStances(m).includes(f)).length;
  const option = (value: Filter, label: string) =>
    `<option value="${value}"${query.stance === value ? " selected" : ""}>${escapeHtml(label)}</option>`;
  const options = [
    option("", `All (${all.length})`),
    option(DISPUTED, `Sources disagree (${count(DISPUTED)})`),
    ...STANCES.map((s) => option(s, `${STANCE_SHORT[s]} (${count(s)})`)),
  ];
  return `<form class="filter" method="get" action="${escapeHtml(action)}">
<label for="stance">Show states whose stance is</label>
<select id="stance" name="stance">${options.join("")}</select>
<input type="hidden" name="sort" value="${query.sort}">
<button type="submit">Filter</button>
<p class="hint">A state where sources disagree is shown under each side.</p>
</form>`;
}

function sortHeader(label: string, sort: Sort, query: TrackerQuery, tracker: string): string {
  const params = new URLSearchParams({ ...(query.stance ? { stance: query.stance } : {}), sort });
  const current = query.sort === sort;
  const state = current ? ` aria-sort="ascending"` : "";
  const hint = current
    ? " (sorted)"
    : ` <span class="visually-hidden">(sort by ${label.toLowerCase()})</span>`;
  return `<th scope="col"${state}><a href="${escapeHtml(`${tracker}?${params}`)}#states">${label}</a>${hint}</th>`;
}

function row(site: Site, m: StateMatch, visible: boolean): string {
  const links = site.links;
  const labels = site.story?.labels ?? {};
  const stance = m.conflict ? disputedText(m, labels) : stanceText(m.stance, labels);
  const sources =
    m.claims.length === 0
      ? "None of the articles reports it"
      : `<ul>${m.claims
          .map(
            (c) =>
              `<li><a href="${escapeHtml(links.source(c.source.id, c.anchor))}">${escapeHtml(outletName(c.source))}</a>, ${escapeHtml(sourceDateText(c.source))}</li>`,
          )
          .join("")}</ul>`;
  const people = m.people.length === 0 ? "" : escapeHtml(m.people.map(personLine).join("; "));
  return `<tr data-stances="${rowStances(m).join(" ")}"${visible ? "" : " hidden"}><th scope="row"><a href="${escapeHtml(links.state(m.state))}">${escapeHtml(m.name)}</a></th><td>${stance}</td><td>${sources}</td><td>${people}</td></tr>`;
}

/** Each side with who reports it; a vague stance that agrees with both is listed after. */
function disputedText(m: StateMatch, labels: StanceLabels): string {
  const group = (g: StateMatch["stances"][number]) =>
    `${stanceText(g.stance, labels)} (${escapeHtml(g.sources.map(sourceLabel).join("; "))})`;
  const sides = m.stances.filter((g) => m.sides.includes(g.stance)).map(group);
  const also = m.stances.filter((g) => !m.sides.includes(g.stance)).map(group);
  return `<strong>Sources disagree:</strong> ${sides.join(" <em>vs.</em> ")}${
    also.length > 0 ? `; also reported: ${also.join("; ")}` : ""
  }`;
}

/** The stance in words, with its map colour as a swatch beside it (never the only signal). */
function stanceText(stance: Stance, labels: StanceLabels): string {
  return `<span class="swatch swatch-${stance}" aria-hidden="true"></span>${escapeHtml(stanceLabel(stance, labels))}`;
}

function foot(site: Site): string {
  const sources = uniqueSources(site.dataset.sources);
  const currency = currencyText(currencyOf(sources));
  const items = sources.map(
    (s) =>
      `<li><a href="${escapeHtml(site.links.source(s.id))}">${escapeHtml(outletName(s))}</a>, ${escapeHtml(sourceDateText(s))}</li>`,
  );
  return `<section class="sources" aria-labelledby="sources-heading">
<h2 id="sources-heading">Sources</h2>
<p>${escapeHtml(currency ?? "No source states a date")}. ${sources.length} articles:</p>
<ul>${items.join("")}</ul>
<p>Download every claim as <a href="${escapeHtml(site.links.exportFile("csv"))}">CSV</a> or <a href="${escapeHtml(site.links.exportFile("json"))}">JSON</a>.</p>
</section>`;
}
