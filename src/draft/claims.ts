import { KEPT_BACK, type Stance } from "../domain/stance.js";
import {
  type Cue,
  definesPartialAsPublic,
  findCue,
  LIST_FOLLOWS,
  labelStance,
  legendCue,
  ONE_OF_THEM,
  OTHERS_FOLLOW,
  SIMILAR,
  symbolLegend,
  THEY_INCLUDE,
} from "./cues.js";
import { notAResponse, type StateMatcher, type StateMention, sentenceFacts } from "./states.js";
import {
  captionParagraphs,
  excerpt,
  LIST_MARKER,
  type Range,
  rangeAt,
  rangesWithin,
  withoutQuoteMarks,
} from "./text.js";
import type { CLAIM_BASES, DraftClaim, DraftQuote, Excerpt } from "./types.js";

/** States a sentence must name to be read as a list ("The states that refuse are A, B and C"). */
const LIST_SIZE = 3;

interface Candidate extends DraftClaim {
  order: number;
  /**
   * -1 for a reading any other of the state's outranks (a position the article says was left),
   * 1 for one the article says replaced an earlier position ("changed his mind and …").
   */
  precedence: -1 | 0 | 1;
  /** Read from the sensitive part refused alone (see Cue.keptBack). */
  keptBack: boolean;
}

// "initially said", "had at first agreed": a position the article says was left since.
const SUPERSEDED =
  /\b(?:(?:initially|originally|at\s+first|first|previously|earlier)\s+|had\s+(?:initially|originally|previously|earlier|at\s+first)\s+)(?:said|agreed|planned|indicated|announced|signal+ed|intended|promised|offered|decided|told)\b/i;
// "changed his mind and decided …", "has since reversed course": the position now held.
const REPLACES =
  /\b(?:changed\s+(?:his|her|its|their)\s+minds?|reversed\s+(?:course|(?:his|her|its|their)\s+decision)|backtracked|has\s+since|have\s+since|since\s+(?:decided|said|reversed)|later\s+(?:said|decided|announced)|now\s+says)\b/i;

/**
 * One claim per state the article reports a response for. A state's name counts only where it
 * is the state responding (see notAResponse) and its clause or sentence says what it decided.
 */
export function draftClaims(
  text: string,
  sentences: Range[],
  quotes: Range[],
  states: StateMatcher,
  attributed: DraftQuote[],
  speakerStates: Map<string, { state: string | null; official: boolean; group?: boolean }>,
  context: {
    /** Where the text names a state's official outside quotes, with the official's state. */
    /** `name`: whom the mention stands for ("he" is Kobach), where it is a person. */
    officials?: (Range & { state: string; name?: string })[];
    /** The requester's names ("the Justice Department", "Kobach"), whose acts are no answer. */
    requester?: RegExp | null;
  } = {},
): DraftClaim[] {
  const masked = withoutQuoteMarks(text);
  const inQuote = (at: number) => rangeAt(quotes, at) !== undefined;
  const partialMeansPublic = definesPartialAsPublic(masked, sentences);
  // "✅ = will provide   ❌ = refusing" over lines that open with those symbols.
  const legend = symbolLegend(masked);
  // Many readings ask for the same clause's cue (the sentence, each mention's clause): one look each.
  const cues = new Map<string, Cue | null>();
  const cueIn = (range: Range) => {
    const key = `${range.start}:${range.end}`;
    if (!cues.has(key))
      cues.set(key, legendCue(masked, range, legend) ?? findCue(masked, range, partialMeansPublic));
    return cues.get(key) ?? null;
  };
  const candidates: Candidate[] = [];
  let previousCue: { cue: Cue; sentence: Range } | null = null;
  // "States pushed back hard.": a short sentence saying what states did, over paragraphs that
  // each lead with one state; it lasts while they do.
  let overview: { cue: Cue; paragraphs: number } | null = null;
  // The states each earlier sentence named together, in order, for "the six states".
  const groups: string[][] = [];
  // The last stance said of states the sentence does not name ("these states are willing to
  // comply"), and how many sentences ago: a list a little further on may name them.
  let groupCue: { cue: Cue; sentence: Range; age: number } | null = null;
  // A heading that ends with a colon ("States that refused:") over a bulleted list of states.
  let heading: { cue: Cue; sentence: Range; announced: boolean } | null = null;
  // A state's name on a line of its own with no heading to say what it decided ("ALABAMA" over
  // "Comply" and a paragraph): the first stance the lines below it give is the state's.
  // ("NEBRASKA: Nebraska did not refuse. The secretary said the state will …": a paragraph under
  // its state's label, `labelled`, which lasts only to the paragraph's end; "Q: Has Minnesota
  // decided? A: Not yet. … the office was still reviewing …": an interview's question, `asked`,
  // whose answer lasts to the next question.)
  let section: {
    states: string[];
    start: number;
    open: boolean;
    seen: number;
    labelled?: boolean;
    asked?: boolean;
  } | null = null;
  let lastStance: Stance | null = null;
  // "… suing six more states that have refused to provide the data": the refusal the article
  // itself states of states it sued without naming them, for the later sentence that names them
  // as defendants only ("The new lawsuits target A, B, C, D, E and F"), if as many as it said.
  let suedRefusers: { cue: Cue; sentence: Range; count: number } | null = null;
  const add = (
    state: string,
    cue: Cue,
    evidence: Range,
    how: Parameters<typeof confidence>[1],
    fromList: boolean,
    basis: (typeof CLAIM_BASES)[number],
    // (1: it narrows what an earlier sentence said of the same states, and so replaces it.)
    narrows?: 1,
  ) => {
    const why = excerpt(text, cue.start, cue.end);
    const ev = excerpt(text, evidence.start, evidence.end);
    if (!why || !ev) return;
    const before = masked.slice(evidence.start, cue.start);
    const superseded = SUPERSEDED.test(before);
    candidates.push({
      state,
      stance: cue.stance,
      evidence: ev.text,
      evidenceSpan: ev,
      quote: null,
      why: why.text,
      whySpan: why,
      confidence: superseded
        ? Math.round(Math.max(0.1, confidence(cue, how) - 0.2) * 100) / 100
        : confidence(cue, how),
      fromList,
      basis,
      order: candidates.length,
      precedence: superseded ? -1 : (narrows ?? (REPLACES.test(before) ? 1 : 0)),
      keptBack: cue.keptBack === true,
    });
  };

  const laterDecision = (sentence: Range, first: StateMention, mentions: StateMention[]) => {
    if (cueIn(clauseOf(masked, sentence, first))?.stance !== "reviewing") return undefined;
    return mentions.find((m) => {
      if (m.start <= first.start || inQuote(m.start)) return false;
      const cue = cueIn(clauseOf(masked, sentence, m));
      return (
        cue !== null &&
        cue.stance !== "reviewing" &&
        /,\s*(?:but|then|yet)\b|\b(?:later|since|now|however)\b/i.test(
          masked.slice(first.end, m.start),
        )
      );
    });
  };

  // "The commission has received the support of Colorado": the ones who act come after the cue.
  const agentFollows = (cue: Cue) => /\bsupport\s+of\b/i.test(masked.slice(cue.start, cue.end));

  // The requester is the subject of the cue: named before it in its clause with no state in
  // between, and not as what was turned down or given to ("rejected DOJ demands; refusals
  // include …", "provided the DOJ with only public data: Colorado …").
  const requesterActs = (sentence: Range, cue: Cue) => {
    if (!context.requester || agentFollows(cue)) return false;
    const before = masked.slice(sentence.start, cue.start);
    const clauseStart = before.lastIndexOf(";") + 1;
    const all = [...before.slice(clauseStart).matchAll(new RegExp(context.requester.source, "gi"))];
    const last = all[all.length - 1];
    if (!last) return false;
    const from = sentence.start + clauseStart + (last.index ?? 0);
    if (NOT_ACTING.test(masked.slice(Math.max(sentence.start, from - 40), from))) return false;
    // "approached the Kobach letter as a public records request": the requester's name as its
    // paper's, the object of someone else's verb.
    if (
      /\b(?:the|a|an|this|that)\s+$/i.test(
        masked.slice(Math.max(sentence.start, from - 6), from),
      ) &&
      /^\s+(?:letter|request|demand|memo|questionnaire)s?\b/i.test(
        masked.slice(from + (last[0]?.length ?? 0), from + (last[0]?.length ?? 0) + 16),
      )
    )
      return false;
    // "… not the federal government, and she would not comply": another subject in between;
    // "…, with only Colorado so far providing public data": a clause of its own.
    // "has sued 14 states that refused its demand, including Ohio": the states' own clause.
    const between = masked.slice(from + (last[0]?.length ?? 0), cue.start);
    if (
      /\b(?:he|she|I|we|the\s+state)\b|,\s+with\b/.test(between) ||
      (/\b(?:sued|suing)\s+(?:[\w-]+\s+){0,3}?states\s+(?:that|which|who)\s+(?:(?:have|had|has|also|all)\s+)*$/.test(
        between,
      ) &&
        /^\p{L}+ed\b/u.test(masked.slice(cue.start, cue.end)))
    )
      return false;
    return !states.find(text, from, cue.start).length;
  };

  // The requester is the cue's own subject ("the department will not …", "the federal
  // government hasn't answered"), not its object ("offered the department only …").
  const requesterDoes = (cue: Cue) =>
    context.requester != null &&
    !cue.ofRequester &&
    !agentFollows(cue) &&
    new RegExp(
      `(?<!\\b(?:offer\\w*|giv\\w*|gave|tell\\w*|told|inform\\w*|sen[dt]\\w*|ask\\w*|provid\\w*|hand\\w*|show\\w*|to|for|with)\\s+(?:the\\s+|its\\s+|their\\s+)?)(?:${context.requester.source})(?:\\s*,\\s*(?:which|who|that))?\\s+(?:(?:has|have|had|is|was|will|would|did|does|do|can|could)\\s+)?(?:\\p{L}+ly\\s+)?$`,
      "iu",
    ).test(masked.slice(Math.max(0, cue.start - 80), cue.start));

  // "Even Kobach refused", "Kobach himself would not send …", "he will not hand over voter data
  // to his own panel": the requester set against his own request answers as his state's official.
  const againstOwnRequest =
    context.requester &&
    new RegExp(
      String.raw`\beven\s+(?:${context.requester.source})(?!['’])|(?:${context.requester.source})\s*,?\s+(?:himself|herself)\b|\b(?:his|her)\s+own\s+(?:panel|commission)\b`,
      "iu",
    );
  // What the requester turns down is the data or the request, or the sentence says no more.
  const ownRefusal = (cue: Cue, sentence: Range) =>
    /^[\s.,;:!?”"’)]*$/.test(masked.slice(cue.end, sentence.end)) ||
    OWN_DATA.test(masked.slice(cue.start, Math.min(sentence.end, cue.end + 60)));
  // (The state the requester holds office in, as the sentence names him; else null.)
  const requesterAnswers = (sentence: Range): string | null => {
    if (!againstOwnRequest?.test(masked.slice(sentence.start, sentence.end))) return null;
    const own = rangesWithin(context.officials ?? [], sentence.start, sentence.end).find(
      (o) =>
        context.requester?.test(text.slice(o.start, o.end)) ||
        (o.name !== undefined && context.requester?.test(o.name)),
    );
    return own?.state ?? null;
  };

  // “Iowa will not hand over our data without a fight,” the League said: a group's words about a
  // state are not the state's answer.
  const inGroupsWords = (m: Range) => {
    const q = rangeAt(attributed, m.start);
    return q?.speaker != null && speakerStates.get(q.speaker)?.group === true;
  };

  // Kobach's letter quoted: the requester's words, never his state's answer.
  const requesterSpeaks = (q: DraftQuote) =>
    q.speaker !== null && (context.requester?.test(q.speaker) ?? false);

  // "Kansas Secretary of State Kris Kobach" where Kobach asks: the requester's post, no answer,
  // unless the sentence goes on to that state's own answer ("… said his state will provide").
  const requesterPost = (m: Range, sentence: Range) => {
    if (!context.requester) return false;
    // "Kansas Secretary of State Kris Kobach", "her Kansas counterpart, Kris Kobach".
    const title =
      /^(?:[^\S\n]+(?:\p{Lu}[\p{L}.'’-]*|of|the|secretary|state|elections?|chief|official|counterpart,?|colleague,?))+/u.exec(
        text.slice(m.end, m.end + 80),
      );
    // "Kris Kobach, the Kansas secretary of state,": the post named after the requester.
    // "Kris Kobach, the Republican secretary of state in Kansas,", "Kobach is the secretary of
    // state for Kansas", "Kobach in his capacity as Secretary of State of Kansas". Not "After
    // talks with the DOJ, Utah handed over …": a post is named around the state.
    const apposition = new RegExp(
      `(?:${context.requester.source})(?:\\s*,\\s*|\\s+(?:is|was)\\s+(?:also\\s+)?|\\s+in\\s+(?:his|her)\\s+(?:capacity|role)\\s+as\\s+)(?:the\\s+)?((?:(?!(?:said|says|told|wrote|added|such|including|like|among)\\b)[\\p{L}.'’-]+\\s+){0,9})$`,
      "iu",
    ).exec(text.slice(Math.max(sentence.start, m.start - 80), m.start));
    const after =
      apposition !== null &&
      (POST_WORD.test(apposition[1] ?? "") || POST_WORD.test(text.slice(m.end, m.end + 30)));
    if (!after && (!title || !new RegExp(context.requester.source, "i").test(title[0])))
      return false;
    return !/\b(?:his|her|their) state\b/i.test(text.slice(m.end, sentence.end));
  };

  // "The states Neff identified are A, B, C": the sentence up to eight back that "identified 11
  // states that have expressed an interest …", and its cue.
  const referredGroup = (at: number): { cue: Cue; sentence: Range } | null => {
    const sentence = sentences[at] as Range;
    const verb = REFERS_TO.exec(masked.slice(sentence.start, sentence.end))?.[1];
    if (!verb) return null;
    const earlier = new RegExp(String.raw`\b${verb}\s+(?:[\w-]+\s+){0,2}?states\b`, "i");
    for (const before of sentences.slice(Math.max(0, at - 8), at).reverse()) {
      const words = masked.slice(before.start, before.end);
      const said = earlier.exec(words);
      if (!said) continue;
      const cue = cueIn({ start: before.start + said.index, end: before.end });
      return cue ? { cue, sentence: before } : null;
    }
    return null;
  };

  const textEnd = text.trimEnd().length;
  // States a sentence is about without saying what they decided ("States — including A, B and C
  // — want to know why …"), for a next sentence that goes on about them ("They have refused …").
  // (`broader`: the stance a list just gave them, which a next sentence may narrow: "… are
  // balking, including A, B and C. All say they'll hand over only some data.")
  let subjects: { states: string[]; sentence: Range; broader?: Stance } | null = null;
  // "Reject stickers await ballot envelopes … (Jo Lee/Alaska Beacon)": what a photo shows is no
  // state's answer.
  const captions = captionParagraphs(text);
  for (const [at, whole] of sentences.entries()) {
    const sentence = complete(text, whole, textEnd);
    if (!sentence || rangeAt(captions, sentence.start)) continue;
    const madeBefore = candidates.length;
    const aboutBefore = subjects;
    subjects = null;
    // In a line cut off mid-word, a name just before the cut may be the start of a longer one
    // ("Kansas City"), and a state in the last, unfinished part ("…, and Arizona's office
    // described negotiatin") has not been given its answer: the text no longer says.
    const unfinished =
      sentence === whole
        ? sentence.end
        : sentence.start +
          Math.max(
            0,
            ...[...text.slice(sentence.start, sentence.end).matchAll(/[,;]\s|\band\s/g)].map(
              (m) => m.index ?? 0,
            ),
          );
    const named = states.find(text, sentence.start, sentence.end).filter(
      (m) =>
        sentence === whole ||
        // (A name that ends where the cut went back to a comma is whole.)
        ((m.end < sentence.end - 1 || text[sentence.end] === ",") &&
          (m.start < unfinished ||
            !/^(?:['’]s)?\s+\p{L}/u.test(text.slice(m.end, sentence.end)) ||
            cueIn({ start: m.end, end: sentence.end }) !== null)),
    );
    const facts = sentenceFacts(text, sentence, named);
    const responding = named.filter(
      (m) =>
        notAResponse(text, m, facts) === null &&
        (!requesterPost(m, sentence) || requesterAnswers(sentence) === m.state) &&
        !inGroupsWords(m),
    );
    const body = masked.slice(sentence.start, sentence.end);
    const opensParagraph = /(?:^|\n)\s*$/.test(
      text.slice(Math.max(0, sentence.start - 4), sentence.start),
    );
    // ("- Seattle" / "- Washington": a menu of cities that happens to hold a state's name.)
    const bare =
      bareItem(body, responding, sentence.start) && !underOtherItems(text, sentence, states);
    // "• Alaska — Division of Elections": a list's line that names its state first.
    const isItem = bare || markedItem(body, responding, sentence.start);
    // "While some states have complied …, Maine … refused": a leading "while" clause's cue is
    // not the sentence's.
    const lead = LEADING_CONCESSION.exec(masked.slice(sentence.start, sentence.end));
    const sentenceCue = bare
      ? null
      : lead
        ? cueIn({ start: sentence.start + lead[0].length, end: sentence.end })
        : cueIn(sentence);
    const distinct = [...new Set(responding.map((m) => m.state))];
    if (section) section.seen++;
    if (
      section &&
      (isItem ||
        SEPARATOR.test(body) ||
        /:\s*$/.test(body) ||
        section.seen > 4 ||
        (section.labelled && opensParagraph) ||
        (section.asked && QUESTION_LINE.test(body)) ||
        (heading && !isItem))
    )
      section = null;
    const counted = named.length === 0 ? countedGroup(body, groups) : undefined;
    if (distinct.length > 0) {
      const list = distinct.length >= LIST_SIZE;
      let evidence: Range = sentence;
      // A sentence without a cue of its own may take one from the sentence or claim before it.
      let inherited: { cue: Cue; how: "similar" | "list" } | null = null;
      const oneOfThem = !list && ONE_OF_THEM.test(body);
      const listOf =
        !sentenceCue &&
        (oneOfThem ||
          THEY_INCLUDE.test(body) ||
          ((list || OTHERS_FOLLOW.test(body)) && LIST_FOLLOWS.test(body)))
          ? (previousCue ?? groupCue ?? referredGroup(at))
          : null;
      const leads = (responding[0]?.start ?? sentence.end) - sentence.start <= 40;
      if (overview && !sentenceCue && !isItem && distinct.length === 1 && leads && opensParagraph) {
        // "States pushed back hard." / "Minnesota's secretary says the DOJ never answered …": a
        // paragraph led by one state under a short sentence that says what the states did.
        inherited = { cue: overview.cue, how: "list" };
      } else if (isItem && heading && !sentenceCue) {
        evidence = { start: heading.sentence.start, end: sentence.end };
        inherited = { cue: heading.cue, how: "list" };
      } else if (bare) {
        section = { states: distinct, start: sentence.start, open: true, seen: 0 };
      } else if (
        !sentenceCue &&
        distinct.length === 1 &&
        QUESTION_LINE.test(body) &&
        ASKS_ANSWER.test(body)
      ) {
        section = { states: distinct, start: sentence.start, open: true, seen: 0, asked: true };
      } else if (
        !sentenceCue &&
        opensParagraph &&
        distinct.length === 1 &&
        labelsState(body, distinct[0] as string, states)
      ) {
        section = { states: distinct, start: sentence.start, open: true, seen: 0, labelled: true };
      } else if (listOf) {
        // "These states include: A, B, C." takes the cue of the sentence before, as one evidence,
        // or of the sentence a few back that said it of states it did not name ("… reported that
        // these states are willing to comply. … The states identified by Neff include A, B, C"),
        // or of the one that "identified 11 states that have expressed an interest".
        evidence = { start: listOf.sentence.start, end: sentence.end };
        inherited = { cue: listOf.cue, how: "list" };
      } else if (!sentenceCue && lastStance) {
        // "Pennsylvania Gov. Tom Wolf took a similar line": the stance of the claim before.
        const similar = SIMILAR.exec(body);
        // ("The department has made similar arguments against Connecticut": the requester's.)
        const requesterSubject =
          similar &&
          context.requester &&
          new RegExp(
            `(?:${context.requester.source})\\s+(?:(?:has|have|had|also)\\s+)*$`,
            "i",
          ).test(body.slice(0, similar.index));
        if (similar && !requesterSubject) {
          const at = sentence.start + similar.index;
          const cue = { start: at, end: at + similar[0].length, stance: lastStance };
          inherited = { cue, how: "similar" };
        }
      }
      if (!bare || inherited) {
        for (const state of distinct) {
          const mentions = responding.filter((m) => m.state === state);
          const first = mentions.find((m) => !inQuote(m.start)) ?? (mentions[0] as StateMention);
          // "… had said she was reviewing the request, but on Thursday she announced Arizona would
          // not send any data": the state named again after a turn, with its decision.
          const decided = inherited ? undefined : laterDecision(sentence, first, mentions);
          const mention = decided ?? first;
          const ownCue = inherited ? null : cueIn(clauseOf(masked, sentence, mention));
          const own =
            ownCue &&
            !anothersRelative(masked, sentence, mention, ownCue, responding) &&
            !anothersOwn(masked, mention, ownCue, responding)
              ? ownCue
              : null;
          // The sentence's cue stands for a state whose own clause has none, unless a contrast
          // gives the cue to another state ("Kentucky is waiting, but Utah refused").
          const shared =
            sentenceCue && !othersCue(masked, sentence, mention, sentenceCue, responding)
              ? sentenceCue
              : null;
          // "The states that won't provide all their data, including California, which said it
          // would provide nothing": the state's own relative clause, over what the group it is
          // counted in did (but "Ohio, which had refused, later agreed" keeps "agreed").
          const before = own ?? shared;
          const relative =
            inherited || (before && before.start > mention.start)
              ? null
              : ownRelativeCue(masked, sentence, mention, responding, cueIn);
          let cue = inherited?.cue ?? relative ?? own ?? shared;
          // "Ohio initially refused but later agreed to comply": the answer it came to.
          if (cue && !inherited) cue = laterAnswer(masked, sentence, cue, responding, cueIn) ?? cue;
          // "Several states that initially declined — New York among them — provided only partial
          // information": the group's main verb, past the states, over its relative clause's past.
          if (cue && !inherited && cue.start < mention.start)
            cue = groupsMainAnswer(masked, sentence, cue, responding, cueIn) ?? cue;
          // "The Justice Department has sent letters to states, including Pennsylvania", "Nevada
          // said the federal government hasn't answered": the requester's act, not the state's.
          if (
            cue &&
            !inherited &&
            ((mention.start > cue.start && requesterActs(sentence, cue)) || requesterDoes(cue)) &&
            requesterAnswers(sentence) !== mention.state
          )
            continue;
          // ("Kansas Secretary of State Kris Kobach himself rejected the criticism": his own
          // state's answer only where he turns down the data or the request.)
          if (cue && requesterPost(mention, sentence) && !ownRefusal(cue, sentence)) continue;
          // "Federal judges rejected two lawsuits seeking California's rolls", "a judge's rebuke
          // of the campaign for Ohio's rolls": the court's act; "Only four states complied, while
          // Ohio is addressing …": a clause of its own after the cue, with none of its own.
          if (
            cue &&
            !inherited &&
            mention.start > cue.start &&
            (courtActs(masked, sentence, cue, states.find(text, sentence.start, cue.start)) ||
              contrastAfter(masked, sentence, cue, mention))
          )
            continue;
          // "While Michigan will provide the voter file, some data you request is exempt": the
          // main clause narrows what the concession gives, for the same state.
          if (
            cue === own &&
            own?.stance === "complies" &&
            lead &&
            mention.start < sentence.start + lead[0].length &&
            (sentenceCue?.stance === "withholding" || sentenceCue?.stance === "public-only") &&
            SAME_SUBJECT_GOES_ON.test(masked.slice(sentence.start + lead[0].length)) &&
            !responding.some((m) => m.start >= sentence.start + lead[0].length)
          )
            cue = sentenceCue;
          // "Texas plans to comply, but it's only handing over records it considers public":
          // the narrower public-only of a clause that names no other state decides.
          if (cue && !inherited && cue.stance !== "public-only" && cue.stance !== "reviewing") {
            const narrower = publicOnlyClause(masked, sentence, responding, state, cueIn);
            if (narrower) cue = narrower;
          }
          // "Idaho is reviewing it, and Hawaii and Montana said they didn't receive it": a state
          // after the cue whose own words are that the request never arrived has not answered.
          if (
            cue &&
            !inherited &&
            cue.start < mention.start &&
            NOT_RECEIVED.test(masked.slice(mention.end, clauseOf(masked, sentence, mention).end))
          )
            continue;
          // "sixteen states would not comply, and the League believes Maine should be among
          // them": what someone wants of the state, not its answer.
          if (cue && cue.start < mention.start && SHOULD_JOIN.test(masked.slice(mention.end)))
            continue;
          if (!cue) continue;
          add(
            state,
            cue,
            evidence,
            {
              list: list || isItem,
              inQuote: inQuote(mention.start),
              inherited: inherited?.how ?? null,
              shared: distinct.length,
              ownClause: inherited !== null || own !== null,
              label: cue.label === true,
            },
            list || isItem,
            inherited?.how === "similar"
              ? "similar"
              : cue.label
                ? "label"
                : inherited || list || isItem
                  ? "list"
                  : "stance words",
          );
        }
        const made = candidates[candidates.length - 1];
        if (made) lastStance = made.stance;
      }
    } else if (
      named.length === 0 &&
      sentenceCue &&
      aboutBefore &&
      // (A list's states take a next sentence's answer only where it narrows theirs to a part.)
      (!aboutBefore.broader ||
        sentenceCue.stance === "withholding" ||
        sentenceCue.stance === "public-only") &&
      // (One state's answer goes on only in a sentence about "it": not "Officials elsewhere …".)
      (aboutBefore.states.length === 1 && aboutBefore.broader
        ? IT_GOES_ON.test(body)
        : GOES_ON.test(body)) &&
      !/\n\s*\n/.test(text.slice(aboutBefore.sentence.end, sentence.start)) &&
      !requesterDoes(sentenceCue)
    ) {
      for (const state of aboutBefore.states) {
        add(
          state,
          sentenceCue,
          { start: aboutBefore.sentence.start, end: sentence.end },
          {
            list: aboutBefore.states.length >= LIST_SIZE,
            inQuote: false,
            inherited: "list",
            shared: aboutBefore.states.length,
            ownClause: false,
            label: false,
          },
          aboutBefore.states.length >= LIST_SIZE,
          "list",
          aboutBefore.broader ? 1 : undefined,
        );
      }
    } else if (
      named.length === 0 &&
      sentenceCue &&
      !requesterDoes(sentenceCue) &&
      !ATTRIBUTED.test(body.replace(OWN_SAYING, "")) &&
      counted
    ) {
      // "In recent months, the chief election officials for the six states … have rejected
      // DOJ's demands": the six states the article named together last. Not someone else's
      // account of them ("According to the Justice Department, the six states …", "…, Dhillon
      // said"), but "the two states said" is theirs.
      for (const state of counted) {
        add(
          state,
          sentenceCue,
          sentence,
          {
            list: counted.length >= LIST_SIZE,
            inQuote: false,
            inherited: "list",
            shared: counted.length,
            ownClause: false,
            label: false,
          },
          counted.length >= LIST_SIZE,
          "list",
        );
      }
    } else if (sentenceCue && !section?.open && context.officials) {
      // "Secretary of State Jena Griswold isn't agreeing to give the information up": the state
      // of the official the sentence is about, named before the stance words.
      // "Saying the demand is illegal, Secretary of State Jo Lee wants …", "In a Feb. 13 letter
      // confirming the delivery of the data, LaRose said …": a leading participle's or letter's
      // words are those of the subject named after its comma.
      const leadingParticiple =
        /^\s*(?:\p{Lu}[\p{Lu} .'-]+\s*(?:--|—|–)\s*)?(?:(?:Saying|Calling|Arguing|Insisting|Noting|Declaring)\b[^,;.]*|In\s+(?:a|an|his|her|its|their)\s+[^,;]{0,100}?\b(?:letter|statement|e-?mail|response|reply|memo)\b[^,;]*),\s*$/u.exec(
          text.slice(sentence.start, sentence.start + 200).split(/(?<=,)/)[0] ?? "",
        );
      const official =
        rangesWithin(context.officials, sentence.start, sentenceCue.start)[0] ??
        (leadingParticiple
          ? rangesWithin(
              context.officials,
              sentence.start + leadingParticiple[0].length,
              sentence.start + leadingParticiple[0].length + 60,
            )[0]
          : undefined);
      const requesterNamed =
        official &&
        (context.requester?.test(text.slice(official.start, official.end)) ||
          // ("He claims that 20 states have agreed …", he being Kobach: the requester speaks.)
          (official.name && context.requester?.test(official.name)));
      // (The requester answering for his state is the cue's own subject, and what it turns down
      // is the data or the request, not "Even Kobach has conceded that many states will refuse",
      // "Kobach himself rejected the criticism", "Even Kobach rejected Ohio's argument".)
      const requesterOwnCue =
        official !== undefined &&
        requesterAnswers(sentence) === official.state &&
        !inQuote(sentenceCue.start) &&
        !/\b(?:that|states|they|others|some|many)\b|[;:]/i.test(
          masked.slice(official.end, sentenceCue.start),
        ) &&
        states.find(text, sentence.start, sentence.end).every((m) => m.state === official.state) &&
        ownRefusal(sentenceCue, sentence);
      if (
        official &&
        (!requesterNamed || requesterOwnCue) &&
        // "… his understanding that “the Department will not disclose …”": the requester acts.
        (!requesterActs({ start: official.end, end: sentence.end }, sentenceCue) ||
          requesterOwnCue) &&
        // "an email to Read from the department …": the official is not the one acting.
        !/\b(?:to|from|with|for|against|about)\s+$/i.test(
          text.slice(Math.max(0, official.start - 8), official.start),
        )
      ) {
        add(
          official.state,
          sentenceCue,
          sentence,
          {
            list: false,
            inQuote: false,
            inherited: null,
            shared: 1,
            ownClause: false,
            label: false,
          },
          false,
          "official named",
        );
        // ("Fontes rejected the demand. Connecticut officials made similar arguments.")
        lastStance = sentenceCue.stance;
      }
    } else if (section?.open) {
      // Under a state's own heading: a label line ("Comply") or the first sentence with a cue.
      const line = text.slice(sentence.start, sentence.end).trim();
      const stance = /[.!?]$/.test(line) ? null : labelStance(line);
      const cue: Cue | null = stance
        ? { start: sentence.start, end: sentence.end, stance, label: true }
        : sentenceCue;
      if (cue) {
        for (const state of section.states) {
          add(
            state,
            cue,
            { start: section.start, end: sentence.end },
            {
              list: true,
              inQuote: false,
              inherited: "list",
              shared: 1,
              ownClause: true,
              label: stance !== null,
            },
            false,
            stance !== null ? "label" : "list",
          );
        }
        section.open = false;
      }
    }
    previousCue = sentenceCue ? { cue: sentenceCue, sentence } : null;
    if (sentenceCue && named.length === 0 && OVERVIEW.test(body) && !requesterDoes(sentenceCue))
      overview = { cue: sentenceCue, paragraphs: 0 };
    else if (overview && opensParagraph) {
      if (distinct.length === 1 && overview.paragraphs < OVERVIEW_PARAGRAPHS) overview.paragraphs++;
      else overview = null;
    }
    const together = [...new Set(named.map((m) => m.state))];
    if (together.length >= 2) groups.push(together);
    if (sentenceCue && named.length === 0 && !requesterDoes(sentenceCue))
      groupCue = { cue: sentenceCue, sentence, age: 0 };
    else if (groupCue && groupCue.age < 2 && distinct.length === 0) groupCue.age++;
    else groupCue = null;
    // Named first, as the sentence's subject, and nothing drafted for them from it.
    const firstNamed = responding[0];
    if (
      !sentenceCue &&
      !isItem &&
      firstNamed &&
      candidates.length === madeBefore &&
      firstNamed.start - sentence.start <= 40
    )
      subjects = { states: distinct, sentence };
    else if (
      sentenceCue &&
      (sentenceCue.stance === "refuses" || sentenceCue.stance === "complies") &&
      (distinct.length >= 2 ||
        (distinct.length === 1 && (firstNamed?.start ?? 0) - sentence.start <= 40)) &&
      candidates.length > madeBefore
    )
      subjects = { states: distinct, sentence, broader: sentenceCue.stance };
    // "The lawsuits, filed against A, B and C, … All of those states have rebuffed …": the
    // defendants, whose answer the next sentence may state.
    const sued = named.filter((m) => notAResponse(text, m, facts) === "a lawsuit's defendant");
    if (suedRefusers && sentence.end - suedRefusers.sentence.start > SUED_REFUSERS_REACH)
      suedRefusers = null;
    if (suedRefusers && !sentenceCue && sued.length >= 2) {
      const listed = [...new Set(leadingList(text, sued).map((m) => m.state))];
      const { cue, count } = suedRefusers;
      // (As many as it said, and the same suits: not "It also sued A, B and C over their list
      // maintenance", "Separately, lawsuits against …".)
      if (listed.length === count && !OTHER_SUITS.test(body)) {
        for (const state of listed)
          add(
            state,
            cue,
            { start: suedRefusers.sentence.start, end: sentence.end },
            // (Read across sentences, from what it says of states unnamed: never high.)
            {
              list: false,
              inQuote: false,
              inherited: "list",
              shared: listed.length,
              ownClause: false,
              label: false,
            },
            true,
            "list",
          );
      }
      suedRefusers = null;
    }
    const suing = named.length === 0 && sentenceCue ? SUING_REFUSERS.exec(body) : null;
    const word = (suing?.[1] ?? suing?.[2])?.toLowerCase();
    const count = word ? (COUNTS[word] ?? Number(word)) : 0;
    // (A later suing sentence with no count starts another group, whose defendants it leaves
    // unnumbered: "It also sued states that have declined …" ends the carry.)
    if (suing && sentenceCue) {
      const refusal =
        count > 0 &&
        (sentenceCue.stance === "refuses" || sentenceCue.stance === "withholding") &&
        sentence.start + suing.index + suing[0].length <= sentenceCue.start;
      suedRefusers = refusal ? { cue: sentenceCue, sentence, count } : null;
    }
    if (!sentenceCue && !subjects && responding.length === 0 && sued.length >= 2)
      subjects = { states: [...new Set(sued.map((m) => m.state))], sentence };
    const line = text.slice(sentence.start, sentence.end);
    const opensList =
      /:\s*$/.test(line) || (!/[.!?”"]\s*$/.test(line) && line.split(/\s+/).length <= 15);
    // "The following states have said they will not provide … These states are either …" then a
    // line of states: a list announced, which the rest of its paragraph only explains.
    const announces = ANNOUNCED_LIST.test(line);
    if (sentenceCue && (opensList || announces) && distinct.length === 0) {
      heading = { cue: sentenceCue, sentence, announced: announces };
    } else if (!isItem && !(heading?.announced && named.length === 0 && !opensParagraph)) {
      heading = null;
    }
  }

  // An official's own words, quoted: "We are not going to be helping …," Griswold said.
  for (const q of attributed) {
    const who = q.speaker ? speakerStates.get(q.speaker) : undefined;
    if (!who?.official || !who.state || requesterSpeaks(q)) continue;
    // The quote's cue, unless the requester acts in its sentence ("the Department will not …");
    // then the first sentence of the quote with a cue of the official's own ("In its letter, the
    // Commission asked for ‘publicly available’ information. … we will provide only public
    // information").
    const whole = cueIn({ start: q.start, end: q.end });
    const wholeOwn = rangeAt(sentences, whole?.start ?? q.start);
    let cue: Cue | null =
      whole &&
      !requesterActs({ start: Math.max(q.start, wholeOwn?.start ?? q.start), end: q.end }, whole)
        ? whole
        : null;
    for (let from = q.start; whole && from < q.end && !cue; ) {
      const own = rangeAt(sentences, from);
      const end = Math.min(q.end, own && own.end > from ? own.end : q.end);
      const found = cueIn({ start: from, end });
      if (found && !requesterActs({ start: from, end }, found)) cue = found;
      from = end + 1;
    }
    // "You don't want a secretary of state saying ‘OK, I'm not going to give …’": words the
    // official puts in another's mouth, inside a quotation of their own.
    if (!cue || INNER_QUOTE_OPEN.test(text.slice(q.start, cue.start))) continue;
    add(
      who.state,
      cue,
      q,
      { list: false, inQuote: true, inherited: null, shared: 1, ownClause: false, label: false },
      false,
      "official's words",
    );
  }

  // "My reply would be: They can go jump in the Gulf", "he will tell the commission to take a
  // hike": an official's answer with no stance words, shown to the editor with a low confidence.
  for (const q of attributed) {
    const who = q.speaker ? speakerStates.get(q.speaker) : undefined;
    if (!who?.official || !who.state || requesterSpeaks(q)) continue;
    const sentence = rangeAt(sentences, q.start);
    if (!sentence) continue;
    const words = masked.slice(sentence.start, Math.max(sentence.end, q.end));
    const answer = ANSWER.exec(words);
    // "“They can go jump in the Gulf,” the secretary said of the request": a dismissal.
    // The request may be named in the lines just before ("… did not mince words in their no's")
    // or just after ("That's what Mississippi's secretary has told the commission").
    const near = masked.slice(Math.max(0, sentence.start - 400), sentence.end + 200);
    const dismissal =
      !answer && ABOUT_REQUEST.test(near) && !cueIn({ start: q.start, end: q.end })
        ? DISMISSAL.exec(masked.slice(q.start, q.end))
        : null;
    const m = answer ?? dismissal;
    if (!m) continue;
    const at = (answer ? sentence.start : q.start) + m.index;
    add(
      who.state,
      { start: at, end: at + m[0].length, stance: "refuses", weak: true },
      { start: sentence.start, end: Math.max(sentence.end, q.end) },
      { list: false, inQuote: true, inherited: null, shared: 1, ownClause: false, label: false },
      false,
      "no stance words",
    );
  }

  // "“I find this request repugnant,” the attorney general said": an official's words against the
  // request, where the article gives the state no answer of its own. A reaction to a lawsuit or a
  // ruling is not an answer to the request.
  for (const q of attributed) {
    const who = q.speaker ? speakerStates.get(q.speaker) : undefined;
    if (!who?.official || !who.state || requesterSpeaks(q)) continue;
    const state = who.state;
    if (candidates.some((c) => c.state === state)) continue;
    const words = masked.slice(q.start, q.end);
    const sentence = rangeAt(sentences, q.start);
    const near = masked.slice(Math.max(0, (sentence?.start ?? q.start) - 400), q.end);
    const m = OPPOSITION.exec(words);
    // ("Bellows also slammed the DOJ for the lawsuit, declaring “…”": the sentence that gives
    // the words says they answer the suit; not "Read, whose office the department sued, said".)
    const before = sentence ? masked.slice(sentence.start, q.start) : "";
    const after = sentence ? masked.slice(q.end, Math.max(sentence.end, q.end)) : "";
    if (
      !m ||
      LITIGATION.test(words) ||
      REACTS_TO_SUIT.test(before) ||
      SAID_OF_SUIT.test(after) ||
      !ABOUT_REQUEST.test(near)
    )
      continue;
    const at = q.start + m.index;
    add(
      state,
      { start: at, end: at + m[0].length, stance: "refuses", weak: true },
      { start: sentence?.start ?? q.start, end: Math.max(sentence?.end ?? q.end, q.end) },
      { list: false, inQuote: true, inherited: null, shared: 1, ownClause: false, label: false },
      false,
      "no stance words",
    );
  }

  // An official writing in the first person ("As Minnesota's Secretary of State, I can tell you …
  // I will not hand over …"): their unquoted "I will not …" is their state's answer.
  const author = AUTHOR.exec(masked);
  const authorState =
    author && states.find(text, author.index, author.index + author[0].length)[0]?.state;
  if (author && authorState) {
    for (const sentence of sentences) {
      if (sentence.start < author.index || inQuote(sentence.start)) continue;
      if (states.find(text, sentence.start, sentence.end).length > 0) continue;
      const first = FIRST_PERSON_ANSWER.exec(masked.slice(sentence.start, sentence.end));
      const cue = first ? cueIn(sentence) : null;
      if (!first || !cue || cue.start < sentence.start + first.index) continue;
      add(
        authorState,
        cue,
        sentence,
        { list: false, inQuote: false, inherited: null, shared: 1, ownClause: true, label: false },
        false,
        "official's words",
      );
    }
  }

  // "will provide some of the requested information. State law prohibits releasing Social
  // Security numbers …": the next sentence of the paragraph says the part kept back is the
  // non-public one.
  // Likewise "will not comply with a request …" and then "The state would, she said, share
  // publicly available information": the refusal is of the rest.
  for (const c of candidates) {
    if (c.basis === "label") continue;
    if (c.stance !== "withholding" && c.stance !== "refuses") continue;
    const next = sentences.find((s) => s.start >= c.evidenceSpan.end);
    if (!next || text.slice(c.evidenceSpan.end, next.start).includes("\n")) continue;
    if (states.find(text, next.start, next.end).length > 0) continue;
    if (c.stance === "refuses" && !SAME_SUBJECT.test(text.slice(next.start, next.end))) continue;
    // "Many states are refusing outright, while others give only public data": two groups.
    if (OTHER_GROUP.test(text.slice(next.start, next.end))) continue;
    const cue = cueIn(next);
    const why = cue?.stance === "public-only" ? excerpt(text, cue.start, cue.end) : null;
    const evidence = why ? excerpt(text, c.evidenceSpan.start, next.end) : null;
    if (!why || !evidence) continue;
    Object.assign(c, {
      stance: "public-only",
      why: why.text,
      whySpan: why,
      evidence: evidence.text,
      evidenceSpan: evidence,
    });
  }

  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    // "ARKANSAS: Undecided" over "The office has not yet received the letter": nothing to report.
    if (
      c.basis === "label" &&
      c.stance === "reviewing" &&
      onlyNotReceived(text, c.evidenceSpan.end)
    )
      continue;
    const held = best.get(c.state);
    if (!held || rank(c) > rank(held)) best.set(c.state, c);
  }
  // "among the states partially or entirely refusing" and the governor's own "I have no intention
  // of honoring this request": the vague reading yields to the specific one.
  for (const c of candidates) {
    const held = best.get(c.state);
    if (
      held?.stance === "withholding" &&
      c.stance !== "withholding" &&
      c.stance !== "no-report" &&
      c.precedence >= 0 &&
      !c.fromList &&
      (c.basis === "official's words" || c.basis === "stance words")
    )
      best.set(c.state, c);
  }
  // "Benson refused the full file" and elsewhere "gave them the public version": refusing the
  // rest while handing over or offering the public list is public-only. "Plans to turn over the
  // records" and elsewhere "only what is already public": the narrower reading is the answer.
  for (const c of candidates) {
    const held = best.get(c.state);
    if (
      (held?.stance === "refuses" || held?.stance === "complies") &&
      c.stance === "public-only" &&
      c.precedence >= 0 &&
      !c.fromList &&
      !held.fromList &&
      c.basis !== "similar" &&
      c.basis !== "label" &&
      (held.stance === "complies" || GAVE_PUBLIC.test(c.evidence))
    )
      best.set(c.state, c);
  }
  // "rejected the request for private voter information", and nowhere that it gives the rest:
  // only that something is kept back, which is withholding.
  // ("… the commission can buy the public list like anyone else", in a sentence that names no
  // other state, says it does.)
  // (The sentences that give public data, with the states each names, read once and only when
  // some claim needs them.)
  let givingPublic: string[][] | null = null;
  const publicSentences = () => {
    givingPublic ??= sentences.flatMap((s) => {
      const cue = cueIn(s);
      if (cue?.stance !== "public-only" || cue.keptBack) return [];
      return [states.find(text, s.start, s.end).map((n) => n.state)];
    });
    return givingPublic;
  };
  for (const [state, held] of best) {
    if (!held.keptBack || held.stance !== "public-only") continue;
    const givesRest =
      candidates.some(
        (c) =>
          c.state === state &&
          !c.keptBack &&
          (c.stance === "public-only" || c.stance === "complies") &&
          c.precedence >= 0,
      ) ||
      publicSentences().some((named) =>
        named.length === 0 ? best.size === 1 : named.every((n) => n === state),
      );
    if (!givesRest) best.set(state, { ...held, stance: "withholding" });
  }
  return [...best.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, precedence: _precedence, keptBack: _keptBack, ...claim }) => ({
      ...claim,
      confidence: weighed(claim, candidates, best.size),
      quote: quoteFor(claim, attributed, speakerStates),
    }));
}

/**
 * How sure the drafter stays once the whole article is read. A claim the article also reads
 * another way (elsewhere it gives the same state a different stance in its own words) is a
 * judgement call an editor should look at first: it drops below the review's "low" mark. A story
 * about one state weighs its answer at length, and a reporter's "refuses" or "complies" there
 * often sums up the whole request while the state gave part of it: it is not high confidence.
 */
function weighed(claim: DraftClaim, candidates: Candidate[], statesClaimed: number): number {
  const rival = candidates.some(
    (c) =>
      c.state === claim.state &&
      c.stance !== claim.stance &&
      c.basis !== "similar" &&
      c.basis !== "label",
  );
  if (rival) return Math.min(claim.confidence, 0.6);
  if (statesClaimed === 1 && (claim.stance === "refuses" || claim.stance === "complies"))
    return Math.min(claim.confidence, 0.7);
  return claim.confidence;
}

// An official's answer to the request that carries no stance words of its own.
const ANSWER =
  /\b(?:response|reply|answer|message)\b[^.;:]{0,60}?\b(?:would be|will be|is|was)\s*:|\b(?:tell|told|tells|telling)\s+(?:the\s+)?(?:commission|department|DOJ|Justice Department|administration|them|him|Kobach)\s+(?:politely\s+)?(?:to|that they can|they can)\b/i;

// "They can go jump …", "You can take a hike", "Go fly a kite": a dismissal of whoever asked.
const DISMISSAL =
  /^\s*(?:(?:they|you|he|she|the\s+\w+)\s+can\s+)?(?:go\s+(?:jump|take|fly|pound|climb|soak)|jump\s+(?:in|into)\s+(?:the\s+|a\s+)?(?:lake|gulf|river|ocean|sea)|take\s+a\s+(?:hike|long walk)|pound\s+sand|forget\s+it|get\s+lost|kiss\s+my|dream\s+on|not\s+a\s+chance|no\s+way|over\s+my\s+dead\s+body)\b/i;
const POST_WORD =
  /^['’]?\s*(?:\S+\s+){0,3}?(?:secretary|governor|official|chief|counterpart)\b|\b(?:secretary|governor|official|chief|secretari[oa]|gobernadora?)\s+(?:(?:of\s+state|de\s+estado)\s+)?(?:in|of|for|from|de|del)\s+$/i;

// "Maine should be among them", "Ohio must join them", "Iowa should do the same", "Maine must
// follow." (not "must follow its own law").
const SHOULD_JOIN =
  /^['’]?s?\s+(?:should|ought\s+to|must|needs?\s+to)\s+(?:also\s+)?(?:be\s+(?:among|one\s+of)|join|follow(?:\s+suit|(?=\s*(?:[.,;]|$)))|do\s+(?:the\s+)?(?:same|likewise))\b/i;

// "The states Neff identified", "the states named in the filing": states an earlier sentence counted.
const REFERS_TO =
  /^\s*(?:the|these|those)\s+(?:\d+\s+|\w+\s+)?states\s+(?:that\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(identified|named|listed|cited|mentioned)\b/iu;

// "As Minnesota's Secretary of State, I …": the writer's own post.
const AUTHOR =
  /\b[Aa]s\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*(?:['’]s)?\s+(?:chief\s+election\s+official|[Ss]ecretary\s+of\s+(?:the\s+)?[Ss]tate|[Gg]overnor|[Aa]ttorney\s+[Gg]eneral|[Ll]ieutenant\s+[Gg]overnor)\s*,\s*I\b/u;
// "I will not …", "We won't …", "I refuse …": the writer's own answer.
const FIRST_PERSON_ANSWER =
  /(?:^|\s)(?:I|[Ww]e)\s+(?:will|would|won['’]t|cannot|can['’]t|refuse[ds]?|declined|rejected|intend|plan)\b/u;
// "…, while others give only public data": another group of states.
const OTHER_GROUP = /\b(?:others|other states)\b/i;

// Words an official uses against a request: its lawfulness, the voters' privacy, its motive.
const OPPOSITION =
  /\b(?:unlawful|illegal|unconstitutional|unprecedented|overreach|fishing expedition|repugnant|sinister|intimidat\w*|suppress\w*|legitimi[sz]e|waste of|baseless|dangerous|alarming|troubl(?:ed|ing)|outrageous|absurd|ridiculous|abuse|jail|over my dead body|no confidence|breach|protect|defend|fight)\b/i;
const LITIGATION = /\b(?:lawsuits?|suits?|sued|suing|court|judge|ruling|verdict)\b/i;
// "reacted to the lawsuit", "slammed the DOJ for the lawsuit", "Asked about the lawsuit, …", "after
// the suit was filed"; and after the words, "…,” she said of the suit / in response to the lawsuit.
const SAID_OF_SUIT =
  /^[^.;]{0,80}?\b(?:said|says|added|wrote)\s+(?:\p{Ll}+\s+){0,2}?(?:in\s+response\s+to|of|after)\s+the\s+(?:[\w'’-]+\s+)?(?:lawsuits?|suits?)\b(?!\s*,)/u;
const REACTS_TO_SUIT =
  /\b(?:react\w*|respond\w*|repl\w*|answer\w*|in\s+response)\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:lawsuits?|suits?|ruling|complaint)\b|\basked\s+about\s+the\s+(?:[\w'’-]+\s+)?(?:lawsuits?|suits?)\s*,|\bfor\s+(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:lawsuits?|suits?)\b|\bafter\s+the\s+(?:[\w'’-]+\s+)?(?:lawsuits?|suits?)\s+(?:was|were)\s+filed\b/i;
const ABOUT_REQUEST =
  /\b(?:request|letter|demand|commission|department|DOJ|data|voter rolls?|voter lists?)\b/i;

// The public list handed over, offered or pointed to, not merely public access the law allows.
const GAVE_PUBLIC =
  /\b(?:gave|given|provided|made\s+(?:[\w’']+\s+){0,4}?available|offer(?:s|ed)?|sent|handed over|turned over|point(?:s|ed)? (?:them |it )?to|(?:would|will) only (?:provide|give|send|share|release))\b/i;

const NOT_RECEIVED =
  /\b(?:has|have|had|did|do|does)(?:n['’]t|\s+not)\s+(?:yet\s+|even\s+)?(?:receiv|get\b|gotten|got\b|seen\b)|\bnever\s+(?:received|got)\b|\b(?:has|have)\s+yet\s+to\s+(?:receive|get|see)\b/i;

/**
 * Whether the paragraph after a label line says only that the letter has not arrived: what the
 * label's "Undecided" stands for is then no answer at all.
 */
function onlyNotReceived(text: string, labelEnd: number): boolean {
  const rest = text.slice(labelEnd);
  const para = /^\s*([^\n]+)/.exec(rest)?.[1] ?? "";
  return (
    NOT_RECEIVED.test(para) && !findCue(withoutQuoteMarks(para), { start: 0, end: para.length })
  );
}

/** Words in a line short enough to be a list's or a table's rather than cut-off prose. */
const SHORT_LINE_WORDS = 6;

/** An interviewer's question ("Q: Has Minnesota decided?", "QUESTION: …"). */
const QUESTION_LINE = /^\s*(?:Q|QUESTION|Question)\s*[:.]\s/;
/**
 * A question about a state's answer ("Has Minnesota decided?", "What about Wisconsin?"), not about
 * something else of it ("What information does Wisconsin not sell?").
 */
const ASKS_ANSWER =
  /\b(?:decid\w*|compl(?:y|ied|ying)|respond\w*|answer\w*|stand|refus\w*|agree\w*|going\s+along|go\s+along|what\s+about|how\s+about|where\s+does)\b|^\s*(?:Q|QUESTION|Question)\s*[:.]\s+(?:And\s+)?[\p{L}. ]{2,30}\?\s*$/u;

/** A paragraph opened by a label in capitals and a colon ("NEBRASKA: …", "NEW YORK —"). */
const STATE_LABEL = /^\s*(\p{Lu}[\p{Lu} .'’-]{1,30}?)\s*(?::|\s[—–])/u;

/** A line of rules or dashes between sections ("———"). */
const SEPARATOR = /^[\s—–\-_*=•·]+$/;
// "The following states …", "the states listed below …": a list comes next.
const ANNOUNCED_LIST =
  /^\s*(?:the\s+following\s+(?:\d+\s+)?(?:states|jurisdictions)|(?:the\s+)?states\s+(?:listed\s+)?below)\b/i;

/**
 * The sentence as far as it is whole: an article saved from a page is often cut mid-word at its
 * end, so the last word of an unfinished last line is left out ("Republican Gov. Asa Hutchinson
 * says he recomme").
 */
function complete(text: string, sentence: Range, textEnd: number): Range | null {
  const body = text.slice(sentence.start, sentence.end);
  if (sentence.end < textEnd || /[.!?”"’)]\s*$/.test(body)) return sentence;
  // (A list's or a table's short line ends on its answer with no full stop: "Mississippi —
  // refused" is whole; "Kansas: will only partly compl" is not.)
  const lastLine = body
    .slice(body.lastIndexOf("\n") + 1)
    .trim()
    .split(/\s+/);
  if (lastLine.length <= SHORT_LINE_WORDS && labelStance(lastLine.at(-1) ?? "") !== null)
    return sentence;
  // ("…, New Hampshire, North Carolin": a list's unfinished last item goes whole, to its comma.)
  const cut =
    /,\s*(?:(?:and|or)\s+)?(?:\p{Lu}[^\s,;]*\s+){0,2}\p{Lu}[^\s,;]*\s*$/u.exec(body) ??
    /\s+\S+\s*$/.exec(body);
  if (!cut) return null;
  return { start: sentence.start, end: sentence.start + cut.index };
}

/** A line that is only states' names, as in a bulleted list ("- California", "• Ore."). */
/** Whether the paragraph's label in capitals is the state's own name ("NEBRASKA:", not "UPDATE:"). */
function labelsState(body: string, state: string, states: StateMatcher): boolean {
  const label = STATE_LABEL.exec(body)?.[1];
  if (!label) return false;
  const found = states.find(label);
  return (
    found.length === 1 &&
    found[0]?.state === state &&
    found[0].start === 0 &&
    found[0].end === label.length
  );
}

function bareItem(body: string, mentions: StateMention[], offset: number): boolean {
  // (A whole sentence in brackets is no item: "(The paper reported that Ohio …)".)
  if (mentions.length === 0 || /^\s*\([^()]*\)[.!?]?\s*$/.test(body)) return false;
  let rest = body;
  for (const m of [...mentions].reverse()) {
    rest = rest.slice(0, m.start - offset) + rest.slice(m.end - offset);
  }
  return /^[\s\-–—•*·▪◦,;.:]*$/.test(
    rest
      .replace(/^\s*\d{1,2}[.)]/, "")
      // "(R)", "(Secretary of State Jo Lee)" go; "(Partial compliance)" is the line's answer.
      .replace(/\(([^)]*)\)/g, (all, inner: string) => (labelStance(inner) ? all : ""))
      .replace(/\band\b|&/gi, ""),
  );
}

const MARKER_ONLY = new RegExp(String.raw`^\s*${LIST_MARKER}\s*$`);

/** The line above is a list's item too, one that names no state: "- Seattle" over "- Washington". */
function underOtherItems(text: string, sentence: Range, states: StateMatcher): boolean {
  const lineStart = text.lastIndexOf("\n", sentence.start - 1);
  if (lineStart < 0) return false;
  const above = text.slice(text.lastIndexOf("\n", lineStart - 1) + 1, lineStart);
  return (
    /^\s*[-–—•*·▪◦]\s*\p{Lu}[\p{L} .'’-]{1,40}$/u.test(above) && states.find(above).length === 0
  );
}

/** A list's line that opens with a marker and a state's name: "• Alaska — Division of Elections". */
function markedItem(body: string, mentions: StateMention[], offset: number): boolean {
  const first = mentions[0];
  if (!first) return false;
  const lead = body.slice(0, first.start - offset);
  const after = body.slice(first.end - offset);
  return MARKER_ONLY.test(lead) && /^\s*(?:[—–(:,-]|$)/.test(after);
}

// A single quotation mark opened after a speech verb and not closed before the cue.
// (An apostrophe between letters, "I’m", does not close it; "I said, ‘No, we will not comply’"
// is the speaker's own answer.)
const INNER_QUOTE_OPEN =
  /(?<!\b(?:I|[Ww]e)\s+(?:[\p{L}’']+\s+){0,3})\b(?:saying|says|said|say|asks?|asking|asked)\s*,?\s*[‘'](?:[^’']|(?<=\p{L})[’'](?=\p{L}))*$/u;

// A sentence that goes on about the state just named, not about the requester.
const SAME_SUBJECT =
  /^\s*(?:the\s+state|it|she|he|the\s+(?:office|secretary|board|division|governor))\b/i;

// "rejected the DOJ's demands", "provided the DOJ with …", "provided the Presidential Advisory
// Commission …": the requester as what was turned down or whom something went to, not as who
// acts.
const NOT_ACTING =
  /\b(?:(?:reject|refus|declin|den(?:y|ie)|resist|def(?:y|ie)|rebuff|oppos|fight|fought|offer|giv|gave|tell|told|inform|sen[dt]|provid|hand|show)\w*|to|for|with|of|on|from|against|about)\s+(?:[Tt]he\s+)?(?:[Ff]ederal\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,3}$/u;

// Someone's account ("according to the Justice Department", "…, Dhillon said").
const ATTRIBUTED = /\b(?:according\s+to|said|says|alleg\w*|claim\w*|contend\w*|accus\w*)\b/i;
const OWN_SAYING = /\bstates\s+(?:have\s+|had\s+)?(?:said|say|says)\b/gi;
// "States pushed back hard.", "Many states resisted.": a short sentence about states unnamed,
// which speaks for the rest of its paragraph and the four after it that each lead with a state.
const OVERVIEW_PARAGRAPHS = 4;
const OVERVIEW =
  /^\s*(?:(?:Many|Several|Most|Some|Other|Those|These)\s+)?states\b(?:\s+[^\s:]+){1,5}\.\s*$/i;
const COUNTS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const COUNTED_STATES =
  /\b(?:the|those|these|all)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+states\b/i;

// "sued six more states that have …", "filed six new lawsuits, against states that …".
const SUING_REFUSERS =
  /\b(?:su(?:ed|es|ing)\s+(?:(\w+)\s+)?(?:(?:more|other|new|additional)\s+)?|(?:filed|brought)\s+(?:(\w+)\s+)?(?:(?:more|other|new|additional)\s+)?(?:lawsuits?|suits?|complaints?)\s*,?\s*against\s+(?:(?:the|more|other)\s+)?)states\s*,?\s+(?:that|which|who)\s+/i;
const OTHER_SUITS =
  /\b(?:also|separately|another|previously|earlier)\b|\b(?:over|about|regarding)\s+(?:their|its|the)\b/i;
// How far (in characters, from the suing sentence's start) its defendants may be named.
const SUED_REFUSERS_REACH = 1600;

/** The mentions from the first that name states one after another: "A, B, C and D". */
function leadingList<T extends Range>(text: string, mentions: T[]): T[] {
  const out = mentions.slice(0, 1);
  for (const m of mentions.slice(1)) {
    const last = out[out.length - 1] as T;
    if (!/^\s*,?\s*(?:(?:and|&)\s+)?$/.test(text.slice(last.end, m.start))) break;
    out.push(m);
  }
  return out;
}

// A court or judge as a clause's subject: not "told the court", "a judge in Ohio".
const COURT_SUBJECT =
  /(?<!\b(?:to|told|tells|asked|asks|in|with|before|by|from|against|of|for|urged|urging)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}.-]+\s+){0,3})\b(?:judge|judges|court|courts|justices)(?:['’]s?)?(?=\s|$)/giu;

// What the requester, answering for his own state, would keep back: the data or the request.
const OWN_DATA =
  /\b(?:data|information|voter|rolls?|records?|files?|lists?|request|numbers|panel|commission)\b/i;

const COURT_PAPER_OR_REPORT =
  /^\s*(?:filings?|records?|papers?|documents?|ruling|order|decision|case|docket|clerk|hearing|transcripts?)\b|\b(?:that|said|says|noted|notes|found|finds|wrote|writes|show|shows|showed|came|after|because|when|since)\b/i;

/** The cue's clause has a court or judge for its subject, and no state named after it. */
function courtActs(masked: string, sentence: Range, cue: Cue, named: StateMention[]): boolean {
  const before = masked.slice(sentence.start, cue.start);
  const from = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  if (!/\b(?:judge|court|justice)/i.test(before)) return false;
  const court = [...before.slice(from).matchAll(COURT_SUBJECT)].pop();
  if (!court) return false;
  const at = sentence.start + from + (court.index ?? 0);
  // (Not "Court filings show …", "The court's ruling came after …", "The judge noted that …":
  // a paper of the court's, or what the court reports of the state.)
  const rest = masked.slice(at + court[0].length, cue.start);
  if (COURT_PAPER_OR_REPORT.test(rest)) return false;
  return !named.some((m) => m.start > at && m.start < cue.start);
}

/**
 * The mention is in a ", while …" or ", whereas …" clause that opens after the cue, and that
 * does not say it did the same ("while Iowa and Utah have followed suit").
 */
function contrastAfter(masked: string, sentence: Range, cue: Cue, mention: Range): boolean {
  const contrast = /,\s*(?:while|whereas)\s/i.exec(masked.slice(cue.end, mention.start));
  return contrast !== null && !SIMILAR.test(masked.slice(cue.end + contrast.index, sentence.end));
}

/**
 * "the six states" in a sentence that names none: the last sentence before it that named exactly
 * six states together.
 */
function countedGroup(body: string, groups: string[][]): string[] | undefined {
  const word = COUNTED_STATES.exec(body)?.[1]?.toLowerCase();
  if (!word) return undefined;
  const n = COUNTS[word] ?? Number(word);
  return groups.findLast((g) => g.length === n);
}

// "They have refused", "Officials there said …": a sentence going on about the states before.
// (Not "Election officials in at least two states …", "… in other states", "… elsewhere": others,
// counted, not the states before; "… in the two Democratic-led states" are those.)
const GOES_ON =
  /^\s*(?:They|These\s+states|Those\s+states|Both|All(?=\s+(?:say|said|have\s+said|will|would|plan))|All\s+(?:three|four|five|six|seven|eight|nine|ten|\d+|of\s+them)|All\s+(?:of\s+)?(?:those|these|the)\s+(?:\w+\s+)?states|Each|(?:Their|State|Election|Elections)\s+(?:top\s+)?(?:election\s+)?officials(?!\s+(?:(?:in|from|of|across)\s+(?:at\s+least|more\s+than|nearly|almost|about|some|several|many|most|other|dozens|a\s+(?:few|dozen|handful)|\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty)\b|elsewhere\b|across\s+the\s+country\b))|Officials\s+(?:there|in\s+(?:those|these|each|all|both)\b))\b/;

// "Georgia’s office provided a voter list. However, it excluded …": one state's answer, narrowed
// by the next sentence about "it".
const IT_GOES_ON =
  /^\s*(?:(?:However|But|Yet|Still),?\s+)?(?:it|the\s+state)\s+(?:also\s+)?\p{Ll}/u;

// A sentence's own report on a state outranks a list that names it; then the firmer cue.
function rank(c: Candidate): number {
  // ("Amore had yet to respond … his office was still reviewing the request": an answer the
  // article reports outranks its saying there is none yet.)
  const none = c.stance === "no-report" ? NO_ANSWER_YET : 0;
  return 2 * c.precedence + (c.fromList ? 0 : 1) + c.confidence - none;
}
const NO_ANSWER_YET = 0.5;

/**
 * How sure the drafter is, by the kind of evidence: stance words about this state in its own
 * clause are firmest; list membership under a stance-bearing lead-in, then a category label, then
 * a stance taken from the claim before ("took a similar line"), come lower.
 */
function confidence(
  cue: Cue,
  how: {
    list: boolean;
    inQuote: boolean;
    inherited: "similar" | "list" | null;
    shared: number;
    ownClause: boolean;
    label: boolean;
  },
): number {
  // "Partly" without saying which part is the stance readers most often code otherwise
  // (public-only): it starts lowest.
  let c = cue.stance === "withholding" ? 0.6 : cue.stance === "reviewing" ? 0.75 : 0.85;
  if (cue.weak) c -= 0.15;
  // A list item takes its stance from the lead-in, not from a clause of its own.
  if (!how.ownClause && !how.list) c -= 0.1;
  if (!how.list && how.shared > 1) c -= 0.05;
  if (how.label) c -= 0.2;
  if (how.inQuote) c -= 0.15;
  if (how.inherited === "similar") c -= 0.25;
  if (how.inherited === "list") c -= 0.05;
  return Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100;
}

/**
 * "…, including Governor Jo Lee in Ohio, who refused to comply, and officials from Iowa": a
 * relative clause's cue is the answer of the state just before it, not of one further off.
 */
function anothersRelative(
  masked: string,
  sentence: Range,
  mention: StateMention,
  cue: Cue,
  mentions: StateMention[],
): boolean {
  const relative = /,\s+(?:who|which)\s+[^,;]*$/.exec(masked.slice(sentence.start, cue.start));
  if (!relative) return false;
  const start = sentence.start + relative.index;
  const comma = masked.slice(cue.end, sentence.end).indexOf(",");
  const end = comma >= 0 ? cue.end + comma : sentence.end;
  const near = (m: StateMention) => m.start < start && m.start >= start - 80;
  return (
    !near(mention) &&
    (mention.start < start || mention.start > end) &&
    mentions.some((m) => m.state !== mention.state && near(m))
  );
}

// "initially", "at first": a state's first answer, which a later one may replace.
const FIRST = String.raw`(?:initially|originally|at\s+first|first)`;
const FIRST_ANSWER = new RegExp(String.raw`\b${FIRST}\s+(?:\S+\s+){0,2}$`, "i");
// "states that initially declined", "which had first refused": a group's first answer.
const GROUPS_FIRST_ANSWER = new RegExp(
  String.raw`\b(?:that|which|who)\s+(?:had\s+)?${FIRST}\s+$`,
  "i",
);
const LATER = /\b(?:later|then|since|eventually|ultimately|subsequently|now)\b/i;
const OTHER_SUBJECT =
  /\b(?:but|and|yet)\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+)?(?:critics|opponents|commission|department|panel|court|judge|governor|secretary|lawyers?|attorneys?|spokes\w+)\b/i;
const SAME_SUBJECT_LATER =
  /^[^,;]*?(?:,\s*)?(?:(?:but|and|yet)\s+)?(?:(?:it|he|she|they|the\s+state|(?:state\s+)?officials|the\s+office)\s+)?(?:(?:has|have|had)\s+)?$/i;

/**
 * "Ohio initially refused, but later agreed": the cue of what a state first answered is replaced
 * by the one it came to later in the sentence, where no other state is named.
 */
function laterAnswer(
  masked: string,
  sentence: Range,
  cue: Cue,
  mentions: StateMention[],
  cueIn: (r: Range) => Cue | null,
): Cue | null {
  if (!FIRST_ANSWER.test(masked.slice(Math.max(sentence.start, cue.start - 40), cue.start)))
    return null;
  const later = LATER.exec(masked.slice(cue.end, sentence.end));
  if (!later || mentions.some((m) => m.start >= cue.end && m.start < sentence.end)) return null;
  // (The same subject goes on: "…, but later", "…, but it has since"; not "…, but the commission
  // later said".)
  const gap = masked.slice(cue.end, cue.end + later.index);
  if (!SAME_SUBJECT_LATER.test(gap) || /\p{Lu}/u.test(gap) || OTHER_SUBJECT.test(gap)) return null;
  const next = cueIn({ start: cue.end + later.index, end: sentence.end });
  return next && next.stance !== cue.stance ? next : null;
}

/**
 * The answer of a group's main clause after the states it names, where the cue before them is
 * the group's first answer in a relative clause ("states that initially declined").
 */
function groupsMainAnswer(
  masked: string,
  sentence: Range,
  cue: Cue,
  mentions: StateMention[],
  cueIn: (r: Range) => Cue | null,
): Cue | null {
  const before = masked.slice(Math.max(sentence.start, cue.start - 40), cue.start);
  if (!GROUPS_FIRST_ANSWER.test(before)) return null;
  // The states just after the cue, one group: "— New York and Mississippi among them —".
  const group = mentions.filter((m) => m.start > cue.end);
  let end = group[0]?.end;
  if (end === undefined) return null;
  for (const m of group.slice(1)) {
    if (!/^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(masked.slice(end, m.start))) break;
    end = m.end;
  }
  // (Set off and closed, with no other state and no "not" or "none" in the main clause.)
  const rest = /^[^—–(),]{0,30}?[—–),]\s*/.exec(masked.slice(end, sentence.end));
  if (!rest) return null;
  const main = { start: end + rest[0].length, end: sentence.end };
  if (mentions.some((m) => m.start >= main.start)) return null;
  const next = cueIn(main);
  // ("none has agreed": the main verb negated; "…, and none has sued" after it is another matter.)
  if (!next || NEGATED_MAIN.test(masked.slice(main.start, next.start))) return null;
  return next.stance !== cue.stance ? next : null;
}

// "none has agreed", "they are not reviewing it again": before the main verb.
const NEGATED_MAIN = /\b(?:none|not|never|no)\b|n['’]t\b/i;

/**
 * The cue of a relative clause right after `mention` or the list it ends ("California and
 * Virginia, that said they would provide nothing"), up to the next comma.
 */
function ownRelativeCue(
  masked: string,
  sentence: Range,
  mention: StateMention,
  mentions: StateMention[],
  cueIn: (r: Range) => Cue | null,
): Cue | null {
  let end = mention.end;
  for (const m of mentions) {
    if (
      m.start >= end &&
      /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(masked.slice(end, m.start))
    )
      end = m.end;
  }
  const relative = /^,?\s+(?:that|which|who)\s+/.exec(masked.slice(end, sentence.end));
  if (!relative) return null;
  const from = end + relative[0].length;
  const comma = masked.slice(from, sentence.end).search(/[,;]/);
  const to = comma >= 0 ? from + comma : sentence.end;
  // ("…, which had initially agreed", "which had said in July it would comply": what the state
  // answered before, not what it answers now.)
  if (EARLIER_ANSWER.test(masked.slice(from, to))) return null;
  return cueIn({ start: from, end: to });
}
const EARLIER_ANSWER =
  /\b(?:had|initially|originally|earlier|previously|once|formerly|at\s+first|ago|routinely|regularly|anyone|already\s+provides?)\b|\b(?:19|20)\d\d\b|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** "Ohio's secretary criticized California's refusal": the answer of the state that owns it. */
function anothersOwn(
  masked: string,
  mention: StateMention,
  cue: Cue,
  mentions: StateMention[],
): boolean {
  return mentions.some(
    (m) =>
      m.state !== mention.state &&
      m.end <= cue.start &&
      /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(masked.slice(m.end, cue.start)),
  );
}

/**
 * Whether `cue` belongs to another state: it lies in a clause that names another state and not
 * `mention`'s, set apart by a contrast ("Kentucky is waiting, but Utah refused"; "Texas did not
 * release its MOU, but according to the memo released by Wisconsin, …" gives Wisconsin nothing).
 * A dash alone may set off the very states the cue is about, so it is no contrast.
 */
function othersCue(
  masked: string,
  sentence: Range,
  mention: StateMention,
  cue: Cue,
  mentions: StateMention[],
): boolean {
  if (anothersRelative(masked, sentence, mention, cue, mentions)) return true;
  if (anothersOwn(masked, mention, cue, mentions)) return true;
  const clause = clauseOf(masked, sentence, cue);
  const inClause = (m: StateMention) => m.start >= clause.start && m.start < clause.end;
  const between = masked.slice(
    Math.min(mention.start, cue.start),
    Math.max(mention.start, cue.start),
  );
  // "Most states refused …, but Idaho and Utah went along": across a contrast, a cue said of
  // a group of states that names none is the group's.
  if (
    !inClause(mention) &&
    /,\s*(?:but|yet)\b|;/.test(between) &&
    GROUP_OF_STATES.test(masked.slice(clause.start, clause.end)) &&
    !mentions.some(inClause)
  )
    return true;
  // ("Three states — Florida, Idaho and Utah — are still reviewing, while Hawaii …": the cue's
  // subject stands in a clause of its own, before it.)
  const subjectBefore =
    mention.start > cue.end &&
    mentions.some(
      (m) => m.state !== mention.state && m.start >= sentence.start && m.end <= cue.start,
    );
  if (
    inClause(mention) ||
    (!mentions.some((m) => m.state !== mention.state && inClause(m)) && !subjectBefore)
  )
    return false;
  return (
    /^\s*(?:but|while|whereas|although|yet)\b/i.test(masked.slice(clause.start, clause.end)) ||
    /,["”’]?\s*(?:but|yet)\b|;/.test(between) ||
    // ("Florida is still reviewing, while Hawaii did not respond to a request for comment"; but
    // "…, while Iowa and Utah have followed suit" goes along.)
    (/,["”’]?\s*(?:while|whereas)\b/.test(between) &&
      !SIMILAR.test(masked.slice(mention.start, sentence.end)))
  );
}

const GROUP_OF_STATES =
  /\b(?:most|many|several|other|some|all|the\s+rest\s+of\s+the|\d+|dozens?\s+of|[a-z]+-(?:controlled|led|run)|red|blue|Republican|Democratic|GOP)\s+(?:other\s+)?states\b|\bothers\b/i;

/** A public-only cue in a clause of the sentence that names no state other than `state`. */
function publicOnlyClause(
  masked: string,
  sentence: Range,
  mentions: StateMention[],
  state: string,
  cueIn: (r: Range) => Cue | null,
): Cue | null {
  for (const clause of clausesOf(masked, sentence)) {
    const others = mentions.some(
      (m) => m.state !== state && m.start >= clause.start && m.start < clause.end,
    );
    const words = masked.slice(clause.start, clause.end);
    // "…, but Utah's Lt. Governor … will make public data available": another's answer.
    const mentionsState = mentions.some(
      (m) => m.state === state && m.start >= clause.start && m.start < clause.end,
    );
    // (The cut falls after ", but ", so the opener ends the text before the clause.)
    const opener = masked.slice(Math.max(sentence.start, clause.start - 10), clause.start) + words;
    // ("…, but only the data the law releases to anyone", "…, but would provide only public
    // data": no new subject, the same answer.)
    if (
      /(?:^|\W)(?:but|while|whereas|although)\s+\S/i.test(opener.slice(0, 20)) &&
      !/(?:^|\W)but\s+(?:only|would|will|instead)\b/i.test(opener.slice(0, 20)) &&
      !mentionsState
    )
      continue;
    // "…, while 26 others only agreed to send public data": about other states.
    if (
      others ||
      /\bthe rest\b/i.test(masked.slice(clause.start, clause.end)) ||
      OTHER_GROUP.test(masked.slice(clause.start, clause.end))
    )
      continue;
    const cue = cueIn(clause);
    if (cue?.stance === "public-only") return cue;
  }
  return null;
}

// The part of the sentence that holds the mention, cut at "; ", dashes and ", but".
function clauseOf(masked: string, sentence: Range, mention: Range): Range {
  return (
    clausesOf(masked, sentence).find((c) => mention.start >= c.start && mention.start < c.end) ??
    sentence
  );
}

// Not the last of a list ("Virginia, California, and Kentucky have said"): a new subject.
// (…or "Ohio refused and Iowa is reviewing", with no comma, after a clause's last lower-case
// word, never a list's name: "Ohio and Iowa are reviewing"; "…, and Ohio sent only the public
// list".)
const NAMED_SUBJECT =
  /(?:,(?<!,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,)|(?<=(?<![\p{L}'’.-])\p{Ll}[\p{L}'’-]*))\s+and\s+(?=\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+(?:officials\s+)?(?:said|says|has|have|had|is|was|will|would|did|does|plans?|agreed|refused|declined|sent|gave|handed|turned|provided|shared|released|offered|rejected|balked)\b)/gu;

// "… but not driver's license numbers, which Iowa turned over in full": a relative clause with a
// named subject of its own.
// (Not "Ohio, which Trump won by eight points, agreed …": there the clause is about the state.)
const NAMED_RELATIVE =
  /(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*),\s+(?=(?:which|that)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+\p{Ll})/gu;

const COMMA_SUBJECT =
  /,\s+(?=(?:\p{Lu}[\p{L}.'’]*\s+){1,3}(?:says\s+(?:no|yes)|weighs|mulls|considers|reviews|studies|refuses|rejects|declines|balks|agrees|complies|defies|won['’]t|will)\b)/gu;

const LEADING_CONCESSION = /^\s*(?:While|Although|Though|Whereas|Even as)\b[^,;]{3,160},/;
// The main clause after a concession, about the same state or its data ("it won't share …",
// "some specific data … is exempt"), not about other states ("most states refused").
const SAME_SUBJECT_GOES_ON =
  /^\s*(?:it|she|he|the\s+(?:state|office|secretary)|some|certain|parts?\s+of)\b(?!\s+(?:other\s+)?states\b)/i;

// A sentence's clauses, kept while one text is read: each state it names asks for them again.
// (The drafter reads a text twice, whole and without its other times, with the same sentences.)
let clausesKept = { masked: "", bySentence: new WeakMap<Range, Range[]>() };

function clausesOf(masked: string, sentence: Range): Range[] {
  if (clausesKept.masked !== masked) clausesKept = { masked, bySentence: new WeakMap() };
  let clauses = clausesKept.bySentence.get(sentence);
  if (!clauses) {
    clauses = cutClauses(masked, sentence);
    clausesKept.bySentence.set(sentence, clauses);
  }
  return clauses;
}

// "…, but not dates of birth", "… — but not Social Security numbers": the same answer's limit,
// not a clause of its own. (Between dashes, "some – but not all –" is an aside of its own.)
const NOT_SENSITIVE = String.raw`\s+not\s+(?:the\s+|their\s+|its\s+|voters['’]?\s+)?(?:last\s+four|social\s+security|full|dates?\s+of\s+birth|birth\s?dates?|driver['’]?s?|sensitive|private|personal|confidential)\b`;
const NOT_A_PART = String.raw`\s+not\s+(?:all|everything|limited\s+to)\b|${NOT_SENSITIVE}`;

// Where a sentence's clauses part. (", and 16 more states …": "and" opens a clause of its own
// only before a new, counted subject.)
const CLAUSE_CUT = new RegExp(
  String.raw`;|\s[—–]\s(?!but${NOT_SENSITIVE})|,\s+(?:but(?!${NOT_A_PART})|while|whereas|although|yet|mientras\s+que|aunque)\s|,\s+(?:and\s+)?(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|many|other|more|several|most|a few|a dozen)\s+(?:other\s+|more\s+)?(?:states?|have|has|say|said)\b)|,\s+and\s+(?=\d|(?:some|many|other|more|several|most|a few|a dozen)\s|even\s+\p{Lu})|\s+and\s+(?=(?:some|others|many|most|several)\s+\p{Ll})`,
  "giu",
);

function cutClauses(masked: string, sentence: Range): Range[] {
  const body = masked.slice(sentence.start, sentence.end);
  const cuts = [0];
  for (const m of body.matchAll(CLAUSE_CUT)) {
    cuts.push((m.index ?? 0) + m[0].length);
  }
  // "…, and Massachusetts said it would not": a new named subject with its own verb.
  for (const m of body.matchAll(NAMED_SUBJECT)) cuts.push((m.index ?? 0) + m[0].length);
  for (const m of body.matchAll(NAMED_RELATIVE)) cuts.push((m.index ?? 0) + m[0].length);
  // "Mass. says no, N.H. weighs request": a headline's two clauses joined by a comma alone (not
  // a list of names: "Alabama, Alaska, Arizona will not comply").
  for (const m of body.matchAll(COMMA_SUBJECT)) {
    const at = m.index ?? 0;
    const opened = Math.max(0, ...cuts.filter((c) => c <= at));
    if (/(?:^|\s)\p{Ll}{2,}\b/u.test(body.slice(opened, at))) cuts.push(at + m[0].length);
  }
  // "While some states have complied, Maine refused": the concession is a clause of its own.
  const lead = LEADING_CONCESSION.exec(body);
  if (lead) cuts.push(lead[0].length);
  cuts.sort((a, b) => a - b);
  cuts.push(body.length);
  const out: Range[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    out.push({
      start: sentence.start + (cuts[i] as number),
      end: sentence.start + (cuts[i + 1] as number),
    });
  }
  return out;
}

/**
 * The quote of an official of the state on its response: one inside the evidence first, else one
 * whose own words carry a stance cue.
 */
function quoteFor(
  claim: DraftClaim,
  quotes: DraftQuote[],
  speakerStates: Map<string, { state: string | null; official: boolean }>,
): DraftQuote | null {
  const own = quotes.filter((q) => {
    const who = q.speaker ? speakerStates.get(q.speaker) : undefined;
    return who?.state === claim.state && who.official;
  });
  const span: Excerpt = claim.evidenceSpan;
  const inside = own.find((q) => q.start < span.end && q.end > span.start);
  if (inside) return inside;
  // A quote whose own words answer otherwise ("If it were up to me, Kansas would say no" beside a
  // claim that Kansas complies) does not back the claim.
  return (
    own.find((q) => {
      const cue = findCue(withoutQuoteMarks(q.text), { start: 0, end: q.text.length });
      return cue !== null && sameSide(cue.stance, claim.stance);
    }) ?? null
  );
}

/** Two answers on one side of the request: the same, or both keeping something back. */
function sameSide(a: Stance, b: Stance): boolean {
  return a === b || (KEPT_BACK.includes(a) && KEPT_BACK.includes(b));
}
