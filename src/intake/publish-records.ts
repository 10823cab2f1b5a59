import type { PublishRecord } from "../changes/publishes.js";
import type { PublishedSource } from "../store/store.js";
import { PublishedEntries } from "./overlay.js";

/** What the change model needs of a published source: its time, editor and claims' stances. */
export function publishRecord(row: PublishedSource): PublishRecord {
  const { claims } = PublishedEntries.parse(JSON.parse(row.entries));
  return {
    sourceId: row.sourceId,
    story: row.story,
    team: row.team,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
    claims: [
      ...claims.claims.map((c) => ({ state: c.state, stance: c.stance })),
      ...claims.lists.flatMap((l) => l.states.map((state) => ({ state, stance: l.stance }))),
    ],
  };
}
