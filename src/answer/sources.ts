import type { Source } from "../domain/dataset.js";
import { sourceDate } from "../domain/dataset.js";

/** An article as every answer cites it. */
export interface SourceRef {
  id: string;
  outlet: string | null;
  /** Publication date, else the date of the last update the article states. */
  date: string | null;
  published: string | null;
  updated: string | null;
  path: string;
}

export function sourceRef(source: Source): SourceRef {
  return {
    id: source.id,
    outlet: source.outlet,
    date: sourceDate(source),
    published: source.published,
    updated: source.updated,
    path: source.path,
  };
}

/** Oldest first, so a card reads as the story unfolded; an undated source goes last. */
export function byDate(
  a: { date: string | null; id: string },
  b: { date: string | null; id: string },
): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id.localeCompare(b.id);
}

export function uniqueSources(sources: readonly Source[]): SourceRef[] {
  return [...new Set(sources)].map(sourceRef).sort(byDate);
}
