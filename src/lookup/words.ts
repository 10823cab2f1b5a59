import MiniSearch from "minisearch";
import { stemmer } from "stemmer";
import { normalise } from "./normalise.js";
import { buildSynonyms } from "./synonyms.js";

/**
 * Search by words, for what people said and for headlines: MiniSearch (beside fuse.js, which
 * matches names letter by letter) is a full-text index that weighs words by rarity (BM25),
 * matches prefixes and near spellings per term, is small, maintained, in memory and builds in
 * milliseconds, so each index is built once with the lookup index, never per question.
 */
export interface WordIndex<T> {
  items: T[];
  search: MiniSearch<{ id: number; text: string }>;
  /** The items each term (a word as printed, or a stem) occurs in: its rarity, and synonyms' matches. */
  postings: Map<string, number[]>;
}

export interface WordHit<T> {
  item: T;
  /** The share of the question's words (weighted by rarity) the item holds, 0–1. */
  coverage: number;
  score: number;
}

/** Below this share of the question's (rarity-weighted) words, an item is not what was asked. */
export const MIN_COVERAGE = 0.65;

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
    "talk talks talked talking spoke speak speaks speaking discuss discussed discusses mention " +
    "mentions " +
    "discussing brought bring brings bringing " +
    "believe believes feel feels need needs found find finds worried worry worries feared fears " +
    "reporters reporter press media hed theyd theyll theyre youre weve dont doesnt didnt wont wouldnt isnt arent wasnt werent cant couldnt hasnt havent"
  ).split(" "),
);

function terms(text: string): string[] {
  return normalise(text).split(" ").filter(Boolean);
}

/** "-able" words that Porter takes back to another sense: "reasonable" is not "reason". */
const ABLE = /(?:ab|ib)(?:le|ly|ility|ilities)$/;

/**
 * Stems (Porter), memoised: the same few hundred words recur in every question and quote. An
 * "-able" word keeps its suffix ("reasonabl", "availabl"), so it meets its own family only.
 */
const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (ABLE.test(word) && !/[ai]bl$/.test(s)) s = `${s}abl`;
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

/** Each word is indexed as written and by its stem, so "participate" finds "participation". */
const indexTerm = (term: string): string | string[] | null => {
  if (STOP.has(term)) return null;
  const s = stem(term);
  return s === term ? term : [term, s];
};

const synonyms = buildSynonyms((w) => STOP.has(w), stem);

/** How much a question's word counts as found: as written, in another form, or in other words. */
const AS_WRITTEN = 1;
const OTHER_FORM = 0.95;
const OTHER_WORDS = 0.9;

/** Words that negate the next one, as `normalise` leaves them. */
const NEGATION = new Set(["not", "never", "isnt", "arent", "wasnt", "werent", "aint"]);

/** One meaningful word (or phrase) of a question, and the index terms that stand for it. */
interface Concept {
  /** The stems whose rarity weighs the word: its own, and its synonyms' (the commonest counts). */
  stems: string[];
  forms: { term: string; strength: number; prefix: boolean; fuzzy: boolean }[];
}

export function buildWordIndex<T>(items: T[], textOf: (item: T) => string): WordIndex<T> {
  const docs = items.map((item, id) => ({ id, text: textOf(item) }));
  // Each item's words, worked out once for the index and the word counts both.
  const words = new Map(docs.map((d) => [d.text, terms(d.text)]));
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    storeFields: [],
    tokenize: (text) => words.get(text) ?? terms(text),
    processTerm: indexTerm,
  });
  search.addAll(docs);
  const postings = new Map<string, number[]>();
  for (const d of docs) {
    const held = (words.get(d.text) ?? []).flatMap((w) => indexTerm(w) ?? []);
    for (const t of new Set(held)) {
      const list = postings.get(t);
      if (list) list.push(d.id);
      else postings.set(t, [d.id]);
    }
  }
  return { items, search, postings };
}

/** How many meaningful words a question has (words of saying and small words left out). */
export function meaningfulWords(question: string): number {
  return new Set(
    terms(question)
      .filter((w) => !STOP.has(w))
      .map(stem),
  ).size;
}

/**
 * A question's meaningful words, each with the terms that stand for it: the word as written,
 * its stem widened by prefix ("legitim": "legitimacy"), and its synonyms' stems, each counting a
 * little less. A word the items hold in no form (`known`) may be a typo: it alone is matched
 * with one edit, in a word of five letters or more (fuzzy matching is the search's dearest part).
 */
function concepts(question: string, known: (term: string) => boolean): Concept[] {
  const words = terms(question);
  const wordStems = words.map(stem);
  const out: Concept[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const phrase = synonyms.phrases.find((p) => p.stems.every((s, j) => wordStems[i + j] === s));
    if (phrase) {
      i += phrase.stems.length - 1;
      if (seen.has(`~${phrase.key}`)) continue;
      seen.add(`~${phrase.key}`);
      const forms = phrase.members.map((term) => ({
        term,
        strength: term === phrase.key ? OTHER_FORM : OTHER_WORDS,
        prefix: false,
        fuzzy: false,
      }));
      out.push({ stems: phrase.members, forms });
      continue;
    }
    const word = words[i] as string;
    const s = wordStems[i] as string;
    if (STOP.has(word) || seen.has(s)) continue;
    seen.add(s);
    // The stem's prefix search covers the word's own when the stem begins it ("wast", "wastes").
    const widened = s !== word && word.startsWith(s) && s.length >= 4;
    const forms = [
      {
        term: word,
        strength: AS_WRITTEN,
        prefix: word.length >= 4 && !widened,
        fuzzy: word.length >= 5 && !known(word) && !known(s),
      },
    ];
    if (s !== word)
      forms.push({ term: s, strength: OTHER_FORM, prefix: s.length >= 4, fuzzy: false });
    const others = (synonyms.ofWord.get(s) ?? []).filter((m) => m !== s);
    // "isn't fit", "not lawful": the article may print the word's negative, "unfit", "unlawful".
    if (NEGATION.has(words[i - 1] ?? "")) others.push(`un${s}`, `in${s}`, `il${s}`, `ir${s}`);
    for (const m of others)
      forms.push({ term: m, strength: OTHER_WORDS, prefix: false, fuzzy: false });
    out.push({ stems: [s, ...others], forms });
  }
  return out;
}

/**
 * The items holding enough of the question's words, best first. The words as written and their
 * stems go through MiniSearch (prefixes, typos, BM25 for ranking); synonyms are exact stems,
 * looked up in the postings directly, which keeps common ones ("information") cheap.
 */
export function searchWords<T>(
  index: WordIndex<T>,
  question: string,
  minCoverage = MIN_COVERAGE,
): WordHit<T>[] {
  const asked = concepts(question, (t) => index.postings.has(t));
  if (asked.length === 0) return [];
  const df = (t: string) => index.postings.get(t)?.length ?? 0;
  const idf = (t: string) => Math.log(1 + index.items.length / (1 + df(t)));
  // A word is as rare as its commonest synonym: "panel" weighs what "commission" does.
  const weights = asked.map((c) => Math.min(...c.stems.map(idf)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Which of the question's words each searched term stands for, and how fully.
  const standsFor = new Map<string, { concept: number; strength: number }[]>();
  const looked: { term: string; concept: number; strength: number }[] = [];
  const prefix = new Set<string>();
  const fuzzy = new Set<string>();
  asked.forEach((c, concept) => {
    for (const f of c.forms) {
      if (f.strength === OTHER_WORDS) {
        looked.push({ term: f.term, concept, strength: f.strength });
        continue;
      }
      standsFor.set(f.term, [...(standsFor.get(f.term) ?? []), { concept, strength: f.strength }]);
      if (f.prefix) prefix.add(f.term);
      if (f.fuzzy) fuzzy.add(f.term);
    }
  });
  const found = new Map<number, { strengths: number[]; score: number }>();
  const entry = (id: number) => {
    let e = found.get(id);
    if (!e) {
      e = { strengths: new Array<number>(asked.length).fill(0), score: 0 };
      found.set(id, e);
    }
    return e;
  };
  if (standsFor.size > 0) {
    const results = index.search.search([...standsFor.keys()].join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      prefix: (t) => prefix.has(t),
      fuzzy: (t) => (fuzzy.has(t) ? 1 : false),
      combineWith: "OR",
    });
    for (const r of results) {
      const e = entry(r.id as number);
      e.score = r.score;
      for (const t of r.queryTerms) {
        for (const { concept, strength } of standsFor.get(t) ?? []) {
          e.strengths[concept] = Math.max(e.strengths[concept] ?? 0, strength);
        }
      }
    }
  }
  for (const { term, concept, strength } of looked) {
    for (const id of index.postings.get(term) ?? []) {
      const e = entry(id);
      e.strengths[concept] = Math.max(e.strengths[concept] ?? 0, strength);
    }
  }
  const hits: WordHit<T>[] = [];
  for (const [id, { strengths, score }] of found) {
    const coverage = weights.reduce((sum, w, i) => sum + w * (strengths[i] ?? 0), 0) / total;
    if (coverage >= minCoverage) hits.push({ item: index.items[id] as T, coverage, score });
  }
  return hits.sort((a, b) => (better(a, b) ? -1 : 1));
}

export function better<T>(a: WordHit<T>, b: WordHit<T>): boolean {
  if (Math.abs(a.coverage - b.coverage) > 1e-9) return a.coverage > b.coverage;
  return a.score > b.score;
}
