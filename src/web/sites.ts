import type { Library } from "../library/library.js";
import { siteLinks } from "./links.js";
import { createSite, type Site } from "./site.js";

/** The pages of every story: `/…` for the default story, `/stories/<id>/…` for each. */
export interface Sites {
  root: Site;
  byStory: Map<string, Site>;
  /** For the search box: a story word in the query sends it to that story's pages. */
  library: Library;
}

export const storyBase = (id: string) => `/stories/${encodeURIComponent(id)}`;

export function buildSites(library: Library): Sites {
  const nav = library.stories.map((s) => ({
    title: s.story.title,
    href: s === library.defaultStory ? "/" : `${storyBase(s.story.id)}/`,
  }));
  const byStory = new Map(
    library.stories.map((s) => [
      s.story.id,
      createSite(s.index, siteLinks(storyBase(s.story.id)), nav),
    ]),
  );
  return { root: createSite(library.defaultStory.index, siteLinks(), nav), byStory, library };
}
