/**
 * The verbs every attribution reads as speech. Each reader adds the ones its own construction
 * needs ("declined" for an office that answers, "stated" after a body's name), so the shared core
 * stays in one place.
 */
const SAY = ["said", "says", "told", "wrote", "added"];

/** "officials with Common Cause", "leaders from the ACLU": people who speak for the body named. */
export const SPEAKING_FOR = String.raw`(?:[Oo]fficials|[Ll]eaders|[Rr]epresentatives)\s+(?:with|from|at)`;

// The verbs that follow a quotation and its speaker's name ("“…,” Lee continued").
const AFTER_QUOTE = [
  ...SAY,
  "adds",
  "writes",
  "continued",
  "countered",
  "concurred",
  "stated",
  "explained",
  "noted",
  "argued",
  "insisted",
  "replied",
  "responded",
];

/** Whether `part` is the start of such a verb, cut off where a page stops ("conti"). */
export function beginsSpeechVerb(part: string): boolean {
  return AFTER_QUOTE.some((v) => v.startsWith(part) && v !== part);
}

/** A regex source matching the shared speech verbs and `extra` (regex sources themselves). */
export function speechVerbs(...extra: string[]): string {
  return `(?:${[...SAY, ...extra].join("|")})`;
}

/**
 * Spanish-language outlets' speech verbs ("dijo Steve Simon", "afirma la demanda", "alegando
 * que …"), in the tenses news uses: past, present and the gerund that carries on a sentence.
 */
export const SPANISH_SAID = [
  "dijo",
  "dijeron",
  "afirmó",
  "declaró",
  "señaló",
  "aseguró",
  "indicó",
  "agregó",
  "añadió",
  "continuó",
  "escribió",
  "explicó",
  "advirtió",
  "sostuvo",
  "expresó",
  "calificó",
  "acusó",
  "denunció",
  "criticó",
  "subrayó",
  "recalcó",
  "insistió",
  "respondió",
  "reiteró",
  "manifestó",
  "dice",
  "afirma",
  "señala",
  "asegura",
  "indica",
  "agrega",
  "añade",
  "explica",
  "advierte",
  "sostiene",
  "denuncia",
  "diciendo",
  "afirmando",
  "alegando",
  "argumentando",
  "señalando",
  "asegurando",
  "agregando",
  "añadiendo",
  "explicando",
  "advirtiendo",
  "insistiendo",
  "calificando",
];

/** Verbs that name what was asked for ("requested a copy of …", "asking them for “…”"). */
export const ASKING =
  "ask(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|seeks?|seeking|demand(?:s|ed|ing)?";
