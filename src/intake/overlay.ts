import * as z from "zod";
import type { DataOverlay } from "../data/load.js";
import { ClaimsFile, PersonEntry, SourceEntry, StoryEntry } from "../data/schema.js";
import type { EditorStory, PublishedSource, Retraction } from "../store/store.js";
import type { Bundled } from "./bundled.js";

/** What a published source keeps as its entries: the shapes of data/, validated when read. */
export const PublishedEntries = z.strictObject({
  source: SourceEntry,
  people: z.array(PersonEntry),
  claims: ClaimsFile,
});
export type PublishedEntries = z.infer<typeof PublishedEntries>;

export const OVERLAY_LABEL = "published from Slack:";

/**
 * The overlay of everything published from Slack: sources with their articles, people, claims
 * (retracted ones left out) and editors' stories. A source, person or story that is also bundled
 * is skipped with a warning, so exported files, once committed to data/, never count twice.
 */
export function publishedOverlay(
  rows: readonly PublishedSource[],
  retractions: readonly Retraction[],
  stories: readonly EditorStory[],
  bundled: Bundled,
  warn: (message: string) => void = () => {},
): DataOverlay {
  const overlay: DataOverlay = {
    label: OVERLAY_LABEL,
    sources: [],
    people: [],
    claims: [],
    stories: [],
  };
  for (const story of stories) {
    if (bundled.stories.has(story.id)) {
      warn(`Story ${story.id} is bundled in data/stories; the one created in Slack is ignored`);
      continue;
    }
    overlay.stories.push(StoryEntry.parse(JSON.parse(story.entry)));
  }
  const people = new Set<string>();
  for (const row of rows) {
    if (bundled.sources.has(row.sourceId)) {
      warn(`Source ${row.sourceId} is bundled in data/; the copy published from Slack is ignored`);
      continue;
    }
    const entries = PublishedEntries.parse(JSON.parse(row.entries));
    overlay.sources.push({ entry: entries.source, article: row.article });
    for (const person of entries.people) {
      if (bundled.people.has(person.id) || people.has(person.id)) continue;
      people.add(person.id);
      overlay.people.push(person);
    }
    const gone = new Set(
      retractions.filter((r) => r.sourceId === row.sourceId).map((r) => r.state),
    );
    overlay.claims.push(withoutStates(entries.claims, gone));
  }
  return overlay;
}

/** A claims file without the claims of retracted states (a list keeps its other states). */
export function withoutStates(file: ClaimsFile, states: ReadonlySet<string>): ClaimsFile {
  if (states.size === 0) return file;
  return {
    ...file,
    claims: file.claims.filter((c) => !states.has(c.state)),
    lists: file.lists
      .map((list) => ({
        ...list,
        states: list.states.filter((s) => !states.has(s)),
        quoted: list.quoted.filter((q) => !states.has(q.state)),
      }))
      .filter((list) => list.states.length > 0),
  };
}

/** The states a claims file gives a claim for. */
export function claimStates(file: ClaimsFile): string[] {
  return [...new Set([...file.claims.map((c) => c.state), ...file.lists.flatMap((l) => l.states)])];
}
