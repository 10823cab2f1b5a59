import type { Dataset } from "../domain/dataset.js";
import {
  type PublishEvent,
  type PublishRecord,
  publishLog,
  type RetractionRecord,
} from "./publishes.js";

/** Where the publish records come from now (the intake service, after each reload). */
export interface PublishRecords {
  publishes: readonly PublishRecord[];
  retractions: readonly RetractionRecord[];
}

/**
 * Each story's publishes and retractions with what they changed, computed once per dataset: a
 * publish rebuilds the library, so a new dataset object means new records too.
 */
export class ChangeLog {
  private readonly cache = new WeakMap<Dataset, PublishEvent[]>();

  constructor(private readonly records: () => PublishRecords) {}

  events(dataset: Dataset): PublishEvent[] {
    let events = this.cache.get(dataset);
    if (!events) {
      const { publishes, retractions } = this.records();
      events = publishLog(dataset, publishes, retractions);
      this.cache.set(dataset, events);
    }
    return events;
  }

  /** Only the events that moved an answer: what alerts, the feed and the digest report. */
  changes(dataset: Dataset): PublishEvent[] {
    return this.events(dataset).filter((e) => e.changes.length > 0);
  }
}
