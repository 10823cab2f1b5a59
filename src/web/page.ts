import escapeHtml from "escape-html";
import { siteLinks } from "./links.js";
import type { Site } from "./site.js";

export interface PageParts {
  title: string;
  /** The page's content, already escaped HTML, with its own h1. */
  main: string;
  /** Load the tracker's filtering script (the page works without it). */
  script?: boolean;
  /** The search box's current text. */
  query?: string;
  /** The story's pages the page belongs to; the default story's when absent (error pages). */
  site?: Pick<Site, "links" | "story" | "stories">;
}

export const SITE_NAME = "VoterData";

/** The shell every page shares: skip link, site navigation with the search box, footer. */
export function page(parts: PageParts): string {
  const links = parts.site?.links ?? siteLinks();
  const story = parts.site?.story ?? null;
  const about = story ? `the ${story.title}` : "requests for state voter rolls";
  const others = (parts.site?.stories ?? []).filter((s) => s.title !== story?.title);
  const storyNav = others.length
    ? ` <span class="stories">Also tracked: ${others.map((s) => `<a href="${escapeHtml(s.href)}">${escapeHtml(s.title)}</a>`).join(" · ")}</span>`
    : "";
  const script = parts.script ? `\n<script src="/assets/tracker.js" defer></script>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)} · ${SITE_NAME}</title>
<link rel="stylesheet" href="/assets/tracker.css">
<link rel="alternate" type="application/atom+xml" title="${SITE_NAME}: what changed" href="${escapeHtml(links.feed())}">${script}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<nav aria-label="Site"><a href="${escapeHtml(links.tracker())}" class="home">${SITE_NAME}</a> <a href="${escapeHtml(links.exportFile("csv"))}">CSV</a> <a href="${escapeHtml(links.exportFile("json"))}">JSON</a> <a href="${escapeHtml(links.changes())}">What changed</a>${storyNav}</nav>
${searchForm(parts.query ?? "", links.search())}
</header>
<main id="main">
${parts.main}
</main>
<footer class="site"><p>Each state's response to ${escapeHtml(about)}, from the articles listed on the <a href="${escapeHtml(links.tracker())}">tracker</a>. Every stance rests on a sentence in an article; every quote is word for word.</p></footer>
</body>
</html>
`;
}

/** The same lookup as /voterdata: typos, AP forms, people, roles. */
function searchForm(query: string, action: string): string {
  return `<form class="search" method="get" action="${escapeHtml(action)}" role="search">
<label for="q">Look up a state or official</label>
<input id="q" name="q" type="search" maxlength="200" value="${escapeHtml(query)}" placeholder="Ohio, W.Va., Padilla">
<button type="submit">Look up</button>
</form>`;
}
