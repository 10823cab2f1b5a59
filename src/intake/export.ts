import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { claimsYaml } from "../draft/write.js";
import type { EditorStory, PublishedSource, Retraction } from "../store/store.js";
import type { Bundled } from "./bundled.js";
import { PublishedEntries, withoutStates } from "./overlay.js";

export interface ExportResult {
  files: string[];
  /** Sources skipped because data/ already holds them. */
  skipped: string[];
}

/**
 * What editors published from Slack, as files shaped like data/: each article byte for byte in
 * sources/<id>.txt, sources.yaml and people.yaml with the new entries (to append to data/'s),
 * claims/<id>.yaml (retracted claims left out, as readers see them) and stories/<id>.yaml. What
 * data/ already holds is skipped, so a second export after bundling adds nothing twice.
 */
export function exportPublished(
  rows: readonly PublishedSource[],
  retractions: readonly Retraction[],
  stories: readonly EditorStory[],
  bundled: Bundled,
  outDir: string,
): ExportResult {
  const files: string[] = [];
  const skipped: string[] = [];
  const write = (path: string, content: string | Uint8Array) => {
    const full = join(outDir, path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, content);
    files.push(full);
  };
  const sources: unknown[] = [];
  const people: unknown[] = [];
  const seenPeople = new Set<string>();
  for (const row of rows) {
    if (bundled.sources.has(row.sourceId)) {
      skipped.push(row.sourceId);
      continue;
    }
    const entries = PublishedEntries.parse(JSON.parse(row.entries));
    write(join("sources", `${row.sourceId}.txt`), new TextEncoder().encode(row.article));
    sources.push(entries.source);
    for (const person of entries.people) {
      if (bundled.people.has(person.id) || seenPeople.has(person.id)) continue;
      seenPeople.add(person.id);
      people.push(person);
    }
    const gone = new Set(
      retractions.filter((r) => r.sourceId === row.sourceId).map((r) => r.state),
    );
    const header = `# Published from Slack by ${row.publishedBy} on ${row.publishedAt.slice(0, 10)}${gone.size ? `; retracted since: ${[...gone].join(", ")}` : ""}.\n`;
    write(
      join("claims", `${row.sourceId}.yaml`),
      header + claimsYaml(withoutStates(entries.claims, gone)),
    );
  }
  if (sources.length) write("sources.yaml", stringify(sources, { lineWidth: 0 }));
  if (people.length) write("people.yaml", stringify(people, { lineWidth: 0 }));
  for (const story of stories) {
    if (bundled.stories.has(story.id)) continue;
    write(
      join("stories", `${story.id}.yaml`),
      stringify(JSON.parse(story.entry), { lineWidth: 0 }),
    );
  }
  return { files, skipped };
}
