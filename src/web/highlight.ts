import escapeHtml from "escape-html";
import type { Range } from "./locate.js";

/** One evidence sentence or quote the dataset takes from an article. */
export interface Excerpt {
  /** Its anchor on the page ("OH-1", "quote-3"). */
  anchor: string;
  kind: "evidence" | "quote";
  /** Who or what it is about, for the page's list of excerpts: the state, or the speaker. */
  name: string;
  /** Where it stands; several ranges when an ellipsis joins pieces. */
  ranges: Range[];
  /** Where it is used: the state's (or the speaker's) page. */
  back: { href: string; label: string };
}

interface Mark {
  start: number;
  end: number;
  excerpt: Excerpt;
  /** Only the first piece of an excerpt carries its id. */
  first: boolean;
}

/**
 * The article's text with every excerpt highlighted. Excerpts may nest, repeat (three states
 * from one sentence) or overlap, so marks are opened longest first and, where one must close
 * while a later one is still open, the later one is closed and reopened without its id. After
 * each excerpt, links back to where it is used.
 */
export function highlightArticle(article: string, excerpts: Excerpt[]): string {
  const marks: Mark[] = excerpts.flatMap((excerpt) =>
    excerpt.ranges.map((r, i) => ({ start: r.start, end: r.end, excerpt, first: i === 0 })),
  );
  const points = [...new Set(marks.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const lastEnd = new Map(
    excerpts.map((e) => [e, Math.max(...e.ranges.map((r) => r.end))] as const),
  );
  const open: Mark[] = [];
  let html = "";
  let at = 0;
  for (const point of points) {
    html += escapeHtml(article.slice(at, point));
    at = point;
    const ending = open.filter((m) => m.end === point);
    if (ending.length > 0) {
      const lowest = Math.min(...ending.map((m) => open.indexOf(m)));
      const reopen = open.slice(lowest).filter((m) => m.end !== point);
      html += "</mark>".repeat(open.length - lowest);
      open.splice(lowest);
      for (const m of reopen) {
        html += openTag(m, false);
        open.push(m);
      }
      html += backLinks(excerpts.filter((e) => lastEnd.get(e) === point));
    }
    const starting = marks
      .filter((m) => m.start === point)
      .sort((a, b) => b.end - a.end || order(a) - order(b));
    for (const m of starting) {
      html += openTag(m, m.first);
      open.push(m);
    }
  }
  return html + escapeHtml(article.slice(at));
}

function order(m: Mark): number {
  return m.excerpt.kind === "evidence" ? 0 : 1;
}

function openTag(m: Mark, withId: boolean): string {
  const id = withId ? ` id="${escapeHtml(m.excerpt.anchor)}"` : "";
  return `<mark class="${m.excerpt.kind}"${id}>`;
}

function backLinks(ended: Excerpt[]): string {
  const seen = new Map(ended.map((e) => [e.back.href, e.back.label]));
  if (seen.size === 0) return "";
  const links = [...seen].map(
    ([href, label]) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`,
  );
  return `<span class="used-in"> [${links.join(", ")}]</span>`;
}
