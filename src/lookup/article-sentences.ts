import type { Dataset, Source } from "../domain/dataset.js";
import { findQuoteSpans } from "../draft/quote-marks.js";
import { blanked, sentences } from "../draft/text.js";
import {
  better,
  buildWordIndex,
  meaningfulWords,
  searchWords,
  type WordHit,
  type WordIndex,
} from "./words.js";

/**
 * The articles' own sentences, searchable by their words, for what a reporter asks that the
 * states' answers and the quotes do not hold ("when was the commission formed", "why was Kobach
 * fined"): the answer is the sentence, word for word, with its article, and no more.
 */
export interface ArticleSentence {
  text: string;
  /** The sentence with its quotations blanked: what it reports in its own words, searched. */
  reported: string;
  source: Source;
}

export type SentenceIndex = WordIndex<ArticleSentence>;
export type SentenceHit = WordHit<ArticleSentence>;

/** Shorter is a heading or a fragment; longer is a paragraph run together. */
const MIN_LENGTH = 30;
const MAX_LENGTH = 400;
/** Sentences this close to the best are shown together. */
const TIE = 0.05;
const MAX_SENTENCES = 3;
/**
 * A fact is shown only for nearly all of a question of two meaningful words or more: one word
 * ("when is lunch", "what time is it") would find some sentence, about something else.
 */
const MIN_COVERAGE = 0.9;
const MIN_WORDS = 2;
/**
 * A figure asked for ("how many cases did News21 find"): the sentence must give a number, so it
 * may leave out more of the question's words (its verb: "find", "survey").
 */
export const FIGURE_COVERAGE = 0.65;

export function buildSentenceIndex(dataset: Dataset): SentenceIndex {
  const items: ArticleSentence[] = [];
  for (const source of dataset.sources) {
    const article = dataset.articles.get(source.id);
    if (!article) continue;
    // (Words in quotation marks are someone's, which the quote search gives with their speaker;
    // a sentence is found by what the article itself reports.)
    const reportedArticle = blanked(article, findQuoteSpans(article));
    for (const range of sentences(article)) {
      const text = article.slice(range.start, range.end).trim();
      const reported = reportedArticle.slice(range.start, range.end);
      if (text.length >= MIN_LENGTH && text.length <= MAX_LENGTH)
        items.push({ text, reported, source });
    }
  }
  return buildWordIndex(items, (s) => s.reported);
}

/**
 * The sentences that hold the question's words (as the quote search weighs them), best first, one
 * per article; `only` narrows them (to sentences naming the person asked about).
 */
export function searchSentences(
  index: SentenceIndex,
  question: string,
  only: (sentence: ArticleSentence) => boolean = () => true,
  minCoverage = MIN_COVERAGE,
): SentenceHit[] {
  if (meaningfulWords(question) < MIN_WORDS) return [];
  const perSource = new Map<string, SentenceHit>();
  for (const hit of searchWords(index, question, minCoverage)) {
    if (!only(hit.item)) continue;
    const kept = perSource.get(hit.item.source.id);
    if (!kept || better(hit, kept)) perSource.set(hit.item.source.id, hit);
  }
  const ranked = [...perSource.values()].sort((a, b) => (better(a, b) ? -1 : 1));
  const top = ranked[0];
  if (!top) return [];
  return ranked.filter((h) => top.coverage - h.coverage <= TIE).slice(0, MAX_SENTENCES);
}
