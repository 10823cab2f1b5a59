import type { ChangeLog } from "../changes/log.js";
import type { Library, StoryData } from "../library/library.js";
import { siteLinks, storyBase } from "./links.js";
import { createSite, type Site } from "./site.js";

/** The pages of every story: `/…` for the default story, `/stories/<id>/…` for each. */
export interface Sites {
  root: Site;
  byStory: Map<string, Site>;
  /** For the search box: a story word in the query sends it to that story's pages. */
  library: Library;
}

export interface SiteOptions {
  /** Publishes and retractions with what they changed, for `/changes` and the feeds. */
  changeLog?: ChangeLog;
  /** Where the pages are public (PUBLIC_URL), for the feeds' absolute links. */
  publicUrl?: string;
}

export function buildSites(library: Library, options: SiteOptions = {}): Sites {
  const nav = library.stories.map((s) => ({
    title: s.story.title,
    href: s === library.defaultStory ? "/" : `${storyBase(s.story.id)}/`,
  }));
  const root = (options.publicUrl ?? "").replace(/\/+$/, "");
  const site = (s: StoryData, base: string) =>
    createSite(s.index, siteLinks(base), nav, {
      events: options.changeLog?.changes(s.dataset) ?? [],
      publicLinks: siteLinks(`${root}${base}`),
    });
  const byStory = new Map(library.stories.map((s) => [s.story.id, site(s, storyBase(s.story.id))]));
  return { root: site(library.defaultStory, ""), byStory, library };
}
