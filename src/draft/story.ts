import type { Story } from "../domain/dataset.js";
import { escapeRegExp } from "../domain/names.js";
import type { StoryGuess, StoryHint } from "./types.js";

/** Words in a keyword that make it a full name of the requester, worth what the requester is. */
const FULL_NAME_WORDS = 4;

/** What the drafter looks for of each story: its requester, its keywords, the year it began. */
export function storyHints(stories: readonly Story[]): StoryHint[] {
  return stories.map((story) => ({
    id: story.id,
    title: story.title,
    requester: story.requester,
    keywords: story.keywords,
    years: [Number(story.requested.slice(0, 4))],
  }));
}

/**
 * Which story an article belongs to, from its words: the requester, the story's keywords and its
 * years. Each kind of signal counts once, so a long article does not win on repetition; with no
 * clear winner the id is null and `why` says so.
 */
export function proposeStory(text: string, hints: StoryHint[], override?: string): StoryGuess {
  if (override !== undefined) return { id: override, confidence: 1, why: "given by the editor" };
  const scored = hints.map((hint) => {
    const found: string[] = [];
    let score = 0;
    // (A broadcast script prints the names in capitals: "PRESIDENTIAL ADVISORY COMMISSION …".)
    if (text.includes(hint.requester) || text.includes(hint.requester.toUpperCase())) {
      score += 2;
      found.push(hint.requester);
    }
    for (const k of hint.keywords) {
      const escaped = escapeRegExp(k);
      if (
        k !== hint.requester &&
        (new RegExp(`\\b${escaped}\\b`).test(text) ||
          new RegExp(`\\b${escaped.toUpperCase()}\\b`).test(text)) &&
        !found.includes(k)
      ) {
        // (A name of four words or more is the requester's own, in another form or language:
        // "Comisión Asesora Presidencial sobre Integridad Electoral".)
        score += k.split(/\s+/).length >= FULL_NAME_WORDS ? 2 : 1;
        found.push(k);
      }
    }
    const years = hint.years.filter((y) => new RegExp(`\\b${y}\\b`).test(text));
    if (years.length) {
      score += 1;
      found.push(...years.map(String));
    }
    return { hint, score, found };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 2 || best.score - (second?.score ?? 0) < 2) {
    return {
      id: null,
      confidence: 0,
      why: "cannot tell: the text does not clearly name one known story's requester, keywords or year",
    };
  }
  const confidence = Math.min(0.95, 0.4 + 0.1 * best.score);
  return {
    id: best.hint.id,
    confidence: Math.round(confidence * 100) / 100,
    why: `names ${best.found.join(", ")}`,
  };
}
