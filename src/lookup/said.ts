import type { Dataset, Person, Source } from "../domain/dataset.js";
import { escapeRegExp } from "../domain/names.js";
import { findQuoteSpans } from "../draft/quote-marks.js";
import { blanked, type Range, sentences } from "../draft/text.js";
import { normalise } from "./normalise.js";
import { saysOtherwise } from "./polarity.js";
import { better, buildWordIndex, searchWords, type WordHit, type WordIndex } from "./words.js";

/**
 * Who said what: every quote in the data and every sentence of the articles that attributes
 * words to a named person, direct ("…," Padilla said) or reported ("Gorbea took her criticism
 * further, saying Kobach was unfit to lead the commission"), searchable by their words (words.ts).
 */
export interface Passage {
  id: number;
  /** The person the words are attributed to (a person id of the dataset). */
  speaker: string;
  /** Word for word: a quote as the data holds it, or the article's sentences that attribute it. */
  text: string;
  /** "quote": the quote itself; "sentence": the article's sentence(s) that carry it. */
  kind: "quote" | "sentence";
  source: Source;
  /** The quote's or claim's anchor on the source's page, where the passage has one. */
  anchor: string | null;
  /** A quote's context as the data gives it ("Cuomo's tweet, as embedded in the article"). */
  context?: string;
}

export type SaidIndex = WordIndex<Passage>;
export type SaidHit = WordHit<Passage> & {
  passage: Passage;
  /** The words deny what the question asserts, or assert what it denies (polarity.ts). */
  otherwise?: boolean;
};

/** Speakers offered together when their best passages are this close to the best. */
const SAID_TIE = 0.05;
const MAX_SPEAKERS = 5;

const SPEECH =
  /\b(?:said|says|saying|say|added|adding|told|tells|telling|wrote|writes|tweeted|tweets|stated|argued|argues|announced|explained|noted|warned|called|calls|calling|declared|insisted|replied|responded|urged|according to|statement|criticism|criticized|criticised|described|dismissed|complained|vowed|promised|posted|asserted)\b/g;

/** Someone speaking for the person named ("a spokeswoman for Husted"): not the person's words. */
const SPOKEN_FOR =
  /\b(?:spokes\w+|aides?|office|staff|lawyers?|attorneys?)\s+(?:for|of|to)\s+(?:[\p{L}.’'-]+\s+){0,4}$/iu;

const ATTRIBUTIVE =
  /^(?:['’]s?\b|\s+(?:commission|administration|campaign|panel|letter|request|team|loyalists|supporters|allies|aides?|officials|era|White House|spokes\w+|lawyers?|attorneys?|office|staff)\b)/u;

export function buildSaidIndex(dataset: Dataset): SaidIndex {
  const passages: Passage[] = [];
  const seen = new Set<string>();
  const add = (p: Omit<Passage, "id">) => {
    const key = `${p.speaker}|${p.source.id}|${p.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    passages.push({ ...p, id: passages.length });
  };
  for (const q of dataset.quotes) {
    // (An embedded post, credited "— Gov. Tom Wolf (@GovernorTomWolf)", was posted online.)
    const posted = postedIn(dataset.articles.get(q.source.id) ?? "", q.text);
    const context = [q.context, posted ? "posted online" : null].filter(Boolean).join("; ");
    add({
      speaker: q.speaker.id,
      text: q.text,
      kind: "quote",
      source: q.source,
      anchor: q.anchor,
      ...(context ? { context } : {}),
    });
  }
  for (const source of dataset.sources) {
    const article = dataset.articles.get(source.id);
    if (article) for (const p of attributedSentences(dataset, source, article)) add(p);
  }
  return buildWordIndex(passages, (p) => p.text);
}

/** Whether the article credits the words as a post: a "(@handle)" right after them. */
function postedIn(article: string, words: string): boolean {
  const first = words.split(/\s*…\s*/).pop() ?? words;
  const at = article.indexOf(first);
  return at >= 0 && /^[^\n]{0,80}\(@\w+\)/.test(article.slice(at + first.length));
}

export interface SaidFilter {
  /** Only this person's words: the one chosen among several who said something close. */
  speaker?: string;
  /** Only words of speakers of a kind the question names ("which governors said …"). */
  only?: (passage: Passage) => boolean;
  /** Passages about what the question names (its state): these rank first where any match. */
  about?: (passage: Passage) => boolean;
}

/**
 * The passages whose words match the question's, best speaker first: one passage per speaker,
 * a direct quote before a sentence about it. Empty when no passage holds enough of the question.
 */
export function searchSaid(
  index: SaidIndex,
  question: string,
  { speaker, only, about }: SaidFilter = {},
): SaidHit[] {
  const best = new Map<string, SaidHit>();
  const asked = spelledOut(question);
  const pairs = wordPairs(asked);
  for (const hit of searchWords(index, asked)) {
    const passage = hit.item;
    if (speaker !== undefined && passage.speaker !== speaker) continue;
    if (only && !only(passage)) continue;
    // Between passages holding as much of the question, the one that prints its words in the
    // same order ("goes too far") comes first.
    const inOrder = 1 + PAIR_WEIGHT * Math.min(MAX_PAIRS, sharedPairs(pairs, passage.text));
    const said = {
      ...hit,
      passage,
      score: hit.score * inOrder * (passage.kind === "quote" ? 1.1 : 1),
    };
    const kept = best.get(passage.speaker);
    if (!kept || fuller(said, kept) || (!fuller(kept, said) && better(said, kept))) {
      best.set(passage.speaker, said);
    }
  }
  const all = [...best.values()].sort((a, b) => (better(a, b) ? -1 : 1));
  const onTopic = about ? all.filter((h) => about(h.passage)) : [];
  const ranked = onTopic.length > 0 ? onTopic : all;
  const top = ranked[0];
  if (!top) return [];
  // Words that say otherwise stay among the close ones, but after those that say it.
  const close = ranked
    .filter((h) => top.coverage - h.coverage <= SAID_TIE)
    .map((h) => (saysOtherwise(question, h.passage.text) ? { ...h, otherwise: true } : h));
  return [...close.filter((h) => !h.otherwise), ...close.filter((h) => h.otherwise)].slice(
    0,
    MAX_SPEAKERS,
  );
}

/** Reporters' shorthand as the articles spell it out ("SSNs", "DOB"). */
function spelledOut(question: string): string {
  return question
    .replace(/\bSSNs\b/gi, "Social Security numbers")
    .replace(/\bSSN\b/gi, "Social Security number")
    .replace(/\bDOBs?\b/gi, "dates of birth");
}

const PAIR_WEIGHT = 0.5;
const MAX_PAIRS = 3;

/**
 * A question's consecutive word pairs, as `normalise` spells them ("goes too", "too far"), past
 * its "who said" and without pairs of two small words ("of the"), which any passage holds.
 */
function wordPairs(question: string): string[] {
  const words = normalise(question)
    .replace(/^(?:who|whom|which \w+)\s+(?:said|says|told|called|wrote)\s+/, "")
    .split(" ");
  return words
    .slice(1)
    .map((w, i) => [words[i] as string, w])
    .filter(([a, b]) => (a as string).length > 3 || (b as string).length > 3)
    .map(([a, b]) => ` ${a} ${b} `);
}

function sharedPairs(pairs: string[], text: string): number {
  const spaced = ` ${normalise(text)} `;
  return pairs.filter((p) => spaced.includes(p)).length;
}

/** Letters and digits only, so a fragment is found inside the fuller quote it was cut from. */
const bare = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The same words reported twice, one passage holding the other ("go jump in the Gulf" inside the
 * whole statement): the fuller one is shown, as a reader wants the words in their context.
 */
function fuller(a: SaidHit, b: SaidHit): boolean {
  if (a.passage.kind !== b.passage.kind || a.coverage + 1e-9 < b.coverage) return false;
  const [whole, part] = [bare(a.passage.text), bare(b.passage.text)];
  return whole.length > part.length && whole.includes(part);
}

interface Named {
  person: Person;
  start: number;
  possessive: boolean;
}

/**
 * The article's sentences that attribute words to a person of the dataset: the first person
 * named before a verb of saying (else the first named just after it, `…," said Padilla`); a
 * sentence that is all quotation right after one by the same speaker continues it, and is kept
 * with it so the attribution is always in the passage's own words.
 */
export function attributedSentences(
  dataset: Dataset,
  source: Source,
  article: string,
): Omit<Passage, "id">[] {
  const quotes = findQuoteSpans(article);
  // (Quoted words blanked, so a name inside a quote is not a speaker.)
  const masked = blanked(article, quotes);
  const forms = nameForms(dataset.people, article);
  const anchorOf = anchorFinder(dataset, source);
  const out: Omit<Passage, "id">[] = [];
  let previous: { range: Range; speaker: string } | null = null;
  // "Even a member of the commission said her state would not comply." before the sentence that
  // names her: an unnamed speaker the next sentence names.
  let unnamed: Range | null = null;
  for (const range of sentences(article).flatMap((r) => clauses(masked, r, forms))) {
    const outside = masked.slice(range.start, range.end);
    const speakers = speakersOf(outside, forms);
    const speaker = speakers[0];
    const quoted = quotes.some((q) => q.start >= range.start && q.end <= range.end);
    const sameParagraph =
      previous !== null && !article.slice(previous.range.end, range.start).includes("\n");
    const namedNext =
      unnamed !== null &&
      !article.slice(unnamed.end, range.start).includes("\n") &&
      speakers.length === 1 &&
      opensWith(outside, forms, speaker) &&
      describes(masked.slice(unnamed.start, unnamed.end), forms, speaker);
    if (namedNext && unnamed && speaker) {
      const text = article.slice(unnamed.start, range.end);
      out.push({ speaker, text, kind: "sentence", source, anchor: anchorOf(text) });
    }
    // (Not "A spokesman for Marsh said …": someone named, whose words these are not; "a member
    // of the Kobach commission" names him only to qualify the commission.)
    const namesNoOne = forms.every(({ pattern }) => {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(outside); m; m = pattern.exec(outside))
        if (!ATTRIBUTIVE.test(outside.slice(m.index + m[0].length))) return false;
      return true;
    });
    unnamed = !speaker && namesNoOne && UNNAMED_SPEAKER.test(outside) ? range : null;
    if (speaker) {
      const text = article.slice(range.start, range.end);
      const anchor = anchorOf(text);
      for (const s of speakers) out.push({ speaker: s, text, kind: "sentence", source, anchor });
      previous = speakers.length === 1 ? { range, speaker } : null;
    } else if (
      previous &&
      sameParagraph &&
      quoted &&
      /^[\s\p{P}]*$/u.test(outside.replace(/\s+/g, ""))
    ) {
      const text = article.slice(previous.range.start, range.end);
      out.push({
        speaker: previous.speaker,
        text,
        kind: "sentence",
        source,
        anchor: anchorOf(text),
      });
      previous = {
        range: { start: previous.range.start, end: range.end },
        speaker: previous.speaker,
      };
    } else {
      previous = null;
    }
  }
  return out;
}

/** A sentence whose speaker is described, not named: "Even a member of the panel said …". */
const UNNAMED_SPEAKER =
  /^\s*(?:(?:even|also|and|but|yet)\s+)?(?:a|an|one|another)\s+((?:[\p{L}’'-]+\s+){1,8}?)(?:said|says|told|announced|wrote|stated)\b/iu;

/**
 * Whether "a member of the Kobach commission" fits the person the next sentence names: a word of
 * the description is in their role or organisation as the data gives it ("A federal judge said
 * …. Rosa Quintero said …" is the judge and then her).
 */
function describes(
  sentence: string,
  forms: { person: Person; pattern: RegExp }[],
  id: string | undefined,
): boolean {
  const person = forms.find((f) => f.person.id === id)?.person;
  const description = UNNAMED_SPEAKER.exec(sentence)?.[1] ?? "";
  const held = new Set(normalise(`${person?.role ?? ""} ${person?.organisation ?? ""}`).split(" "));
  return normalise(description)
    .split(" ")
    .some((w) => w.length > 3 && !GENERIC_DESCRIPTION.has(w) && held.has(w));
}
/** Words any description holds, which fit anyone. */
const GENERIC_DESCRIPTION = new Set("member members official officials another person".split(" "));

/** Whether the sentence opens with the person's name, past a title of a few words. */
function opensWith(
  outside: string,
  forms: { person: Person; pattern: RegExp }[],
  id: string | undefined,
): boolean {
  const form = forms.find((f) => f.person.id === id);
  if (!form) return false;
  form.pattern.lastIndex = 0;
  const m = form.pattern.exec(outside);
  return (
    m !== null && /^\s*(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,6}$/u.test(outside.slice(0, m.index))
  );
}

/** Where a sentence's clauses may part: "…, and", "…; but", "…, while" (outside quotations). */
const CLAUSE_BREAK = /[,;]\s+(?:and|but|while|whereas)\s+|;\s+/g;

/**
 * A sentence's clauses that each attribute words to someone of their own ("Simon said the
 * request was out of bounds, and Kiffmeyer said Minnesotans gain nothing"), so each speaker
 * gets their own words; else the whole sentence.
 */
function clauses(
  masked: string,
  range: Range,
  forms: { person: Person; pattern: RegExp }[],
): Range[] {
  const outside = masked.slice(range.start, range.end);
  const parts: Range[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(outside); m; m = CLAUSE_BREAK.exec(outside)) {
    const next = m.index + m[0].length;
    if (speakersOf(outside.slice(start, m.index), forms).length === 0) continue;
    // The next clause names its own speaker first ("but Pike said"), not "but said Pike would".
    if (speakersOf(outside.slice(next), forms, true).length === 0) continue;
    parts.push({ start: range.start + start, end: range.start + m.index });
    start = next;
  }
  if (parts.length === 0) return [range];
  parts.push({ start: range.start + start, end: range.end });
  return parts;
}

/**
 * Who a sentence gives words to: the person whose name runs into its first verb of saying, with
 * nothing between but an aside ("Cox, Utah's top election official, said"; "Cox has previously
 * called"), and anyone named together with them as its subject ("Cuomo and Virginia Gov. Terry
 * McAuliffe, both Democrats, said"). Others the sentence names are not speakers ("After Pike
 * and Marsh clashed, Quintero said": Quintero's words alone). With no such name, the first
 * named before the verb (the subject, before a clause that names others); else, unless
 * `namedFirst`, the first named just after it (`…," said Padilla`). "According to Politico"
 * gives the words to no one.
 */
function speakersOf(
  outside: string,
  forms: { person: Person; pattern: RegExp }[],
  namedFirst = false,
): string[] {
  SPEECH.lastIndex = 0;
  const verb = SPEECH.exec(outside);
  if (!verb) return [];
  const named: (Named & { end: number })[] = [];
  for (const { person, pattern } of forms) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(outside); m; m = pattern.exec(outside)) {
      const end = m.index + m[0].length;
      // "Trump's", "the Kobach commission": the name qualifies something else, not a speaker.
      const possessive = ATTRIBUTIVE.test(outside.slice(end));
      if (SPOKEN_FOR.test(outside.slice(Math.max(0, m.index - 60), m.index))) continue;
      named.push({ person, start: m.index, end, possessive });
    }
  }
  named.sort((a, b) => a.start - b.start);
  const according = verb[0].toLowerCase() === "according to";
  const before = according ? [] : named.filter((n) => n.end <= verb.index && !n.possessive);
  if (before.length > 0) {
    let at = before.length - 1;
    while (at >= 0 && !LEADS_INTO_VERB.test(outside.slice(before[at]?.end, verb.index))) at--;
    if (at < 0) return [(before[0] as Named).person.id];
    const subject = [before[at] as Named & { end: number }];
    for (let i = at - 1; i >= 0; i--) {
      const next = subject[0] as Named;
      if (!NAMED_TOGETHER.test(outside.slice(before[i]?.end, next.start))) break;
      subject.unshift(before[i] as Named & { end: number });
    }
    return [...new Set(subject.map((n) => n.person.id))];
  }
  if (namedFirst) return [];
  const after = named.find(
    (n) => n.start > verb.index && n.start - verb.index < 60 && !n.possessive,
  );
  return after ? [after.person.id] : [];
}

/**
 * Between a speaker's name and the verb of saying: a few words ("has previously", "(D) took
 * her"), or an aside set off by commas (", a Republican, similarly"). A lone comma ends an aside
 * the name stood in ("Padilla, who clashed with Kobach, said"): Kobach is not the speaker.
 */
const LEADS_INTO_VERB = /^(?:[^,;:.!?]{0,30}|\s*,[^;:]{1,90},\s*(?:\p{Ll}+\s+){0,2})$/u;

/** Between two names that are one subject: "and" or a comma, with titles ("and Virginia Gov."). */
const NAMED_TOGETHER =
  /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|state|former)\s+){0,5}$/u;

/** Each person's full name and other names, and the surname once the article names them in full. */
function nameForms(people: Person[], article: string): { person: Person; pattern: RegExp }[] {
  // Only the people the article names at all: the sentences are searched for each of them.
  const named = people.filter((p) =>
    [p.name, ...p.aliases].some((n) => article.includes(n.split(" ").pop() ?? n)),
  );
  return named.map((person) => {
    const full = [person.name, ...person.aliases].filter((n) => n.includes(" "));
    const surname = person.name.split(" ").pop() ?? person.name;
    const namedInFull = full.some((n) => article.includes(n));
    const names = namedInFull ? [...full, surname] : full;
    const alternatives = names.map((n) => escapeRegExp(n)).join("|");
    return { person, pattern: new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, "gu") };
  });
}

/** Text compared for containment: normalised, without spaces. */
const flat = (text: string) => normalise(text).replace(/ /g, "");

/**
 * Finds the anchor of a quote or claim of one source that a passage holds (a quote's first
 * piece) or that holds the passage (a claim's evidence), flattening each only once.
 */
function anchorFinder(dataset: Dataset, source: Source): (text: string) => string | null {
  const quotes = dataset.quotes
    .filter((q) => q.source === source)
    .map((q) => ({ anchor: q.anchor, text: flat(q.text.split(/\s*…\s*/)[0] ?? q.text) }));
  const claims = dataset.claims
    .filter((c) => c.source === source)
    .map((c) => ({ anchor: c.anchor, text: flat(c.evidence) }));
  return (text) => {
    const passage = flat(text);
    const quote = quotes.find((q) => passage.includes(q.text));
    if (quote) return quote.anchor;
    return claims.find((c) => c.text.includes(passage))?.anchor ?? null;
  };
}
