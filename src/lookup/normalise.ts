/**
 * Normalisation shared by the index and the queries: case, diacritics (Pérez = Perez),
 * punctuation (W.Va. = WVa), possessives (Ohio's = Ohio) and spacing.
 */
export function normalise(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const result = normalisedAnew(text);
  // The same names and passages are normalised for every question: keep the short ones, and
  // start afresh when the cache is full rather than let it grow with what reporters type (at
  // most 5,000 strings of 500 characters, some 10 MB; the index and the 683 bench questions
  // use about 2,000).
  if (text.length <= MAX_CACHED_LENGTH) {
    if (normalised.size >= MAX_CACHED) normalised.clear();
    normalised.set(text, result);
  }
  return result;
}

const normalised = new Map<string, string>();
const MAX_CACHED = 5_000;
const MAX_CACHED_LENGTH = 500;

function normalisedAnew(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/[.']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Words a reporter puts around a query ("what about", "what did ... say"), dropped on retry. */
const FILLER = new Set(
  (
    "what whats about how did does do say said says saying think thinks thought tell me us show " +
    "who is was are the a an on for with voter voters data stance stances response position " +
    "please pls hey hi hello lookup look up find any news latest update updates abt re " +
    "ok okay so um hmm yeah well also then " +
    // Spanish-speaking reporters' own ("¿Qué dijo Padilla?", "qué piensa Simon").
    "que dijo dice dicen piensa opina sobre"
  ).split(" "),
);

export function withoutFiller(normalised: string): string {
  return normalised
    .split(" ")
    .filter((w) => !FILLER.has(w))
    .join(" ");
}

/** "state of ohio" and "the state of ohio" both mean Ohio. */
export function withoutStateOf(normalised: string): string {
  return normalised.replace(/^(the )?state of /, "");
}

/** Edit distance with transpositions (optimal string alignment), for the fuzzy confidence cut. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}
