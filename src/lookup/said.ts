import MiniSearch from "minisearch";
import type { Dataset, Person, Source } from "../domain/dataset.js";
import { findQuoteSpans } from "../draft/quote-marks.js";
import { type Range, sentences } from "../draft/text.js";
import { normalise } from "./normalise.js";

/**
 * Who said what: every quote in the data and every sentence of the articles that attributes
 * words to a named person, direct ("…," Padilla said) or reported ("Gorbea took her criticism
 * further, saying Kobach was unfit to lead the commission"), searchable by their words.
 *
 * MiniSearch (beside fuse.js, which matches names letter by letter) is a full-text index: it
 * weighs words by rarity (BM25), matches prefixes and near spellings per term, is small,
 * maintained, in memory and builds in milliseconds, so it is built once with the lookup index.
 */
export interface Passage {
  id: number;
  /** The person the words are attributed to (a person id of the dataset). */
  speaker: string;
  /** Word for word: a quote as the data holds it, or the article's sentences that attribute it. */
  text: string;
  /** "quote": the quote itself; "sentence": the article's sentence(s) that carry it. */
  kind: "quote" | "sentence";
  source: Source;
  /** The quote's or claim's anchor on the source's page, where the passage has one. */
  anchor: string | null;
}

export interface SaidIndex {
  passages: Passage[];
  search: MiniSearch<Passage>;
  /** In how many passages each term occurs, for how much of a question a passage covers. */
  df: Map<string, number>;
}

export interface SaidHit {
  passage: Passage;
  /** The share of the question's words (weighted by rarity) the passage holds, 0–1. */
  coverage: number;
  score: number;
}

/** Below this share of the question's (rarity-weighted) words, a passage is not what was said. */
export const SAID_MIN_COVERAGE = 0.65;
/** Speakers offered together when their best passages are this close to the best. */
const SAID_TIE = 0.05;
const MAX_SPEAKERS = 5;

/** Words that carry no meaning of their own in a question or a quote, and the verbs of saying. */
const STOP = new Set(
  (
    "a an the and or but if then than so as of at by for from in into on onto to with without " +
    "about over under after before up down out off again further once here there when where why " +
    "how what which who whom whose this that these those am is are was were be been being have has " +
    "had having do does did doing will would shall should can could may might must i me my mine we " +
    "us our ours you your yours he him his she her hers it its they them their theirs one ones " +
    "all any both each few more most other some such no nor not only own same too very just also " +
    "even ever still yet s t go goes going gone get got " +
    "said says say saying told tell tells telling called call calls calling described describe " +
    "describes describing wrote write writes tweeted tweet stated state declared claimed claim " +
    "quoted quote quotes words word phrase remarked statement someone somebody anyone person " +
    "official officials thing things like expressed express expresses voiced voice voices raised " +
    "raise raises aired mentioned warned argued insisted suggested complained noted added " +
    "asserted explained announced posted vowed want wants wanted think thinks " +
    "believe believes feel feels need needs found find finds worried worry worries feared fears " +
    "reporters reporter press media hed theyd theyll theyre youre weve dont doesnt didnt wont wouldnt isnt arent wasnt werent cant couldnt hasnt havent"
  ).split(" "),
);

const SPEECH =
  /\b(?:said|says|saying|say|added|adding|told|tells|telling|wrote|writes|tweeted|tweets|stated|argued|argues|announced|explained|noted|warned|called|calls|calling|declared|insisted|replied|responded|urged|according to|statement|criticism|criticized|criticised|described|dismissed|complained|vowed|promised|posted|asserted)\b/g;

/** Someone speaking for the person named ("a spokeswoman for Husted"): not the person's words. */
const SPOKEN_FOR =
  /\b(?:spokes\w+|aides?|office|staff|lawyers?|attorneys?)\s+(?:for|of|to)\s+(?:[\p{L}.’'-]+\s+){0,4}$/iu;

const ATTRIBUTIVE =
  /^(?:['’]s?\b|\s+(?:commission|administration|campaign|panel|letter|request|team|loyalists|supporters|allies|aides|officials|era|White House)\b)/u;

function terms(text: string): string[] {
  return normalise(text).split(" ").filter(Boolean);
}

const processTerm = (term: string): string | null => (STOP.has(term) ? null : term);

export function buildSaidIndex(dataset: Dataset): SaidIndex {
  const passages: Passage[] = [];
  const seen = new Set<string>();
  const add = (p: Omit<Passage, "id">) => {
    const key = `${p.speaker}|${p.source.id}|${p.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    passages.push({ ...p, id: passages.length });
  };
  for (const q of dataset.quotes) {
    add({ speaker: q.speaker.id, text: q.text, kind: "quote", source: q.source, anchor: q.anchor });
  }
  for (const source of dataset.sources) {
    const article = dataset.articles.get(source.id);
    if (article) for (const p of attributedSentences(dataset, source, article)) add(p);
  }
  // Each passage's words, worked out once for the index and the word counts both.
  const words = new Map(passages.map((p) => [p.text, terms(p.text)]));
  const search = new MiniSearch<Passage>({
    fields: ["text"],
    storeFields: [],
    tokenize: (text) => words.get(text) ?? terms(text),
    processTerm,
    searchOptions: {
      tokenize: terms,
      processTerm,
      prefix: (term) => term.length >= 4,
      // One typo or plural ("wastes") in a word of five letters or more: fuzzy matching is the
      // search's dearest part, so short words are matched as typed or by prefix only.
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      combineWith: "OR",
    },
  });
  search.addAll(passages);
  const df = new Map<string, number>();
  for (const p of passages) {
    for (const t of new Set((words.get(p.text) ?? []).filter((w) => processTerm(w)))) {
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  return { passages, search, df };
}

/**
 * The passages whose words match the question's, best speaker first: one passage per speaker,
 * a direct quote before a sentence about it. Empty when no passage holds enough of the question.
 */
export function searchSaid(index: SaidIndex, question: string): SaidHit[] {
  const asked = [
    ...new Set(
      terms(question)
        .filter((t) => processTerm(t))
        .map((t) => inflectionBase(index, t)),
    ),
  ];
  if (asked.length === 0) return [];
  const weight = (t: string) => Math.log(1 + index.passages.length / (1 + (index.df.get(t) ?? 0)));
  const total = asked.reduce((sum, t) => sum + weight(t), 0);
  const best = new Map<string, SaidHit>();
  for (const r of index.search.search(asked.join(" "))) {
    const passage = index.passages[r.id as number] as Passage;
    const matched = asked.filter((t) => r.queryTerms.includes(t));
    const coverage = matched.reduce((sum, t) => sum + weight(t), 0) / total;
    if (coverage < SAID_MIN_COVERAGE) continue;
    const hit = { passage, coverage, score: r.score * (passage.kind === "quote" ? 1.1 : 1) };
    const kept = best.get(passage.speaker);
    if (!kept || better(hit, kept)) best.set(passage.speaker, hit);
  }
  const ranked = [...best.values()].sort((a, b) => (better(a, b) ? -1 : 1));
  const top = ranked[0];
  if (!top) return [];
  return ranked.filter((h) => top.coverage - h.coverage <= SAID_TIE).slice(0, MAX_SPEAKERS);
}

/**
 * A word no passage holds, in another inflection ("counting", "jumping", "wastes"): its base,
 * which the prefix search widens to every form the passages hold ("count", "counts"). The index
 * itself is never stemmed, so a word the articles use is matched as written.
 */
function inflectionBase(index: SaidIndex, term: string): string {
  if (index.df.has(term)) return term;
  const base = term.replace(/(?:ing|ed|es|s)$/, "");
  return base.length >= 4 && base !== term ? base : term;
}

function better(a: SaidHit, b: SaidHit): boolean {
  if (Math.abs(a.coverage - b.coverage) > 1e-9) return a.coverage > b.coverage;
  return a.score > b.score;
}

interface Named {
  person: Person;
  start: number;
  possessive: boolean;
}

/**
 * The article's sentences that attribute words to a person of the dataset: the first person
 * named before a verb of saying (else the first named just after it, `…," said Padilla`); a
 * sentence that is all quotation right after one by the same speaker continues it, and is kept
 * with it so the attribution is always in the passage's own words.
 */
export function attributedSentences(
  dataset: Dataset,
  source: Source,
  article: string,
): Omit<Passage, "id">[] {
  const quotes = findQuoteSpans(article);
  const masked = maskQuotes(article, quotes);
  const forms = nameForms(dataset.people, article);
  const anchorOf = anchorFinder(dataset, source);
  const out: Omit<Passage, "id">[] = [];
  let previous: { range: Range; speaker: string } | null = null;
  for (const range of sentences(article)) {
    const outside = masked.slice(range.start, range.end);
    const speakers = speakersOf(outside, forms);
    const speaker = speakers[0];
    const quoted = quotes.some((q) => q.start >= range.start && q.end <= range.end);
    const sameParagraph =
      previous !== null && !article.slice(previous.range.end, range.start).includes("\n");
    if (speaker) {
      const text = article.slice(range.start, range.end);
      const anchor = anchorOf(text);
      for (const s of speakers) out.push({ speaker: s, text, kind: "sentence", source, anchor });
      previous = speakers.length === 1 ? { range, speaker } : null;
    } else if (
      previous &&
      sameParagraph &&
      quoted &&
      /^[\s\p{P}]*$/u.test(outside.replace(/\s+/g, ""))
    ) {
      const text = article.slice(previous.range.start, range.end);
      out.push({
        speaker: previous.speaker,
        text,
        kind: "sentence",
        source,
        anchor: anchorOf(text),
      });
      previous = {
        range: { start: previous.range.start, end: range.end },
        speaker: previous.speaker,
      };
    } else {
      previous = null;
    }
  }
  return out;
}

/**
 * Who a sentence gives words to: the first person named before its first verb of saying, with
 * any joined to them by "and" ("Cuomo and McAuliffe … said"); else the first named just after
 * it (`…," said Padilla`). "According to Politico" gives the words to no one in the dataset.
 */
function speakersOf(outside: string, forms: { person: Person; pattern: RegExp }[]): string[] {
  SPEECH.lastIndex = 0;
  const verb = SPEECH.exec(outside);
  if (!verb) return [];
  const named: (Named & { end: number })[] = [];
  for (const { person, pattern } of forms) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(outside); m; m = pattern.exec(outside)) {
      const end = m.index + m[0].length;
      // "Trump's", "the Kobach commission": the name qualifies something else, not a speaker.
      const possessive = ATTRIBUTIVE.test(outside.slice(end));
      if (SPOKEN_FOR.test(outside.slice(Math.max(0, m.index - 60), m.index))) continue;
      named.push({ person, start: m.index, end, possessive });
    }
  }
  named.sort((a, b) => a.start - b.start);
  const according = verb[0].toLowerCase() === "according to";
  const before = according ? [] : named.filter((n) => n.start < verb.index && !n.possessive);
  const [first, ...others] = before;
  if (first) {
    const speakers = [first];
    for (const n of others) {
      const between = outside.slice(
        (speakers[speakers.length - 1] as Named & { end: number }).end,
        n.start,
      );
      if (/\band\b/.test(between) && !between.includes(";") && between.length < 60)
        speakers.push(n);
      else break;
    }
    return [...new Set(speakers.map((n) => n.person.id))];
  }
  const after = named.find(
    (n) => n.start > verb.index && n.start - verb.index < 60 && !n.possessive,
  );
  return after ? [after.person.id] : [];
}

/** Each person's full name and other names, and the surname once the article names them in full. */
function nameForms(people: Person[], article: string): { person: Person; pattern: RegExp }[] {
  // Only the people the article names at all: the sentences are searched for each of them.
  const named = people.filter((p) =>
    [p.name, ...p.aliases].some((n) => article.includes(n.split(" ").pop() ?? n)),
  );
  return named.map((person) => {
    const full = [person.name, ...person.aliases].filter((n) => n.includes(" "));
    const surname = person.name.split(" ").pop() ?? person.name;
    const namedInFull = full.some((n) => article.includes(n));
    const names = namedInFull ? [...full, surname] : full;
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    return { person, pattern: new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, "gu") };
  });
}

/** The article with quoted words blanked out (same length), so a name inside a quote is not a speaker. */
function maskQuotes(article: string, quotes: Range[]): string {
  let masked = article;
  for (const q of quotes) {
    masked = `${masked.slice(0, q.start)}${" ".repeat(q.end - q.start)}${masked.slice(q.end)}`;
  }
  return masked;
}

/** Text compared for containment: normalised, without spaces. */
const flat = (text: string) => normalise(text).replace(/ /g, "");

/**
 * Finds the anchor of a quote or claim of one source that a passage holds (a quote's first
 * piece) or that holds the passage (a claim's evidence), flattening each only once.
 */
function anchorFinder(dataset: Dataset, source: Source): (text: string) => string | null {
  const quotes = dataset.quotes
    .filter((q) => q.source === source)
    .map((q) => ({ anchor: q.anchor, text: flat(q.text.split(/\s*…\s*/)[0] ?? q.text) }));
  const claims = dataset.claims
    .filter((c) => c.source === source)
    .map((c) => ({ anchor: c.anchor, text: flat(c.evidence) }));
  return (text) => {
    const passage = flat(text);
    const quote = quotes.find((q) => passage.includes(q.text));
    if (quote) return quote.anchor;
    return claims.find((c) => c.text.includes(passage))?.anchor ?? null;
  };
}
