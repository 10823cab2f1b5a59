import { PARTY_WORDS } from "../data/schema.js";
import { locateVerbatim } from "../data/verbatim.js";
import type { Jurisdiction, Person } from "../domain/dataset.js";
import { escapeRegExp, indexOfName } from "../domain/names.js";
import { STANCES, type Stance } from "../domain/stance.js";
import { stateMatcher } from "../draft/states.js";
import { excerpt, sentences } from "../draft/text.js";
import type { Draft, DraftClaim, DraftPerson, DraftQuote, Excerpt } from "../draft/types.js";
import type { Repair } from "./repairs.js";

/** The evidence an editor gave: one of the article's sentences (by offsets) or pasted text. */
export type EvidenceChoice =
  | { kind: "sentence"; start: number; end: number }
  | { kind: "text"; text: string };

/** Who said a quote: a known person, one the draft found, or someone new as the text names them. */
export type SpeakerChoice =
  | { kind: "known"; id: string }
  | { kind: "draft"; name: string }
  | { kind: "new"; name: string; role: string | null; party: "R" | "D" | null };

export type FormField =
  | "state"
  | "evidence"
  | "stance"
  | "quote"
  | "speaker"
  | "name"
  | "role"
  | "party";
/** What is wrong, by field, in words for the editor (never echoing what they pasted). */
export type FormErrors = Partial<Record<FormField, string>>;

export interface NewClaimForm {
  state: string | null;
  evidence: EvidenceChoice | null;
  stance: string | null;
  quote: string | null;
  speaker: SpeakerChoice | null;
}

/** What the checks need: the article, the draft as repaired so far, who is known. */
export interface RepairContext {
  article: string;
  draft: Draft;
  /** Claims the editors rejected (a state whose claim was rejected may get a new one). */
  rejected: ReadonlySet<number>;
  people: readonly Person[];
  jurisdictions: readonly Jurisdiction[];
  editor: string;
}

export type Checked = { kind: "errors"; errors: FormErrors } | { kind: "repair"; repair: Repair };

const MAX_TEXT = 3_000;
const errors = (e: FormErrors): Checked => ({ kind: "errors", errors: e });

/** A claim the drafter missed: approved as added, with the editor as its reason. */
export function checkNewClaim(form: NewClaimForm, ctx: RepairContext): Checked {
  const found: FormErrors = {};
  const state = ctx.jurisdictions.find((j) => j.usps === form.state);
  if (!state) found.state = "Choose a state.";
  else {
    const existing = ctx.draft.claims.findIndex(
      (c, i) => c.state === state.usps && !ctx.rejected.has(i),
    );
    if (existing >= 0) {
      found.state = `This draft has a claim for ${state.name} already (claim ${existing + 1}): change or reject that one instead.`;
    }
  }
  const evidence = form.evidence ? checkEvidenceChoice(form.evidence, ctx.article) : null;
  if (!form.evidence) found.evidence = "Choose a sentence of the article, or paste one.";
  else if (typeof evidence === "string") found.evidence = evidence;
  const stance = STANCES.find((s) => s === form.stance);
  if (!stance) found.stance = "Choose a stance.";
  const quoted = checkQuoted(form.quote, form.speaker, ctx, state?.usps ?? null);
  Object.assign(found, quoted.errors);
  if (Object.keys(found).length > 0 || !state || !stance || !evidence) return errors(found);
  const span = evidence as Excerpt;
  const quote = quoted.found ? quoteOf(quoted.found, state.usps) : null;
  const claim: DraftClaim = {
    state: state.usps,
    stance: stance as Stance,
    evidence: span.text,
    evidenceSpan: span,
    quote,
    why: `added by ${ctx.editor}`,
    whySpan: span,
    confidence: 1,
    fromList: false,
  };
  return { kind: "repair", repair: { kind: "add", claim, speaker: quoted.found?.speaker ?? null } };
}

/** A quote pasted on a form with who said it: both checked against the article, or why not. */
interface QuoteCheck {
  found: { quote: Excerpt; speaker: DraftPerson } | null;
  errors: FormErrors;
}

/**
 * The quote and speaker of "Add a claim" and of "Quote and speaker": the words word for word as
 * the article prints them, and a speaker only with words to speak (and words only with a speaker).
 */
function checkQuoted(
  pasted: string | null,
  choice: SpeakerChoice | null,
  ctx: RepairContext,
  state: string | null,
): QuoteCheck {
  const found: FormErrors = {};
  const quote = pasted?.trim() ? locateText(pasted, ctx.article) : null;
  if (typeof quote === "string") found.quote = quote;
  let speaker: DraftPerson | null = null;
  if (choice) {
    const who = resolveSpeaker(choice, ctx, state);
    if ("errors" in who) Object.assign(found, who.errors);
    else speaker = who.person;
    if (!pasted?.trim()) {
      found.quote ??= "Paste the words this person said, or leave the speaker empty.";
    }
  } else if (quote) {
    found.speaker = "Say who said the quote: a person from the list, or someone new.";
  }
  const ok = quote && typeof quote !== "string" && speaker && Object.keys(found).length === 0;
  return { found: ok ? { quote, speaker: speaker as DraftPerson } : null, errors: found };
}

const quoteOf = (found: { quote: Excerpt; speaker: DraftPerson }, state: string): DraftQuote => ({
  ...found.quote,
  speaker: found.speaker.name,
  speakerId: found.speaker.id,
  state,
});

/** What "Quote and speaker" asks of a drafted claim: its quote (pasted) and who said it. */
export interface QuoteForm {
  quote: string | null;
  speaker: SpeakerChoice | null;
  /** "Remove this quote": the claim keeps no quote (a wrong one the drafter attached). */
  remove?: boolean;
}

/**
 * "Quote and speaker" on a drafted claim: the official's words the drafter missed, or others in
 * place of its quote, with their speaker; with no words pasted, another speaker for its quote;
 * or, ticked, no quote at all. A new quote with no speaker chosen keeps the quote's speaker.
 */
export function checkQuoteChange(index: number, form: QuoteForm, ctx: RepairContext): Checked {
  const claim = ctx.draft.claims[index];
  if (!claim) return errors({ quote: "That claim is no longer in the draft." });
  if (form.remove) {
    if (!claim.quote) return errors({ quote: "This claim has no quote to remove." });
    if (form.quote?.trim()) {
      return errors({ quote: "Either remove the quote or paste other words, not both." });
    }
    return {
      kind: "repair",
      repair: {
        kind: "unquote",
        index,
        from: { text: claim.quote.text, speaker: claim.quote.speaker },
      },
    };
  }
  if (!form.quote?.trim()) {
    if (claim.quote) return checkSpeakerChange(index, form.speaker, ctx);
    return errors({
      quote: "This claim has no quote yet: paste the official's words as the article prints them.",
    });
  }
  const choice = form.speaker ?? currentSpeaker(claim.quote, ctx);
  const checked = checkQuoted(form.quote, choice, ctx, claim.state);
  if (!checked.found) return errors(checked.errors);
  const quote = quoteOf(checked.found, claim.state);
  const before = claim.quote;
  if (
    before &&
    before.start === quote.start &&
    before.end === quote.end &&
    before.speaker === quote.speaker
  ) {
    return errors({ quote: "That is the claim's quote already, said by the same person." });
  }
  return {
    kind: "repair",
    repair: {
      kind: "quote",
      index,
      quote,
      speaker: checked.found.speaker,
      from: before ? { text: before.text, speaker: before.speaker } : null,
    },
  };
}

/** The speaker a claim's quote has now, as a form would choose them; null when it has none. */
function currentSpeaker(quote: DraftQuote | null, ctx: RepairContext): SpeakerChoice | null {
  if (quote?.speakerId) return { kind: "known", id: quote.speakerId };
  if (quote?.speaker && ctx.draft.people.some((p) => p.name === quote.speaker)) {
    return { kind: "draft", name: quote.speaker };
  }
  return null;
}

/** Another speaker for a drafted claim's quote. */
export function checkSpeakerChange(
  index: number,
  choice: SpeakerChoice | null,
  ctx: RepairContext,
): Checked {
  const claim = ctx.draft.claims[index];
  if (!claim?.quote) return errors({ speaker: "This claim has no quote to give a speaker." });
  if (!choice) return errors({ speaker: "Choose who said it, or someone new." });
  const who = resolveSpeaker(choice, ctx, claim.state);
  if ("errors" in who) return errors(who.errors);
  if (who.person.name === claim.quote.speaker) {
    return errors({ speaker: "That is the speaker already." });
  }
  return {
    kind: "repair",
    repair: { kind: "speaker", index, speaker: who.person, from: claim.quote.speaker },
  };
}

/** Another evidence sentence for a drafted claim. */
export function checkEvidenceChange(
  index: number,
  choice: EvidenceChoice | null,
  ctx: RepairContext,
): Checked {
  const claim = ctx.draft.claims[index];
  if (!claim) return errors({ evidence: "That claim is no longer in the draft." });
  if (!choice) return errors({ evidence: "Choose a sentence of the article, or paste one." });
  const evidence = checkEvidenceChoice(choice, ctx.article);
  if (typeof evidence === "string") return errors({ evidence });
  if (evidence.start === claim.evidenceSpan.start && evidence.end === claim.evidenceSpan.end) {
    return errors({ evidence: "That is the claim's evidence already." });
  }
  return { kind: "repair", repair: { kind: "evidence", index, evidence, from: claim.evidence } };
}

/** The article's sentences that name each state, for the evidence select. */
export function sentencesNaming(
  article: string,
  jurisdictions: readonly Jurisdiction[],
): Map<string, Excerpt[]> {
  const matcher = stateMatcher([...jurisdictions]);
  const byState = new Map<string, Excerpt[]>();
  for (const s of sentences(article)) {
    const named = new Set(matcher.find(article, s.start, s.end).map((m) => m.state));
    for (const usps of named) {
      byState.set(usps, [
        ...(byState.get(usps) ?? []),
        { text: article.slice(s.start, s.end), ...s },
      ]);
    }
  }
  return byState;
}

/** Folds what spacing, case and curly quotes make differ, for the evidence search. */
const folded = (text: string) =>
  text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");

/**
 * The sentences with a word starting as each word the editor typed does, in the article's order
 * (an article naming a state in more sentences than a select lists is searched as they type).
 */
export function sentencesMatching(list: readonly Excerpt[], typed: string): Excerpt[] {
  const words = folded(typed)
    .split(" ")
    .filter(Boolean)
    .map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}`, "u"));
  return list.filter((s) => {
    const text = folded(s.text);
    return words.every((w) => w.test(text));
  });
}

function checkEvidenceChoice(choice: EvidenceChoice, article: string): Excerpt | string {
  if (choice.kind === "text") return locateText(choice.text, article);
  const sentence = sentences(article).find((s) => s.start === choice.start && s.end === choice.end);
  if (!sentence) return "Choose a sentence from the list, or paste one.";
  return { text: article.slice(sentence.start, sentence.end), ...sentence };
}

/** The article's own slice of pasted text, or why it cannot be taken. */
function locateText(pasted: string, article: string): Excerpt | string {
  const text = pasted.trim();
  if (text.length > MAX_TEXT)
    return `Paste at most ${MAX_TEXT.toLocaleString("en-US")} characters.`;
  const found = locateWhole(text, article);
  if (found) return found;
  // How far it matches, counted in words: a hint that repeats nothing of what was pasted.
  const words = text.split(/\s+/);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (locateVerbatim(words.slice(0, mid).join(" "), article)) lo = mid;
    else hi = mid - 1;
  }
  const where =
    lo === words.length
      ? "it stands there only as part of longer words (cut mid-word)"
      : lo === 0
        ? "it does not start like any passage of the article"
        : `the first ${lo} word${lo === 1 ? "" : "s"} match, then word ${lo + 1} differs`;
  return `Not in the article word for word: ${where}. Paste one passage as printed (spacing and curly quotes may differ).`;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Where pasted text stands in the article as whole words: "Ruth Alde" is not a name the article
 * prints when it prints "Ruth Alder", nor is "hio will" evidence from "Ohio will".
 */
function locateWhole(pasted: string, article: string): Excerpt | null {
  const cut = (inside: string | undefined, outside: string | undefined) =>
    inside !== undefined && outside !== undefined && WORD.test(inside) && WORD.test(outside);
  return locateVerbatim(
    pasted,
    article,
    (start, end) =>
      !cut(article[start], article[start - 1]) && !cut(article[end - 1], article[end]),
  );
}

type Resolved = { person: DraftPerson } | { errors: FormErrors };

function resolveSpeaker(choice: SpeakerChoice, ctx: RepairContext, state: string | null): Resolved {
  if (choice.kind === "known") {
    const known = ctx.people.find((p) => p.id === choice.id);
    return known ? { person: knownPerson(known) } : { errors: { speaker: "Choose a person." } };
  }
  if (choice.kind === "draft") {
    const person = ctx.draft.people.find((p) => p.name === choice.name);
    return person ? { person } : { errors: { speaker: "Choose a person." } };
  }
  return newPerson(choice, ctx, state);
}

function knownPerson(p: Person): DraftPerson {
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    state: p.state,
    party: p.party,
    known: true,
    roleEvidence: null,
    partyEvidence: null,
  };
}

/** Someone the article names who is not known yet: name, role and party as the text states them. */
function newPerson(
  choice: Extract<SpeakerChoice, { kind: "new" }>,
  ctx: RepairContext,
  state: string | null,
): Resolved {
  const typed = choice.name.trim();
  if (!typed) return { errors: { name: "Give the new person's name as the article prints it." } };
  const known = ctx.people.find((p) => p.name.toLowerCase() === typed.toLowerCase());
  if (known) return { person: knownPerson(known) };
  const inDraft = ctx.draft.people.find((p) => p.name.toLowerCase() === typed.toLowerCase());
  if (inDraft) return { person: inDraft };
  const found: FormErrors = {};
  const name = locateWhole(typed, ctx.article);
  if (!name) found.name = "The article does not print this name: copy it as printed.";
  const role = name && choice.role?.trim() ? statedRole(ctx.article, name.text, choice.role) : null;
  if (choice.role?.trim() && name && !role) {
    found.role =
      "The article does not print this role in a sentence that names the person: copy it as printed there, or leave it empty.";
  }
  const party = name && choice.party ? statedParty(ctx.article, name.text, choice.party) : null;
  if (choice.party && name && !party) {
    found.party =
      "The article does not state this party next to the name: leave it empty unless it does.";
  }
  if (!name || Object.keys(found).length > 0) return { errors: found };
  const stateName = ctx.jurisdictions.find((j) => j.usps === state)?.name;
  return {
    person: {
      id: null,
      name: name.text,
      role: role?.role ?? null,
      // The person's state only where the role says it ("Vermont Secretary of State").
      state: stateName && role && indexOfName(role.role, stateName) >= 0 ? state : null,
      party: party ? choice.party : null,
      known: false,
      roleEvidence: role?.sentence ?? null,
      partyEvidence: party,
    },
  };
}

/** The article's sentences that name a person (in full, or by surname as news prose does). */
function* namingSentences(article: string, name: string) {
  const surname = name.split(/\s+/).at(-1) ?? name;
  for (const s of sentences(article)) {
    const text = article.slice(s.start, s.end);
    for (const wanted of [name, surname]) {
      const at = indexOfName(text, wanted);
      if (at >= 0) yield { ...s, text, at, wanted };
    }
  }
}

/**
 * A role as a sentence naming the person prints it ("Pat Quill, the elections director"), so
 * a role printed only about someone else is never given to this person.
 */
function statedRole(
  article: string,
  name: string,
  typed: string,
): { role: string; sentence: Excerpt } | null {
  for (const s of namingSentences(article, name)) {
    const found = locateWhole(typed, s.text);
    const sentence = excerpt(article, s.start, s.end);
    if (found && sentence) return { role: found.text, sentence };
  }
  return null;
}

/**
 * The sentence that states a person's party, as the drafter and the data check read it: the
 * party's words ("(R)", "a Republican", "Republican Secretary of State") next to the name, and
 * the other party's not, so "Smith, a Republican, and Jones, a Democrat" gives Jones no party.
 */
function statedParty(article: string, name: string, party: "R" | "D"): Excerpt | null {
  const other = PARTY_WORDS[party === "R" ? "D" : "R"];
  for (const { text, at, wanted, start, end } of namingSentences(article, name)) {
    const near = text.slice(Math.max(0, at - 40), at + wanted.length + 25);
    if (PARTY_WORDS[party].test(near) && !other.test(near)) return excerpt(article, start, end);
  }
  return null;
}
