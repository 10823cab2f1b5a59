import escapeHtml from "escape-html";

export interface PageParts {
  title: string;
  /** The page's content, already escaped HTML, with its own h1. */
  main: string;
  /** Load the tracker's filtering script (the page works without it). */
  script?: boolean;
  /** The search box's current text. */
  query?: string;
}

export const SITE_NAME = "VoterData";

/** The shell every page shares: skip link, site navigation with the search box, footer. */
export function page(parts: PageParts): string {
  const script = parts.script ? `\n<script src="/assets/tracker.js" defer></script>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)} · ${SITE_NAME}</title>
<link rel="stylesheet" href="/assets/tracker.css">${script}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<nav aria-label="Site"><a href="/" class="home">${SITE_NAME}</a> <a href="/export.csv">CSV</a> <a href="/export.json">JSON</a></nav>
${searchForm(parts.query ?? "")}
</header>
<main id="main">
${parts.main}
</main>
<footer class="site"><p>Each state's response to the Presidential Advisory Commission on Election Integrity's request of June 28, 2017 for voter rolls, from the articles listed on the <a href="/">tracker</a>. Every stance rests on a sentence in an article; every quote is word for word.</p></footer>
</body>
</html>
`;
}

/** The same lookup as /voterdata: typos, AP forms, people, roles. */
function searchForm(query: string): string {
  return `<form class="search" method="get" action="/search" role="search">
<label for="q">Look up a state or official</label>
<input id="q" name="q" type="search" maxlength="200" value="${escapeHtml(query)}" placeholder="Ohio, W.Va., Padilla">
<button type="submit">Look up</button>
</form>`;
}
