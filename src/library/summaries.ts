import type { Library } from "./library.js";

/** One story as the story lists show it (`/voterdata stories`, `voterdata stories`). */
export interface StorySummary {
  id: string;
  title: string;
  /** A word that names the story in a question ("doj" in "doj Ohio"). */
  hint: string;
  articles: number;
  claims: number;
  statesReportedOn: number;
  isDefault: boolean;
}

export function storySummaries(library: Library): StorySummary[] {
  return library.stories.map((s) => ({
    id: s.story.id,
    title: s.story.title,
    hint: s.hint,
    articles: s.dataset.sources.length,
    claims: s.dataset.claims.length,
    statesReportedOn: [...s.dataset.states.values()].filter((r) => r.claims.length > 0).length,
    isDefault: s === library.defaultStory,
  }));
}
