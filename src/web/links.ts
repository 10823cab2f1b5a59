import type { ListKey } from "../domain/stance.js";
import type { CardOptions } from "../render/cards.js";

/**
 * The web pages' addresses, for the pages themselves (base "", root-relative) and for Slack
 * cards and the digest (base PUBLIC_URL, absolute). One place, so the two never disagree.
 */
export interface SiteLinks {
  tracker(): string;
  search(): string;
  /** Every claim, one row each: "csv" or "json". */
  exportFile(format: "csv" | "json"): string;
  state(usps: string): string;
  person(id: string): string;
  /** A question about the whole table: the tracker filtered to it ("refuses", "disputed", "tally"). */
  list(key: ListKey): string;
  /** An article's page, at the anchor of one evidence sentence or quote ("OH-1", "quote-3"). */
  source(id: string, anchor?: string): string;
  /** What changed: publishes that moved an answer, and moves by the articles' dates. */
  changes(): string;
  /** The Atom feed of publishes and retractions that changed an answer. */
  feed(): string;
}

export function siteLinks(base = ""): SiteLinks {
  const root = base.replace(/\/+$/, "");
  const at = (path: string) => `${root}${path}`;
  return {
    tracker: () => at("/"),
    search: () => at("/search"),
    exportFile: (format) => at(`/export.${format}`),
    state: (usps) => at(`/states/${encodeURIComponent(usps)}`),
    person: (id) => at(`/people/${encodeURIComponent(id)}`),
    list: (key) => at(key === "tally" ? "/" : `/?stance=${encodeURIComponent(key)}#states`),
    source: (id, anchor) =>
      at(`/sources/${encodeURIComponent(id)}${anchor ? `#${encodeURIComponent(anchor)}` : ""}`),
    changes: () => at("/changes"),
    feed: () => at("/feed.xml"),
  };
}

/** Card options that link each claim and quote to its sentence in the article. */
export function cardLinks(links: SiteLinks): CardOptions {
  return { sourceUrl: (source, anchor) => links.source(source.id, anchor) };
}

/** For Slack: links only when PUBLIC_URL says where the pages are. */
export function publicCardLinks(publicUrl: string | undefined): CardOptions {
  return publicUrl ? cardLinks(siteLinks(publicUrl)) : {};
}

/** Where a story's pages are, below the default story's at `/`. */
export const storyBase = (id: string) => `/stories/${encodeURIComponent(id)}`;
