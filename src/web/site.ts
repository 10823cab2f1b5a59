import type { PublishEvent } from "../changes/publishes.js";
import type { Dataset, Source, Story } from "../domain/dataset.js";
import type { LookupIndex } from "../lookup/index.js";
import type { Excerpt } from "./highlight.js";
import { type SiteLinks, siteLinks } from "./links.js";
import { comparableArticle, locate } from "./locate.js";

/** An article as received, with where the dataset's excerpts stand in it. */
export interface Article {
  source: Source;
  text: string;
  excerpts: Excerpt[];
}

/** What one story's pages are built from; rebuilt when an editor publishes. */
export interface Site {
  dataset: Dataset;
  /** The story the pages are about (null when the data holds every story at once). */
  story: Story | null;
  /** Every story's tracker, for the pages' navigation. */
  stories: { title: string; href: string }[];
  index: LookupIndex;
  /** Root-relative links, for the pages themselves. */
  links: SiteLinks;
  articles: Map<string, Article>;
  /** Publishes and retractions that changed an answer, oldest first (`/changes`, the feed). */
  events: PublishEvent[];
  /** Absolute links (PUBLIC_URL) for what leaves the site, the feed; root-relative without it. */
  publicLinks: SiteLinks;
}

/** Finds each claim's evidence and each quote in it. */
export function createSite(
  index: LookupIndex,
  links: SiteLinks = siteLinks(),
  stories: Site["stories"] = [],
  published: { events?: PublishEvent[]; publicLinks?: SiteLinks } = {},
): Site {
  const { dataset } = index;
  const articles = new Map<string, Article>();
  for (const source of dataset.sources) {
    const text = dataset.articles.get(source.id) ?? "";
    articles.set(source.id, { source, text, excerpts: excerptsOf(dataset, source, text, links) });
  }
  return {
    dataset,
    story: dataset.story,
    stories,
    index,
    links,
    articles,
    events: published.events ?? [],
    publicLinks: published.publicLinks ?? links,
  };
}

function excerptsOf(dataset: Dataset, source: Source, text: string, links: SiteLinks): Excerpt[] {
  const article = comparableArticle(text);
  const stateName = (usps: string) => dataset.states.get(usps)?.jurisdiction.name ?? usps;
  const claims = dataset.claims
    .filter((c) => c.source === source)
    .map(
      (c): Excerpt => ({
        anchor: c.anchor,
        kind: "evidence",
        name: stateName(c.state),
        ranges: locate(c.evidence, article),
        back: { href: links.state(c.state), label: stateName(c.state) },
      }),
    );
  const quotes = dataset.quotes
    .filter((q) => q.source === source)
    .map(
      (q): Excerpt => ({
        anchor: q.anchor,
        kind: "quote",
        name: q.speaker.name,
        ranges: locate(q.text, article),
        back: q.speaker.state
          ? { href: links.state(q.speaker.state), label: stateName(q.speaker.state) }
          : { href: links.person(q.speaker.id), label: q.speaker.name },
      }),
    );
  // The dataset check guarantees every excerpt is verbatim, so each is found.
  return [...claims, ...quotes].filter((e) => e.ranges.length > 0);
}
