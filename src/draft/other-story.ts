import { blanked, paragraphs, type Range, rangeAt, withoutQuoteMarks } from "./text.js";
import type { DraftClaim, StoryHint } from "./types.js";

const NUMBER_WORDS = [
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
  "sixteen seventeen eighteen nineteen twenty",
]
  .join(" ")
  .split(" ");

/** "in 2017", "back in 2017", "the 2017 commission", "2017's request": a year the text dates. */
const DATED_YEAR =
  /\b(?:(?:back\s+)?in|during|since|from)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)(?:'s)?\s+(?:commission|request|letter|demand|effort|panel)\b/gi;
/** "who voted in 2016", "the popular vote in 2016", "voted for Trump in 2016": an election's year. */
const ELECTION_BEFORE =
  /\b(?:vot(?:e|es|ed|ing)|elections?|ballots?\s+cast|won|lost|ran)\s+(?:(?:for|against)\s+[\w'’.-]+\s+)?$/i;
/** "eight years ago", "8 years earlier". */
const YEARS_AGO = /\b(\d{1,2}|[a-z]+)\s+years?\s+(?:ago|earlier|before)\b/gi;
/** "a previous commission", "the prior administration's request". */
const EARLIER_BODY =
  /\b(?:previous|prior|earlier|former|last)\s+(?:commission|administration|request|voter[- ]fraud commission)\b|\b(?:during|in)\s+(?:[\p{L}’'.]+\s+){0,3}first\s+(?:term|administration)\b/iu;

/** When a sentence says its events happened: a year, or "earlier" with no year; null when now. */
export interface DatedElsewhere {
  year: number | null;
  words: string;
}

/**
 * Whether a sentence dates what it reports to another time than the article's own (the
 * publication year): "in 2017", "eight years ago", "a previous commission". A 2025 article that
 * recalls a 2017 refusal reports nothing about 2025.
 */
export function datedElsewhere(
  sentence: string,
  articleYear: number | null,
): DatedElsewhere | null {
  for (const m of sentence.matchAll(DATED_YEAR)) {
    const year = Number(m[1] ?? m[2]);
    // ("… voter fraud cost him the popular vote in 2016": the election's year, not the answer's.)
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    if (m[1] && ELECTION_BEFORE.test(before)) continue;
    if (articleYear !== null && year < articleYear) return { year, words: m[0] };
  }
  for (const m of sentence.matchAll(YEARS_AGO)) {
    const raw = (m[1] ?? "").toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS.indexOf(raw);
    if (n > 0) return { year: articleYear === null ? null : articleYear - n, words: m[0] };
  }
  const earlier = EARLIER_BODY.exec(sentence);
  return earlier ? { year: null, words: earlier[0] } : null;
}

/** A drafted claim the text dates to another story's time: kept out of the article's claims. */
export interface OtherStoryClaim {
  claim: DraftClaim;
  /** The story of that time, when one known story began that year. */
  story: string | null;
  why: string;
}

/**
 * Splits drafted claims into the article's own and those whose sentence (or the sentence of
 * their quote) the text dates elsewhere, each with the known story of that year, if any.
 */
export function separateOtherStories(
  text: string,
  sentences: readonly Range[],
  claims: readonly DraftClaim[],
  hints: readonly StoryHint[],
  articleYear: number | null,
  /** The article's story, when known: a paragraph about an earlier story is that story's. */
  articleStory: string | null = null,
): { own: DraftClaim[]; other: OtherStoryClaim[] } {
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  const paras = paragraphs(text);
  const paragraphAt = (at: number) => rangeAt(paras, at);
  // A paragraph holds many claims: whether it recalls an earlier story is read once.
  const earlierOf = new Map<Range, ReturnType<typeof earlierStoryOf>>();
  const own: DraftClaim[] = [];
  const other: OtherStoryClaim[] = [];
  for (const claim of claims) {
    const ranges = [
      sentenceAt(claim.evidenceSpan.start),
      claim.quote && sentenceAt(claim.quote.start),
    ];
    let dated: DatedElsewhere | null = null;
    for (const range of ranges) {
      if (range && !dated) dated = datedElsewhere(text.slice(range.start, range.end), articleYear);
    }
    const paragraph = paragraphAt(claim.evidenceSpan.start);
    let earlier = paragraph ? earlierOf.get(paragraph) : null;
    if (paragraph && earlier === undefined) {
      earlier = earlierStoryOf(text.slice(paragraph.start, paragraph.end), hints, articleStory);
      earlierOf.set(paragraph, earlier);
    }
    if (!dated && earlier) {
      other.push({
        claim,
        story: earlier.hint.id,
        why: `the paragraph is about ${earlier.hint.title}: "${earlier.word}"`,
      });
      continue;
    }
    if (!dated) {
      own.push(claim);
      continue;
    }
    const year = dated.year;
    const story = year === null ? null : (hints.find((h) => h.years.includes(year))?.id ?? null);
    other.push({ claim, story, why: `the text dates it elsewhere: "${dated.words}"` });
  }
  return { own, other };
}

/**
 * "That panel demanded voter data from every state … Mississippi's secretary of state told the
 * administration to go jump": in an article on a later story, a paragraph that names an earlier
 * story's requester or people and nothing of the article's own story recalls that earlier one.
 */
function earlierStoryOf(
  paragraph: string,
  hints: readonly StoryHint[],
  story: string | null,
): { hint: StoryHint; word: string } | null {
  const own = hints.find((h) => h.id === story);
  if (!own) return null;
  const folded = withoutQuoteMarks(paragraph).replace(/\s+/g, " ").toLowerCase();
  const names = (h: StoryHint) => [h.requester, ...h.keywords].map((k) => k.toLowerCase());
  if (names(own).some((k) => folded.includes(k))) return null;
  for (const hint of hints) {
    if (hint === own || Math.max(...hint.years) >= Math.min(...own.years)) continue;
    const word = names(hint).find((k) => folded.includes(k));
    if (word) return { hint, word };
  }
  return null;
}

/** The text with sentences dated to another time blanked, so they do not sway the story proposal. */
export function withoutOtherTimes(
  text: string,
  sentences: readonly Range[],
  articleYear: number | null,
): string {
  return blanked(
    text,
    sentences.filter((s) => datedElsewhere(text.slice(s.start, s.end), articleYear)),
  );
}
