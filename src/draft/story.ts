import type { StoryGuess, StoryHint } from "./types.js";

/** The stories VoterData knows, until they move into data/. */
export const STORY_HINTS: StoryHint[] = [
  {
    id: "commission-2017",
    title:
      "The 2017 Presidential Advisory Commission on Election Integrity's request for voter rolls",
    requester: "Presidential Advisory Commission on Election Integrity",
    keywords: [
      "Presidential Advisory Commission on Election Integrity",
      "Election Integrity Commission",
      "election integrity commission",
      "Kobach",
      "Pence",
      "voter fraud commission",
    ],
    years: [2017],
  },
  {
    id: "doj-2025",
    title: "The U.S. Justice Department's 2025 demands for full state voter registration lists",
    requester: "U.S. Department of Justice",
    keywords: [
      "Justice Department",
      "Department of Justice",
      "DOJ",
      "Civil Rights Division",
      "Harmeet Dhillon",
      "Bondi",
      "unredacted",
      "full voter registration list",
    ],
    years: [2025],
  },
];

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
    if (text.includes(hint.requester)) {
      score += 2;
      found.push(hint.requester);
    }
    for (const k of hint.keywords) {
      if (
        k !== hint.requester &&
        new RegExp(`\\b${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text) &&
        !found.includes(k)
      ) {
        score += 1;
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
