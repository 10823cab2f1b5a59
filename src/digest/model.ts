import { createHash } from "node:crypto";
import { type Currency, currencyOf } from "../answer/dates.js";
import { type SourceRef, sourceRef, uniqueSources } from "../answer/sources.js";
import { tallyStates } from "../answer/tally.js";
import { netChanges, type PublishEvent } from "../changes/publishes.js";
import type { SummaryChange } from "../changes/timeline.js";
import type { Claim, Dataset, Quote } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";

export interface StateName {
  usps: string;
  name: string;
}

export interface NewClaim {
  state: StateName;
  stance: Stance;
  source: SourceRef;
}

export interface NewQuote {
  speaker: string;
  text: string;
  source: SourceRef;
}

/** A published claim an editor retracted since the channel's last digest, with their reason. */
export interface Correction {
  state: StateName;
  sourceId: string;
  source: SourceRef | null;
  reason: string;
}

/** A retraction as the store keeps it (the fields a digest needs). */
export interface RetractionNote {
  sourceId: string;
  state: string;
  reason: string;
}

/** The digest as data: rendered for Slack and the terminal, printed as JSON for scripts. */
export interface Digest extends Currency {
  /** The story the digest is about (null when the data holds every story at once). */
  story: { id: string; title: string; labels: Partial<Record<Stance, string>> } | null;
  /** The subscriber's local day the digest is for. */
  localDate: string;
  /** States whose sources agree, by stance; the disputed ones are in `conflicts` only. */
  tally: { stance: Stance; states: StateName[] }[];
  conflicts: (StateName & { sides: Stance[] })[];
  /** True when the channel has had no digest before: everything is new, so nothing is listed as such. */
  firstDigest: boolean;
  /** The local day of the channel's previous digest. */
  previousDate: string | null;
  newSources: SourceRef[];
  newClaims: NewClaim[];
  newQuotes: NewQuote[];
  /** Claims the last digest carried that editors have since retracted. */
  corrections: Correction[];
  /**
   * States whose answer editors' publishes and retractions moved since the last digest, before
   * → after: the change model alerts, the feed and "changed since" share.
   */
  changes: SummaryChange[];
  counts: { sources: number; claims: number; quotes: number };
  sources: SourceRef[];
  /** Keys of every source, claim and quote, stored with the digest to tell what is new next time. */
  items: string[];
}

export const sourceKey = (id: string) => `source:${id}`;
export const claimKey = (c: Claim) => `claim:${c.source.id}:${c.state}`;
export const quoteKey = (q: Quote) =>
  `quote:${q.source.id}:${q.speaker.id}:${createHash("sha1").update(q.text).digest("hex").slice(0, 10)}`;

/** The channel's previous digest: its day, what it listed, and when it went out. */
export interface PreviousDigest {
  localDate: string;
  items: string[];
  sentAt?: string | null;
}

export function buildDigest(
  dataset: Dataset,
  localDate: string,
  previous: PreviousDigest | null,
  retractions: readonly RetractionNote[] = [],
  events: readonly PublishEvent[] = [],
): Digest {
  const name = (usps: string): StateName => ({
    usps,
    name: dataset.states.get(usps)?.jurisdiction.name ?? usps,
  });
  const known = new Set(previous?.items ?? []);
  const lastSentAt = previous?.sentAt ?? null;
  const isNew = (key: string) => previous !== null && !known.has(key);
  const sources = uniqueSources(dataset.sources);
  const tally = tallyStates(dataset);
  const story = dataset.story;
  const current = new Set(dataset.claims.map(claimKey));
  const corrections = retractions
    .filter((r) => {
      const key = `claim:${r.sourceId}:${r.state}`;
      return known.has(key) && !current.has(key);
    })
    .map((r) => {
      const source = dataset.sources.find((s) => s.id === r.sourceId);
      return {
        state: name(r.state),
        sourceId: r.sourceId,
        source: source ? sourceRef(source) : null,
        reason: r.reason,
      };
    });
  return {
    story: story ? { id: story.id, title: story.title, labels: story.labels } : null,
    localDate,
    tally: tally.settled.map((t) => ({ stance: t.stance, states: t.states.map(name) })),
    conflicts: tally.disputed.map((usps) => ({
      ...name(usps),
      sides: dataset.states.get(usps)?.sides ?? [],
    })),
    firstDigest: previous === null,
    previousDate: previous?.localDate ?? null,
    newSources: dataset.sources.filter((s) => isNew(sourceKey(s.id))).map(sourceRef),
    newClaims: dataset.claims
      .filter((c) => isNew(claimKey(c)))
      .map((c) => ({ state: name(c.state), stance: c.stance, source: sourceRef(c.source) })),
    newQuotes: dataset.quotes
      .filter((q) => isNew(quoteKey(q)))
      .map((q) => ({ speaker: q.speaker.name, text: q.text, source: sourceRef(q.source) })),
    corrections,
    changes: lastSentAt ? netChanges(events.filter((e) => e.at > lastSentAt)) : [],
    counts: {
      sources: dataset.sources.length,
      claims: dataset.claims.length,
      quotes: dataset.quotes.length,
    },
    sources,
    ...currencyOf(sources),
    items: [
      ...dataset.sources.map((s) => sourceKey(s.id)),
      ...dataset.claims.map(claimKey),
      ...dataset.quotes.map(quoteKey),
    ],
  };
}
