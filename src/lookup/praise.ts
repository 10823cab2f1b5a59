import { normalise } from "./normalise.js";

/**
 * "who praised the commission", "who backed the request", "who thanked Kobach": praise is rare
 * on this beat and easily read into words that mean something else ("is to be applauded for
 * calling out the commission" praises the one who called it out; "thanks in part to" thanks no
 * one). Such a question is answered only by words of praise aimed at what it names: the praising
 * word, then within a few words and no new clause, the thing named.
 */
const PRAISE =
  /^(?:prais|applaud|commend|laud|hail|back(?:s|ed|ing)?$|support|defend|welcom|thank|endors|champion|cheer)/;

/** Words that start a new clause or a reason between the praise and its object. */
const BREAK = new Set(
  "for because after since when while by despite though although but who which that".split(" "),
);

const SAME: Record<string, string[]> = {
  commission: ["commission", "panel", "committee"],
  panel: ["commission", "panel", "committee"],
  committee: ["commission", "panel", "committee"],
  request: ["request", "demand", "letter"],
  demand: ["request", "demand", "letter"],
  letter: ["request", "demand", "letter"],
};

/** Forms of "be" that make the praising word passive ("is to be applauded", "was praised"). */
const PASSIVE = new Set("is was are were be been being".split(" "));

/** Words before the praising word that take it back or give it to someone else. */
const NOT_THEIRS = new Set(
  "not no never dont doesnt didnt wont cannot cant isnt wasnt arent they its chairs cochairs critics allies supporters".split(
    " ",
  ),
);

/** Within how many words after the praising word its object must stand. */
const REACH = 5;

/**
 * For a who-said question about praise ("praised the commission"), whether a passage holds praise
 * aimed at what it names; null for any other question.
 */
export function praiseAimedAt(question: string): ((text: string) => boolean) | null {
  const words = normalise(question).split(" ");
  const verb = words.findIndex((w) => PRAISE.test(w));
  if (verb < 0) return null;
  // What is praised is the object's last word ("Trump's commission": the commission).
  const head = words
    .slice(verb + 1)
    .filter((w) => w.length > 2)
    .pop();
  if (!head) return null;
  const aims = SAME[head] ?? [head];
  const aimed = (w: string) => aims.some((a) => w === a || w.startsWith(a));
  return (text) => {
    const tokens = normalise(text).split(" ");
    return tokens.some((t, i) => {
      // ("thanks in part to the commission" is "because of", "welcome to purchase" is leave to:
      // neither is praise; nor "we do not support", nor "its co-chairs backed".)
      if (
        !PRAISE.test(t) ||
        (/^(?:thanks|welcome)$/.test(t) && /^(?:to|in)$/.test(tokens[i + 1] ?? "")) ||
        tokens.slice(Math.max(0, i - 3), i).some((w) => NOT_THEIRS.has(w))
      )
        return false;
      for (const next of tokens.slice(i + 1, i + 1 + REACH)) {
        if (aimed(next)) return true;
        if (BREAK.has(next) || next.endsWith("ing")) break;
      }
      // "Padilla is to be applauded": the one praised before a passive verb.
      const before = tokens.slice(Math.max(0, i - REACH), i);
      const be = before.findIndex((w) => PASSIVE.has(w));
      return (
        be > 0 &&
        aimed(before[be - 1] as string) &&
        before.slice(be).every((w) => !BREAK.has(w) && !aimed(w))
      );
    });
  };
}
