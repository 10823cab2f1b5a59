import { type SourceRef, sourceRef } from "../answer/sources.js";
import type { Dataset } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";
import type { PublishedSource, Retraction } from "../store/store.js";
import { type Summary, type SummaryChange, sameSummary, summaryOf } from "./timeline.js";

/** A source published from Slack, as the change model needs it: when, by whom, which claims. */
export interface PublishRecord
  extends Pick<PublishedSource, "sourceId" | "story" | "team" | "publishedBy" | "publishedAt"> {
  claims: { state: string; stance: Stance }[];
}

/** A published claim an editor took back, as the store keeps it. */
export type RetractionRecord = Retraction;

/** An editor's publish or retraction, with each state whose summary it moved. */
export interface PublishEvent {
  /** Stable across instances and restarts: "publish:<source>" or "retract:<source>:<state>". */
  id: string;
  kind: "publish" | "retract";
  story: string;
  team: string;
  /** The editor's Slack user id. */
  by: string;
  /** When the editor published or retracted (ISO time). */
  at: string;
  sourceId: string;
  /** The article, when the data still has it. */
  source: SourceRef | null;
  headline: string | null;
  /** A retraction's state and reason. */
  state: string | null;
  reason: string | null;
  /** The states whose summary moved; empty for a publish that changed no answer. */
  changes: SummaryChange[];
}

interface TimedClaim {
  state: string;
  stance: Stance;
  /** Published at (null: bundled, always there) and retracted at (null: still stands). */
  from: string | null;
  until: string | null;
}

/**
 * Every publish and retraction of a story, oldest first, each with the summaries it moved: a
 * replay of the claims that stood just before and just after that moment (bundled claims always,
 * published ones from their publish until any retraction). The result follows from the store's
 * rows alone, so every instance computes the same events with the same ids.
 */
export function publishLog(
  dataset: Dataset,
  publishes: readonly PublishRecord[],
  retractions: readonly RetractionRecord[],
): PublishEvent[] {
  const story = dataset.story?.id;
  const fromSlack = new Set(publishes.map((p) => p.sourceId));
  const mine = publishes.filter((p) => p.story === story);
  const taken = retractions.filter((r) => r.story === story);
  const retractedAt = (sourceId: string, state: string) =>
    taken.find((r) => r.sourceId === sourceId && r.state === state)?.retractedAt ?? null;
  const claims: TimedClaim[] = [
    ...dataset.claims
      .filter((c) => !fromSlack.has(c.source.id))
      .map((c) => ({ state: c.state, stance: c.stance, from: null, until: null })),
    ...mine.flatMap((p) =>
      p.claims.map((c) => ({ ...c, from: p.publishedAt, until: retractedAt(p.sourceId, c.state) })),
    ),
  ];
  const byState = new Map<string, TimedClaim[]>();
  for (const claim of claims)
    byState.set(claim.state, [...(byState.get(claim.state) ?? []), claim]);
  const summaryAt = (state: string, at: string, after: boolean): Summary =>
    summaryOf(
      (byState.get(state) ?? []).filter(
        (c) =>
          (c.from === null || (after ? c.from <= at : c.from < at)) &&
          (c.until === null || (after ? c.until > at : c.until >= at)),
      ),
    );
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const source = (id: string) => sources.get(id) ?? null;
  const event = (
    base: Omit<PublishEvent, "changes" | "source" | "headline">,
    states: string[],
  ): PublishEvent => {
    const article = source(base.sourceId);
    const ref = article ? sourceRef(article) : null;
    const changes = [...new Set(states)].sort().flatMap((state): SummaryChange[] => {
      const from = summaryAt(state, base.at, false);
      const to = summaryAt(state, base.at, true);
      if (sameSummary(from, to) || !ref) return [];
      const name = dataset.states.get(state)?.jurisdiction.name ?? state;
      return [{ state, name, from, to, date: ref.date, source: ref }];
    });
    return { ...base, source: ref, headline: article?.headline ?? null, changes };
  };
  const events = [
    ...mine.map((p) =>
      event(
        {
          id: `publish:${p.sourceId}`,
          kind: "publish",
          story: p.story,
          team: p.team,
          by: p.publishedBy,
          at: p.publishedAt,
          sourceId: p.sourceId,
          state: null,
          reason: null,
        },
        p.claims.map((c) => c.state),
      ),
    ),
    ...taken.map((r) =>
      event(
        {
          id: `retract:${r.sourceId}:${r.state}`,
          kind: "retract",
          story: r.story,
          team: mine.find((p) => p.sourceId === r.sourceId)?.team ?? "",
          by: r.retractedBy,
          at: r.retractedAt,
          sourceId: r.sourceId,
          state: r.state,
          reason: r.reason,
        },
        [r.state],
      ),
    ),
  ];
  return events.sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at < b.at ? -1 : 1));
}

/**
 * What a run of events changed in all, per state: from the summary before the first event that
 * moved it to the summary after the last, leaving out a state that came back to where it was.
 */
export function netChanges(events: readonly PublishEvent[]): SummaryChange[] {
  const byState = new Map<string, SummaryChange>();
  for (const event of events) {
    for (const change of event.changes) {
      const earlier = byState.get(change.state);
      byState.set(change.state, earlier ? { ...change, from: earlier.from } : change);
    }
  }
  return [...byState.values()]
    .filter((c) => !sameSummary(c.from, c.to))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}
