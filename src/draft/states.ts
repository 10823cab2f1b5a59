import type { Jurisdiction } from "../domain/dataset.js";
import { escapeRegExp, SHARED_NAME, SPANISH_STATE_NAMES, stateNickname } from "../domain/names.js";
import { BODY_KINDS } from "./bodies.js";
import { LIST_MARKER, type Range } from "./text.js";

/** A state named in the text: by name, AP abbreviation ("Calif.", "D.C.") or, in lists, USPS code. */
export interface StateMention extends Range {
  state: string;
}

export interface StateMatcher {
  find(text: string, from?: number, to?: number): StateMention[];
  codes: Set<string>;
}

export function stateMatcher(jurisdictions: Jurisdiction[]): StateMatcher {
  const forms = new Map<string, string>();
  const codes = new Set(jurisdictions.map((j) => j.usps));
  for (const j of jurisdictions) {
    forms.set(j.name, j.usps);
    if (j.ap !== j.name) forms.set(j.ap, j.usps);
  }
  if (forms.has("D.C.")) {
    for (const f of ["Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC"])
      forms.set(f, "DC");
    // "the District" is D.C. in American news; "the District of Columbia" is matched whole.
    forms.set("the District", "DC");
    // (Headline case: "the District Of Columbia".)
    forms.set("District Of Columbia", "DC");
    forms.set("The District", "DC");
  }
  // Spanish-language outlets' names, where they differ ("Nueva York", "Carolina del Norte").
  for (const [name, usps] of SPANISH_STATE_NAMES) if (codes.has(usps)) forms.set(name, usps);
  // Nicknames news uses for variety once the state is named ("the Palmetto State's top election
  // official"); a capitalised word after one ("the Empire State Building") is part of a name.
  for (const usps of codes) {
    const nickname = stateNickname(usps);
    if (nickname) for (const the of ["the", "The"]) forms.set(`${the} ${nickname}`, usps);
  }
  // Names in capitals, as section headings print them ("ALABAMA", "NEW YORK").
  for (const j of jurisdictions) forms.set(j.name.toUpperCase(), j.usps);
  // Longest first, so "West Virginia" wins over "Virginia" and "Washington, D.C." over "Washington".
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(
    `(?<![\\p{L}.])(?:${alternatives.join("|")})(?![\\p{L}])(?!\\s+[Oo][Ff]\\s+Columbia)`,
    "gu",
  );
  const afterState = new RegExp(`(?:${alternatives.join("|")})\\s+$`, "u");
  const anyState = new RegExp(pattern.source, "gu");
  const namedBefore = (window: string, usps: string) =>
    [...window.matchAll(anyState)].some((m) => forms.get(m[0]) !== usps);
  // The initials an article defines, read once per article (`find` is given the whole text with
  // a range; a sentence passed alone defines none). A few texts are kept, as the drafter asks
  // of the article and of single lines in turn; reading a long article's again for each line
  // made a page of many quotations take seconds.
  const initialsOf = new Map<string, DefinedInitials[]>();
  return {
    codes,
    find(text, from = 0, to = text.length) {
      const body = text.slice(from, to);
      const out: StateMention[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        out.push({
          state: forms.get(m[0]) as string,
          start: from + m.index,
          end: from + m.index + m[0].length,
        });
      }
      // "the Illinois State Board of Elections (ISBE) … ISBE then denied …": an office's initials
      // the text defined stand for its state.
      // (Not right after another state's name: "the Idaho SOS".)
      let found = initialsOf.get(text);
      if (!found) {
        if (initialsOf.size >= INITIALS_KEPT)
          initialsOf.delete(initialsOf.keys().next().value as string);
        found = definedInitials(text, pattern, forms);
        initialsOf.set(text, found);
      }
      for (const { initials, usps, where } of found) {
        for (const m of body.matchAll(where)) {
          const start = from + (m.index ?? 0);
          if (afterState.test(text.slice(Math.max(0, start - 30), start))) continue;
          // (A short name, "State Board", is any state's: not where another state is named
          // just before, "In Tennessee, the State Board voted".)
          if (
            initials.includes(" ") &&
            namedBefore(text.slice(Math.max(0, start - 80), start), usps)
          )
            continue;
          out.push({ state: usps, start, end: start + initials.length });
        }
      }
      // "North and South Dakota": the first state is named by its compass word alone.
      for (const m of body.matchAll(SHARED)) {
        const usps = forms.get(`${m[1]} ${m[3]}`);
        const start = from + (m.index ?? 0);
        if (usps) out.push({ state: usps, start, end: start + (m[1] as string).length });
      }
      // Two-letter codes only where a sentence lists several ("Refusal: CA, NY, KY"), or as a
      // post's subject or an office's state ("VT will only give …", "the RI Department of
      // State"), never one that is also a word ("IN", "OR", "ID").
      const bare = [...body.matchAll(/\b[A-Z]{2}\b/g)].filter((m) => codes.has(m[0]));
      for (const m of body.matchAll(CODE_AS_SUBJECT)) {
        const start = from + (m.index ?? 0);
        if (!AMBIGUOUS_CODES.has(m[1] as string) && codes.has(m[1] as string) && bare.length < 3)
          out.push({ state: m[1] as string, start, end: start + 2 });
      }
      if (bare.length >= 3) {
        for (const m of bare) {
          const start = from + (m.index ?? 0);
          if (!out.some((o) => start >= o.start && start < o.end)) {
            out.push({ state: m[0], start, end: start + 2 });
          }
        }
        // "AK, AL, DEGA, IA": two codes a page's layout ran together, within such a list.
        for (const m of body.matchAll(CODE_PAIR)) {
          const [first, second] = [(m[1] ?? m[3]) as string, (m[2] ?? m[4]) as string];
          if (!codes.has(first) || !codes.has(second)) continue;
          const start = from + (m.index ?? 0);
          out.push(
            { state: first, start, end: start + 2 },
            { state: second, start: start + 2, end: start + 4 },
          );
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

const SHARED = new RegExp(SHARED_NAME, "g");
// At a line's start, past a list's marker if any.
const LINE_START = new RegExp(String.raw`(?:^|\n)[^\S\n]*${LIST_MARKER}?[^\S\n]*$`);
// Four capitals between a list's commas (or its start or end).
// (Beside another code: "AK, DEGA, IA", "FLNE, NJ", "ARHI (…), IL"; never "MEMO" alone.)
const CODE_PAIR =
  /(?:(?<=\b[A-Z]{2,4},[^\S\n]*)([A-Z]{2})([A-Z]{2})(?=[^\S\n]*(?:,|\(|$|\n))|(?<=^|\n|,[^\S\n]*)([A-Z]{2})([A-Z]{2})(?=[^\S\n]*(?:,[^\S\n]*[A-Z]{2}\b|\()))/g;

// "Illinois State Board of Elections (ISBE)": a state office's name and the initials it goes by.
// ("The [North Carolina] Bipartisan State Board of Elections & Ethics Enforcement (State Board)":
// a short name defined the same way, and an editor's bracketed state.)
const OFFICE_INITIALS =
  /((?:\[?\p{Lu}[\p{L}'’-]*\]?\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?){1,9})\(([A-Z]{2,6}|State\s+(?:Board|Commission|Office|Department|Division))\)/gu;
const OFFICE_WORD =
  /\b(?:Board|Department|Office|Commission|Division|Secretary|Elections?|Bureau|Agency|Council)\b/;

interface DefinedInitials {
  initials: string;
  usps: string;
  /** Where the initials stand alone in a text (not inside the parentheses that defined them). */
  where: RegExp;
}

/** How many texts' defined initials a matcher keeps. */
const INITIALS_KEPT = 4;

function definedInitials(
  text: string,
  pattern: RegExp,
  forms: Map<string, string>,
): DefinedInitials[] {
  const found = new Map<string, string>();
  for (const m of text.matchAll(OFFICE_INITIALS)) {
    const name = m[1] as string;
    if (!OFFICE_WORD.test(name)) continue;
    const named = new Set([...name.matchAll(pattern)].map((s) => forms.get(s[0])));
    const [usps] = [...named];
    if (named.size === 1 && usps && !forms.has(m[2] as string)) found.set(m[2] as string, usps);
  }
  return [...found].map(([initials, usps]) => ({
    initials,
    usps,
    where: new RegExp(`(?<![\\p{L}(])${initials}(?![\\p{L})])`, "gu"),
  }));
}

// "VT will only give …", "the RI Department of State", "PA Secretary of the Commonwealth".
const CODE_AS_SUBJECT =
  /\b([A-Z]{2})(?= +(?:will|won['’]t|would|has|had|is|was|says|said|refuses|refused|declined|declines|plans|provided|gave|sent|handed|Secretary|Department|Gov\.|Governor|Lt\.|Lieutenant|Attorney\s+General|State\s+Board|Board\s+of\s+Elections|Elections?\s+(?:Commission|Board|Division))\b)/g;
// Codes that are also words, initials or other bodies' names in news text.
const AMBIGUOUS_CODES = new Set([
  "IN",
  "OR",
  "ME",
  "OK",
  "HI",
  "OH",
  "ID",
  "MD",
  "MS",
  "NE",
  "VA",
  "LA",
  "PA",
  "MA",
  "AL",
  "DE",
  "CO",
  "SC",
]);

// "Washington's secretary of state", "Washington’s Steve Hobbs": the state's official.
const STATE_OFFICIAL_AFTER =
  /^['’]s\s+(?:(?:[Ss]ecretary|Gov\.|[Gg]overnor|[Aa]ttorney [Gg]eneral|Lt\.|[Ll]ieutenant|top|chief|elections?)\b|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b)/u;
// "Hobbs said (that) Washington …", "Hobbs dijo que Washington …": a speaker's words about a place
// that then answers for its voters' data ("would not turn over", "no entregará").
const SAID_THAT =
  /(?<!\p{L})(?:said|says|told\s+[^,.;]{1,40}?|stated|added|announced|explained|dijo|afirmó|aseguró|señaló|declaró|indicó)\s+(?:that\s+|que\s+)?$/iu;
const STATE_WILL =
  /^\s+(?:(?:will|would|won['’]t|wouldn['’]t|can(?:not|['’]t)|does(?:n['’]t| not)|did(?:n['’]t| not)|has|had|is|was)\s+(?:not\s+|only\s+|never\s+)?(?:be\s+)?(?:turn|hand|give|provid|releas|shar|send|sent|compl|entreg|turned|handed)|no\s+(?:entregar|proporcionar|compartir)\p{L}*|(?:entregar|proporcionar|compartir)á)/iu;
// Words that may follow a state's name when the state itself acts: "Ohio Secretary of State".
const ROLE_AFTER_STATE = new Set(
  "Gov. Governor Secretary Lt. Lieutenant Sen. Senator Attorney Rep. Representative Republican Republicans Democrat Democrats Democratic Elections Election Electoral Officials Board Department Office Division Commission Legislature Senate House Assembly Coordinator Director Administrator Commissioner Chief Clerk Supervisor Registrar Treasurer Auditor Comptroller Deputy Assistant".split(
    " ",
  ),
);

const SEAT =
  /\b(?:commission|panel)\s+(?:includes?|including|is made up of|members? (?:include|are))\b|\b(?:vice[ -])?chair(?:man|woman|person)?\s+of\b[^.;]{0,80}\b(?:commission|panel)\b|\b(?:commission|panel)(?:['’]s)?\s+(?:vice[ -])?chair(?:man|woman|person)?\b|\bmember of\b[^.;]{0,40}\b(?:commission|panel)\b|\b(?:sits|serves|seat)\s+on\b[^.;]{0,40}\b(?:commission|panel)\b|\b(?:one|a|another)\s+panelist\s*,/gi;

/** What notAResponse needs to know about a sentence, found once for all its mentions. */
export interface SentenceFacts {
  sentence: Range;
  /** Where each state mention ends, to tell "St. George, Utah" from "Alabama, Alaska". */
  ends: Set<number>;
  /** Where the sentence speaks of a seat on the commission. */
  seats: number[];
  /** How many mentions name a state other than Washington. */
  notWashington: number;
}

export function sentenceFacts(text: string, sentence: Range, named: StateMention[]): SentenceFacts {
  const body = text.slice(sentence.start, sentence.end);
  return {
    sentence,
    ends: new Set(named.map((m) => m.end)),
    seats: [...body.matchAll(SEAT)].map((m) => sentence.start + (m.index ?? 0)),
    notWashington: named.filter((m) => m.state !== "WA").length,
  };
}

/**
 * Why a state's name is not the state reporting a response, or null when it may be: part of a
 * publication or institution's name, a former official's title, the addressee of the letter, an
 * official's seat on the commission, a city's state or a venue, or "Washington" the city.
 */
// "sued Maine and Oregon for refusing …", "filed lawsuits against Kentucky and four other states —
// Utah, …", "complaints were filed against officials in Colorado and Hawaii", "taking Ohio to
// court": the state is a defendant, and what the suit says it did is the suer's allegation.
const SUED_BEFORE =
  /\b(?:(su(?:e|es|ed|ing)|demand(?:ó|aron|ará|arán|ando|ado|an)|demanda(?=\s+al?\s))|(?:lawsuits?|suits?|complaints?|actions?|cases?)\s+(?:[\p{L}-]+\s+){0,3}?(?:against|target(?:s|ed|ing)?)|(?:filed|brought)\s+(?:[\p{L}-]+\s+){0,3}?against|demandas?\s+(?:\p{L}+\s+)?contra|(tak(?:e|es|ing)|took))\s+([^.;:!?“”"]{0,120})$/iu;
// Words that open another clause between the suit and the state: the state is not its object.
const NEW_CLAUSE =
  /\b(?:said|says|say|saying|because|after|while|but|which|who|whose|when|although|since|that|if)\b/i;
// "Maine was sued", "Maine is among eight states sued by the department".
// The rest of a list of states after the first: ", Maryland, New Mexico and Rhode Island". (Each
// item is a few capitalised words, so a long sentence cannot make the pattern backtrack at length.)
const REST_OF_LIST = String.raw`(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\p{Lu}[\p{L}.]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.]*){0,3})*`;
// (Case-sensitive, so that "and" is never read as a capitalised word of the list.)
const SUED_AFTER = new RegExp(
  String.raw`^${REST_OF_LIST}(?:\s*[—–]\s*|\s+)(?:was|were|has been|have been|had been|is being|are being)\s+sued\b|^[^.;,]{0,40}?\b(?:sued|targeted)\s+by\b`,
  "u",
);
// ", Utah officials noted.": a state's people who tell of something, at the sentence's end.
const REPORTS_OTHERS_AFTER =
  /^\s+(?:(?:state|election|elections)\s+)?(?:officials?|spokes(?:man|woman|person)|leaders)\s+(?:noted|said|say|says|told\s+[\p{L}\s]{1,40}|added|pointed\s+out|observed|confirmed)\s*[.!?]?[”"’]?\s*$/u;
const NOT_RECEIVED_AFTER = new RegExp(
  String.raw`^${REST_OF_LIST}\s+(?:officials\s+)?(?:have|has|had)(?:n['’]t| not)\s+(?:yet\s+|even\s+)?(?:received|gotten|seen)\b|^${REST_OF_LIST}\s+(?:have|has)\s+yet\s+to\s+(?:receive|get|see)\b`,
  "u",
);
// "…, which sent partial lists", "both of which handed over only public data": what the state
// did, in its own relative clause.
const OWN_HANDOVER = new RegExp(
  String.raw`^${REST_OF_LIST}\s*,\s*(?:(?:both|all|each)\s+of\s+)?(?:which|who)\s+(?:(?:have|has|had|already|also)\s+)*(?:sent|handed|provided|turned|gave|given|shared|submitted|offered|released)\b`,
  "u",
);
const REASON_GIVEN =
  /\bwhose\s+(?:[\p{L}’'.]+\s+){1,4}?(?:had\s+|has\s+)?(?:also\s+)?(?:refus|declin|reject|den(?:y|ie)|balk)|\b(?:after|because|since|when|which|that|who)\s+(?:it|they|the\s+\p{L}+|its\s+\p{L}+|(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+)?){1,6})?\s*(?:had\s+|has\s+|have\s+)?(?:also\s+|\p{L}+ly\s+)?(?:refus|declin|reject|den(?:y|ie)|balk|rebuff|resist\w*\s+(?:the\s+|its\s+|federal\s+|(?:DOJ|department)['’]s\s+)*(?:requests?|demands?|efforts?|push|subpoenas?|data))|\b(?:due\s+to|because\s+of|after)\s+(?:their|its|the\s+states?['’]s?)\s+(?:refusal|rejection|denial)|(?<!\p{L})(?:quien(?:es)?|que|después\s+de\s+que|porque|ya\s+que)\s+(?:\p{L}+\s+){0,3}?(?:se\s+(?:(?:han|habían|había|ha)\s+)?neg(?:ó|aron|ado|ada|ar|aba|aban)|(?:(?:han|habían|había|ha)\s+)?rechaz)/iu;

// What follows the District in a count of those sued, asked or written to: "sued by the
// administration", "(that) were (also) sued", "received the letter", "facing lawsuits"; or
// counted for what they have: "have Democratic secretaries of state".
const COUNTED_ONLY =
  /^[\s,)–—-]*(?:(?:that|which|who)\s+)?(?:(?:were|are|was|is|have|has|had|been|being|now|already|also|all|since|each|both)\s+)*(?:sued|asked|targeted|received|got|gotten|sent|written\s+to|hit\s+with|taken\s+to\s+court|(?:fac(?:e|es|ed|ing)|under)\s+(?:federal\s+)?(?:lawsuits?|suits?|legal))\b|^[\s,)]*(?:have|has)\s+(?:[\w-]+\s+){0,2}(?:secretaries|governors|legislatures|laws|officials|leaders)\b|^[\s,)–—-]*(?:a\s+los\s+que\s+(?:\S+\s+){0,4}?)?(?:fueron\s+|han\s+sido\s+)?demand(?:ad[oa]s?|a(?:ndo|r[aá]?|n)?)\b/i;

const URGED_BEFORE =
  /\b(?:urg(?:es|ed|ing)|implor(?:es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing))\s+(?:the\s+)?$/iu;
const THING_AFTER_STATE = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${BODY_KINDS}|newspaper|outlet|website|native|resident|man|woman|couple|family|think\s+tank|startup|business)\b`,
  "u",
);

/** Whether the sentence names the state as one sued, not as one answering. */
function suedHere(text: string, mention: StateMention, sentence: Range): boolean {
  const before = SUED_BEFORE.exec(
    text.slice(Math.max(sentence.start, mention.start - 160), mention.start),
  );
  // (Long enough for the rest of a list: "Delaware, Maryland, … and Washington—were sued".)
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 160));
  // "sued Wisconsin after it refused …", "… Maine, which declined …": the reporter says it answered
  // (in the state's own clause: "…, and it sued Colorado after the state rejected …" is Colorado's).
  const rest = text.slice(mention.end, sentence.end);
  const own = rest.split(/,\s+and\s|;/)[0] ?? "";
  // (Not where another state's clause follows: "Oregon, which sent a partial list, and Maine,
  // which refused" leaves Oregon's answer unsaid in words the drafter reads.)
  if (
    REASON_GIVEN.test(own) ||
    (/\b(?:which|who)\b/.test(rest) && OWN_HANDOVER.test(rest) && !/,\s+and\s+\p{Lu}/u.test(rest))
  )
    return false;
  // "the states that were sued Thursday, including Michigan, have turned over …": the suit is
  // the subject's description; what follows the state is its answer.
  const described =
    before?.[1] !== undefined &&
    /\b(?:that|which|who)\s+(?:were|was|have\s+been|had\s+been|are\s+being)\s+$/i.test(
      text.slice(Math.max(sentence.start, mention.start - 200), mention.start - before[0].length),
    ) &&
    /^\s*,?\s*(?:including|such\s+as|like|among\s+them)\s+/i.test(
      (before[3] ?? "").replace(/^\s*\p{L}+day\b/u, ""),
    );
  if (before && !described && !NEW_CLAUSE.test(before[3] ?? "")) {
    // "taking Massachusetts to court", not "took Ohio's side".
    if (!before[2] || /^[^.;]{0,30}?\bto\s+court\b/i.test(after)) return true;
  }
  return SUED_AFTER.test(after);
}

// A court named just before the state: "a federal judge in Oregon", "Judge Lance Walker in Maine",
// "three courts (California, Michigan, Oregon)", "courts in California and Oregon" (the list's
// last state too).
const COURT_SEAT = [
  /\b(?:judges?|courts?|rulings?|verdicts?|injunctions?)\s+(?:in|for|of)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:District\s+of\s+)?$/iu,
  /\b(?:Judge|JUDGE)\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:in|of)\s+$|\b(?:[Cc]ourts?|[Jj]udges?|[Rr]ulings?)\s*\(\s*(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*,\s*)*$/u,
  /\b(?:[Jj]udges?|[Cc]ourts?|[Rr]ulings?|[Vv]erdicts?|[Ii]njunctions?)\s+(?:in|for|of)\s+(?:the\s+)?(?:\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?,\s+)*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?,?\s+(?:and|or)\s+$/u,
];

/**
 * "WASHINGTON, D.C. —", "PORTLAND, Ore. (AP) —": a dateline says where the story was filed.
 * "FLORIDA — Will send …" alone is a roundup's label, not a dateline; but "WASHINGTON —" and
 * "NEW YORK —" name the cities that file most datelines.
 */
function inDateline(text: string, mention: StateMention): boolean {
  // Only the last 60 characters: a dateline opens its line.
  const head = text.slice(Math.max(0, mention.start - 60), mention.start);
  const line =
    head.includes("\n") || mention.start <= 60 ? head.slice(head.lastIndexOf("\n") + 1) : "\u0000";
  const after = text.slice(mention.end, mention.end + 20);
  const lineStart = /^[^\S\n]*$/.test(line);
  const afterCity = /^[^\S\n]*\p{Lu}[\p{Lu}.'’ ]{1,40},[^\S\n]*$/u.test(line);
  const dash = /^[^\S\n]*(?:\([\p{L}]+\)[^\S\n]*)?[–—-]+\s/u;
  return (
    (afterCity && dash.test(after)) ||
    (lineStart &&
      /^,[^\S\n]*[\p{L}.]{2,6}[^\S\n]*(?:\([\p{L}]+\)[^\S\n]*)?[–—-]+\s/u.test(after)) ||
    (lineStart && /^[^\S\n]*\([\p{L}]+\)[^\S\n]*[–—-]+\s/u.test(after)) ||
    (lineStart &&
      /^(?:(?:Washington|WASHINGTON)(?:,?[^\S\n]*D\.?[^\S\n]?C\.?)?|New York|NEW YORK)$/.test(
        text.slice(mention.start, mention.end),
      ) &&
      /^[^\S\n]*[–—-]+\s/u.test(after))
  );
}

export function notAResponse(
  text: string,
  mention: StateMention,
  facts: SentenceFacts,
): string | null {
  const { sentence } = facts;
  const before = text.slice(Math.max(sentence.start, mention.start - 80), mention.start);
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 40));
  const next = /^ +(\p{Lu}[\p{L}.]*)(?: +(\p{Lu}[\p{L}.]*))?/u.exec(after);
  // ("the Minnesota Democratic-Farmer-Labor Party": a hyphened party name.)
  if (/^ +\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+ +Party\b/u.test(after))
    return "part of a party's name";
  // "Kentucky State Board of Elections" is the state's board; "Ohio State University" is not.
  // "the Board of Elections of New York State released …": the state itself.
  const stateBody =
    next?.[1] === "State" && (next[2] === undefined || ROLE_AFTER_STATE.has(next[2]));
  if (next && !ROLE_AFTER_STATE.has(next[1] as string) && !stateBody) return "part of a name";
  if (next?.[2] === "Party") return "part of a party's name";
  // "CLEVELAND, Ohio -- So far, 44 states …": where the story was filed from.
  if (
    // (Opening its line or after a date's furniture; not "In its reply to the DOJ, Maine —".)
    /(?:^|\n|\d[^\S\n]+)\p{Lu}{3,}(?:[ .'’-]+\p{Lu}{2,})*\.?,[^\S\n]*$/u.test(before) &&
    /^[^\S\n]*(?:\([^()\n]{1,20}\)[^\S\n]*)?(?:--|[—–]|-(?=\s))/u.test(after)
  )
    return "a dateline";
  // "former governor of Ohio", "Mississippi's then-secretary of state".
  if (
    /\b(?:former|then-)\s*(?:[\p{L}.-]+\s+){0,4}(?:of\s+)?$/iu.test(before) ||
    /^['’]s?\s+(?:former\s|then-)/iu.test(after)
  )
    return "a former official";
  // "With the exception of Arkansas, the states balked": left out of what the sentence says
  // (and "except Ohio, which refused outright" is missed rather than risk "…, which has not yet
  // responded" taking the sentence's "balked").
  if (
    /\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|apart\s+from|excluding)\s+(?:[\p{L}.]+,?\s+(?:and\s+|or\s+)?){0,6}$/iu.test(
      before,
    )
  )
    return "the exception to what the sentence says";
  // "voters in Florida, Colorado and Vermont have turned in their registrations": the state's
  // people, not the state; "the University of California": an institution's name.
  if (
    /\b(?:voters|residents|citizens|people|families|students)\s+(?:in|of|from|across)\s+(?:the\s+state\s+of\s+)?(?:[\p{L}.]+,?\s+(?:and\s+|or\s+)?){0,6}$/iu.test(
      before,
    ) ||
    /\b(?:University|College|Bank|Museum)\s+of\s+$/u.test(before)
  )
    return "its people or an institution's name";
  // "Several states … have since sent their full lists, Utah officials noted": whose officials
  // tell of what other states did, not Utah's answer. ("The state will send only public data,
  // Utah officials said" is Utah's: "the state" speaks of it.)
  if (
    /,\s*$/.test(before) &&
    REPORTS_OTHERS_AFTER.test(text.slice(mention.end, sentence.end)) &&
    (facts.ends.size > 1 ||
      /\b(?:states|others|secretaries|governors|counterparts|neighbou?rs|several|many)\b/i.test(
        text.slice(sentence.start, mention.start),
      ))
  )
    return "tells of what other states did";
  // "urges Illinois Secretary of State Jesse White to join …": the one urged, whose answer the
  // sentence does not give.
  // (Not "pressed Ohio, which refused": its own answer follows.)
  if (
    URGED_BEFORE.test(before) &&
    /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}.'’-]*|\s+of\s+State)*\s+to\s/u.test(
      text.slice(mention.end, Math.min(sentence.end, mention.end + 80)),
    )
  )
    return "the one urged";
  // "any request for Illinois voter rolls": the state's data, the object of what was asked.
  if (
    /\b(?:for|of|about|over)\s+(?:the\s+|all\s+)?$/i.test(before) &&
    /^\s+(?:voter|voters['’]?|registration)\s+(?:rolls?|data|lists?|files?|records|information|registration)\b/i.test(
      after,
    )
  )
    return "its data asked for";
  // "a Kansas initiative", "an Ohio company": the state's name describing a thing, no actor.
  if (/\b(?:a|an)\s+$/i.test(before) && THING_AFTER_STATE.test(after))
    return "describes a thing, not the state";
  // "Sen. Amy Klobuchar (D-Minn.)", "Rep. Jo Lee, R-Ohio,": a lawmaker's party and home state.
  if (/[(,]\s*[DRI]-$/.test(before) && /^\.?\s*[),]/.test(after)) return "a lawmaker's home state";
  // "Tom Alciere, of New Hampshire, purchased …": where someone lives, not a state's answer
  // (but "Secretary of State Jo Lee, of Ohio," speaks for it).
  if (
    /\p{Lu}[\p{L}.'’-]+\s+\p{Lu}[\p{L}.'’-]+,\s+(?:of|from)\s+$/u.test(before) &&
    /^,/.test(after) &&
    !/\b(?:secretary|governor|gov\.|attorney|general|official|director|clerk|commissioner|registrar|administrator)\b[^,]{0,40},\s+(?:of|from)\s+$/i.test(
      before,
    )
  )
    return "where someone lives";
  // "Ohio declined to join Florida and Indiana in handing over …": the ones another would not
  // follow, whose own answer is not this one.
  if (
    /\b(?:declin\w*|refus\w*|reject\w*|not|n['’]t|never)\s+(?:to\s+)?join(?:ed|ing|s)?\s+(?:[\p{L}.]+,?\s+(?:and\s+)?){0,6}$/iu.test(
      before,
    )
  )
    return "the ones another would not join";
  // "he provided Arizona with its language", "gave Ohio a deadline": the one given something,
  // not the one giving.
  if (
    /\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|furnish(?:es|ed|ing)?)\s+(?:the\s+state\s+of\s+)?$/i.test(
      before,
    ) &&
    /^(?:,[^,]{1,60},)?\s+with\b/u.test(after)
  )
    return "the one given something";
  // "The brief, filed in California, argues …": where a paper was filed or a case heard. (Not
  // "filed in Oregon, which refused outright", nor "… has not changed the state's answer".)
  if (
    /\b(?:filed|lodged|brought|heard|argued|pending)\s+in\s+(?:(?:federal|state|district)\s+court\s+in\s+)?$/i.test(
      before,
    ) &&
    !/^\s*,\s*(?:which|whose)\b/.test(after) &&
    !/\bthe\s+state['’]s\b/i.test(text.slice(mention.end, sentence.end))
  )
    return "where a case was filed";
  // "the information is heading to Washington, D.C., anyway": where the data goes.
  if (/\b(?:head(?:s|ed|ing)?|going|sent|shipped|delivered|flown|mailed)\s+to\s+$/i.test(before))
    return "where the data goes";
  // "Kentucky and Ohio have not yet received the letter": no answer yet.
  if (NOT_RECEIVED_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 80))))
    return "named as not having the letter yet";
  // "the commission, led by Vice President Pence and Kansas Secretary of State Kris Kobach": a
  // leader's title; not "the states led by Republican officials include Alabama".
  if (
    /\b(?:led|headed|chaired|vice-chaired|co-chaired|run|created|formed)\s+by\s+(?:(?!(?:include[sd]?|are|were)\s)[\p{L}.]+\s+){0,5}?(?:and\s+)?$/iu.test(
      before,
    )
  )
    return "the title of the commission's leader";
  // "lawsuits against five states—Utah, Oklahoma …", "similar allegations were made in lawsuits
  // against officials from Ohio and Iowa": a defendant, whose own answer the words do not give.
  if (
    /\blawsuits?\s+against\s+(?:[\p{L}\d]+\s+){0,3}?(?:states?\s*[—–:(-]\s*|(?:officials|leaders)\s+(?:from|in)\s+)(?:[\p{L}.]+,?\s+(?:and\s+)?){0,8}$/iu.test(
      before,
    )
  )
    return "a lawsuit's defendant";
  if (suedHere(text, mention, sentence)) return "a lawsuit's defendant";
  // "asked all 50 states and Washington, D.C., to …", "the total of states sued to 23 plus the
  // District of Columbia": one more recipient or one more in a count, not an answer.
  if (
    /\b(?:ask\w*|sent|send\w*|request\w*|demand\w*|seek\w*|sought|wrote|letters?|total|tally|number|count|su(?:e|ed|ing)|lawsuits?)\b[^.;]{0,60}?\b(?:\d+|all|fifty|every)\s+(?:\d+\s+)?(?:other\s+)?(?:states?\s+)?(?:plus|and|as well as)\s+(?:the\s+)?$|\b(?:envi\w+|cartas?|pidi\w+|solicit\w+|demand\w+)\b[^.;]{0,60}?\b(?:\d+|todos\s+los)\s+(?:otros\s+)?estados\s*,?\s+(?:y|más)\s+(?:el\s+|al?\s+)?$/iu.test(
      before,
    )
  )
    return "one more in a count or among the request's recipients";
  // "Forty states and the District of Columbia received the letter", "two dozen states, along
  // with the District of Columbia, sued by the administration": the District as one more in a
  // count, with no answer of its own. ("Fourteen states and the District of Columbia have
  // refused" names the District among those who refused: its answer.)
  if (
    mention.state === "DC" &&
    COUNTED_ONLY.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 80))) &&
    /\b(?:\d+|all|most|nearly\s+all|every|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-\p{L}+)?|dozens\s+of|(?:a|two|three)\s+dozen|several|many)\s+(?:other\s+|more\s+)?states?\s*,?\s+(?:plus|and|as\s+well\s+as|along\s+with)\s+(?:the\s+)?$|(?<!\p{L})(?:otros\s+)?(?:\d+|(?:dos\s+|tres\s+)?docenas\s+de)\s+estados\s*,?\s+(?:y|más|así\s+como|junto\s+con)\s+(?:el\s+|al?\s+)?$/iu.test(
      before,
    )
  )
    return "one more in a count or among the request's recipients";
  // "… the total number of states refusing to 41 (plus the District of Columbia)".
  if (
    mention.state === "DC" &&
    /\b\d+\s*\(\s*(?:plus|and|including|as\s+well\s+as)\s+(?:the\s+)?$/i.test(before)
  )
    return "one more in a count or among the request's recipients";
  // "the Washington DC newspaper The Hill", "a Texas-based outlet": where a publication is from.
  if (
    /^\s*(?:-?based\s+)?(?:newspapers?|papers?|outlets?|publications?|magazines?|news\s+(?:site|outlet|organi[sz]ation)|websites?|tabloids?|dailies|daily|think\s+tanks?)\b/i.test(
      after,
    )
  )
    return "where a publication is from";
  if (
    /\b(?:unlike|except(?: for)?|other than|besides|apart from|in contrast to)\s+(?:the\s+)?$/iu.test(
      before,
    )
  ) {
    return "a contrast";
  }
  if (
    /\b(?:sent|addressed|mailed|delivered|letters?)\b[^.;]{0,40}\bto\s+(?:the\s+)?(?:[\p{L}\d]+\s+){0,3}$/iu.test(
      before,
    )
  ) {
    return "the letter's addressee";
  }
  if (
    /\b(?:conference|convention|meeting|summit|hearing|rally|event)\b[^.;]{0,40}\b(?:in|at)\s+$/iu.test(
      before,
    )
  ) {
    return "a venue";
  }
  // "When I lived in Pennsylvania, anyone could buy the list", "when you were in office,
  // Michigan shared data": a writer's past, or an official's time in office, not the answer.
  if (
    /\b(?:when|while|after|before|back when)\s+(?:I|we)\s+(?:lived|grew up|worked|was|were|moved|voted)\s+(?:[\p{L}]+\s+){0,2}?(?:in|to|from)\s+$/iu.test(
      before,
    ) ||
    /\b(?:when|while)\s+(?:you|he|she|they|I|we)\s+(?:were|was)\s+(?:in\s+office|secretary|governor|in\s+charge)\b[^.;]{0,20}$/iu.test(
      before,
    )
  ) {
    return "another time";
  }
  // "…, according to a form letter made public by officials in Connecticut": where the news came
  // from, not who answered.
  if (
    /\baccording\s+to\s+(?:an?|the)\s+[^.;:,“”"]{0,60}\b(?:made\s+public|released|published|obtained|posted)\s+by\s+(?:\p{L}+\s+){0,3}?(?:in|of)?\s*$/iu.test(
      before,
    )
  )
    return "a source";
  // "WASHINGTON, D.C. — Sen. Jo Lee applauded …": where the story was filed.
  if (inDateline(text, mention)) return "a dateline";
  // "the Civil Rights Division in Washington, D.C.": where an office sits.
  if (/\b(?:Division|Department|Bureau|headquarters|offices?|based)\s+in\s+$/u.test(before))
    return "where an office sits";
  // "A federal judge in Oregon ruled …", "recent rulings in Oregon": the court's seat; its ruling
  // is no answer of the state's.
  if (COURT_SEAT.some((court) => court.test(before))) return "a court's seat";
  // "an Oregon judge has indicated he may dismiss …": the court's seat again.
  if (
    /\b(?:an?|the)\s+$/i.test(before) &&
    /^\s+(?:federal\s+|state\s+|district\s+|appeals\s+|appellate\s+)?(?:judges?|courts?|jur(?:y|ies))\b(?!\s+(?:filings?|records?|documents?|papers?|fees?|clerks?)\b)/i.test(
      after,
    )
  )
    return "a court's seat";
  // "Federal judges overseeing similar challenges to California and Oregon rejected …": the
  // court's case, and what it rejected is no answer of the state's.
  if (
    /\b(?:judges?|courts?|justices)\s+(?:overseeing|handling|presiding\s+over|weighing)\s+[^.;:,]{0,80}$/iu.test(
      before,
    )
  )
    return "a court's case";
  // "Voters in Florida worry …": people of the state, not the state answering.
  if (
    /\b(?:voters|residents|people|citizens|activists|critics|advocates|groups?|lawmakers|legislators|counties|county|Democrats|Republicans)\s+(?:in|from|across)\s+$/iu.test(
      before,
    )
  )
    return "people of the state, not the state";
  const city = /(\p{Lu}[\p{L}.]*), +$/u.exec(before);
  if (city && /^(?:[,.;:)]|\s*\(|\s*$)/.test(after)) {
    const cityEnd = mention.start - city[0].length + (city[1] as string).length;
    if (!facts.ends.has(cityEnd)) return "a city's state";
  }
  // An official's seat on the commission, unless the sentence goes on to their state's answer
  // ("…, vice-chairman of the commission, told the Star that his state will provide …").
  // The seat is the official's: the state named in their title or the commission's makeup, not
  // the state named again as the subject of what they said ("…, said Maine would not …").
  if (
    // (Not "… Ohio and Indiana, the home state of Vice President Mike Pence, the commission
    // chairman": that seat is the person's the apposition names.)
    facts.seats.some(
      (at) =>
        Math.abs(at - mention.start) < 100 &&
        !/\bhome\s+state\s+of\b/i.test(text.slice(mention.end, Math.max(mention.end, at))) &&
        // ("… refusing to cooperate — including Kansas, whose secretary is the vice chairman":
        // the state is in the group; the seat is told of its official.)
        !(at > mention.end && /^\s*,\s*whose\b/i.test(text.slice(mention.end, at))),
    ) &&
    !/\b(?:his|her|their|the) state\b/i.test(text.slice(mention.end, sentence.end)) &&
    (ROLE_AFTER_STATE.has(next?.[1] ?? "") ||
      (/\b(?:from|of|including|include|includes)\s+(?:\p{Lu}[\p{L}.]*,?\s+(?:and\s+)?){0,6}$/u.test(
        before,
      ) &&
        // "a backlash in states including Virginia, …": states, not the commission's members.
        !/\bstates\s+(?:such\s+as|like|including)\s+(?:\p{Lu}[\p{L}.]*,?\s+(?:and\s+)?){0,6}$/u.test(
          before,
        )))
  )
    return "an official's seat on the commission";
  if (
    /\ball but\s+(?:[\p{L}\d]+\s+){0,2}(?:states?)?\s*[—–(:,-]\s*(?:[\p{L}.]+,?\s+(?:and\s+)?){0,8}$/iu.test(
      before,
    )
  )
    return "an exception to what is said of all the others";
  // "Washington" alone on a list's line is the state.
  const alone =
    LINE_START.test(text.slice(Math.max(0, mention.start - 12), mention.start)) &&
    /^[^\S\n]*[.:]?[^\S\n]*(?:\n|$)/.test(text.slice(mention.end, mention.end + 12));
  if (
    mention.state === "WA" &&
    !alone &&
    /^(?:Washington|WASHINGTON)$/.test(text.slice(mention.start, mention.end))
  ) {
    // "Washington state", "Washington's secretary of state", "Washington’s Steve Hobbs", "Hobbs
    // said Washington would not turn over …": the state.
    if (
      facts.notWashington < 2 &&
      !/^ +state\b/i.test(after) &&
      !STATE_OFFICIAL_AFTER.test(after) &&
      !(SAID_THAT.test(before) && STATE_WILL.test(after))
    )
      return "Washington, the city";
  }
  return null;
}
