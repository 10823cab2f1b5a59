import { type Stance, summarise } from "./stance.js";

export type Party = "R" | "D";

export interface Source {
  id: string;
  outlet: string | null;
  author: string | null;
  /** ISO date the article was published, where it states one. */
  published: string | null;
  /** ISO date of the article's last update, where it states one. */
  updated: string | null;
  headline: string;
  notes: string | null;
  /** The article's address, where the data gives one. */
  url: string | null;
  /** When the page at `url` was fetched (an article added by its link); null otherwise. */
  fetched: string | null;
  /** The file's path relative to the project root, so anyone can open the article. */
  path: string;
  /** The story the article's claims belong to. */
  story: string;
}

/** One request to the states and their responses: `commission-2017`, `doj-2025`. */
export interface Story {
  id: string;
  title: string;
  /** A short name for one line: "2017 commission". */
  short: string;
  requester: string;
  /** "2017-06-28", or "2025-05" where only the month is known. */
  requested: string;
  /** The request in the newsroom's own words. */
  request: string;
  /** The article that states the request, and its words; null where none is bundled. */
  source: { source: Source; evidence: string } | null;
  sourceNote: string | null;
  /** Query words that pick the story ("2017", "doj"). */
  words: string[];
  /** Words in an article that say it is about this story, for proposing a new article's story. */
  keywords: string[];
  /** The story's own words for stances, where it has them ("declined"). */
  labels: Partial<Record<Stance, string>>;
}

export interface Jurisdiction {
  usps: string;
  name: string;
  ap: string;
  aliases: string[];
  tile: { row: number; col: number };
}

export type Office =
  | "secretary-of-state"
  | "governor"
  | "lieutenant-governor"
  | "elections-director"
  | "state-senator"
  | "party-chair"
  | "president"
  | "other";

/** A state office in plain words, one holder and several: "2 secretaries of state". */
export const OFFICE_NOUNS: Partial<Record<Office, [string, string]>> = {
  "secretary-of-state": ["secretary of state", "secretaries of state"],
  governor: ["governor", "governors"],
  "lieutenant-governor": ["lieutenant governor", "lieutenant governors"],
  "elections-director": ["election director", "election directors"],
};

export interface Person {
  id: string;
  name: string;
  role: string;
  state: string | null;
  organisation: string | null;
  office: Office;
  party: Party | null;
  aliases: string[];
  /** The words in an article that name the person in their role, so every card has a source. */
  namedIn: { source: Source; text: string };
}

/** A body the articles name (the commission, the Brennan Center), with the people who spoke for it. */
export interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  people: Person[];
}

export interface Quote {
  text: string;
  speaker: Person;
  source: Source;
  context: string | null;
  /** The organisation the speaker spoke for, when not for their state ("the commission"). */
  onBehalfOf: string | null;
  /** Where the quote stands on its source's page ("quote-3"), unique within the source. */
  anchor: string;
}

export interface Claim {
  state: string;
  source: Source;
  stance: Stance;
  evidence: string;
  quote: Quote | null;
  /** Who the source says the claim comes from, when it is not the source's own reporting. */
  attributedTo: string | null;
  /** Why the evidence was coded so, where the text allows more than one reading. */
  note: string | null;
  /** Where the evidence stands on its source's page ("OH-1"), unique within the source. */
  anchor: string;
}

export interface StateRecord {
  jurisdiction: Jurisdiction;
  claims: Claim[];
  stance: Stance;
  conflict: boolean;
  /** The stances sources disagree between; empty when they agree. */
  sides: Stance[];
  people: Person[];
}

export interface Dataset {
  /** Every story; a dataset may hold the claims of one (`storyView`) or of all. */
  stories: Story[];
  /** The story this dataset holds alone, or null when it holds every story's claims. */
  story: Story | null;
  sources: Source[];
  /** Each article's text as received, by source id. */
  articles: Map<string, string>;
  jurisdictions: Jurisdiction[];
  people: Person[];
  organisations: Organisation[];
  claims: Claim[];
  /** Every quote, whether it backs a claim or not. */
  quotes: Quote[];
  states: Map<string, StateRecord>;
}

/** The date to show for a source: publication, else its last update. */
export function sourceDate(source: Source): string | null {
  return source.published ?? source.updated;
}

/**
 * One story's part of a dataset: its articles, claims and quotes, and every state summarised
 * from those claims alone, so answers never mix stories.
 */
export function storyView(dataset: Dataset, story: string): Dataset {
  return {
    ...sourcesView(dataset, (s) => s.story === story),
    story: dataset.stories.find((s) => s.id === story) ?? null,
  };
}

/**
 * The part of a dataset its kept sources support: their articles, claims and quotes, only the
 * people and organisations those articles name or quote, and every state summarised from the
 * kept claims alone. Whatever an answer shows from the view comes from a kept source.
 */
export function sourcesView(dataset: Dataset, keep: (source: Source) => boolean): Dataset {
  const kept = <T extends { source: Source }>(items: T[]) => items.filter((i) => keep(i.source));
  const claims = kept(dataset.claims);
  const quotes = kept(dataset.quotes);
  // A person belongs to the view when a kept article names or quotes them.
  const named = new Set<Person>([
    ...dataset.people.filter((p) => keep(p.namedIn.source)),
    ...quotes.map((q) => q.speaker),
  ]);
  const states = new Map<string, StateRecord>();
  for (const [usps, record] of dataset.states) {
    const own = claims.filter((c) => c.state === usps);
    const people = record.people.filter((p) => named.has(p));
    states.set(usps, { ...record, claims: own, people, ...summarise(own.map((c) => c.stance)) });
  }
  const sources = dataset.sources.filter(keep);
  const keptIds = new Set(sources.map((s) => s.id));
  return {
    ...dataset,
    people: dataset.people.filter((p) => named.has(p)),
    organisations: dataset.organisations
      .map((o) => ({ ...o, people: o.people.filter((p) => named.has(p)) }))
      .filter((o) => o.people.length > 0),
    sources,
    articles: new Map([...dataset.articles].filter(([id]) => keptIds.has(id))),
    claims,
    quotes,
    states,
  };
}
