import { type TimelineEntry, timeline } from "../changes/timeline.js";
import type { Claim, Dataset, Person, Quote, Story } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";
import type { LookupIndex, Target } from "../lookup/index.js";
import {
  type LookupResult,
  lookup,
  MAX_QUERY_LENGTH,
  type RoleFallback,
  type Unanswered,
} from "../lookup/lookup.js";
import type { OfficialsQuestion } from "../lookup/officials-queries.js";

export type { OfficialsQuestion };

import { type Currency, currencyOf } from "./dates.js";
import { fieldListMatch, type ListMatch, listMatch, reportedBy, withinRegion } from "./lists.js";
import { type SaidJson, saidJson } from "./said.js";
import { type SourceMatch, sourceMatch } from "./source-match.js";
import { byDate, type SourceRef, sourceRef, uniqueSources } from "./sources.js";

export { type SourceRef, sourceRef, uniqueSources } from "./sources.js";

/**
 * The one answer model every surface renders (Slack, terminal, JSON, web). Its JSON form is a
 * stable interface for other newsroom tools: the fields below keep their names and meanings.
 */
export interface QuoteJson {
  text: string;
  speaker: string;
  speakerRole: string;
  speakerParty: "R" | "D" | null;
  context: string | null;
  /** The organisation the speaker spoke for, when not for their state ("the commission"). */
  onBehalfOf: string | null;
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
  /** Why the evidence was coded so, where the text allows more than one reading. */
  note: string | null;
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

export interface StateMatch extends Currency {
  kind: "state";
  state: string;
  name: string;
  stance: Stance;
  conflict: boolean;
  /** The stances sources disagree between; empty when they agree. */
  sides: Stance[];
  /** Oldest source first. */
  claims: ClaimJson[];
  people: PersonRef[];
  /** Each stance the sources report, with who reports it: the two sides of a conflict. */
  stances: StanceGroup[];
  /** What the state's officials said for the state that no claim above carries. */
  otherQuotes: QuoteJson[];
  /** What the state's officials said for another body (Kobach for the commission): not the state's answer. */
  onBehalfQuotes: QuoteJson[];
  sources: SourceRef[];
  /** Each source oldest first, with the stance it gave and the state's summary after it. */
  timeline: TimelineEntry[];
}

export interface NamedIn {
  source: SourceRef;
  /** The article's words that name the person in their role. */
  text: string;
}

export interface PersonMatch extends Currency {
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
  namedIn: NamedIn;
  /** Claims whose evidence names the person or carries their quote, oldest first. */
  claims: (ClaimJson & { state: string; stateName: string })[];
  quotes: QuoteJson[];
  sources: SourceRef[];
  /** What the person said in other stories, grouped by story; filled by the library. */
  otherStories: { story: StoryRef; quotes: QuoteJson[] }[];
}

export type { ListMatch } from "./lists.js";
export type { SaidJson } from "./said.js";
export type { SourceMatch, SourceState } from "./source-match.js";
export type Match = StateMatch | PersonMatch | ListMatch | SourceMatch;

export interface Suggestion {
  kind: "state" | "person";
  id: string;
  name: string;
}

/** Another story that tracks what was asked for ("Also tracked: … /voterdata doj Ohio"). */
export interface AlsoTracked {
  story: StoryRef;
  /** The word that picks that story in a query ("doj"). */
  word: string;
  /** The names asked for that it has ("Ohio"). */
  names: string[];
}

export interface StoryRef {
  id: string;
  title: string;
  /** The story's own words for stances, where it has them ({"refuses": "declined"}). */
  labels: Partial<Record<Stance, string>>;
}

export interface Answer {
  /** The question as asked, cut to MAX_QUERY_ECHOED characters (a pasted book is not echoed). */
  query: string;
  /** Present, and true, when `query` was cut. */
  queryTruncated?: true;
  /** The story the answer is about; null when the data holds every story at once. */
  story: StoryRef | null;
  matches: Match[];
  /** True when the matches are alternatives to choose between ("Dakota"). */
  ambiguous: boolean;
  /** When nothing matched but a near miss did ("Tom Perez": Myrna Pérez), offered, never answered. */
  suggestions: Suggestion[];
  /** A role asked of a state whose holder the sources do not name, answered with who they do name. */
  roleFallback: (RoleFallback & { stateName: string }) | null;
  /** Other stories that have what was asked for; filled by the library, which knows them. */
  alsoTracked: AlsoTracked[];
  /**
   * The story a question went to first (the default or the channel's) when it had nothing for
   * the query and `story` answered instead; absent when the first story answered.
   */
  notIn?: StoryRef;
  /** "Ohio on July 1": the day the answer stands on, articles dated later left out. */
  on?: string;
  /**
   * "which governors refused": the stance asked of officials of a party or office; `matches` are
   * the officials the sources quote giving that answer.
   */
  officials?: OfficialsQuestion;
  /** A "who said …" question: the matching words of each speaker, in the matches' order. */
  said: SaidJson[];
  /** Understood but unanswerable: "quote" (no one in the sources said that), "list" (no such list). */
  unanswered: Unanswered | null;
  /** "what did the commission ask for": the request, as the story states it. */
  request?: RequestJson;
  /** Names typed beside a state that fit nothing in the sources ("Raffensperger"). */
  unfit?: string[];
  /** "what did Kobach say about North Carolina": states the people asked never name in their words. */
  silentOn?: string[];
  /**
   * "when was the commission formed", "what did the White House say": the articles' sentences
   * that hold the question's words, word for word, best first; shown before any card.
   */
  sentences?: ArticleSentenceJson[];
}

/** An article's sentence, word for word, with the article. */
export interface ArticleSentenceJson {
  text: string;
  source: SourceRef;
}

/** The request a story is about, in the newsroom's words, with the article that states it. */
export interface RequestJson {
  requester: string;
  /** "2017-06-28", or "2025-05" where only the month is known. */
  requested: string;
  text: string;
  /** The article that states the request and its words; null where none is bundled. */
  source: SourceRef | null;
  evidence: string | null;
  /** Why no article is given, where the story says. */
  sourceNote: string | null;
}

function requestJson(story: Story): RequestJson {
  return {
    requester: story.requester,
    requested: story.requested,
    text: story.request,
    source: story.source ? sourceRef(story.source.source) : null,
    evidence: story.source?.evidence ?? null,
    sourceNote: story.sourceNote,
  };
}

/** The most of a question an answer echoes: more than any query that can match, so it shows. */
export const MAX_QUERY_ECHOED = MAX_QUERY_LENGTH + 80;

/** The question as an answer echoes it: whole, or cut and flagged. */
export function echoedQuery(query: string): Pick<Answer, "query" | "queryTruncated"> {
  return query.length > MAX_QUERY_ECHOED
    ? { query: query.slice(0, MAX_QUERY_ECHOED), queryTruncated: true }
    : { query };
}

export function answer(index: LookupIndex, query: string): Answer {
  return fromLookup(index.dataset, lookup(index, query));
}

export function fromLookup(dataset: Dataset, result: LookupResult): Answer {
  return {
    query: result.query,
    story: dataset.story
      ? { id: dataset.story.id, title: dataset.story.title, labels: dataset.story.labels }
      : null,
    matches: result.targets.map((t) => matchFor(dataset, t)),
    ambiguous: result.ambiguous,
    suggestions: result.suggestions.map((t) => suggestion(dataset, t)),
    roleFallback: result.roleFallback
      ? {
          ...result.roleFallback,
          stateName:
            dataset.states.get(result.roleFallback.state)?.jurisdiction.name ??
            result.roleFallback.state,
        }
      : null,
    alsoTracked: [],
    said: (result.said ?? []).map((hit) => saidJson(dataset, hit)),
    unanswered: result.unanswered ?? null,
    ...(result.officials ? { officials: result.officials } : {}),
    ...(result.request && dataset.story ? { request: requestJson(dataset.story) } : {}),
    ...(result.unfit ? { unfit: result.unfit } : {}),
    ...(result.silentOn ? { silentOn: result.silentOn } : {}),
    ...(result.sentences
      ? {
          sentences: result.sentences.map((h) => ({
            text: h.item.text,
            source: sourceRef(h.item.source),
          })),
        }
      : {}),
  };
}

export function matchFor(dataset: Dataset, target: Target): Match {
  switch (target.kind) {
    case "state":
      return stateMatch(dataset, target.usps);
    case "person":
      return personMatch(dataset, target.id);
    case "list": {
      const { list, field, source, region } = target;
      const whole = (within: Dataset) =>
        field ? fieldListMatch(within, list, field) : listMatch(within, list);
      const listOf = (within: Dataset) =>
        source ? reportedBy(within, source, whole) : whole(within);
      return region ? withinRegion(dataset, region, listOf) : listOf(dataset);
    }
    case "source":
      return sourceMatch(dataset, target.id);
  }
}

function suggestion(dataset: Dataset, target: Target): Suggestion {
  const match = matchFor(dataset, target);
  return {
    kind: match.kind === "state" ? "state" : "person",
    id: match.kind === "state" ? match.state : match.kind === "list" ? match.list : match.id,
    name: match.name,
  };
}

export function stateMatch(dataset: Dataset, usps: string): StateMatch {
  const record = dataset.states.get(usps);
  if (!record) throw new Error(`unknown state ${usps}`);
  const claims = record.claims.map(claimJson).sort(claimOrder);
  const claimQuotes = new Set(record.claims.map((c) => c.quote).filter(Boolean));
  const ownQuotes = dataset.quotes
    .filter((q) => q.speaker.state === usps && !claimQuotes.has(q))
    .map(quoteJson)
    .sort((a, b) => byDate(a.source, b.source));
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
    stances: groupByStance(claims),
    otherQuotes: ownQuotes.filter((q) => q.onBehalfOf === null),
    onBehalfQuotes: ownQuotes.filter((q) => q.onBehalfOf !== null),
    sources,
    timeline: timeline(record.claims),
    ...currencyOf(sources),
  };
}

export function personMatch(dataset: Dataset, id: string): PersonMatch {
  const person = dataset.people.find((p) => p.id === id);
  if (!person) throw new Error(`unknown person ${id}`);
  const state = person.state ? dataset.states.get(person.state) : undefined;
  const quotes = dataset.quotes.filter((q) => q.speaker === person);
  const claims = dataset.claims.filter((c) => c.quote?.speaker === person || names(c, person));
  const sources = uniqueSources([
    person.namedIn.source,
    ...quotes.map((q) => q.source),
    ...claims.map((c) => c.source),
  ]);
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
    namedIn: { source: sourceRef(person.namedIn.source), text: person.namedIn.text },
    claims: claims
      .map((c) => ({
        ...claimJson(c),
        state: c.state,
        stateName: dataset.states.get(c.state)?.jurisdiction.name ?? c.state,
      }))
      .sort(claimOrder),
    quotes: quotes.map(quoteJson).sort((a, b) => byDate(a.source, b.source)),
    sources,
    ...currencyOf(sources),
    otherStories: [],
  };
}

/**
 * A claim is about a person's doing when its sentence names them and reports their own state:
 * "North Dakota's director of elections, John Arnold, told The Hill..." is Arnold's; a sentence
 * about Utah that mentions "President Donald Trump's election integrity commission" is not Trump's.
 */
function names(claim: Claim, person: Person): boolean {
  return claim.state === person.state && claim.evidence.includes(person.name);
}

function claimOrder(a: ClaimJson, b: ClaimJson): number {
  return byDate(a.source, b.source);
}

export function claimJson(claim: Claim): ClaimJson {
  return {
    source: sourceRef(claim.source),
    stance: claim.stance,
    evidence: claim.evidence,
    quote: claim.quote ? quoteJson(claim.quote) : null,
    attributedTo: claim.attributedTo,
    note: claim.note,
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
    onBehalfOf: quote.onBehalfOf,
    source: sourceRef(quote.source),
    anchor: quote.anchor,
  };
}

function personRef(person: Person): PersonRef {
  return { name: person.name, role: person.role, party: person.party };
}

function groupByStance(claims: ClaimJson[]): StanceGroup[] {
  const groups: StanceGroup[] = [];
  for (const claim of claims) {
    const group = groups.find((g) => g.stance === claim.stance);
    if (group) group.sources.push(claim.source);
    else groups.push({ stance: claim.stance, sources: [claim.source] });
  }
  return groups;
}
