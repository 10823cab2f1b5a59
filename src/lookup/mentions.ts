import type { Person } from "../domain/dataset.js";
import { shortForms } from "../domain/given-names.js";
import { SHARED_NAME } from "../domain/names.js";
import { type IndexKey, type LookupIndex, sameTarget, type Target } from "./index.js";
import { editDistance, normalise, withoutFiller } from "./normalise.js";

// The states, people, outlets and bodies a question or a paragraph names, by the index's exact
// names: how each word was typed (capitals, periods) decides whether "or", "Del." or "Merrill"
// names anything.

interface Token {
  word: string;
  /** As typed, without the punctuation around it ("N.C."). */
  typed: string;
  /** Written with an apostrophe ("I'll"): a contraction, never an abbreviation. */
  apostrophe: boolean;
  /** Typed in capitals, so "OR" is Oregon but "or" is just a word. */
  capitals: boolean;
  /** Starts with a capital letter, as names do in running text. */
  initialCapital: boolean;
  /** Written with a period, as AP abbreviations are ("Pa."). */
  dotted: boolean;
  /** Set off from the word before by punctuation ("exactly - cuomo", "ohio, cuomo"). */
  breakBefore: boolean;
}

function tokens(raw: string): Token[] {
  let breakNext = false;
  // ("CA/NY/IL": each code on its own.)
  return raw.split(/[\s/]+/).flatMap((part) => {
    const breakBefore = breakNext || /^[^\p{L}\p{N}]/u.test(part);
    breakNext = /[,;:!?—–-]$|^[^\p{L}\p{N}]+$/u.test(part);
    const letters = part.replace(/^[^\p{L}]+/u, "");
    const capitals = /^[A-Z]{2}[^A-Za-z]*$/.test(letters);
    const initialCapital = /^\p{Lu}/u.test(letters);
    const dotted = part.includes(".");
    const typed = letters.replace(/[^\p{L}.]+$/u, "");
    const apostrophe = /\p{L}['’]\p{L}/u.test(part);
    return normalise(part)
      .split(" ")
      .filter(Boolean)
      .map((word, i) => ({
        word,
        typed,
        apostrophe,
        capitals,
        initialCapital,
        dotted,
        breakBefore: i === 0 && breakBefore,
      }));
  });
}

function usedWithin(used: readonly boolean[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (used[i]) return true;
  return false;
}

/**
 * The names inside a sentence ("what did Padilla say about Ohio?"), in order of appearance.
 * With `capitalised`, for running text such as a news paragraph, a name counts only when its
 * last word starts with a capital ("Cox", not "cox").
 */
export function mentions(
  index: LookupIndex,
  raw: string,
  capitalised = false,
  contradicted: Target[] = [],
): Target[] {
  // "north and south dakota": both names in full.
  const words = tokens(raw.replace(SHARED, "$1 $3 and $2 $3"));
  const used = new Array<boolean>(words.length).fill(false);
  const found: { at: number; target: Target; body?: string | undefined }[] = [];
  for (let len = Math.min(index.longestKeyWords, words.length); len >= 1; len--) {
    for (let start = 0; start + len <= words.length; start++) {
      if (capitalised && !words[start + len - 1]?.initialCapital) continue;
      if (usedWithin(used, start, start + len)) continue;
      // (Most spans name nothing: the index is asked before any other work.)
      let key = words[start]?.word ?? "";
      for (let i = start + 1; i < start + len; i++) key += ` ${words[i]?.word}`;
      const keys = index.exact.get(key);
      if (!keys || withoutFiller(key) === "") continue;
      const span = words.slice(start, start + len);
      const candidates = keys.filter(
        (k) =>
          // In running text an outlet is who reports, not what the paragraph is about.
          (!capitalised || k.target.kind !== "source") &&
          (!k.isCode ||
            (len === 1 &&
              (span[0]?.capitals ||
                apForm(index, span[0], k) ||
                (!CODE_WORDS.has(key) && CODE_SLOT.has(words[start - 1]?.word ?? ""))))) &&
          (!capitalised || !k.isAbbreviation || span.some((t) => t.dotted)) &&
          // Among other words, "del", "ill" or "I'll" is a word unless typed "Del." or "Ill.".
          (!k.isAbbreviation ||
            words.length === 1 ||
            !WORD_ABBREVIATIONS.has(key) ||
            span.some((t) => t.dotted && !t.apostrophe)),
      );
      // (The word before, unless it ends a longer name found first: "Rhode Island Gorbea".)
      const prior = start > 0 && !span[0]?.breakBefore ? words[start - 1] : undefined;
      const before = prior && (!used[start - 1] || index.exact.has(prior.word)) ? prior : undefined;
      const hits = candidates.filter((k) => !contradicts(index, k, before, capitalised));
      for (const k of candidates) if (!hits.includes(k)) contradicted.push(k.target);
      if (hits.length === 0) continue;
      for (let i = start; i < start + len; i++) used[i] = true;
      for (const h of hits) found.push({ at: start, target: h.target, body: h.organisation });
    }
  }
  // "did the commission get data from Arizona": the requester named beside a state is the
  // question's setting, not whom it asks about (the Brennan Center beside Ohio is asked about).
  const { story, stories } = index.dataset;
  const requesters = (story ? [story] : stories).map((s) => s.requester);
  const setting = (f: (typeof found)[number]) =>
    f.body !== undefined && requesters.includes(f.body);
  const named = found.some((f) => f.target.kind === "state")
    ? found.filter((f) => !setting(f))
    : found;
  const ordered: Target[] = [];
  for (const f of named.sort((a, b) => a.at - b.at)) {
    if (!ordered.some((t) => sameTarget(t, f.target))) ordered.push(f.target);
  }
  return ordered;
}

// AP abbreviations that are also words ("del", "ill", "miss"): among other words, only with
// their period.
const WORD_ABBREVIATIONS = new Set(["del", "ill", "ind", "miss", "wash", "mass", "ore", "cal"]);

// Postal codes that are also words ("in", "or", "me", "la", "de", "mi"): among other words, a
// state only when typed in capitals. Any other code typed in lower case is the state where a
// state stands in the question ("what did az say", "did ca refuse", "ohio and tx"), not in chat
// shorthand ("nm, what did padilla say", "any nc from kobach", "which states refused tx").
const CODE_WORDS = new Set("al de hi id in la me mi ms oh ok or".split(" "));
const CODE_SLOT = new Set(
  "did does do is was has have had about in on for from of and or vs versus with than to".split(
    " ",
  ),
);

const SHARED = new RegExp(SHARED_NAME, "gi");

/** "N.C.", "Ky.", "Pa.": a state's code typed as AP writes the state, with its periods. */
function apForm(index: LookupIndex, token: Token | undefined, key: IndexKey): boolean {
  const target = key.target;
  if (!token?.dotted || target.kind !== "state") return false;
  return index.dataset.jurisdictions.some((j) => j.usps === target.usps && j.ap === token.typed);
}

/** Words that may stand before a surname without being a first name ("Secretary Padilla"). */
const BEFORE_SURNAME = new Set(
  (
    "secretary sec secy gov governor lt lieutenant sen senator rep representative mr mrs ms dr " +
    "director chair chairman chairwoman president vice administrator official commissioner " +
    "democrat democratic republican gop former then when while but and or as if after before " +
    "since because so also even meanwhile however yet though although where here there told " +
    "asked ask according by from to of said says for with against like per via than versus vs " +
    "compare comparing compared contrast ok okay"
  ).split(" "),
);

/**
 * A surname with a first name that is not the person's ("Tom Perez" is not Myrna Pérez): every
 * name the query gives must fit. A typo (one edit) or a shortened form still fits.
 */
function contradicts(
  index: LookupIndex,
  key: IndexKey,
  before: Token | undefined,
  capitalised: boolean,
): boolean {
  if (!key.isSurname || key.target.kind !== "person" || !before) return false;
  const word = before.word;
  if (!/^\p{L}{2,}$/u.test(word) || BEFORE_SURNAME.has(word) || withoutFiller(word) === "")
    return false;
  if (capitalised && !before.initialCapital) return false;
  const target = key.target;
  const person = index.dataset.people.find((p) => p.id === target.id);
  const named = index.exact.get(word);
  // "Alabama Merrill": another state's official is not Connecticut's Merrill.
  if (named) {
    const state = named.find((k) => k.target.kind === "state")?.target;
    return state?.kind === "state" && person?.state != null && person.state !== state.usps;
  }
  return person ? !fitsGivenName(person, word) : false;
}

function fitsGivenName(person: Person, word: string): boolean {
  const given = [person.name, ...person.aliases].flatMap((n) =>
    normalise(n).split(" ").slice(0, -1),
  );
  return given.some(
    (g) =>
      g === word ||
      g.startsWith(word) ||
      word.startsWith(g) ||
      editDistance(g, word) <= 1 ||
      shortForms(g).includes(word),
  );
}
