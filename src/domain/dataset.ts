import type { Stance } from "./stance.js";

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
  /** The file's path relative to the project root, so anyone can open the article. */
  path: string;
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
  sources: Source[];
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
