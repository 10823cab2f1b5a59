import type { Office, Person } from "../domain/dataset.js";
import { shortForms } from "../domain/given-names.js";
import { indexOfName } from "../domain/names.js";
import { FIGURE_COVERAGE, type SentenceHit, searchSentences } from "./article-sentences.js";
import { type LookupIndex, sameTarget, type Target } from "./index.js";
import { listQuestion, listWord } from "./list-queries.js";
import { mentions } from "./mentions.js";
import { editDistance, normalise, withoutFiller, withoutStateOf } from "./normalise.js";
import {
  type OfficialsQuestion,
  officialsAnswering,
  officialsQuestion,
} from "./officials-queries.js";
import { saysSo } from "./polarity.js";
import { praiseAimedAt } from "./praise.js";
import {
  articleQuestion,
  askedAbout,
  fitsKind,
  LEADS_BODY,
  quoteQuestion,
  requestQuestion,
  SAYING,
  type SpeakerKind,
  speakerKind,
} from "./questions.js";
import { ROLE_PHRASES } from "./roles.js";
import { type Passage, type SaidHit, searchSaid } from "./said.js";
import { searchWords } from "./words.js";

export type MatchedBy = "exact" | "role" | "list" | "mention" | "partial" | "fuzzy" | "quote";

/**
 * Why a question answers nothing, when it was understood: "quote", no one in the sources said
 * that; "list", the sources hold no such list of states; "source", no article from that outlet;
 * "officials", no official of the party or office asked gives that answer in the sources.
 */
export type Unanswered = "quote" | "list" | "source" | "officials" | "unreported";

/** A role asked of a state ("Utah secretary of state") whose holder the sources do not name. */
export interface RoleFallback {
  /** The role asked, in full ("secretary of state" for "SOS"). */
  asked: string;
  state: string;
}

export interface LookupResult {
  query: string;
  /** Best first; empty when nothing is a credible match. */
  targets: Target[];
  matchedBy: MatchedBy | null;
  /** True when the query fits several things equally ("Dakota"): the reply offers a choice. */
  ambiguous: boolean;
  /** Near misses offered when nothing matched ("Tom Perez": did you mean Myrna Pérez?). */
  suggestions: Target[];
  /** Set when the sources name no holder of a role asked of a state: the answer says so first. */
  roleFallback: RoleFallback | null;
  /** A "who said …" question: the matching passages, one per speaker, in the targets' order. */
  said?: SaidHit[];
  /** Set when the question was understood but the sources hold no answer to it. */
  unanswered?: Unanswered | null;
  /** "which governors refused": the stance asked of officials of a party or office. */
  officials?: OfficialsQuestion;
  /** "what did the commission ask for": the request itself, which the story states. */
  request?: true;
  /**
   * Names typed beside a state that fit nothing in the sources ("Georgia Raffensperger", "AP on
   * Iowa"): the state answers, and the reply says first that the rest fits nothing.
   */
  unfit?: string[];
  /** "when was the commission formed": the articles' sentences that hold the question's words. */
  sentences?: SentenceHit[];
  /**
   * "what did Kobach say about North Carolina": the states asked about that the people asked
   * never name in their words in the sources; their cards answer, and the reply says so first.
   */
  silentOn?: string[];
}

/** Longer than any name or role question; past this a query is not a lookup. */
export const MAX_QUERY_LENGTH = 120;
/** Fuzzy matches below this share of identical characters are guesses, not matches. */
export const FUZZY_MIN_CONFIDENCE = 0.75;
/** Below FUZZY_MIN_CONFIDENCE, down to this, a fuzzy match is only suggested. */
const FUZZY_SUGGEST_CONFIDENCE = 0.6;
/** Fuzzy candidates this close in confidence are offered together, not picked between. */
const FUZZY_TIE = 0.02;

/** A role as a reply names it, for the short forms reporters type ("SOS", "lt gov"). */
const ROLE_NAMES: Record<string, string> = {
  "lt governor": "lieutenant governor",
  "lt gov": "lieutenant governor",
  "sec of state": "secretary of state",
  "secy of state": "secretary of state",
  sos: "secretary of state",
  secretary: "secretary of state",
  gov: "governor",
};

/** The words of a role that leads a body ("vice chairman of the … Commission"). */
const LEADER_ROLE =
  /\b(?:chair|chairman|chairwoman|chairperson|head|president|executive director|leader)\b/i;

/** Offices that run a state's elections, for a role query whose own holder is not named. */
const ELECTION_OFFICES: Office[] = [
  "secretary-of-state",
  "lieutenant-governor",
  "elections-director",
];

const NONE = (
  query: string,
  suggestions: Target[] = [],
  unanswered: Unanswered | null = null,
): LookupResult => ({
  query,
  targets: [],
  matchedBy: null,
  ambiguous: false,
  suggestions: suggestions.filter((t, i) => suggestions.findIndex((u) => sameTarget(t, u)) === i),
  roleFallback: null,
  said: [],
  unanswered,
});

export function lookup(index: LookupIndex, query: string): LookupResult {
  const raw = query.trim();
  if (raw.length === 0 || raw.length > MAX_QUERY_LENGTH) return NONE(query);
  const q = withoutStateOf(normalise(raw));
  if (!q) return NONE(query);

  const exact = index.exact.get(q);
  if (exact) {
    // An organisation's people are answered together; other shared keys ("Dakota") are a choice.
    const group = exact.every((k) => k.isGroup);
    return result(
      query,
      exact.map((k) => k.target),
      group ? "mention" : "exact",
    );
  }

  // What the question asks decides its answer, before any name inside it can: "which states are
  // reviewing the request" asks for states by their answer, not for the request.
  const statesByAnswer = /^(?:which|what|how many) states\b/.test(q) ? listQuestion(q) : null;
  if (statesByAnswer?.list) return listResult(query, statesByAnswer);
  // "which Republican states refused", "how many red states complied": the sources sort states by
  // their answer, never by party (officials have parties: "which Republicans refused").
  if (PARTY_STATES.test(q)) return NONE(query, [], "list");
  const request = byRequest(index, raw, q, query);
  if (request) return request;
  const quotedBy = byOutletQuoted(index, q, query);
  if (quotedBy) return quotedBy;
  // "did anyone criticize Kobach", "has anybody sued the commission": who did it. (Words said,
  // "did anyone say …", are the quote search's own.)
  const deed = ANYONE_DID.exec(q);
  if (deed) {
    const rest = q.slice(deed[0].length);
    return { ...lookup(index, `who ${pastTense(deed[1] as string)}${rest}`), query };
  }
  const said = quoteQuestion(raw);
  // "who said they would comply", "who said they won't hand over SSNs": answers, which the
  // list holds whole; a quote search would find only the words, not every state that gave them.
  const saidAnswer = said && SAID_THEY.test(said.words) ? listQuestion(q) : null;
  if (saidAnswer?.list) return listResult(query, saidAnswer);
  if (said?.certain) return bySaid(index, query, said.words, speakerKind(q));
  const officials = officialsQuestion(q);
  if (officials) {
    const people = officialsAnswering(index.dataset, officials);
    const found = people.map((p): Target => ({ kind: "person", id: p.id }));
    // (With no article yet, "no such official" would read as news.)
    return people.length > 0
      ? { ...result(query, found, "list"), officials }
      : NONE(query, [], index.dataset.sources.length === 0 ? "unreported" : "officials");
  }
  const quoted = byQuotedKind(index, q, query) ?? byArticles(index, q, query);
  if (quoted) return quoted;
  const outletList = byOutletList(index, raw, q, query);
  if (outletList) return outletList;
  // ("did Del. refuse", "did LA refuse": a state asked about, not the list; but "voter ID laws"
  // names no Idaho.)
  const stateAsked = mentions(index, raw.replace(/\b(?:ID|IN|OR|ME|OK|HI)\b/g, " ")).some(
    (t) => t.kind === "state",
  );
  // "how many digits of the Social Security number did they want": a count of something other
  // than states, which an article's sentence may give before any list is tried.
  const counted = FACT_COUNT.test(q) || HOW_LONG.test(q) ? figureSentences(index, q) : [];
  if (counted.length > 0) return { ...NONE(query), sentences: counted };
  const list = stateAsked ? null : listQuestion(q);
  if (list?.list) return listResult(query, list);
  if (list) {
    // "how many days did states have to respond": a figure no list holds, which an article's
    // sentence may give.
    const figures = HOW_MUCH.test(q) ? figureSentences(index, q) : [];
    return figures.length > 0 ? { ...NONE(query), sentences: figures } : NONE(query, [], "list");
  }
  if (said) return bySaid(index, query, said.words, speakerKind(q));
  const article = articleQuestion(raw);
  if (article) return byHeadline(index, query, article);

  const role = byRole(index, q, query) ?? byRoleWords(index, q, query);
  if (role) return role;

  // "what did Padilla call the commission": Padilla is asked about; the commission is the topic.
  const subject = askedAbout(raw);
  const asked = subject ? mentions(index, subject) : [];
  // "what did BuzzFeed say about Ohio": the article, with what it reports of Ohio, then Ohio.
  if (asked.length > 0 && asked.every((t) => t.kind === "source")) {
    const about = mentions(index, raw.slice(raw.indexOf(subject ?? "") + (subject ?? "").length));
    // (Only a state the outlet's article reports on: the rest it said nothing of.)
    const reported = about.filter(
      (t) =>
        t.kind === "state" &&
        index.dataset.claims.some(
          (c) =>
            c.state === t.usps && asked.some((a) => a.kind === "source" && a.id === c.source.id),
        ),
    );
    // (The article first: the state's card leads with every outlet's summary, not this one's.)
    return result(query, [...asked, ...reported], "mention");
  }
  // ("what did the Washington Post say about Utah": an outlet no article is from, not the state.)
  if (asked.length > 0 && namesOtherOutlet(index, normalise(subject ?? ""), asked))
    return NONE(query, [], "source");
  if (asked.length > 0) {
    const silentOn = statesNotInWords(
      index,
      asked,
      raw.slice(raw.indexOf(subject ?? "") + (subject ?? "").length),
    );
    return { ...result(query, asked, "mention"), ...(silentOn.length > 0 ? { silentOn } : {}) };
  }

  // "what did politico report", "what did Fox News say about Texas": an outlet no article is
  // from. Alone it answers nothing but the articles' sentences that cite it ("…, according to
  // Politico"); beside a state, the state answers and the reply says first the outlet fits nothing.
  const outlet = NATIONAL_OUTLET.exec(q)?.[0];
  const outletName = outlet ? (OUTLET_ABBREVIATIONS[outlet] ?? outlet) : "";
  const otherOutlet =
    outlet && !index.dataset.sources.some((s) => normalise(s.outlet ?? "").includes(outletName))
      ? (new RegExp(NATIONAL_OUTLET.source, "i").exec(raw.replace(/[.'’]/g, ""))?.[0] ?? outlet)
      : null;

  const contradicted: Target[] = [];
  const mentioned = mentions(index, raw, false, contradicted);
  // (The articles' sentences that cite the outlet: "…, according to Politico".)
  const citing = otherOutlet
    ? index.sentences.items
        .filter((s) => ` ${normalise(s.text)} `.includes(` ${outlet} `))
        .slice(0, 3)
        .map((item) => ({ item, coverage: 1, score: 1 }))
    : [];
  if (otherOutlet && mentioned.length === 0) {
    return { ...NONE(query, [], "source"), ...(citing.length > 0 ? { sentences: citing } : {}) };
  }
  if (mentioned.length > 0 && namesOtherOutlet(index, q, mentioned)) {
    return NONE(query, [], "source");
  }
  // "who chairs the commission": of a body's people, only one whose role leads it.
  if (LEADS_BODY.test(q) && mentioned.every((t) => t.kind === "person")) {
    // (A leading role of that body: "vice chairman of the … Commission", not "president of the
    // National Association of Secretaries of State" for "who chairs the commission".)
    const body = q.split(" ").pop() ?? "";
    const leading = mentioned.filter((t) => {
      const person = index.dataset.people.find((p) => t.kind === "person" && p.id === t.id);
      return (person?.role ?? "")
        .split(";")
        .some((part) => LEADER_ROLE.test(part) && normalise(part).split(" ").includes(body));
    });
    return leading.length > 0 ? result(query, leading, "mention") : NONE(query);
  }
  if (mentioned.length > 0) {
    const typed = unfitNames(index, raw);
    const unfit =
      otherOutlet && !typed.some((w) => normalise(w) === normalise(otherOutlet))
        ? [
            ...typed.filter((w) => !normalise(otherOutlet).split(" ").includes(normalise(w))),
            otherOutlet,
          ]
        : typed;
    // "when was the commission formed", "why was Kobach fined": a fact about them that only an
    // article's sentence holds, shown before their cards.
    const facts =
      WHEN_OR_WHY.test(q) &&
      mentioned.every((t) => t.kind === "person") &&
      askedBeyondNames(index, q)
        ? HOW_MUCH.test(q)
          ? figureSentences(index, q)
          : searchSentences(index.sentences, q)
        : [];
    // "what did Politico say about Kobach": what the articles cite Politico for, before his card.
    const cited = [...facts, ...citing.filter((c) => !facts.some((f) => f.item === c.item))];
    return {
      ...result(query, mentioned, "mention"),
      ...(unfit.length > 0 ? { unfit } : {}),
      ...(cited.length > 0 ? { sentences: cited } : {}),
    };
  }
  if (contradicted.length > 0) return NONE(query, contradicted);

  const content = withoutFiller(q);
  if (!content) return NONE(query);
  const partial = index.words.get(content);
  if (partial) return result(query, partial, "partial");

  const guessed = fuzzy(index, query, content);
  // A name that holds a filler word ("Courthose News Service") is matched whole.
  const named = guessed.targets.length === 0 && content !== q ? fuzzy(index, query, q) : guessed;
  // "what did the White House say", "how far back does the request go": no one and nothing the
  // answers hold, but a question an article's sentence may answer.
  if (named.targets.length > 0 || named.suggestions.length > 0 || !QUESTION.test(q)) return named;
  const facts = searchSentences(index.sentences, q);
  return facts.length > 0 ? { ...named, sentences: facts } : named;
}

/**
 * "what did Kobach say about North Carolina": the states the question asks about that none of the
 * people asked names in their words in the sources (quotes and the sentences that report them).
 */
function statesNotInWords(index: LookupIndex, asked: Target[], rest: string): string[] {
  const people = asked.flatMap((t) => (t.kind === "person" ? [t.id] : []));
  if (people.length === 0 || people.length !== asked.length) return [];
  const words = index.said.items.filter((p) => people.includes(p.speaker)).map((p) => p.text);
  // (Their own state is what they speak for, however their words name it.)
  const own = index.dataset.people.filter((p) => people.includes(p.id)).map((p) => p.state);
  const names = (j: (typeof index.dataset.jurisdictions)[number]) => (w: string) =>
    [j.name, j.ap].some((name) => indexOfName(w, name) >= 0) ||
    new RegExp(`\\b${j.usps}\\b`).test(w);
  return mentions(index, rest)
    .flatMap((t) => (t.kind === "state" ? [t.usps] : []))
    .flatMap((usps) => index.dataset.jurisdictions.filter((j) => j.usps === usps))
    .filter((j) => !own.includes(j.usps) && !words.some(names(j)))
    .map((j) => j.name);
}

function listResult(
  query: string,
  list: NonNullable<ReturnType<typeof listQuestion>>,
): LookupResult {
  const { list: name, field, region } = list;
  if (!name) return NONE(query, [], "list");
  return result(
    query,
    [{ kind: "list", list: name, ...(field ? { field } : {}), ...(region ? { region } : {}) }],
    "list",
  );
}

const PARTY_STATES =
  /^(?:which|what|how many|list(?: the)?)\s+(?:republican|democratic|democrat|gop|red|blue|swing)(?:[- ](?:led|run|controlled))?\s+states\b/;

/**
 * "they would comply", "it will not share the data": a bare answer of the speaker's own state
 * (longer words, "they would not release felony status", are someone's to find).
 */
const SAID_THEY =
  /^(?:(?:said|says|say)\s+)?(?:that\s+)?(?:they|it|he|she|their states?|his state|her state)\s+(?:would|will|wont|wouldnt|were|was|are|is|had|have|has|did|didnt|could|couldnt|cant|can)(?:\s+\S+){1,4}$/;

/**
 * A question about a deed of someone unnamed, by the deeds reporters ask about ("did anyone sue
 * …", "has anybody defended …"); not "did anyone from Ohio refuse", whose next word is no deed.
 */
const ANYONE_DID =
  /^(?:did|has|had)\s+(?:anyone|anybody|someone|somebody|any\s*one)\s+(sue|sued|fine|fined|appoint|appointed|hire|hired|fire|fired|defend|defended|praise|praised|support|supported|criticize|criticized|criticise|criticised|challenge|challenged|block|blocked|oppose|opposed|back|backed|endorse|endorsed|slam|slammed|blast|blasted|attack|attacked|deny|denied|fight|fought)\b/;

/** "sue" → "sued", "slam" → "slammed", "deny" → "denied": the past a "who …" question asks in. */
function pastTense(verb: string): string {
  const irregular: Record<string, string> = { fight: "fought" };
  if (irregular[verb]) return irregular[verb];
  if (/ed$|^fought$/.test(verb)) return verb;
  if (/e$/.test(verb)) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // ("slam" → "slammed": a short word ending in one vowel and a consonant doubles it.)
  if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

/** "how many digits of …", "how many weeks did …": a count of a thing, not of states. */
const FACT_COUNT =
  /^how many (?!(?:states?|of|more|other|have|has|are|were|is|was|did|do|does|will|would|can|could|still|already|total|in|say|said)\b)(\p{L}+)\s+(?:of|did|do|does|were|was|are|is|had|have|has)\b/u;

const WHEN_OR_WHY = /^(?:when|why|how (?:much|many|long))\b/;
/** "how many …", "how much …", "how long …": a figure is asked for. */
const HOW_MUCH = /^how (?:much|many|long)\b/;
/**
 * "how many voter fraud convictions does kobach have": the articles' sentences that give a figure
 * for the question's words (past its "how many" and its auxiliaries, which no answer repeats).
 */
function figureSentences(index: LookupIndex, q: string): SentenceHit[] {
  const asked = q.replace(HOW_MUCH, " ").replace(AUXILIARIES, " ");
  const window = HOW_LONG.exec(q);
  // (Only a duration answers "how long"; a date's digits do not.)
  const found = window
    ? []
    : searchSentences(index.sentences, asked, (s) => FIGURE.test(s.text), FIGURE_COVERAGE);
  if (found.length > 0) return found;
  // "how many weeks did states have to respond" against "gave states about two weeks to hand
  // over …": a figure of the very thing counted answers with fewer of the other words.
  const unit = window ? DURATION : FACT_COUNT.exec(q)?.[1]?.replace(/s$/, "");
  if (!unit) return [];
  const figure = `(?:\\d|\\b${NUMBER_WORD})[\\d,.]*[\\s-]+(?:\\w+[\\s-]+)?${unit}s?\\b`;
  // ("how long did states have to respond": a window given to those who had it, just before
  // it, whatever the act is called: "gave states on Wednesday about two weeks to hand over".)
  const who = window ? ((window[1] ?? "").replace(/^the\s+/, "").split(" ")[0] ?? "") : "";
  const counted = window
    ? new RegExp(`\\b${who.slice(0, 6)}\\w*\\b[^.;]{0,40}?${figure}\\s+to\\b`, "i")
    : new RegExp(figure, "i");
  return searchSentences(
    index.sentences,
    asked,
    (s) => counted.test(s.text),
    window ? 0 : UNIT_COVERAGE,
  );
}
/** "how long did states have to respond", "how much time do they get to …": a window given. */
const HOW_LONG =
  /^(?:how long|how much time)\s+(?:do|did|does|will|would)\s+((?:\w+\s+){1,3}?)(?:have|get|got|be given)\s+to\b/;
const DURATION = "(?:hour|day|week|month|year)";
const NUMBER_WORD =
  "(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|dozens?|hundreds?|thousands?|millions?)";
const UNIT_COVERAGE = 0.45;
const AUXILIARIES = /\b(?:did|does|do|have|has|had|was|were|is|are)\b/g;
/** A sentence that gives a figure: a number, in digits or words ("one" is as often a pronoun). */
const FIGURE =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|twice)\b/i;

/**
 * Whether a question asks something of the names in it beyond their answer ("why was Kobach
 * fined", not "when did Padilla respond", which their cards answer).
 */
function askedBeyondNames(index: LookupIndex, q: string): boolean {
  return q
    .split(" ")
    .some(
      (w) =>
        !WHEN_OR_WHY.test(w) &&
        withoutFiller(w) !== "" &&
        !SAID_WORDS.test(w) &&
        !index.exact.has(w) &&
        !index.words.has(w),
    );
}
/** A query asked as a question, which an article's sentence may answer. */
const QUESTION =
  /^(?:when|why|how|where|what|whats|who|whom|which|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b/;

// The verbs of a question about an answer ("How did Ohio Respond", "what did Iowa Decide").
const SAID_WORDS =
  /^(?:respond|responded|reply|replied|decide|decided|answer|answered|react|reacted|comply|complied|refuse|refused|say|said|stand|stands|think)$/;

// Capitalised shorthand reporters type that names no one ("GOP", "SSN").
const NOT_NAMES = new Set(
  (
    "gop doj ssn ssns sos us usa dc ok fyi asap tldr pls am pm eod eta rn nb re fwiw imo " +
    // Pronouns a question is made of ("did anyone sue the commission").
    "anyone anybody someone somebody everyone everybody nobody anything something everything"
  ).split(" "),
);
// Words of the asking itself, typed in lower case, that name no one ("kentucky grimes quote").
const ASKING_WORDS = new Set(
  (
    "report reports reported reporting quote quotes quoted quoting article articles story " +
    "stories coverage covered statement statements comment comments commented remark remarks " +
    "view views reaction reactions react reacted update news latest thoughts word words " +
    "position positions stand stands stance answer answers summary details detail info " +
    "exactly really currently latest recent recently today yesterday week month year " +
    "change changed changes mind reasoning flip flipped reverse reversed author authors writer " +
    "reporter reporters byline"
  ).split(" "),
);
const articleWords = new WeakMap<LookupIndex, Set<string>>();

/**
 * Words that no key of the index and no article of the sources holds, typed as names (an initial
 * capital after the first word, or capitals: "Raffensperger", "AP", "NYT") or in lower case
 * ("what did brian kemp say about georgia"): the answer shown is not about them.
 */
function unfitNames(index: LookupIndex, raw: string): string[] {
  let known = articleWords.get(index);
  if (!known) {
    known = new Set([...index.dataset.articles.values()].flatMap((a) => normalise(a).split(" ")));
    for (const key of index.exact.keys()) for (const w of key.split(" ")) known.add(w);
    // ("Mike Haas" for Michael Haas.)
    for (const p of index.dataset.people)
      for (const short of shortForms(normalise(p.name).split(" ")[0] ?? "")) known.add(short);
    articleWords.set(index, known);
  }
  const words = raw.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  const unknown = (w: string) => {
    const word = normalise(w);
    return (
      word !== "" &&
      !NOT_NAMES.has(word) &&
      !known.has(word) &&
      withoutFiller(word) !== "" &&
      !listWord(word) &&
      !SAID_WORDS.test(word)
    );
  };
  const lower = (w: string | undefined) =>
    w !== undefined && /^\p{Ll}[\p{Ll}'’-]{2,}$/u.test(w) && !ASKING_WORDS.has(w) && unknown(w);
  return words.filter((w, i) => {
    // ("LaRose", "AP"; not a question's first word, nor "Response", words a question is made of.)
    const capitalised =
      /^\p{Lu}{2,5}$/u.test(w) || (i > 0 && /^\p{Lu}(?=.*\p{Ll})[\p{L}'’-]{3,}$/u.test(w));
    // In lower case a name is two words the sources do not hold ("brian kemp"), one before
    // "say" ("what did kemp say") or one after a title ("ohio governor kasich"); one alone is as
    // likely a word ("has ohio budged").
    const namedLower =
      lower(w) &&
      (lower(words[i - 1]) ||
        lower(words[i + 1]) ||
        /^(?:say|said|says|think|tell)$/i.test(words[i + 1] ?? "") ||
        TITLE_BEFORE_NAME.test(words[i - 1] ?? ""));
    return (capitalised && unknown(w)) || namedLower;
  });
}

/** National outlets, as `normalise` spells them, which a question may name ("fox news"). */
const NATIONAL_OUTLET =
  /\b(?:fox news|cnn|msnbc|npr|politico|reuters|axios|bloomberg|nbc news|abc news|cbs news|pbs|usa today|new york times|nyt|wall street journal|wsj|associated press|the atlantic|breitbart|newsmax|the guardian|bbc|huffpost|huffington post|vox|propublica)\b/;

/**
 * "who did The Hill quote", "who did buzzfeed interview": the outlet's article, whose card names
 * everyone it quotes; not a search of the quotes for the outlet's name.
 */
function byOutletQuoted(index: LookupIndex, q: string, query: string): LookupResult | null {
  const m =
    /^(?:who|whom)\s+(?:did|does|has|have)\s+(.+?)\s+(?:quote|quoted|interview|interviewed|cite|cited|talk to|talked to|speak to|speak with|spoke to|spoke with)$/.exec(
      q,
    );
  if (!m) return null;
  const outlets = mentions(index, m[1] as string).filter((t) => t.kind === "source");
  return outlets.length > 0 ? result(query, outlets, "mention") : NONE(query, [], "source");
}

/** The outlets a question may name by their initials, by the names articles print. */
const OUTLET_ABBREVIATIONS: Record<string, string> = {
  nyt: "new york times",
  wsj: "wall street journal",
};

/** A title typed before a name ("governor kasich", "sec. smith"). */
const TITLE_BEFORE_NAME =
  /^(?:gov|governor|secretary|sec|secy|senator|sen|rep|representative|mayor|clerk|commissioner|director|ag|lt|lieutenant)\.?$/i;

/** The words that end a newspaper's or broadcaster's name after its place ("Washington Post"). */
const OUTLET_WORDS =
  /^(?:times|post|journal|tribune|herald|gazette|chronicle|inquirer|globe|star|register|dispatch|courier|observer|bee|examiner|sentinel|ledger|daily|public radio|free press)\b/;

/**
 * "Washington Post", "New York Times", "Kansas City Star": an outlet named after a place, which
 * no bundled article is from (those are matched by name before this). The place inside it is
 * not what was asked, so the answer is nothing rather than the state's card.
 */
function namesOtherOutlet(index: LookupIndex, q: string, mentioned: Target[]): boolean {
  if (mentioned.some((t) => t.kind !== "state")) return false;
  return mentioned.some((t) => {
    const state = index.dataset.jurisdictions.find((j) => t.kind === "state" && j.usps === t.usps);
    if (!state) return false;
    const at = ` ${q} `.indexOf(` ${normalise(state.name)} `);
    if (at < 0) return false;
    const after = q
      .slice(at + normalise(state.name).length)
      .trim()
      .split(" ");
    // The outlet's word right after the place, or after a word more ("Kansas City Star").
    return [0, 1].some((skip) => OUTLET_WORDS.test(after.slice(skip).join(" ")));
  });
}

function result(
  query: string,
  targets: Target[],
  matchedBy: MatchedBy,
  roleFallback: RoleFallback | null = null,
): LookupResult {
  const ambiguous =
    targets.length > 1 &&
    (matchedBy === "exact" || matchedBy === "partial" || matchedBy === "quote");
  return {
    query,
    targets,
    matchedBy,
    ambiguous,
    suggestions: [],
    roleFallback,
    said: [],
    unanswered: null,
  };
}

/**
 * "what did the commission ask for", "when was the letter sent": the story's request. A question
 * that names a state or another person is about them; one that names the other story's
 * requester answers nothing here, so the library asks that story.
 */
function byRequest(index: LookupIndex, raw: string, q: string, query: string): LookupResult | null {
  const story = index.dataset.story;
  const asked = requestQuestion(q);
  if (!asked || !story) return null;
  // Only someone the request's own words name asks ("Kobach"), not every member of its body.
  const requesterPeople = new Set(
    index.dataset.people
      .filter((p) => normalise(story.request).includes(normalise(p.name)))
      .map((p) => p.id),
  );
  // (A person counts where the question names them, not as one of "the commission"'s members.)
  const named = (id: string) => {
    const person = personById(index, id);
    const surname =
      normalise(person?.name ?? "")
        .split(" ")
        .pop() ?? "";
    return surname !== "" && ` ${q} `.includes(` ${surname} `);
  };
  const others = mentions(
    index,
    raw.replace(/\btrump\s+administration\b/i, "administration"),
  ).filter(
    (t) => t.kind === "state" || (t.kind === "person" && named(t.id) && !requesterPeople.has(t.id)),
  );
  // ("what did the ACLU demand", "what did Raffensperger want": someone else's asking.)
  if (others.length > 0 || (!asked.asker && !asked.generic)) return null;
  const theirs =
    asked.asker === "commission" ? /Commission/ : asked.asker === "doj" ? /Justice/ : /./;
  return theirs.test(story.requester) ? { ...NONE(query), request: true } : NONE(query);
}

// "which Democrats are quoted", "who are the Republicans quoted", "which officials spoke".
const QUOTED_KIND =
  /^(?:which|what|who (?:are|were) the|list(?: all)?(?: the)?|show(?: me)?(?: the)?)\s+(.+?)\s+(?:(?:are|were|have been|got)\s+)?(?:quoted|spoke|speak|talked|commented|on record|responded|answered|replied|reacted|weighed in)$/;

/** The people of a kind the sources quote, each with their card ("which Democrats are quoted"). */
function byQuotedKind(index: LookupIndex, q: string, query: string): LookupResult | null {
  const asked = QUOTED_KIND.exec(q)?.[1];
  if (!asked) return null;
  const kind = speakerKind(`which ${asked}`);
  const anyone = /^(?:officials?|people|persons?)$/.test(asked);
  if (!kind && !anyone) return null;
  const quotedIds = new Set(index.dataset.quotes.map((x) => x.speaker.id));
  const people = index.dataset.people.filter(
    (p) => quotedIds.has(p.id) && (!kind || fitsKind(kind, p, index.dataset)),
  );
  if (people.length === 0) return NONE(query, [], "quote");
  return result(
    query,
    people.map((p): Target => ({ kind: "person", id: p.id })),
    "list",
  );
}

/** "which outlets covered this", "what articles do you have": every article, newest last. */
const ASKS_ARTICLES =
  /^(?:(?:which|what|list(?: all)?(?: the)?|show(?: me)?(?: the)?|all(?: the)?)\s+(?:news\s+)?(?:outlets|articles|sources|publications|papers)(?:\s+(?:covered this|covered it|do you have|are there|have you got|are in the data|does voterdata have|do we have))?|who (?:wrote|writes|reported) (?:the |these |this )?(?:story|stories|article|articles|piece|pieces|coverage))$/;

// "most recent article", "the latest story", "newest source": the article of the latest date.
const ASKS_NEWEST =
  /^(?:(?:what|which)\s+is\s+|whats\s+)?(?:the\s+)?(?:most\s+recent|latest|newest|last)\s+(?:news\s+)?(?:article|story|report|source|piece)$/;

function byArticles(index: LookupIndex, q: string, query: string): LookupResult | null {
  const { sources } = index.dataset;
  if (sources.length === 0) return null;
  if (ASKS_NEWEST.test(q)) {
    const dated = sources.filter((s) => (s.updated ?? s.published) !== null);
    const newest = dated.reduce<(typeof dated)[number] | undefined>(
      (best, s) =>
        !best || (s.updated ?? s.published ?? "") > (best.updated ?? best.published ?? "")
          ? s
          : best,
      undefined,
    );
    return newest ? result(query, [{ kind: "source", id: newest.id }], "exact") : null;
  }
  if (!ASKS_ARTICLES.test(q)) return null;
  const targets = sources.map((s): Target => ({ kind: "source", id: s.id }));
  return result(query, targets, "list");
}

/**
 * "which states does BuzzFeed say refused", "how many states did The Hill say won't comply": a
 * list as one outlet's article reports it. Null when the question names no single outlet or,
 * without it, is no list question.
 */
function byOutletList(
  index: LookupIndex,
  raw: string,
  q: string,
  query: string,
): LookupResult | null {
  const outlets = mentions(index, raw).filter((t) => t.kind === "source");
  const [outlet] = outlets;
  if (outlets.length !== 1 || outlet?.kind !== "source") return null;
  // The outlet's name as typed, then the words that say it reported ("does … say").
  const names = [...index.exact.entries()]
    .filter(([, keys]) => keys.some((k) => sameTarget(k.target, outlet)))
    .map(([key]) => key)
    .sort((a, b) => b.length - a.length);
  let rest = ` ${q} `;
  for (const name of names) rest = rest.replace(` ${name} `, " ");
  rest = rest
    .replace(/ (?:according to|as reported by|reported by|per|in|by|from) /g, " ")
    .replace(/ (?:does|did|do|has|have) (?:the )?(?=\w)/g, " ")
    .replace(
      / (?:say|says|said|report|reports|reported|count|counts|counted|list|lists|listed) /g,
      " ",
    )
    .trim();
  if (rest === q) return null;
  const list = listQuestion(rest);
  if (!list?.list) return null;
  const listed = listResult(query, list);
  return { ...listed, targets: listed.targets.map((t) => ({ ...t, source: outlet.id })) };
}

/** "the story about states pushing back": the articles whose outlet and headline match, best first. */
function byHeadline(index: LookupIndex, query: string, words: string): LookupResult {
  const hits = searchWords(index.headlines, words);
  const top = hits[0];
  if (!top) return NONE(query, [], "source");
  const close = hits.filter((h) => top.coverage - h.coverage <= 0.05);
  const targets = close.map((h): Target => ({ kind: "source", id: h.item.id }));
  return { ...result(query, targets, "mention"), ambiguous: targets.length > 1 };
}

/** A question's words that open with a deed done ("fined Kobach", "lost the popular vote"). */
const DEED =
  /^(?:\p{L}+ed|lost|won|led|ran|made|sent|sued|chose|hired|fired|wrote|signed|set up)\b/u;

/** A sentence that reports someone saying something ("he claimed, without evidence, that …"). */
const REPORTS_SAYING =
  /\b(?:said|says|claimed|claims|alleged|alleges|asserted|argued|insisted|told|wrote|tweeted|suggested|contended|maintained|declared|stated)\b/i;

/** Words posted online, which a question may ask for as such ("who tweeted …"). */
const ONLINE = /\b(?:tweet(?:s|ed|ing)?|twitter|facebook|social media|posted online)\b/i;
// ("who said on Twitter that …": where, which the words themselves need not hold.)
const MEDIUM = /\b(?:(?:on|in|via)\s+(?:a\s+)?)?(?:twitter|facebook|social media|tweets?)\b/gi;
const ONLINE_WORDS =
  /\b(?:tweet(?:s|ed|ing)?|twitter|facebook|social media|posted|post|on|in|a)\b/g;

/** One passage per speaker of those that pass `only`, in the order the index holds them. */
function postedWords(index: LookupIndex, only: ((p: Passage) => boolean) | undefined): SaidHit[] {
  const seen = new Set<string>();
  return index.said.items
    .filter((p) => (only ? only(p) : true) && !seen.has(p.speaker) && seen.add(p.speaker))
    .map((p) => ({ item: p, passage: p, coverage: 1, score: 1 }));
}

/** "who said go jump in the gulf": the speakers of the matching passages, best first, or nothing. */
function bySaid(
  index: LookupIndex,
  query: string,
  words: string,
  kind: SpeakerKind | null = null,
): LookupResult {
  // "who said Kansas won't share …": the words of Kansas's people, or words naming Kansas, first.
  const states = mentions(index, words).flatMap((t) => (t.kind === "state" ? [t.usps] : []));
  const names = index.dataset.jurisdictions.filter((j) => states.includes(j.usps));
  const about =
    names.length > 0
      ? (p: Passage) =>
          states.includes(personById(index, p.speaker)?.state ?? "") ||
          names.some((j) => indexOfName(p.text, j.name) >= 0)
      : undefined;
  // "which governors criticized …": only governors' words; "who praised the panel": only praise
  // of the panel.
  const praised = praiseAimedAt(words);
  // "who tweeted about …": only words the sources say were posted there.
  const posted = ONLINE.test(words);
  const only =
    kind || praised || posted
      ? (p: Passage) =>
          (!kind || fitsKind(kind, personById(index, p.speaker), index.dataset)) &&
          (!praised || praised(p.text)) &&
          (!posted || ONLINE.test(`${p.text} ${p.context ?? ""}`))
      : undefined;
  // "who fined Kobach", "who appointed von Spakovsky": a deed, not words, which an article's own
  // sentence holds; the quotes that share its words ("a recent court fine") are not who did it.
  const deed =
    DEED.test(normalise(words)) && !SAYING.test(normalise(words)) && !kind && !praised && !posted;
  const facts = deed ? searchSentences(index.sentences, words) : [];
  if (facts.length > 0) return { ...NONE(query), sentences: facts };
  // "who tweeted": with nothing else asked, everyone whose words the sources say were posted.
  const postedOnly =
    posted && withoutFiller(normalise(words).replace(ONLINE_WORDS, " ")).trim() === "";
  const hits = postedOnly
    ? postedWords(index, only)
    : searchSaid(index.said, posted ? words.replace(MEDIUM, " ") : words, { about, only });
  // "who said Kansas would not share …": words about the state the question opens with, or
  // none; never another state's official who said much the same.
  const claim = normalise(words).replace(/^(?:said|says|say|told us|claimed)(?: that)? /, "");
  const opensWithState = names.some((j) => claim.startsWith(`${normalise(j.name)} `));
  if (hits.length === 0 || (opensWithState && about && !hits.some((h) => about(h.passage)))) {
    // "who claimed 3 to 5 million people voted illegally": words no quote holds, which an
    // article's own sentence may report ("Trump … claimed, without evidence, that …"), held to
    // what the question asks of them (praise aimed at its object, a post online); never for a
    // kind of speaker, which a sentence cannot show.
    const reported = kind
      ? []
      : searchSentences(
          index.sentences,
          posted ? words.replace(MEDIUM, " ") : words,
          (s) => (!praised || praised(s.text)) && (!posted || ONLINE.test(s.text)),
        );
    return reported.length > 0 ? { ...NONE(query), sentences: reported } : NONE(query, [], "quote");
  }
  // "who said millions voted illegally", where every quote that shares the words denies them:
  // an article's sentence that reports someone saying it answers, if one does.
  if (hits.every((h) => h.otherwise) && !kind) {
    const reported = searchSentences(
      index.sentences,
      words,
      (s) => REPORTS_SAYING.test(s.text) && (!praised || praised(s.text)) && saysSo(words, s.text),
    );
    if (reported.length > 0) return { ...NONE(query), sentences: reported };
  }
  const targets = hits.map((h): Target => ({ kind: "person", id: h.passage.speaker }));
  return { ...result(query, targets, "quote"), said: hits };
}

/**
 * One of several people who said something close, chosen (a button in Slack, a link on the web):
 * their card, with their words that match the question first. The question travels with the
 * choice, so the words are found again rather than trusted from the click.
 */
export function lookupChosenSpeaker(
  index: LookupIndex,
  question: string,
  id: string,
): LookupResult {
  const target: Target = { kind: "person", id };
  const words = quoteQuestion(question)?.words ?? question;
  const raw = question.trim();
  const hits =
    raw && raw.length <= MAX_QUERY_LENGTH ? searchSaid(index.said, words, { speaker: id }) : [];
  return {
    ...result(question, [target], hits.length > 0 ? "quote" : "exact"),
    said: hits.slice(0, 1),
  };
}

/**
 * "Kentucky secretary of state", "governor of New York": the official, then the state. Where the
 * sources name no holder of that office, the state's election officials they do name stand in
 * ("Utah secretary of state": Lt. Gov. Spencer Cox, Utah's top election official), flagged so
 * the reply says so.
 */
function byRole(index: LookupIndex, q: string, query: string): LookupResult | null {
  for (const [phrase, offices] of ROLE_PHRASES) {
    const at = ` ${q} `.indexOf(` ${phrase} `);
    if (at < 0) continue;
    // ("who is the lieutenant governor of utah": the words around, without their gaps.)
    const rest = withoutFiller(
      `${q.slice(0, at)} ${q.slice(at + phrase.length)}`
        .split(" ")
        .filter((w) => w && w !== "of" && w !== "in" && w !== "for")
        .join(" "),
    )
      .replace(/\s+/g, " ")
      .trim();
    // "former Minnesota secretary of state": whoever the articles give that past role.
    const former = /^former /.exec(rest);
    const state = resolveState(index, former ? rest.slice(former[0].length) : rest);
    if (!state) return rest ? null : NONE(query);
    if (former) {
      const past = index.dataset.people.filter((p) => {
        const role = normalise(p.role);
        return p.state === state && role.includes("former") && role.includes(phrase);
      });
      if (past.length > 0)
        return result(
          query,
          past.map((p): Target => ({ kind: "person", id: p.id })),
          "role",
        );
      // (None named: the state, saying so, never the current holder.)
      const asked = `former ${ROLE_NAMES[phrase] ?? phrase}`;
      return result(query, [{ kind: "state", usps: state }], "role", { asked, state });
    }
    const holding = (wanted: Office[]) =>
      index.dataset.people
        .filter((p) => p.state === state && wanted.includes(p.office))
        .map((p): Target => ({ kind: "person", id: p.id }));
    const officials = holding(offices);
    const stateTarget: Target = { kind: "state", usps: state };
    if (officials.length > 0) return result(query, [...officials, stateTarget], "role");
    // No holder named: said in the answer's first line, with whoever the sources do name.
    const standIns = offices.some((o) => ELECTION_OFFICES.includes(o))
      ? holding(ELECTION_OFFICES)
      : [];
    const asked = ROLE_NAMES[phrase] ?? phrase;
    return result(query, [...standIns, stateTarget], "role", { asked, state });
  }
  return null;
}

/**
 * "who is the vice chairman" (or "vice chair"): the people whose role, as the articles give it,
 * holds those words. Several are a choice.
 */
function byRoleWords(index: LookupIndex, q: string, query: string): LookupResult | null {
  const words = /^who (?:is|was|s) (?:the )?(.+)$/.exec(q)?.[1];
  if (!words || words.length < 4 || index.exact.has(words) || words.split(" ").length > 4)
    return null;
  // Whole words ("vice chair" is in "vice chairman"), and a "vice" or "deputy" of the role is
  // not the role.
  const asked = new RegExp(
    String.raw`(?<!\b(?:vice|deputy|assistant|lieutenant) )\b${words}(?:man|woman|person)?\b`,
  );
  const holding = index.dataset.people.filter((p) => asked.test(normalise(p.role)));
  if (holding.length === 0) return null;
  const targets = holding.map((p): Target => ({ kind: "person", id: p.id }));
  return { ...result(query, targets, "role"), ambiguous: targets.length > 1 };
}

function personById(index: LookupIndex, id: string): Person | undefined {
  return index.dataset.people.find((p) => p.id === id);
}

function resolveState(index: LookupIndex, text: string): string | null {
  if (!text) return null;
  const hit = (index.exact.get(text) ?? []).find((k) => k.target.kind === "state");
  if (hit && hit.target.kind === "state") return hit.target.usps;
  const fuzzyHit = fuzzy(index, text, text);
  const first = fuzzyHit.targets[0];
  return fuzzyHit.targets.length === 1 && first?.kind === "state" ? first.usps : null;
}

/**
 * Fuse's candidates among keys of a length that can pass the confidence cut: an edit distance
 * is at least the difference in length, so longer or shorter keys never could.
 */
function fuzzyCandidates(index: LookupIndex, content: string, cut: number) {
  const slack = Math.floor((content.length * (1 - cut)) / cut);
  const min = Math.ceil(content.length * cut);
  const hits = [];
  for (let length = min; length <= content.length + slack; length++) {
    hits.push(...(index.fuzzy.get(length)?.search(content, { limit: 8 }) ?? []));
  }
  return hits;
}

function fuzzy(index: LookupIndex, query: string, content: string): LookupResult {
  if (content.length < 4) return NONE(query);
  const scored: { target: Target; confidence: number }[] = [];
  for (const hit of fuzzyCandidates(index, content, FUZZY_SUGGEST_CONFIDENCE)) {
    const key = hit.item.key;
    const confidence = 1 - editDistance(content, key) / Math.max(content.length, key.length);
    if (confidence < FUZZY_SUGGEST_CONFIDENCE) continue;
    // (Only a person's name of five letters or more is offered that far off: "pence" is not
    // "Penna", "Alab" not "Alabama".)
    const offered = key.length >= 5 && hit.item.target.kind === "person";
    if (confidence < FUZZY_MIN_CONFIDENCE && !offered) continue;
    const seen = scored.find((s) => sameTarget(s.target, hit.item.target));
    if (seen) seen.confidence = Math.max(seen.confidence, confidence);
    else scored.push({ target: hit.item.target, confidence });
  }
  scored.sort((a, b) => b.confidence - a.confidence);
  // "kobak", "Padiya": two letters off a name is offered ("Did you mean …?"), never answered.
  if ((scored[0]?.confidence ?? 0) < FUZZY_MIN_CONFIDENCE) {
    return NONE(query, content.length >= 5 ? scored.slice(0, 3).map((s) => s.target) : []);
  }
  const best = scored[0]?.confidence ?? 0;
  const close = scored.filter((s) => best - s.confidence <= FUZZY_TIE);
  return {
    query,
    targets: close.map((s) => s.target),
    matchedBy: "fuzzy",
    ambiguous: close.length > 1,
    suggestions: [],
    roleFallback: null,
    said: [],
    unanswered: null,
  };
}
