import MiniSearch from "minisearch";
import { normalise } from "./normalise.js";

/**
 * Search by words, for what people said and for headlines: MiniSearch (beside fuse.js, which
 * matches names letter by letter) is a full-text index that weighs words by rarity (BM25),
 * matches prefixes and near spellings per term, is small, maintained, in memory and builds in
 * milliseconds, so each index is built once with the lookup index, never per question.
 */
export interface WordIndex<T> {
  items: T[];
  search: MiniSearch<{ id: number; text: string }>;
  /** In how many items each term occurs, for how much of a question an item covers. */
  df: Map<string, number>;
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
    "believe believes feel feels need needs found find finds worried worry worries feared fears " +
    "reporters reporter press media hed theyd theyll theyre youre weve dont doesnt didnt wont wouldnt isnt arent wasnt werent cant couldnt hasnt havent"
  ).split(" "),
);

function terms(text: string): string[] {
  return normalise(text).split(" ").filter(Boolean);
}

const processTerm = (term: string): string | null => (STOP.has(term) ? null : term);

export function buildWordIndex<T>(items: T[], textOf: (item: T) => string): WordIndex<T> {
  const docs = items.map((item, id) => ({ id, text: textOf(item) }));
  // Each item's words, worked out once for the index and the word counts both.
  const words = new Map(docs.map((d) => [d.text, terms(d.text)]));
  const search = new MiniSearch<{ id: number; text: string }>({
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
  search.addAll(docs);
  const df = new Map<string, number>();
  for (const d of docs) {
    for (const t of new Set((words.get(d.text) ?? []).filter((w) => processTerm(w)))) {
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  return { items, search, df };
}

/** The items holding enough of the question's words, best first. */
export function searchWords<T>(index: WordIndex<T>, question: string): WordHit<T>[] {
  const bases = new Set<string>();
  const asked = [
    ...new Set(
      terms(question)
        .filter((t) => processTerm(t))
        .map((t) => {
          const base = inflectionBase(index, t);
          if (base !== t) bases.add(base);
          return base;
        }),
    ),
  ];
  if (asked.length === 0) return [];
  const weight = (t: string) => Math.log(1 + index.items.length / (1 + (index.df.get(t) ?? 0)));
  const total = asked.reduce((sum, t) => sum + weight(t), 0);
  const hits: WordHit<T>[] = [];
  // A base found from an inflection is widened by prefix however short ("asking": "ask", "asked").
  const prefix = (term: string) => term.length >= 4 || bases.has(term);
  for (const r of index.search.search(asked.join(" "), { prefix })) {
    const matched = asked.filter((t) => r.queryTerms.includes(t));
    const coverage = matched.reduce((sum, t) => sum + weight(t), 0) / total;
    if (coverage >= MIN_COVERAGE) {
      hits.push({ item: index.items[r.id as number] as T, coverage, score: r.score });
    }
  }
  return hits.sort((a, b) => (better(a, b) ? -1 : 1));
}

/**
 * A word no item holds, in another inflection ("counting", "jumping", "wastes"): its base,
 * which the prefix search widens to every form the items hold ("count", "counts"). The index
 * itself is never stemmed, so a word the articles use is matched as written.
 */
function inflectionBase<T>(index: WordIndex<T>, term: string): string {
  if (index.df.has(term)) return term;
  const base = term.replace(/(?:ing|ed|es|s)$/, "");
  return base.length >= 3 && base !== term ? base : term;
}

export function better<T>(a: WordHit<T>, b: WordHit<T>): boolean {
  if (Math.abs(a.coverage - b.coverage) > 1e-9) return a.coverage > b.coverage;
  return a.score > b.score;
}
