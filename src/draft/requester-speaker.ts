import type { QuoteSpan } from "./quote-marks.js";
import { type Range, rangeAt } from "./text.js";
import type { StoryHint } from "./types.js";

const SPEECH =
  /\b(?:said|says|say|told|tells|wrote|writes|stated|states|announced|call|calls|called|according to|statement|added)\b/i;

/** The names of a story's requester that an article may credit a quote to ("the DOJ"). */
function requesterNames(hint: StoryHint): string[] {
  // Keywords that are bodies' names (several capitalised words, or an acronym), not people's.
  const bodies = hint.keywords.filter(
    (k) => /^[A-Z]{2,6}$/.test(k) || /^\p{Lu}\S*(?:\s+\S+)+$/u.test(k),
  );
  return [hint.requester, ...bodies];
}

/**
 * The requesting body a quote is credited to when no person is (`…," the DOJ said`, `what
 * Justice Department officials call a “…”`): the story's requester by its own name, or null.
 * `hints`: the article's story, or every known story when it is not known.
 */
export function requesterSpeaker(
  text: string,
  quote: QuoteSpan,
  sentences: Range[],
  hints: readonly StoryHint[],
): string | null {
  const sentence = rangeAt(sentences, quote.open) ?? { start: quote.open, end: quote.close + 1 };
  const end = Math.max(sentence.end, rangeAt(sentences, quote.close)?.end ?? quote.close + 1);
  const before = text.slice(sentence.start, quote.open);
  const after = text.slice(quote.close + 1, Math.min(end, quote.close + 120));
  for (const window of [after, before]) {
    if (!SPEECH.test(window)) continue;
    for (const hint of hints) {
      const names = requesterNames(hint).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      if (new RegExp(`\\b(?:${names.join("|")})(?:['’]s)?\\b`, "i").test(window))
        return hint.requester;
    }
    // The President's office speaks as itself.
    if (/\bthe White House\b/.test(window)) return "White House";
  }
  return null;
}
