import type { IncomingMessage, ServerResponse } from "node:http";
import { askChanges, isChangesAnswer, todayOf } from "../changes/answer.js";
import { lastDate } from "../changes/timeline.js";
import { exportCsv, exportJson } from "../export/format.js";
import { buildExport } from "../export/rows.js";
import { chooseStory } from "../library/ask.js";
import { SCRIPT, STYLESHEET } from "./assets.js";
import { atomFeed, feedResponse } from "./feed.js";
import { SITE_NAME } from "./page.js";
import { redirect, respond, SECURITY_HEADERS, type WebResponse } from "./response.js";
import type { Site } from "./site.js";
import type { Sites } from "./sites.js";
import { personPage, searchPage, statePage } from "./views/cards.js";
import { changesPage } from "./views/changes.js";
import { methodNotAllowed, notFound, tooLong } from "./views/errors.js";
import { sourcePage } from "./views/source.js";
import { trackerPage, trackerQuery } from "./views/tracker.js";

/** Longer addresses are refused before any work: no page needs more than a short search. */
export const MAX_URL_LENGTH = 2_048;

type Params = Record<string, string>;

interface Route {
  /** Segments; `:name` captures one (decoded) into params. */
  path: string;
  view(site: Site, params: Params, query: URLSearchParams): WebResponse | null;
}

/** Every page of one story; `routeStories` puts `/stories/<id>` in front for each story. */
const ROUTES: Route[] = [
  { path: "/", view: (site, _, query) => trackerPage(site, trackerQuery(query)) },
  { path: "/search", view: (site, _, query) => searchPage(site, query.get("q") ?? "") },
  { path: "/states/:usps", view: (site, { usps = "" }) => statePage(site, usps.toUpperCase()) },
  {
    path: "/people/:id",
    view: (site, { id = "" }, query) => personPage(site, id, query.get("said")),
  },
  { path: "/sources/:id", view: (site, { id = "" }) => sourcePage(site, id) },
  { path: "/changes", view: (site, _, query) => changesPage(site, query) },
  { path: "/feed.xml", view: (site) => feedResponse(storyFeed(site)) },
  {
    path: "/export.csv",
    view: (site) =>
      respond(
        200,
        "text/csv; charset=utf-8; header=present",
        exportCsv(buildExport(site.dataset)),
        {
          "Content-Disposition": 'attachment; filename="voterdata.csv"',
        },
      ),
  },
  {
    path: "/export.json",
    view: (site) =>
      respond(200, "application/json; charset=utf-8", exportJson(buildExport(site.dataset))),
  },
  { path: "/assets/tracker.css", view: () => asset("text/css; charset=utf-8", STYLESHEET) },
  { path: "/assets/tracker.js", view: () => asset("text/javascript; charset=utf-8", SCRIPT) },
];

function asset(type: string, body: string): WebResponse {
  return respond(200, type, body, { "Cache-Control": "public, max-age=3600" });
}

function matchPath(pattern: string, path: string): Params | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Params = {};
  for (const [i, segment] of want.entries()) {
    const value = got[i] as string;
    if (segment.startsWith(":")) {
      if (!value) return null;
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) return null;
  }
  return params;
}

/** Answers one request: read-only (GET and HEAD), every response with the security headers. */
export function route(site: Site, method: string, url: string): WebResponse {
  return withSecurity(dispatch(site, method.toUpperCase(), url));
}

const STORY_PREFIX = /^\/stories\/([a-z0-9-]+)(\/.*)?$/;

/** `/stories/<id>/…` answers that story's pages; every other path the default story's. */
export function routeStories(sites: Sites, method: string, url: string): WebResponse {
  if (url.length > MAX_URL_LENGTH) return withSecurity(tooLong());
  const [path = "", search = ""] = url.split(/(?=\?)/, 2);
  const prefixed = STORY_PREFIX.exec(path);
  const site = prefixed ? sites.byStory.get(prefixed[1] ?? "") : sites.root;
  if (!site) return withSecurity(notFound());
  const rest = prefixed ? prefixed[2] || "/" : path;
  if (rest === "/search") return searchInStory(sites, site, method, search);
  if (!prefixed && rest === "/feed.xml" && (method === "GET" || method === "HEAD")) {
    return withSecurity(feedResponse(everyStoryFeed(sites)));
  }
  return route(site, method, `${rest}${search}`);
}

/**
 * The search box asks as /voterdata does: a story word in the query ("doj Ohio") searches that
 * story's pages, with the word taken out; a query that is only a story word opens its tracker.
 */
function searchInStory(sites: Sites, site: Site, method: string, search: string): WebResponse {
  const query = new URLSearchParams(search.slice(1)).get("q") ?? "";
  // "changed since July 1" in the search box opens that story's changes page from that day.
  const changes = askChanges(sites.library, query, site.story?.id ?? null, todayOf(new Date()));
  if (changes && isChangesAnswer(changes) && !changes.dayProblem) {
    const story = changes.story ? sites.byStory.get(changes.story.id) : site;
    const since = changes.since ? `?${new URLSearchParams({ since: changes.since })}` : "";
    return withSecurity(redirect(`${(story ?? site).links.changes()}${since}`));
  }
  const choice = chooseStory(sites.library, query, site.story?.id ?? null);
  const target = choice.named ? sites.byStory.get(choice.data.story.id) : site;
  if (!target) return withSecurity(notFound());
  if (choice.named && choice.query === "") return withSecurity(redirect(target.links.tracker()));
  const params = new URLSearchParams({ q: choice.query });
  return route(target, method, `/search?${params}`);
}

/** One story's feed: `/stories/<id>/feed.xml`. */
function storyFeed(site: Site): string {
  const links = site.publicLinks;
  const title = `${SITE_NAME}: ${site.story?.title ?? "what changed"}`;
  return atomFeed(
    [{ story: site.story, events: site.events, links, lastDate: lastDate(site.dataset) }],
    {
      key: site.story?.id ?? "all",
      self: links.feed(),
      home: links.changes(),
      title,
    },
  );
}

/** `/feed.xml`: every story's publishes that changed an answer, in one feed. */
function everyStoryFeed(sites: Sites): string {
  const stories = [...sites.byStory.values()].map((s) => ({
    story: s.story,
    events: s.events,
    links: s.publicLinks,
    lastDate: lastDate(s.dataset),
  }));
  const root = sites.root.publicLinks;
  return atomFeed(stories, {
    key: "all",
    self: root.feed(),
    home: root.changes(),
    title: `${SITE_NAME}: what changed`,
  });
}

function dispatch(site: Site, method: string, url: string): WebResponse {
  if (url.length > MAX_URL_LENGTH) return tooLong();
  if (method !== "GET" && method !== "HEAD") return methodNotAllowed();
  const { pathname, searchParams } = new URL(url, "http://localhost");
  for (const r of ROUTES) {
    const params = matchPath(r.path, pathname);
    if (!params) continue;
    const response = r.view(site, params, searchParams);
    if (response) return response;
  }
  return notFound();
}

function withSecurity(response: WebResponse): WebResponse {
  return { ...response, headers: { ...response.headers, ...SECURITY_HEADERS } };
}

/**
 * The router as a Node request listener, for Bolt's receiver and the Socket Mode server. `site`
 * gives the pages' data now, which changes when an editor publishes.
 */
export function webHandler(sites: () => Sites) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? "GET";
    const response = routeStories(sites(), method, req.url ?? "/");
    res.writeHead(response.status, {
      ...response.headers,
      "Content-Length": String(Buffer.byteLength(response.body)),
    });
    res.end(method.toUpperCase() === "HEAD" ? undefined : response.body);
  };
}
