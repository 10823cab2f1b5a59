import type { Claim, Dataset, Person, Quote, Source } from "../domain/dataset.js";
import { sourceDate } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";
import type { LookupIndex, Target } from "../lookup/index.js";
import { type LookupResult, lookup } from "../lookup/lookup.js";

/**
 * The one answer model every surface renders (Slack, terminal, JSON). Its JSON form is a stable
 * interface for other newsroom tools: the fields below keep their names and meanings.
 */
export interface SourceRef {
  id: string;
  outlet: string | null;
  /** Publication date, else the date of the last update the article states. */
  date: string | null;
  published: string | null;
  updated: string | null;
  path: string;
}

export interface QuoteJson {
  text: string;
  speaker: string;
  speakerRole: string;
  speakerParty: "R" | "D" | null;
  context: string | null;
  source: SourceRef;
  /** The quote's anchor on its source's page: `/sources/<source.id>#<anchor>`. */
  anchor: string;
}

export interface ClaimJson {
  source: SourceRef;
  stance: Stance;
  evidence: string;
  quote: QuoteJson | null;
  attributedTo: string | null;
  /** The evidence's anchor on its source's page: `/sources/<source.id>#<anchor>`. */
  anchor: string;
}

export interface PersonRef {
  name: string;
  role: string;
  party: "R" | "D" | null;
}

export interface StanceGroup {
  stance: Stance;
  sources: SourceRef[];
}

export interface StateMatch {
  kind: "state";
  state: string;
  name: string;
  stance: Stance;
  conflict: boolean;
  /** The stances sources disagree between; empty when they agree. */
  sides: Stance[];
  claims: ClaimJson[];
  people: PersonRef[];
  /** Each stance the sources report, with who reports it: the two sides of a conflict. */
  stances: StanceGroup[];
  /** What the state's officials said that no claim above carries. */
  otherQuotes: QuoteJson[];
  sources: SourceRef[];
  asOf: string | null;
}

export interface PersonMatch {
  kind: "person";
  id: string;
  name: string;
  state: string | null;
  stateName: string | null;
  stateStance: Stance | null;
  stateConflict: boolean;
  stateSides: Stance[];
  role: string;
  party: "R" | "D" | null;
  organisation: string | null;
  quotes: QuoteJson[];
  sources: SourceRef[];
  asOf: string | null;
}

export type Match = StateMatch | PersonMatch;

export interface Answer {
  query: string;
  matches: Match[];
  /** True when the matches are alternatives to choose between ("Dakota"). */
  ambiguous: boolean;
}

export function answer(index: LookupIndex, query: string): Answer {
  return fromLookup(index.dataset, lookup(index, query));
}

export function fromLookup(dataset: Dataset, result: LookupResult): Answer {
  return {
    query: result.query,
    matches: result.targets.map((t) => matchFor(dataset, t)),
    ambiguous: result.ambiguous,
  };
}

export function matchFor(dataset: Dataset, target: Target): Match {
  return target.kind === "state"
    ? stateMatch(dataset, target.usps)
    : personMatch(dataset, target.id);
}

export function stateMatch(dataset: Dataset, usps: string): StateMatch {
  const record = dataset.states.get(usps);
  if (!record) throw new Error(`unknown state ${usps}`);
  const claims = record.claims.map(claimJson);
  const claimQuotes = new Set(record.claims.map((c) => c.quote).filter(Boolean));
  const otherQuotes = dataset.quotes
    .filter((q) => q.speaker.state === usps && !claimQuotes.has(q))
    .map(quoteJson);
  const sources = uniqueSources(record.claims.map((c) => c.source));
  return {
    kind: "state",
    state: usps,
    name: record.jurisdiction.name,
    stance: record.stance,
    conflict: record.conflict,
    sides: record.sides,
    claims,
    people: record.people.map(personRef),
    stances: groupByStance(record.claims),
    otherQuotes,
    sources,
    asOf: latest(sources),
  };
}

export function personMatch(dataset: Dataset, id: string): PersonMatch {
  const person = dataset.people.find((p) => p.id === id);
  if (!person) throw new Error(`unknown person ${id}`);
  const state = person.state ? dataset.states.get(person.state) : undefined;
  const quotes = dataset.quotes.filter((q) => q.speaker === person);
  const sources = uniqueSources(quotes.map((q) => q.source));
  return {
    kind: "person",
    id: person.id,
    name: person.name,
    state: person.state,
    stateName: state?.jurisdiction.name ?? null,
    stateStance: state?.stance ?? null,
    stateConflict: state?.conflict ?? false,
    stateSides: state?.sides ?? [],
    role: person.role,
    party: person.party,
    organisation: person.organisation,
    quotes: quotes.map(quoteJson),
    sources,
    asOf: latest(sources),
  };
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

function claimJson(claim: Claim): ClaimJson {
  return {
    source: sourceRef(claim.source),
    stance: claim.stance,
    evidence: claim.evidence,
    quote: claim.quote ? quoteJson(claim.quote) : null,
    attributedTo: claim.attributedTo,
    anchor: claim.anchor,
  };
}

function quoteJson(quote: Quote): QuoteJson {
  return {
    text: quote.text,
    speaker: quote.speaker.name,
    speakerRole: quote.speaker.role,
    speakerParty: quote.speaker.party,
    context: quote.context,
    source: sourceRef(quote.source),
    anchor: quote.anchor,
  };
}

function personRef(person: Person): PersonRef {
  return { name: person.name, role: person.role, party: person.party };
}

function groupByStance(claims: Claim[]): StanceGroup[] {
  const groups: StanceGroup[] = [];
  for (const claim of claims) {
    const group = groups.find((g) => g.stance === claim.stance);
    const ref = sourceRef(claim.source);
    if (group) group.sources.push(ref);
    else groups.push({ stance: claim.stance, sources: [ref] });
  }
  return groups;
}

export function uniqueSources(sources: Source[]): SourceRef[] {
  return [...new Set(sources)].sort((a, b) => a.id.localeCompare(b.id)).map(sourceRef);
}

export function latest(sources: SourceRef[]): string | null {
  const dates = sources.map((s) => s.date).filter((d): d is string => d !== null);
  return dates.length > 0 ? (dates.sort()[dates.length - 1] ?? null) : null;
}
