import { escapeRegExp } from "../domain/names.js";
import type { QuoteSpan } from "./quote-marks.js";
import { ASKING, speechVerbs } from "./speech.js";
import { LIST_MARKER, type Range, rangeAt, SCENE_OPENERS } from "./text.js";
import type { StoryHint } from "./types.js";

const VERB = speechVerbs(
  "say",
  "tells",
  "writes",
  "stated",
  "states",
  "announced",
  "call",
  "calls",
  "called",
  "argued",
  "argues",
  "requested",
  "requests",
  "asked",
  "asks",
  "directed",
  "sought",
  "seeks",
  "demanded",
  "demands",
  "advised",
  "specified",
  "alleges",
  "alleged",
  "wants",
  "wanted",
  "indicated",
  "noted",
  "charges",
  "charged",
  "promised",
  "asserts",
  "asserted",
  "contends",
  "contended",
  "asking",
  "arguing",
  "saying",
  "claiming",
  "seeking",
  "demanding",
  "requesting",
  "emphasizes",
  "emphasized",
  "stresses",
  "stressed",
  "insists",
  "insisted",
  "claims",
  "claimed",
  "acknowledged",
  "acknowledges",
);

// Verbs after which a name is who spoke ("said the Justice Department"), never whom to.
const NAMED_AFTER = "(?:said|says|say|stated|states|announced|added|argued|argues|alleges|alleged)";

/** A pattern matching any of `names` as written. */
const oneOf = (names: string[]) => `(?:${names.map((n) => escapeRegExp(n)).join("|")})`;

/**
 * Whether one of `names` is the speaker in `window`: the subject of a speech verb ("the DOJ said",
 * "Justice Department officials say", "the department's statement said") or named after one
 * ("said the Justice Department", "according to the DOJ"); not a name the speaker mentions ("said
 * of the DOJ request"). `byNoun`: the names are common nouns ("the department"), which a state's
 * own office may share, so fewer forms count.
 */
function speaks(window: string, names: string[], byNoun = false): boolean {
  return speakingPatterns(names, byNoun).some((pattern) => pattern.test(window));
}

// The patterns for one list of names, built once: a page of many quotations asks for each.
const patternsFor = new Map<string, RegExp[]>();

function speakingPatterns(names: string[], byNoun: boolean): RegExp[] {
  const key = `${byNoun}\n${names.join("\n")}`;
  const kept = patternsFor.get(key);
  if (kept) return kept;
  const name = byNoun ? nounPattern(names) : oneOf(names);
  // (A possessive names a thing of the requester's before its verb: "the DOJ's demands could
  // “…”" is what its demands would do, in someone else's words.)
  const own = String.raw`\s+(?:officials?|representatives?|spokes\w+|lawyers?|attorneys?|statement|letter|request|demand|filing|said|in\s+a\s+statement)`;
  // (Not one the words were sent to: "A July 5 letter to the commission asks".)
  const subject = new RegExp(
    String.raw`(?<!\b(?:to|toward|towards|against)\s+(?:the\s+)?)\b${name}(?:['’]s(?:${own})+|(?:${own})*)(?:\s+(?:also|further|again|then|has|have|had|[a-z]+ly))*\s+${VERB}\b`,
    "i",
  );
  // Not "told the DOJ to …", "wrote the department": there it is whom the words were for.
  const after = new RegExp(
    String.raw`\b(?:${NAMED_AFTER}|according\s+to)\s+(?:an?\s+(?:statement|letter|spokes\w+)\s+(?:from|for|by)\s+)?(?:the\s+)?${name}\b`,
    "i",
  );
  // "sued by the Justice Department for what officials call a “…”": its officials' words.
  const officials = new RegExp(
    String.raw`\b${name}\b[^.;“”"]{0,50}\bofficials\s+(?:say|says|said|call|called|describe|described)\b`,
    "i",
  );
  // "the White House lashed out and said they were …": its second verb is the speaking one.
  const andSaid = new RegExp(
    String.raw`\b${name}\s+(?:[a-z]+\s+){1,3}and\s+${VERB}\b[^“”"]{0,160}$`,
    "i",
  );
  // "the White House released a statement saying that Trump had “…”": its statement speaks, up
  // to the words with no clause between (not "After the DOJ released a statement saying …, a
  // spokesman for Maine called it “…”"; nor "the department put out a statement", which may be
  // a state's Department of State).
  const released = new RegExp(
    String.raw`\b${name}\s+(?:(?:also|then|on\s+\p{Lu}\p{L}+day)\s+)?(?:released|issued|put\s+out)\s+an?\s+(?:[\w-]+\s+)?statement\s+(?:saying|stating|that)\b[^,;:“”"]*$`,
    "iu",
  );
  const patterns = [subject, after, officials, andSaid, ...(byNoun ? [] : [released])];
  patternsFor.set(key, patterns);
  return patterns;
}

// "A three-judge appeals panel", "a legislative panel": a panel that is not the commission.
const OTHER_PANEL =
  /\b(?:judges?|judicial|appeals?|appellate|court|legislative|house|senate|review|expert|advisory\s+board|three-judge|state)\s+panel\b|\bpanel\s+of\s+(?:judges|lawmakers|legislators|experts)\b/i;

/** The names of a story's requester that an article may credit a quote to ("the DOJ"). */
function requesterNames(hint: StoryHint): string[] {
  // Keywords that are bodies' names (several capitalised words, or an acronym), not people's.
  const bodies = hint.keywords.filter(
    (k) => /^[A-Z]{2,6}$/.test(k) || /^\p{Lu}\S*(?:\s+\S+)+$/u.test(k),
  );
  return [hint.requester, ...bodies];
}

// "the White House commission", "the Trump panel": the requester's noun as reporters qualify it
// (not "the state election commission"; nor "federal" or "presidential", which other bodies share).
const QUALIFIER = String.raw`(?:White\s+House|Trump(?:['’]s)?|administration['’]s)`;

/** "the commission" and "the panel", also as reporters qualify them. */
function nounPattern(nouns: string[]): string {
  const bare = nouns.map((n) => escapeRegExp(n.replace(/^the\s+/, "")));
  return String.raw`the\s+(?:${QUALIFIER}\s+)?(?:${bare.join("|")})`;
}

/**
 * "the department said", "the commission's letter said", "the panel asked": the requester by its
 * common noun.
 */
function requesterNouns(hint: StoryHint): string[] {
  const nouns = requesterNames(hint)
    .map((n) => /\b(Department|Commission|Division|Agency|Administration)\b/.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    // (Reporters vary "the commission" as "the panel".)
    .flatMap((n) =>
      n === "Commission" ? ["the commission", "the panel"] : [`the ${n.toLowerCase()}`],
    );
  return [...new Set(nouns)];
}

/**
 * "The State Election Commission posted its reasons … “…,” the commission stated": the body of
 * that noun the text named last before `at`, when it is not the requester.
 */
function otherBodyNamed(text: string, at: number, noun: string, hint: StoryHint): string | null {
  const word = noun.replace(/^the\s+/, "");
  // Named as a sentence's subject, at its start, or as another body after "the" ("Officials at
  // the Pennsylvania Department of State said …"; the requester named so is only its object).
  const named = new RegExp(
    String.raw`(^|[.!?]["”’]?\s+|\n\s*|\bthe\s+)(?:The\s+)?((?!The\s)(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}${word[0]?.toUpperCase()}${word.slice(1)}(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)\b`,
    "gu",
  );
  // (A letter's "Mr. Kris W. Kobach Vice Chair Presidential Advisory Commission" is the requester
  // too: its name up to the noun is in the requester's.)
  const isRequester = (name: string) => {
    const lower = name.toLowerCase();
    return requesterNames(hint).some((n) => {
      const full = n.toLowerCase();
      const nounAt = full.indexOf(word.toLowerCase());
      const head = nounAt > 0 ? full.slice(0, nounAt + word.length) : null;
      return full.includes(lower) || (head !== null && lower.endsWith(head));
    });
  };
  const last = [...text.slice(Math.max(0, at - 600), at).matchAll(named)]
    .filter((m) => !/^the\s/i.test(m[1] as string) || !isRequester(m[2] as string))
    .pop();
  const name = last?.[2];
  return name && !isRequester(name) ? name : null;
}

/**
 * The requesting body a quote is credited to when no person is (`…," the DOJ said`, `what
 * Justice Department officials call a “…”`): the story's requester by its own name, or null.
 * `hints`: the article's story, or every known story when it is not known.
 */
export function requesterSpeaker(
  text: string,
  quote: QuoteSpan,
  sentences: Range[],
  hints: readonly StoryHint[],
): string | null {
  const sentence = rangeAt(sentences, quote.open) ?? { start: quote.open, end: quote.close + 1 };
  const end = Math.max(sentence.end, rangeAt(sentences, quote.close)?.end ?? quote.close + 1);
  // From the sentence's start, or from a quote before this one in it when someone speaks after
  // that ("The department claims “…,” though critics characterize the suits as “…”").
  const lead = text.slice(sentence.start, quote.open);
  const cut = Math.max(0, ...[...lead.matchAll(/[”"]/g)].map((m) => (m.index ?? 0) + 1));
  const clause = SOMEONE_SPEAKS.test(lead.slice(cut)) ? lead.slice(cut) : lead;
  // "Since the commission told states …, the lawsuit said, “…”": where the main clause has someone
  // speak, the clause that sets its scene does not.
  const scene = SCENE_SETTING.exec(clause);
  const before =
    scene && SOMEONE_SPEAKS.test(clause.slice(scene[0].length))
      ? clause.slice(scene[0].length)
      : clause;
  // (Up to a clause of its own: not "…,” an official said, though the department acknowledged …".)
  const after = text
    .slice(quote.close + 1, Math.min(end, quote.close + 120))
    .replace(/[,;]\s*(?:though|although|but|while|whereas)\b[\s\S]*$/i, "");
  // "“…,” the complaint says, quoting 52 U.S.C. § 20703": words the filing borrows.
  if (QUOTING_OTHER.test(after)) return null;
  // "told the Texas Tribune in an article titled: “…”": the title is the publication's.
  const titled = TITLED.exec(before);
  if (titled) return (titled[1] as string).replace(/^the\s+/, "");
  for (const window of [after, before]) {
    for (const hint of hints) {
      if (speaks(window, requesterNames(hint))) return hint.requester;
      const noun = requesterNouns(hint).find(
        (n) =>
          speaks(window, [n], true) &&
          !(n === "the panel" && OTHER_PANEL.test(text.slice(0, quote.open))),
      );
      if (noun) return otherBodyNamed(text, quote.open, noun, hint) ?? hint.requester;
    }
    // The President's office speaks as itself.
    if (speaks(window, ["White House"])) return "White House";
  }
  // "The department responded on Aug. 14, again asking for the database and adding “…”": the
  // sentence's subject goes on speaking, with no one else named. "The Justice Department in July
  // requested a copy of the list, including voters “determined to be non-citizens”": it names
  // what it asked for. "In a letter dated Sept. 8, 2025, the Justice Department's top lawyer
  // demanded …": past a phrase that sets the time or the paper.
  if ((GOES_ON.test(before) || ASKED_FOR.test(before)) && !SOMEONE_SPEAKS.test(before)) {
    const opening = hints.filter((hint) =>
      new RegExp(
        `^\\s*${SETTING}(?:the\\s+)?${oneOf([...requesterNames(hint), ...requesterNouns(hint)])}\\b`,
        "i",
      ).test(before),
    );
    if (opening.length === 1) return (opening[0] as StoryHint).requester;
  }
  // "The panel had asked states in a letter for the following information:" / "+ The “full
  // first and last names of all registrants”": a list's items under the requester's lead-in.
  const listLead = leadOfList(text, quote.open);
  if (listLead) {
    const asking = hints.filter(
      (hint) =>
        ASKED_FOR.test(listLead) &&
        new RegExp(`\\b${oneOf([...requesterNames(hint), ...requesterNouns(hint)])}`, "i").test(
          listLead,
        ),
    );
    if (asking.length === 1) return (asking[0] as StoryHint).requester;
  }
  // "“…,” the memo states", "The letter directed states to turn over “…”": the request itself,
  // which is the requester's.
  // (Not where the letter last introduced is another's: "More than 40 lawmakers signed a letter
  // sent to the governor" … "“…,” the letter says".)
  if (REQUEST_SAYS.test(after) || REQUEST_BEFORE.test(before)) {
    const hint = hints.length === 1 ? (hints[0] as StoryHint) : undefined;
    return hint && !anothersLetter(text, sentence.start, hint) ? hint.requester : null;
  }
  // "According to the lawsuit, … “…”", "“…,” the complaint says": the requester's filing, where
  // the article says the requester sued and no one sued it.
  if (FILING_SAYS.test(after) || FILING_BEFORE.test(before)) {
    const suing = hints.filter((h) =>
      requesterSued(text, [...requesterNames(h), ...requesterNouns(h)]),
    );
    if (suing.length === 1) return (suing[0] as StoryHint).requester;
  }
  // "“…,” according to a June 30 report by The Hill", "St. Louis Public Radio reports that “…”":
  // the publication's own words.
  const report = REPORT_BY.exec(after) ?? PUBLICATION_REPORTS.exec(before);
  return report ? (report[1] as string).replace(/\.$/, "") : null;
}

/**
 * Whether the letter the text last introduced before `at` is someone else's than the requester's:
 * one a subject "signed", "sent" or "wrote" where the requester goes unnamed before it, or one
 * written to the requester ("a letter to Kobach").
 */
function anothersLetter(text: string, at: number, hint: StoryHint): boolean {
  const window = text.slice(Math.max(0, at - 1500), at);
  // ("The letter says …" refers back: the letter introduced as "a letter".)
  const last = [
    ...window.matchAll(/\b(?<=\b(?:an?|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2})letters?\b/giu),
  ].pop();
  if (last?.index === undefined) return false;
  const start =
    Math.max(window.lastIndexOf(". ", last.index), window.lastIndexOf("\n", last.index)) + 1;
  const lead = window.slice(start, last.index);
  const { named, toRequester } = letterPatterns(hint);
  return (
    (OWN_LETTER.test(lead) && !named.test(lead) && !GOVERNMENT_SENDER.test(lead)) ||
    toRequester.test(window.slice(last.index, last.index + 120))
  );
}

// The requester's names, and "a letter to" them, built once per list of names.
const letterPatternsFor = new Map<string, { named: RegExp; toRequester: RegExp }>();

function letterPatterns(hint: StoryHint): { named: RegExp; toRequester: RegExp } {
  const names = oneOf([...requesterNames(hint), ...requesterNouns(hint)]);
  let patterns = letterPatternsFor.get(names);
  if (!patterns) {
    patterns = {
      named: new RegExp(`\\b${names}`, "i"),
      toRequester: new RegExp(`^letters?\\s+(?:\\p{L}+\\s+){0,2}?to\\s+(?:the\\s+)?${names}`, "iu"),
    };
    letterPatternsFor.set(names, patterns);
  }
  return patterns;
}

// "Federal officials sent a letter", "The agency sent a letter": the requester by other words.
const GOVERNMENT_SENDER =
  /\b(?:federal|administration|agency|government|Trump|White\s+House|Kobach|Dhillon|Bondi)\b/i;

// "lawmakers signed a letter", "the league sent an open letter": the subject's own letter.
const OWN_LETTER =
  /\b(?:signed|sent|wrote|penned|drafted|delivered|issued|released|fired\s+off)\s+(?:a|an|their|his|her|its|the)\s+(?:[\p{L}-]+\s+){0,2}?$/iu;

const QUOTING_OTHER = /^[^“”".;]{0,80}?,\s*quoting\s/i;
const TITLED =
  /((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})\s+(?:in|under)\s+(?:an?|the|its)\s+(?:article|story|piece|report|column|editorial)\s+(?:titled|headlined|entitled|called)[:,]?\s*$/u;

const LIST_ITEM = new RegExp(String.raw`^[^\S\n]*${LIST_MARKER}[^\S\n]`);

/**
 * The line a list's item stands under: for a quote on a line marked as a list's item, the last
 * line above the list, when it ends with a colon.
 */
function leadOfList(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (!LIST_ITEM.test(text.slice(lineStart, at + 1))) return null;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== "" && !LIST_ITEM.test(line)) return /:\s*$/.test(line) ? line : null;
    end = start - 1;
  }
  return null;
}

const FILING = String.raw`(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|complaint|suit|filing)`;
// ("…,” the lawsuit against Griswold said", "…,” states the complaint", "…», afirma la demanda".)
const FILING_SAYS = new RegExp(
  String.raw`^[\s,”"’»]*(?:${FILING}\s+(?:(?:against|filed\s+(?:against|in)|in)\s+[^,.;“”"]{1,60}?\s+)?(?:said|says|states|stated|alleges|alleged|argues|argued|claims|claimed|reads)\b|(?:said|says|states|stated|alleges|argues|reads)\s+${FILING}\b|(?:afirma|dice|señala|sostiene|alega|argumenta)\s+la\s+demanda(?!\p{L}))`,
  "iu",
);
// "The lawsuit filed in U.S. District Court against the secretary accuses her of refusing to “…”".
const FILING_BEFORE = new RegExp(
  String.raw`(?:\baccording\s+to\s+${FILING}\b|\b${FILING}(?:\s+filed\b[^“”";]{0,80}?)?\s+(?:said|says|states|stated|alleges|alleged|argues|argued|claims|claimed|cites|cited|quotes|quoted|accuses|accused|asks|asked|seeks|sought))[^“”"]*$`,
  "i",
);

/** Whether the text says the requester sued (or filed a complaint), and no one sued it. */
function requesterSued(text: string, names: string[]): boolean {
  const name = oneOf(names);
  const sued = new RegExp(
    String.raw`\b${name}\s+(?:said\s+(?:that\s+)?it\s+)?(?:has\s+|have\s+|had\s+)?(?:sued|filed\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:lawsuits?|suits?|complaints?))|\b(?:lawsuits?|suits?|complaints?)\s+(?:filed\s+)?by\s+(?:the\s+)?${name}|\b${name}(?:['’]s)?\s+(?:lawsuit|suit|complaint)\s*,?\s+(?:filed|alleges|alleged|says|said|argues|argued|asserts|contends|claims|states|asks|seeks|accuses)\b`,
    "i",
  );
  // "El Departamento de Justicia demandó a Colorado", "ha demandado a 18 estados".
  const suedEs = new RegExp(
    String.raw`${name}\s+(?:ya\s+)?(?:ha\s+|había\s+)?(?:demandó|demandado|presentó\s+(?:una\s+|varias\s+)?demandas?)(?!\p{L})`,
    "iu",
  );
  // (Or another party joined the suit: "a motion to intervene in the DOJ lawsuit", whose filing
  // "the filing says" may be.)
  const suedIt = new RegExp(
    String.raw`\b(?:sued|sues|suing)\s+(?:the\s+)?${name}|\b(?:intervene|intervened|intervening|intervention|join|joined|joining)\s+(?:in\s+)?(?:the\s+)?${name}(?:['’]s)?\s+(?:lawsuit|suit|case)`,
    "i",
  );
  return (sued.test(text) || suedEs.test(text)) && !suedIt.test(text);
}

// Someone else speaking before the quote ("…, who called it “…”"), not the subject itself ("for
// what it said was a “…”").
const SCENE_SETTING = new RegExp(String.raw`^\s*${SCENE_OPENERS}\b[^,;:“”"]*,\s*`, "u");
const SOMEONE_SPEAKS =
  /(?<!\bit\s+)\b(?:said|says|told|call(?:ed|s|ing)|wrote|added|argued|declared|describ\w+|characteri[sz]\w+|dubbed|termed|label(?:l)?ed)\b/i;
// What the requester asked for, announced, sued or filed over, up to the quote that names it.
const ASKED_FOR = new RegExp(
  String.raw`\b(?:${ASKING}|limit(?:s|ed)\s+(?:its|the)\s+(?:[\w-]+\s+){0,3}?request|announc(?:es|ed|ing)|accus(?:es|ed|ing)|su(?:ed|es|ing)|fil(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:lawsuits?|suits?|complaints?))\b[^“”"]{0,200}$`,
  "i",
);
// "In December, ", "In a letter to state officials dated September 8, 2025, ".
const SETTING = String.raw`(?:(?:In|On|Last|This|Earlier|Later|Since|By|After|Before|Then)\b(?:[^,“”".;]{1,80},\s*){1,2})?`;
const GOES_ON =
  /\b(?:adding|saying|writing|stating|noting|arguing|warning|calling\s+it)\b[^“”"]{0,60}$/i;
// "The letter directed …", "An Aug. 14 letter sent by federal officials said …", "A June 25 Justice
// Department letter to Secretary Jo Lee asks …" (the requester's own, by its name, to someone
// else than itself), "The letter, which
// was made public by Connecticut's secretary, requests …", "The requested information includes …",
// "the letter addressed to Secretary Marshall asks for …" (not a letter sent to it "by" others,
// nor a "reply letter"), "the commission's request to supply …" (not another's: "the state's
// request to provide …").
const REQUEST_BEFORE =
  /\b(?:(?:the|an?)\s+(?:[\p{L}.\d'’]+\s+){0,3}?(?:(?<!\b(?:reply|response|answer)\s+)letter|memo|memorandum|request|demand|complaint|agreement|MOU|document|requested\s+(?:information|data|records))(?:\s*,[^,“”".;]{1,100},\s*|\s*[—–][^—–“”".;]{1,100}[—–]\s*|\s+(?:addressed|sent)\s+to\s+(?![^“”".;]{0,80}?\b(?:by|from)\s)[^“”".;]{1,80}?\s+|\s+)(?:(?:sent\s+)?(?:by|from)\s+(?:federal|the\s+department['’]s|department|DOJ|Justice\s+Department)\s+officials\s+)?(?:also\s+|further\s+|has\s+|had\s+|\p{L}+ly\s+)*(?:said|says|states|stated|reads|directed|directs|requested|requests|asked|asks|sought|seeks|demanded|demands|specified|alleges|alleged|indicated|indicates|noted|notes|provides|provided|promised|promises|includes|included)\b[^“”".;]{0,100}|the\s+(?:(?:commission|panel|department|DOJ|Justice\s+Department|administration)['’]s\s+)?(?:request|demand)\s+(?:for\s+states\s+)?to\s+(?:supply|provide|send|hand|turn|share|submit)\b[^“”".;]{0,60}|\b(?:DOJ|Justice\s+Department)\s+letter\s+to\s+(?!(?:the\s+)?(?:commission|panel|department|DOJ|Justice|administration|federal|White\s+House|Attorney\s+General|(?:\p{Lu}\p{L}+\s+)?(?:Kobach|Pence|Bondi|Dhillon))\b)[^“”".;]{1,80}?\s+(?:asks|asked|says|said|states|stated|reads|requests|requested|demands|demanded|seeks|sought)\b[^“”".;]{0,100})$/iu;
// "“…,” the memo states", "“…” nationally, the request letter said", "“…,” said the letter".
const REQUEST_NOUN = String.raw`the\s+(?:request\s+|commission['’]s\s+|department['’]s\s+)?(?:memo|memorandum|letter|request|demand|agreement|document|(?:press|news)\s+release)`;
const REQUEST_SAYS = new RegExp(
  String.raw`^[\s,”"’]*(?:[^“”".;,]{1,40},\s*)?(?:${REQUEST_NOUN}\s+(?:said|says|states|stated|reads|read)|(?:said|says|states|stated|reads|read)\s+${REQUEST_NOUN})\b`,
  "i",
);

const PUBLICATION_REPORTS =
  /((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s+(?:reports|reported)\s+(?:\p{Ll}+\s+){0,3}?that\s+[^“”"]*$/u;

/**
 * "“…,” according to a June 30 report by The Hill", "“…,” reports The Durango Herald": a
 * publication's words, not a person's.
 */
export const REPORT_BY =
  /^[\s,”"’]*(?:according\s+to\s+(?:an?|the)\s+(?:[\w,]+\s+){0,3}?(?:report|story|article|analysis|review|survey|count|tally)\s+(?:by|in|from)\s+|(?:reports|reported)\s+(?=The\s|[^,.;]{0,40}\b(?:Herald|Gazette|Post|Times|Tribune|Journal|News|Press|Star|Sun|Register|Chronicle|Courier|Review|Daily|Globe|Inquirer|Examiner|Observer|Record|Dispatch|Ledger|Monitor|Sentinel|Beacon|Radio)\b))((?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})/u;
