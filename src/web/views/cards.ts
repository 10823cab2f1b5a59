import escapeHtml from "escape-html";
import {
  type Answer,
  answer,
  fromLookup,
  MAX_QUERY_ECHOED,
  type Match,
  matchFor,
  type SaidJson,
} from "../../answer/model.js";
import { LIST_KEYS } from "../../domain/stance.js";
import { lookupChosenSpeaker } from "../../lookup/lookup.js";
import type { Card } from "../../render/card.js";
import { answerCard, choiceValue, matchCard, parseButtonValue } from "../../render/cards.js";
import { outletName, quoted, sourceDateText } from "../../render/format.js";
import { renderHtml } from "../../render/html.js";
import { saidElements } from "../../render/said-card.js";
import { saidFrom } from "../../render/said-value.js";
import { cardLinks } from "../links.js";
import { page } from "../page.js";
import { htmlResponse, redirect, type WebResponse } from "../response.js";
import type { Site } from "../site.js";

/** `/states/OH` and `/people/<id>`: the card Slack shows, as a page, linked to its sources. */
export function matchPage(site: Site, match: Match, said: SaidJson | null = null): WebResponse {
  const options = { ...cardLinks(site.links), labels: site.story?.labels ?? {} };
  const card = matchCard(match, options);
  // Chosen among several who said something close: their words that match come first.
  if (said) card.elements.unshift(...saidElements(said, options));
  const articles = match.sources.map(
    (s) =>
      `<li><a href="${escapeHtml(site.links.source(s.id))}">${escapeHtml(outletName(s))}, ${escapeHtml(sourceDateText(s))}</a></li>`,
  );
  const main = `<article class="card">
${renderHtml(card, { headingLevel: 1, choiceHref: choiceHref(site) })}
</article>
<nav aria-label="Articles" class="articles"><h2>The articles</h2><ul>${articles.join("")}</ul>${related(site, match)}<p><a href="${escapeHtml(site.links.tracker())}">Back to the tracker</a></p></nav>`;
  return htmlResponse(200, page({ title: match.name, main, site }));
}

/** From a state to its officials' pages, and from a person to their state's. */
function related(site: Site, match: Match): string {
  const links =
    match.kind === "state"
      ? site.dataset.people
          .filter((p) => p.state === match.state)
          .map((p) => anchor(p.name, site.links.person(p.id)))
      : match.kind === "person" && match.state && match.stateName
        ? [anchor(match.stateName, site.links.state(match.state))]
        : [];
  if (links.length === 0) return "";
  const label = match.kind === "state" ? "Officials" : "State";
  return `<p>${label}: ${links.join(", ")}</p>`;
}

const anchor = (label: string, href: string) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;

export function statePage(site: Site, usps: string): WebResponse | null {
  if (!site.dataset.states.has(usps)) return null;
  return matchPage(site, matchFor(site.dataset, { kind: "state", usps }));
}

/** `/people/<id>?said=<question>`: the person chosen for a question, their matching words first. */
export function personPage(
  site: Site,
  id: string,
  question: string | null = null,
): WebResponse | null {
  if (!site.dataset.people.some((p) => p.id === id)) return null;
  if (question) {
    const chosen = fromLookup(site.dataset, lookupChosenSpeaker(site.index, question, id));
    const [match] = chosen.matches;
    if (match) return matchPage(site, match, chosen.said[0] ?? null);
  }
  return matchPage(site, matchFor(site.dataset, { kind: "person", id }));
}

/**
 * A choice's page: "state:ND" → /states/ND, "person:alex-padilla" → /people/alex-padilla. A
 * choice carries its story ("commission-2017|state:ND"); these are that story's pages.
 */
function choiceHref(site: Site) {
  return (value: string): string | null => {
    const { targets } = parseButtonValue(value);
    const [kind, id = ""] = (targets[0] ?? "").split(":");
    if (kind === "state") return site.links.state(id);
    if (kind === "person") {
      const said = saidFrom(targets);
      return said
        ? `${site.links.person(id)}?${new URLSearchParams({ said })}`
        : site.links.person(id);
    }
    if (kind === "source") return site.links.source(id);
    const list = LIST_KEYS.find((k) => k === id);
    if (kind === "list" && list) return site.links.list(list);
    return null;
  };
}

function matchHref(site: Site, match: Match): string {
  switch (match.kind) {
    case "state":
      return site.links.state(match.state);
    case "person":
      return site.links.person(match.id);
    case "list":
      return site.links.list(match.list);
    case "source":
      return site.links.source(match.id);
  }
}

/**
 * `/search?q=`: the same lookup as /voterdata. One match goes straight to its page, unless the
 * answer has something to say first (who said it, a role no one holds): then the answer is the
 * page, as in Slack. Several are offered to choose from; none gets the same reply as in Slack.
 */
export function searchPage(site: Site, query: string): WebResponse {
  const result = answer(site.index, query);
  const [only] = result.matches;
  // (One outlet's list, one field's or one region's has no page of its own: the answer is the
  // page.)
  const saysFirst =
    result.said.length > 0 ||
    result.roleFallback !== null ||
    result.unfit !== undefined ||
    result.sentences !== undefined ||
    (only?.kind === "list" &&
      (only.reportedBy !== undefined || only.field !== undefined || only.region !== undefined));
  if (only && result.matches.length === 1 && !saysFirst) return redirect(matchHref(site, only));
  const card =
    result.matches.length > 1 && !saysFirst
      ? severalCard(result)
      : answerCard(result, { ...cardLinks(site.links), labels: site.story?.labels ?? {} });
  const heading =
    result.matches.length === 0 && !result.request && !result.sentences
      ? "No match"
      : `Results for ${quoted(query.trim(), MAX_QUERY_ECHOED)}`;
  const main = `<h1>${escapeHtml(heading)}</h1>
${renderHtml(card, { headingLevel: 2, choiceHref: choiceHref(site) })}
<p><a href="${escapeHtml(site.links.tracker())}">Back to the tracker</a></p>`;
  return htmlResponse(200, page({ title: heading, main, query: query.slice(0, 200), site }));
}

/** Several matches, as a list of links: "Dakota" offers both, "Ohio and Utah" lists both. */
function severalCard(result: Answer): Card {
  if (result.ambiguous) return answerCard(result);
  return {
    summary: result.matches.map((m) => m.name).join(", "),
    elements: [
      {
        type: "choices",
        options: result.matches.map((m) => ({ label: m.name, value: choiceValue(m) })),
      },
    ],
  };
}
