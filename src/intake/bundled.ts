// Kept apart from overlay.ts (and its schemas) so start-up can note what data/ holds cheaply.

/** What is already bundled in data/: it wins over the same id published from Slack. */
export interface Bundled {
  sources: ReadonlySet<string>;
  people: ReadonlySet<string>;
  stories: ReadonlySet<string>;
}

/** The ids a dataset loaded from data/ alone holds. */
export function bundledIds(dataset: {
  sources: readonly { id: string }[];
  people: readonly { id: string }[];
  stories: readonly { id: string }[];
}): Bundled {
  return {
    sources: new Set(dataset.sources.map((s) => s.id)),
    people: new Set(dataset.people.map((p) => p.id)),
    stories: new Set(dataset.stories.map((s) => s.id)),
  };
}
