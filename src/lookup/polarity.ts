import { normalise } from "./normalise.js";

/**
 * Whether a passage denies what a "who said …" question asserts, or asserts what it denies:
 * "who said voter fraud is widespread" against "the false notion that voter fraud is a widespread
 * issue — it is not". Sharing the question's words is not saying it; such words are shown as
 * what they are, never as who said it.
 *
 * Only denial close to the shared words counts: a "not" or "no" a few words before one ("no
 * evidence of voter fraud"), a word that calls a claim untrue a little further ("the false and
 * already debunked claims of massive voter fraud"), or a flat "it is not" just after.
 */

/** Words that negate what follows them closely. */
const NEGATORS = new Set(
  (
    "not no never nor neither none without cannot cant isnt arent wasnt werent dont doesnt didnt " +
    "wont wouldnt couldnt shouldnt hasnt havent hadnt aint nobody nothing lack lacks lacked lacking " +
    "unfit unable unwilling unlikely"
  ).split(" "),
);
/** Words that call a claim untrue, however the claim is worded after them (by stem: "fabricate"). */
const DENIALS = new Set(
  (
    "false falsely debunked baseless unfounded unsubstantiated unproven myth myths lie lies " +
    "bogus discredited groundless fiction fictional fabricated imaginary nonexistent phantom " +
    "doubt doubts doubted questioned inaccurately wrongly erroneously mistakenly delusion " +
    "delusions fantasy fantasies paranoid"
  ).split(" "),
);
/** A negator in these pairs does not negate ("not only", "no doubt"). */
const NOT_NEGATING =
  /^(?:not (?:only|just|merely|simply)|no (?:doubt|matter|wonder|longer than)|nothing but|without doubt)$/;

const NEGATOR_REACH = 6;
/**
 * A limit on what is given ("only public data", "all but Social Security numbers"), not a denial;
 * nor is "would only serve to legitimize …", whose sense words alone cannot tell.
 */
const LIMITS =
  /\b(?:only|except|other than|beyond|but not|all but)\s+(?:[\w'’]+\s+){0,3}?(?:public|publicly|data|records?|information|info|files?|lists?|what|voter|rolls?|some|part|serves?)\b/i;
/** A claim asserts something: it has a verb ("is", "would", "voted"), not a name of a thing. */
const ASSERTS =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|did|does|do|exists?|isnt|arent|wasnt|werent|wont|wouldnt|dont|doesnt|didnt|\p{L}{3,}ed)\b/iu;
const DENIAL_REACH = 6;
/**
 * "… is a widespread issue — it is not", "… is a myth", "… only exists in his delusions": a flat
 * denial right after the words.
 */
const DENIED_AFTER =
  /^[^.;!?]{0,40}?(?:\bonly\s+exists?\s+in\b|[—–,-]\s*(?:it|that|they|this)\s+(?:is|was|are|were)(?:\s+not|n['’]t)\b|\b(?:is|was|are|were|being|be)\s+(?:a\s+|an\s+|simply\s+|just\s+|all\s+)?(?:myth|false|untrue|baseless|unfounded|nonsense|fiction|lie|bogus)\b)/i;

/** Small words that say nothing of what is claimed, so are never the shared words. */
const FUNCTION_WORDS = new Set(
  (
    "who whom which what said says say saying told that this those these there their they them " +
    "the a an and or but of to in on at for with by from as is are was were be been being it its " +
    "has have had will would should could can may might do does did about over into than then " +
    "so such very just also some any all"
  ).split(" "),
);

interface Word {
  word: string;
  /** Where the word starts in the text. */
  at: number;
  /** Where it ends. */
  end: number;
  /** A clause break (, ; : — . ? !) just before it. */
  breakBefore: boolean;
}

// (A passage is weighed against every question that finds it: its words are read once.)
const wordsRead = new Map<string, Word[]>();
const MAX_WORDS_READ = 2_000;

function words(text: string): Word[] {
  let read = wordsRead.get(text);
  if (!read) {
    read = readWords(text);
    if (wordsRead.size >= MAX_WORDS_READ) wordsRead.clear();
    wordsRead.set(text, read);
  }
  return read;
}

function readWords(text: string): Word[] {
  const out: Word[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const at = m.index ?? 0;
    const between = text.slice(lastEnd, at);
    out.push({
      word: normalise(m[0]),
      at,
      end: at + m[0].length,
      breakBefore: /[,;:—–.?!]/.test(between),
    });
    lastEnd = at + m[0].length;
  }
  return out;
}

/** Two words the same but for an ending ("fraud", "frauds"; "refuse", "refused"). */
function same(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = Math.min(a.length, b.length, 6);
  return stem >= 5 && a.slice(0, stem) === b.slice(0, stem);
}

// (By stem, as `same` compares words, looked up rather than compared with each denial.)
const DENIAL_STEMS = new Set([...DENIALS].filter((d) => d.length >= 5).map((d) => d.slice(0, 6)));
const isDenial = (word: string) =>
  DENIALS.has(word) ||
  (word.length >= 5 &&
    (DENIAL_STEMS.has(word.slice(0, 6)) ||
      (word.length === 5 && [...DENIAL_STEMS].some((d) => d.startsWith(word)))));

/**
 * Whether the text denies any of `shared` where it says them: a negator within a few words before
 * (no clause break between), a denial word a little further, "if this were" (what is not), or a
 * flat "it is not" after.
 */
function denies(text: string, shared: (w: string) => boolean): boolean {
  const list = words(text);
  return list.some((w, i) => {
    if (!shared(w.word) || FUNCTION_WORDS.has(w.word)) return false;
    // "will not provide any information that is not public": two negations make a limit, not a
    // denial.
    const lead = list.slice(Math.max(0, i - 2 * NEGATOR_REACH), i);
    if (lead.filter((c) => NEGATORS.has(c.word)).length > 1) return false;
    for (let back = 1; back <= DENIAL_REACH && i - back >= 0; back++) {
      const before = list[i - back] as Word;
      const next = list[i - back + 1] as Word;
      if (back <= NEGATOR_REACH && NEGATORS.has(before.word)) {
        if (!NOT_NEGATING.test(`${before.word} ${next.word}`)) return true;
      }
      // ("no doubt the commission …": a denial denied.)
      const denied = i - back - 1 >= 0 && NEGATORS.has((list[i - back - 1] as Word).word);
      if (isDenial(before.word) && !denied) return true;
      // ("If this were a serious effort": it is not one.)
      if (before.word === "were" && (list[i - back - 2] as Word | undefined)?.word === "if")
        return true;
      if (next.breakBefore) break;
    }
    return DENIED_AFTER.test(text.slice(w.end));
  });
}

/** Whether the text sets a limit ("only") within a few words of a shared word. */
function limitedWhereShared(text: string, shared: (w: string) => boolean): boolean {
  const list = words(text);
  return list.some(
    (w, i) =>
      shared(w.word) &&
      !FUNCTION_WORDS.has(w.word) &&
      LIMITS.test(
        list
          .slice(Math.max(0, i - NEGATOR_REACH), i + NEGATOR_REACH + 1)
          .map((c) => c.word)
          .join(" "),
      ),
  );
}

/**
 * The question's own claim past its "who said" (or the "said" the quote search is given: "said
 * voter fraud is widespread"), whose words a passage may share.
 */
function claimOf(question: string): string {
  return question.replace(
    /^\s*(?:(?:who|whom|which\s+\w+)\s+(?:\w+\s+)?)?(?:said|says|say|saying|told|claimed|claims|called|wrote|argued|insisted|tweeted|posted)\b(?:\s+(?:that|about))?/i,
    "",
  );
}

/** The claim's words (past "who said") that the passage prints too, as `same` compares words. */
function sharedWords(claim: string, passage: string): string[] {
  const asked = words(claim)
    .map((w) => w.word)
    .filter((w) => !FUNCTION_WORDS.has(w) && !NEGATORS.has(w) && !isDenial(w));
  const inPassage = words(passage).map((w) => w.word);
  return asked.filter((a) => inPassage.some((p) => same(a, p)));
}

/**
 * Whether the passage says what the question claims, as far as words can tell: it prints some of
 * the claim's own words, and does not say otherwise.
 */
export function saysSo(question: string, passage: string): boolean {
  return sharedWords(claimOf(question), passage).length > 0 && !saysOtherwise(question, passage);
}

/**
 * Whether the passage answers the question's claim with the other polarity: one denies the words
 * they share and the other does not.
 */
export function saysOtherwise(question: string, passage: string): boolean {
  const claim = claimOf(question);
  // "who said claims of massive voter fraud": words to find, not a claim that can be denied;
  // "who said they would give only public data": a limit, which a passage may word as two
  // negations or none. Neither is judged.
  if (!ASSERTS.test(claim) || LIMITS.test(claim)) return false;
  const shared = sharedWords(claim, passage);
  if (shared.length === 0) return false;
  const isShared = (w: string) => shared.some((s) => same(s, w));
  // ("will provide only the public data": a limit again.)
  if (limitedWhereShared(passage, isShared)) return false;
  // A claim is one clause: a "not" anywhere in it denies it ("state law doesn't allow sharing"
  // against "Indiana law doesn't permit the Secretary of State to provide …"), and two deny the
  // denial ("voter fraud was not a myth").
  const negations = words(claim).filter((w) => NEGATORS.has(w.word) || isDenial(w.word)).length;
  const claimDenies = negations > 0 ? negations % 2 === 1 : denies(claim, isShared);
  return claimDenies !== denies(passage, isShared);
}
