import { byDate, type SourceRef, sourceRef } from "../answer/sources.js";
import {
  type Claim,
  type Dataset,
  type Person,
  type Source,
  type StateRecord,
  sourceDate,
  sourcesView,
} from "../domain/dataset.js";
import { type Stance, summarise } from "../domain/stance.js";

/**
 * The change model every surface shares (cards, "changed since", alerts, the feed, the digest):
 * a state's summary is `summarise` over the claims that stand at a moment, and a change is a
 * moment where that summary (stance or conflict) moved.
 */
export interface Summary {
  stance: Stance;
  conflict: boolean;
}

/** One source's step in a state's timeline: what it said, and the summary after it. */
export interface TimelineEntry {
  /** The date the source states (publication, else its update); null when it states none. */
  date: string | null;
  stance: Stance;
  source: SourceRef;
  /** The state's summary once this source is counted, with every older one. */
  summary: Stance;
  conflict: boolean;
}

/** A moment a state's summary moved: before → after, and the source that moved it. */
export interface SummaryChange {
  state: string;
  name: string;
  from: Summary;
  to: Summary;
  date: string | null;
  source: SourceRef;
}

export const NO_REPORT: Summary = { stance: "no-report", conflict: false };

export function summaryOf(claims: readonly { stance: Stance }[]): Summary {
  const { stance, conflict } = summarise(claims.map((c) => c.stance));
  return { stance, conflict };
}

export function sameSummary(a: Summary, b: Summary): boolean {
  return a.stance === b.stance && a.conflict === b.conflict;
}

/**
 * A state's claims as they arrived, oldest source first (a source's claims count together, an
 * undated source last): each source's stance and the summary once it is counted.
 */
export function timeline(claims: readonly Claim[]): TimelineEntry[] {
  const bySource = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = bySource.get(claim.source.id) ?? [];
    list.push(claim);
    bySource.set(claim.source.id, list);
  }
  const ordered = [...bySource.values()].sort((a, b) =>
    byDate(sourceRef((a[0] as Claim).source), sourceRef((b[0] as Claim).source)),
  );
  const counted: Claim[] = [];
  return ordered.map((own) => {
    counted.push(...own);
    const source = sourceRef((own[0] as Claim).source);
    const summary = summaryOf(counted);
    return {
      date: source.date,
      stance: summaryOf(own).stance,
      source,
      summary: summary.stance,
      conflict: summary.conflict,
    };
  });
}

/** The entries where the summary moved, the first report included; [] when it never moved. */
export function turningPoints(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const points: TimelineEntry[] = [];
  let last: Summary | null = null;
  for (const entry of entries) {
    const now = { stance: entry.summary, conflict: entry.conflict };
    if (!last || !sameSummary(last, now)) points.push(entry);
    last = now;
  }
  return points.length > 1 ? points : [];
}

/** Each move of a state's summary, from "no report" before its first source. */
function stateChanges(record: StateRecord): SummaryChange[] {
  const changes: SummaryChange[] = [];
  let last = NO_REPORT;
  for (const entry of timeline(record.claims)) {
    const to = { stance: entry.summary, conflict: entry.conflict };
    if (!sameSummary(last, to)) {
      changes.push({
        state: record.jurisdiction.usps,
        name: record.jurisdiction.name,
        from: last,
        to,
        date: entry.date,
        source: entry.source,
      });
    }
    last = to;
  }
  return changes;
}

/**
 * Every move of a summary on or after `since` (a YYYY-MM-DD day), by the sources' own dates,
 * oldest first. A source with no date cannot be placed in a window and is left out.
 */
export function changesSince(dataset: Dataset, since: string): SummaryChange[] {
  return [...dataset.states.values()]
    .flatMap(stateChanges)
    .filter((c) => c.date !== null && c.date >= since)
    .sort((a, b) => byDate(a.source, b.source) || a.name.localeCompare(b.name, "en"));
}

/** The first day any of the dataset's sources states, or null when none states one. */
export function firstDate(dataset: Dataset): string | null {
  const dates = dataset.sources
    .map((s) => s.published ?? s.updated)
    .filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.reduce((a, b) => (a < b ? a : b)) : null;
}

/** The newest day any of the dataset's sources states. */
export function lastDate(dataset: Dataset): string | null {
  const dates = dataset.sources
    .map((s) => s.published ?? s.updated)
    .filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

/**
 * The dataset as its sources stood at the end of `day`: only sources dated on or before it (an
 * undated source cannot be placed, so it is left out), and only the quotes, states' summaries
 * and people those sources support. A person counts once the article naming them in their role
 * stands, so no card points to a later article for who they are.
 */
export function datasetOn(dataset: Dataset, day: string): Dataset {
  const stood = (source: Source) => {
    const date = sourceDate(source);
    return date !== null && date <= day;
  };
  const view = sourcesView(dataset, stood);
  const named = (p: Person) => stood(p.namedIn.source);
  const states = new Map<string, StateRecord>();
  for (const [usps, record] of view.states) {
    states.set(usps, { ...record, people: record.people.filter(named) });
  }
  return {
    ...view,
    people: view.people.filter(named),
    organisations: view.organisations
      .map((o) => ({ ...o, people: o.people.filter(named) }))
      .filter((o) => o.people.length > 0),
    states,
  };
}
