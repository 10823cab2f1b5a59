import type { Jurisdiction, Person, Story } from "../domain/dataset.js";
import { escapeRegExp } from "../domain/names.js";
import { attributeQuotes } from "./attribution.js";
import { GROUP_NAME_WORDS } from "./bodies.js";
import { draftClaims } from "./claims.js";
import { unreadLanguage } from "./language.js";
import { draftMetadata } from "./metadata.js";
import { separateOtherStories, withoutOtherTimes } from "./other-story.js";
import { type Found, findPeople, type Mention, type PeopleInText } from "./people.js";
import { findQuoteSpans, type QuoteSpan } from "./quote-marks.js";
import { requesterSpeaker } from "./requester-speaker.js";
import { type StateMatcher, stateMatcher } from "./states.js";
import { proposeStory, storyHints } from "./story.js";
import {
  blanked,
  captionParagraphs,
  endedAt,
  paragraphs,
  type Range,
  rangeAt,
  retractedClauses,
  sentences,
  withoutLinkLines,
} from "./text.js";
import { labelOverQuote, labelSpeaker, transcriptTurns } from "./transcript.js";
import type { Draft, DraftClaim, DraftOverrides, DraftQuote, StoryHint } from "./types.js";

export interface DraftContext {
  /** People already in the dataset, matched by name so their ids are reused. */
  people: Person[];
  jurisdictions: Jurisdiction[];
  /** The stories the dataset knows, one of which the draft proposes. */
  stories: Story[];
  overrides?: DraftOverrides;
}

/**
 * Drafts one article's source, claims, quotes and people from its text alone. Pure: knows no
 * files. Every excerpt is cut from `text` by offsets, so it is verbatim by construction.
 */
export function draftArticle(printed: string, context: DraftContext): Draft {
  // (Another article's headline under "Related:" reports nothing of this one, nor does a
  // sentence that tells what is not so.)
  const linkless = withoutLinkLines(printed);
  const whole = sentences(linkless);
  const retracted = retractedClauses(linkless, whole);
  const text = blanked(linkless, retracted);
  const sents = endedAt(whole, retracted);
  const marked = findQuoteSpans(text);
  // A broadcast transcript's turns are its speakers' words too, printed without marks.
  const turns = transcriptTurns(text, marked, context.jurisdictions);
  const spans = [...marked, ...turns].sort((a, b) => a.start - b.start);
  const states = stateMatcher(context.jurisdictions);
  const hints = storyHints(context.stories);
  const story = proposeStory(text, hints, context.overrides?.story);
  const storyHint = hints.find((h) => h.id === story.id);
  const home = homeState(text, states, context.jurisdictions);
  const people = findPeople(
    text,
    spans,
    context.people,
    states,
    context.jurisdictions,
    story.id,
    home,
  );
  const speakerOf = new Map<QuoteSpan, Found | null>();
  for (const [i, who] of attributeQuotes(text, marked, sents, paragraphs(text), people).entries()) {
    const quote = marked[i] as QuoteSpan;
    // ("TRUMP: “…”": a fact check's quotation under the label of the one it checks.)
    const label = who ? null : labelOverQuote(text, quote, context.jurisdictions);
    speakerOf.set(quote, who ?? (label ? labelSpeaker(label, people) : null));
  }
  for (const turn of turns)
    speakerOf.set(turn, turn.unnamed ? null : labelSpeaker(turn.label, people));
  const speakers = spans.map((s) => speakerOf.get(s) ?? null);
  const spokenInTurn = new Set<QuoteSpan>(turns);

  const quotes: DraftQuote[] = [];
  const speakerKeys = new Set<string>();
  const speakerStates = new Map<
    string,
    { state: string | null; official: boolean; role: string; group: boolean }
  >();
  let previousBody: string | null = null;
  for (const [i, span] of spans.entries()) {
    const who = speakers[i] ?? null;
    const words = text.slice(span.start, span.end).split(/\s+/).length;
    if (!who && words < 3) {
      previousBody = null;
      continue; // a scare quote ("no"), not someone's words
    }
    if (who) {
      speakerKeys.add(who.key);
      const role = who.known?.role ?? who.role?.text ?? "";
      const official =
        role !== "" &&
        // A former official, a party's officer, a judge, a mayor or a county's or city's
        // official (unless the role also names a state office: "Gov., a onetime Columbus mayor"),
        // or someone of a group outside government ("director of the ACLU's Voting Rights
        // Project") does not answer for the state.
        !/\bformer\b|\bparty\b|\bjudge\b|\bjustices?\b|\bcourt\b/i.test(role) &&
        !(LOCAL_OFFICE.test(role) && !STATE_OFFICE.test(role)) &&
        !OUTSIDE_GOVERNMENT.test(role) &&
        who.known?.office !== "party-chair" &&
        !introducedAsFormer(text, who.mentions);
      speakerStates.set(who.known?.name ?? who.name, {
        state: who.state,
        official,
        role,
        group: who.group === true,
      });
    }
    // No person named: the requesting body may be ("…," the DOJ said), or the body whose quote
    // this one continues ("…," the DOJ said. "This Act allows …").
    const body: string | null =
      who || spokenInTurn.has(span)
        ? null
        : (requesterSpeaker(text, span, sents, storyHint ? [storyHint] : hints) ??
          (continues(text, spans[i - 1], span) ? previousBody : null));
    previousBody = body;
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: who ? (who.known?.name ?? who.name) : body,
      speakerId: who?.known?.id ?? null,
      state: who?.state ?? null,
    });
  }
  const officials = [...officialMentions(people, home), ...officeSpeaking(text, spans, home)].sort(
    (a, b) => a.start - b.start,
  );
  // A state official the text names without a state, in a story about one state, is its official;
  // the requester's people and federal officials are not ("Assistant Attorney General …").
  const requester = requesterPattern(hints);
  for (const who of speakerStates.values())
    if (who.official && !who.state && !FEDERAL.test(who.role) && !requester?.test(who.role))
      who.state = home;
  const claimsIn = (body: string) =>
    draftClaims(body, sents, spans, states, quotes, speakerStates, { officials, requester });
  const source = draftMetadata(text, sents, context.overrides ?? {});
  // What the text dates to another time (a 2025 article recalling 2017) is not this story's.
  const year = Number((source.published ?? source.updated ?? "").slice(0, 4)) || null;
  const separate = (claims: DraftClaim[]) =>
    separateOtherStories(text, sents, claims, hints, year, story.id);
  const { own, other } = separate(claimsIn(text));
  // "renewing a request rejected during Trump's first term. … Evnen turned the letter over for
  // review": a state whose one claim went to the earlier story may still answer now.
  const recalled = new Set(other.map((o) => o.claim.state));
  for (const c of own) recalled.delete(c.state);
  if (recalled.size > 0) {
    const present = withoutOtherTimes(text, sents, year);
    // Not from a paragraph that dates itself elsewhere ("Eight years ago, … “…,” he said then").
    const untouched = (at: number) => {
      const p = rangeAt(paragraphs(text), at);
      return !p || text.slice(p.start, p.end) === present.slice(p.start, p.end);
    };
    const now = separate(claimsIn(present)).own;
    own.push(...now.filter((c) => recalled.has(c.state) && untouched(c.evidenceSpan.start)));
    own.sort((a, b) => a.evidenceSpan.start - b.evidenceSpan.start);
  }
  const language = unreadLanguage(text);
  return {
    source,
    story: proposeStory(withoutOtherTimes(text, sents, year), hints, context.overrides?.story),
    // What the rules make of a language they were not written for is a guess: shown first, marked.
    claims: language
      ? own.map((c) => ({ ...c, confidence: Math.min(c.confidence, UNREAD_CONFIDENCE) }))
      : own,
    otherStory: other,
    quotes,
    people: people.draftPeople(speakerKeys),
    ...(language ? { language } : {}),
  };
}

/** The most a claim drafted from an article in a language the drafter does not read is trusted. */
const UNREAD_CONFIDENCE = 0.4;

/**
 * Whether `span` continues the quote before it, in the same paragraph, with only that quote's
 * attribution between them, ending a sentence ("," the DOJ said. "This Act allows …").
 */
function continues(text: string, previous: QuoteSpan | undefined, span: QuoteSpan): boolean {
  if (!previous) return false;
  const between = text.slice(previous.close + 1, span.open);
  // "… will be sent to the commission. But “…”": a connecting word may open the next sentence.
  return (
    !between.includes("\n") &&
    between.length <= 80 &&
    /[.!?]\s*(?:(?:But|And|Yet)\s+)?$/.test(between)
  );
}

const OUTSIDE_GOVERNMENT = new RegExp(
  String.raw`\b(?:ACLU|NAACP|${GROUP_NAME_WORDS}|Common Cause|Brennan|professor|university|college|analyst|expert)\b`,
  "i",
);

// "Cook County Clerk", "city elections director", "Tallahassee mayor" (not "oversees the county
// clerks").
const LOCAL_OFFICE =
  /\bmayor\b|\b(?:county|city|town|municipal)\s+(?:[\p{L}-]+\s+)?(?:clerk|commissioner|official|auditor|recorder|registrar|supervisor|elections?|board|council|attorney|executive)\b/iu;

const FEDERAL =
  /\b(?:U\.\s?S\.|United States|federal|(?:assistant|deputy|associate)\s+(?:U\.\s?S\.\s+)?attorney\s+general|Justice\s+Department|Department\s+of\s+Justice|DOJ|Civil\s+Rights\s+Division|White\s+House)(?!\w)/i;

const STATE_OFFICE =
  /\b(?:secretary\s+of\s+(?:the\s+)?state|governor|gov\.|attorney\s+general|elections?\s+(?:director|administrator|commission\w*|board)|director\s+of\s+elections|lieutenant\s+governor|lt\.\s+gov\.)/i;

/**
 * The one state a single-state story is about (a press release, a state capital's paper): the
 * only state it names, or one named at least three times and twice as often as any other.
 */
function homeState(
  text: string,
  states: StateMatcher,
  jurisdictions: readonly Jurisdiction[],
): string | null {
  // A photo's caption ("… in his office in Topeka, Kan.") says nothing of what the story is about.
  const captions = captionParagraphs(text);
  const mentions = states.find(text).filter((m) => !rangeAt(captions, m.start));
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.state, (counts.get(m.state) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first) return null;
  // The only state named (a press release's dateline), or one named far more than any other,
  // or the story's first state, named again where every other is named once.
  const leads = mentions[0]?.state === first[0] && first[1] >= 2 && second?.[1] === 1;
  if (second ? (first[1] < 3 || second[1] * 2 > first[1]) && !leads : false) return null;
  // ("BALTIMORE, MD – Attorney General Brown …" about California's case, "Maryland voters …":
  // filed from a state the text also speaks of, so the one named most is not surely the story's.
  // Not "WASHINGTON, DC —", nor "KANSAS CITY, Mo." over Kansas, nor "SPOKANE, Wash." over Idaho.)
  const home = jurisdictions.find((j) => j.usps === first[0]);
  const filedFrom = datelineState(text, jurisdictions);
  const elsewhere =
    filedFrom &&
    filedFrom.state.usps !== first[0] &&
    filedFrom.state.usps !== "DC" &&
    text.includes(filedFrom.state.name) &&
    !(home && filedFrom.city.toUpperCase().includes(home.name.toUpperCase()));
  return elsewhere ? null : first[0];
}

// "BALTIMORE, MD –", "PORTLAND, Ore. (AP) —": a dateline's state, by its postal code or AP
// abbreviation, opening a line near the top.
const DATELINE =
  /(?:^|\n)[^\S\n]*(\p{Lu}[\p{Lu}.'’ -]{1,30}),[^\S\n]*(\p{Lu}{2}|\p{Lu}\p{Ll}{1,4}\.)[^\S\n]*(?:\([^()\n]{1,20}\)[^\S\n]*)?[–—-]+\s/u;

function datelineState(
  text: string,
  jurisdictions: readonly Jurisdiction[],
): { city: string; state: Jurisdiction } | null {
  const m = DATELINE.exec(text.slice(0, 600));
  const code = m?.[2];
  const state = code && jurisdictions.find((j) => j.usps === code || j.ap === code);
  return m && state ? { city: m[1] as string, state } : null;
}

// "Mississippi's then-secretary of state, Republican Delbert Hosemann": a title the person held.
// The title runs straight into the name: no verb ("Then-Gov. Bo Marsh appointed Pike") and no
// second person ("former secretary Bo Marsh and Ann Pike") between.
const FORMER_TITLE =
  /\b(?:[Ff]ormer|[Tt]hen-)\s*(?:(?!\p{Ll}+ed\b|and\b)[\p{L}.'’-]+\s+){0,5}?(?:[\p{L}.'’-]+,\s+)?(?:(?:Republican|Democrat(?:ic)?|GOP)\s+)?$/u;

/** Whether the text names the person by a title they no longer hold, anywhere outside quotes. */
function introducedAsFormer(text: string, mentions: readonly Mention[]): boolean {
  return mentions.some(
    (m) =>
      !m.pronoun && !m.inQuote && FORMER_TITLE.test(text.slice(Math.max(0, m.start - 60), m.start)),
  );
}

/** Where the text names a state's official outside quotes, with the official's state. */
function officialMentions(
  people: PeopleInText,
  home: string | null,
): (Range & { state: string; name: string })[] {
  const out: (Range & { state: string; name: string })[] = [];
  for (const m of people.mentions) {
    // "he"/"she" outside quotes stand for the last person named (people.personAt).
    if (m.inQuote) continue;
    const who = people.personAt(m);
    if (!who) continue;
    const role = who.known?.role ?? who.role?.text ?? "";
    // A state office that speaks for itself is official, whatever words name it.
    if ((!STATE_OFFICE.test(role) && (!who.body || who.group)) || /\bformer\b/i.test(role))
      continue;
    if (who.known && who.known.office === "party-chair") continue;
    const state = who.state ?? home;
    if (state) out.push({ start: m.start, end: m.end, state, name: who.known?.name ?? who.name });
  }
  return out;
}

/**
 * "Just like the majority of states, we will provide only public information": in a one-state
 * text (a secretary of state's release), "we" outside quotes, leading its clause, is that state's
 * office answering.
 */
function officeSpeaking(
  text: string,
  quotes: Range[],
  home: string | null,
): (Range & { state: string })[] {
  if (!home) return [];
  const out: (Range & { state: string })[] = [];
  for (const m of text.matchAll(
    /(?:^|[.!?]\s+|,\s+)(we)\b(?!\s+(?:the\s+people|think|believe|urge|hope|should|must))/gim,
  )) {
    const at = (m.index ?? 0) + m[0].length - 2;
    if (!rangeAt(quotes, at)) out.push({ start: at, end: at + 2, state: home });
  }
  // "After months of talks, the state finally handed over voter data": "the state" as the subject
  // of its clause is the one state the story is about.
  for (const m of text.matchAll(THE_STATE)) {
    const at = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    if (!rangeAt(quotes, at))
      out.push({ start: at, end: at + (m[1] as string).length, state: home });
  }
  return out;
}

const THE_STATE =
  /(?:^|[.!?]\s+|,\s+|\b(?:and|but|yet)\s+)((?:[Tt]he|[Ii]ts)\s+state(?:['’]s\s+(?:election\s+|elections\s+)?(?:office|officials|board|commission|division))?)(?=\s+(?:has|have|had|will|would|did|does|is|was|also|then|finally|eventually|already|never|still|\p{Ll}+ed\b))/gmu;

/** The requester's names as an article may give them, from the stories the dataset knows. */
function requesterPattern(hints: StoryHint[]): RegExp | null {
  const names = hints.flatMap((h) => [h.requester, ...h.keywords]).filter((n) => n.length > 2);
  if (names.length === 0) return null;
  const escaped = names.map((n) => escapeRegExp(n));
  return new RegExp(
    `\\b(?:${escaped.join("|")}|the (?:department|agency|commission|panel|administration|federal government))\\b`,
    "i",
  );
}
