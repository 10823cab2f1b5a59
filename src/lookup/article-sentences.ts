import type { Dataset, Source } from "../domain/dataset.js";
import { sentences } from "../draft/text.js";
import { better, buildWordIndex, searchWords, type WordHit, type WordIndex } from "./words.js";

/**
 * The articles' own sentences, searchable by their words, for what a reporter asks that the
 * states' answers and the quotes do not hold ("when was the commission formed", "why was Kobach
 * fined"): the answer is the sentence, word for word, with its article, and no more.
 */
export interface ArticleSentence {
  text: string;
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

export function buildSentenceIndex(dataset: Dataset): SentenceIndex {
  const items: ArticleSentence[] = [];
  for (const source of dataset.sources) {
    const article = dataset.articles.get(source.id);
    if (!article) continue;
    for (const range of sentences(article)) {
      const text = article.slice(range.start, range.end).trim();
      if (text.length >= MIN_LENGTH && text.length <= MAX_LENGTH) items.push({ text, source });
    }
  }
  return buildWordIndex(items, (s) => s.text);
}

/**
 * The sentences that hold the question's words (as the quote search weighs them), best first, one
 * per article; `only` narrows them (to sentences naming the person asked about).
 */
export function searchSentences(
  index: SentenceIndex,
  question: string,
  only: (sentence: ArticleSentence) => boolean = () => true,
): SentenceHit[] {
  const perSource = new Map<string, SentenceHit>();
  for (const hit of searchWords(index, question)) {
    if (!only(hit.item)) continue;
    const kept = perSource.get(hit.item.source.id);
    if (!kept || better(hit, kept)) perSource.set(hit.item.source.id, hit);
  }
  const ranked = [...perSource.values()].sort((a, b) => (better(a, b) ? -1 : 1));
  const top = ranked[0];
  if (!top) return [];
  return ranked.filter((h) => top.coverage - h.coverage <= TIE).slice(0, MAX_SENTENCES);
}
