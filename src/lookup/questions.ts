import type { Dataset, Office, Party, Person } from "../domain/dataset.js";
import { normalise } from "./normalise.js";

/** Quotation marks reporters paste around words they are checking. */
const QUOTED = /["“”„«»]\s*([^"“”„«»]{3,})\s*["“”„«»]/u;

/** Who a question asks for: "who", "which official", "what politician", "whose words". */
const ASKS_WHO =
  /^(?:(?:so|and|but|ok|okay|hey|quick q|q)\s+)*(?:who|whom|which (?:(?:republican|gop|democratic|democrat)s?\s+)?(?:official|officials|person|people|politician|politicians|one|secretary|secretaries|governor|governors|lieutenant governors?|leader|leaders|party chairs?|party leaders|election directors?|republicans?(?! states?\b)|democrats?(?! states?\b))|what (?:official|officials|person|people|politician|politicians)|whose (?:words|quote|line|remark|statement|comment))\b\s*(.*)$/;

/** "wrote the BuzzFeed story", "is the author of the Hill article": a byline asked for. */
const BYLINE =
  /^(?:wrote|writes|authored|penned|reported|is the (?:author|reporter|writer) of|was the (?:author|reporter|writer) of)\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?(?:story|stories|article|articles|piece|report|coverage)(?:\s+(?:about|on)\s+.+)?$/;

/** "which Republican told the commission …", "what official called …": who, by a word for them. */
const WHICH_SAID =
  /^(?:which|what)\s+(?!(?:states?|articles?|stor(?:y|ies)|pieces?|reports?|headlines?|outlets?|papers?|sources?)\b)(?:[a-z]+\s+){1,4}?((?:said|says|told|called|described|wrote|tweeted|stated|declared|claimed|warned|argued)\b.*)$/;

/** "what did Padilla call the commission": the person before the verb is who is asked about. */
const WHAT_DID =
  /^\s*what\s+(?:did|does|has|had|do)\s+(.+?)\s+(?:say|said|call|tell|think|write|tweet|argue|claim)\b/i;

/** The words naming whom a "what did X say about Y" question asks about ("Padilla"), else null. */
export function askedAbout(raw: string): string | null {
  return WHAT_DID.exec(raw)?.[1] ?? null;
}

/** The verbs of leading a body ("chairs", "headed"), in a question's normalised words. */
const LEADING = "chairs|chaired|co ?chairs|heads|headed|leads|led|runs|ran";

/**
 * "who is …", "who's …", "who chairs the commission": a question about a person, a role or a
 * body's people, not about words.
 */
const ASKS_IDENTITY = new RegExp(
  String.raw`^(?:is|was|are|were|s|whos|the|runs|heads|holds|leads|oversees)\b|^(?:${LEADING}|sits on|serves on)\s+(?:the\s+)?(?:(?!(?:against|for|with|to|on|of|about|fight|charge|effort)\b)\p{L}+\s+){0,2}?(?:commission|panel|committee|board|center|foundation|association|party)\b`,
  "u",
);

/** "who chairs the commission": who leads a body, the lookup then keeps to its leaders. */
export const LEADS_BODY = new RegExp(String.raw`^who (?:${LEADING})\b`);

/** "who was it that said …", "who was the Republican who told them …": words after all. */
const IDENTITY_THEN_SAYING =
  /^(?:is|was|s)\s+(?:[a-z]+\s+){0,4}?(?:that|who)\s+(?:said|says|told|called|described|wrote|tweeted|stated|declared|claimed|warned|argued)\b\s*(.*)$/;

/** "quote about jumping in the Gulf", "the line about taxpayer money". */
const ABOUT_WORDS =
  /^(?:the |a |that |which )?(?:quote|quotes|line|remark|comment|statement)s?\s+(?:about|on|saying|that|re|with)\s+(.+)$/;

/** "who is quoted …", "who was on record …": words again. */
const ON_RECORD =
  /^(?:is|was|are|were|s)\s+(?:quoted|on record|the one who|the person who|the official who)\b\s*(.*)$/;

/** "who is saying …", "who's calling it a sham": words, asked in the present. */
const IS_SAYING =
  /^(?:is|are|was|were|s)\s+((?:saying|calling|claiming|arguing|telling|describing|warning|insisting)\b.*)$/;

/** Verbs that make "who <verb> …" a question about words. */
export const SAYING =
  /^(?:said|says|say|told|tells|tell|called|calls|call|described|describes|describe|wrote|write|tweeted|tweet|stated|declared|declare|claimed|claim|warned|warn|argued|argue|added|insisted|insist|complained|complain|accused|accuse|quipped|vowed|vow|promised|promise|threatened|threaten|dismissed|dismiss|criticized|criticised|blasted|slammed|compared|compare|likened|liken|mention|mentions|mentioned|talked about|talk about|spoke about|brought up|bring up|raised|is quoted|was quoted|quoted)\b/;

/** "did anyone say …", "has anybody mentioned Russia", "anyone call it a sham": who, asked another way. */
const ANYONE =
  /^(?:(?:did|has|have|does|do)\s+)?(?:any ?one|anybody|some ?one|somebody|any officials?)\s+(?:else\s+)?(.+)$/;

export interface QuoteQuestion {
  /** The words to search for. */
  words: string;
  /** "who said <several words>" or pasted quotation: about words even if they sound like a list. */
  certain: boolean;
}

/**
 * The words to search for when a question asks who said something ("who said go jump in the
 * gulf", "who called the commission a waste of taxpayer money", `"unfit to lead"`), else null.
 * List questions ("who refused") are decided before this is asked.
 */
export function quoteQuestion(raw: string): QuoteQuestion | null {
  const pasted = QUOTED.exec(raw);
  if (pasted?.[1] && normalise(pasted[1]).split(" ").length >= 2) {
    return { words: pasted[1], certain: true };
  }
  // ("who's" before normalising, which would take its "'s" for a possessive.)
  const q = normalise(raw.replace(/^\s*who['’]s\b/i, "who is")).replace(/^whos\b/, "who s");
  const about = ABOUT_WORDS.exec(q);
  if (about?.[1]) return { words: about[1], certain: true };
  const anyone = ANYONE.exec(q)?.[1];
  if (anyone && SAYING.test(anyone))
    return { words: anyone, certain: anyone.split(" ").length >= 3 };
  const which = WHICH_SAID.exec(q);
  if (which?.[1]) return { words: which[1], certain: which[1].split(" ").length >= 3 };
  const who = ASKS_WHO.exec(q);
  if (!who) return null;
  const rest = (who[1] ?? "").trim();
  // "who wrote the BuzzFeed story": the article's byline, not someone's words.
  if (BYLINE.test(rest)) return null;
  const record = ON_RECORD.exec(rest) ?? IDENTITY_THEN_SAYING.exec(rest) ?? IS_SAYING.exec(rest);
  if (record) {
    const words = (record[1] ?? "").trim();
    return words ? { words, certain: true } : null;
  }
  if (!rest || ASKS_IDENTITY.test(rest)) return null;
  // "who said no" is the refusals; "who said they would not release felony status" is words.
  const certain = SAYING.test(rest) && rest.split(" ").length >= 4;
  return { words: rest, certain };
}

/** "the story about most states pushing back", "which article says cooperating would legitimize …". */
const ASKS_ARTICLE =
  /^(?:(?:which|what|the|a|an|find|show|me|give|get|is there|there)\s+)*(?:article|articles|story|stories|piece|report|headline|coverage)\s+(?:about|on|that|saying|says|said|headlined|titled|where|with|reporting|reports)\s+(.+)$/;

/** The words to look for in headlines when a question asks for an article by its subject, else null. */
export function articleQuestion(raw: string): string | null {
  const found = ASKS_ARTICLE.exec(normalise(raw));
  return found?.[1]?.trim() || null;
}

const ASKING =
  "ask|asks|asked|asking|request|requests|requested|requesting|want|wants|wanted|seek|seeks|sought|seeking|demand|demands|demanded|demanding";
const PAPER = "letter|letters|request|requests|demand|demands";
/**
 * The request itself, asked about: "what did the commission ask for", "what information did the
 * Trump commission seek", "what's in the letter", "when was the letter sent", "who signed the
 * letter", "did the commission ask for Social Security numbers", "the commission's request",
 * "¿Qué pidió la comisión?". Whoever a question names as asking is checked by the lookup.
 */
const ASKS_REQUEST = [
  new RegExp(
    String.raw`^(?:what|which)\b(?:\s+[a-z]+){0,2}?\s+(?:did|does|do|has|have|is|are|was|were)\s+(?:[a-z]+\s+){0,4}?(?:${ASKING})(?:\s+for)?(?:\s+(?:from|of)\s+(?:the\s+)?states)?(?:\s+(?:the\s+)?states\s+to\s+(?:hand over|turn over|provide|send|give))?(?:\s+in(?:\s+\d{4})?)?$`,
  ),
  /^what(?:\s+[a-z]+){0,2}?\s+(?:was|were|is|are)\s+(?:being\s+)?(?:requested|asked for|sought|demanded)(?:\s+(?:from|of)\s+(?:the\s+)?states)?$/,
  new RegExp(
    String.raw`^what(?:\s+s|\s+is|\s+was|\s+does|\s+did)?\s+(?:in\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:${PAPER})(?:\s+(?:say|says|said|contain|contains|ask for))?$`,
  ),
  new RegExp(
    String.raw`^(?:when|what day|what date|which day|date of)\b(?:\s+[a-z]+){0,6}?\s+(?:${PAPER}|${ASKING}|sent|send|mailed|issued|start asking)\b(?:\s+[a-z]+){0,4}$`,
  ),
  new RegExp(
    String.raw`^(?:who|whose)\b(?:\s+[a-z]+){0,3}?\s+(?:sign|signed|signature|wrote|write|authored|sent|send|issued|made)\b(?:\s+[a-z]+){0,4}?\s+(?:${PAPER})(?:\s+to\s+(?:the\s+)?states)?$|^who\s+(?:was|is)\s+the\s+(?:letter|request)\s+from$|^whose\s+signature\b`,
  ),
  /^(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:request|letter|demand)(?:\s+(?:details|itself|letter))?$/,
  /^did\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:ask|request|want|seek|demand)\s+(?:for\s+)?(?:[a-z]+\s*){1,5}$/,
  // Spanish-speaking reporters' own.
  /^(?:que|cuando|quien)\b.*\b(?:pidio|pide|piden|pidieron|solicito|solicita|exige|exigio|carta|firmo|envio)\b/,
];

/** Words that name a story's requester: the 2017 commission, or the 2025 Justice Department. */
const COMMISSION_WORDS = /\b(?:commission|panel|kobach|pence|pacei|comision)\b/;
const DOJ_WORDS = /\b(?:doj|justice|department|departamento|dhillon|bondi)\b/;

export interface RequestQuestion {
  /** Which requester the question names, where it names one. */
  asker: "commission" | "doj" | null;
  /** Asked of the letter, the request or "they", not of anyone by name. */
  generic: boolean;
}

// The request asked of no one by name: "the letter", "the request", "they", "what was requested",
// and "what is the demanding" where the library took the story's word ("DOJ") out.
const GENERIC =
  /\b(?:letters?|requests?|the\s+demands?)\b|\b(?:they|them|the\s+(?:trump\s+)?(?:administration|government|feds|white\s+house))\b|\bwhat\s+(?:\w+\s+){0,2}?(?:was|were|is|are)\s+(?:being\s+)?(?:requested|asked\s+for|sought|demanded)\b|^(?:que|cuando|quien)\b|\b(?:did|does|do|is|are|was|were|has|have)\s+the\s+(?:ask|asks|asked|asking|request|requested|requesting|want|wants|wanted|seek|sought|seeking|demand|demanding|demanded|start)\b/;

/** Whether a normalised question asks for the request itself, and whose. */
export function requestQuestion(normalised: string): RequestQuestion | null {
  const q = normalised.replace(/\s+/g, " ").trim();
  if (!ASKS_REQUEST.some((re) => re.test(q))) return null;
  const asker = COMMISSION_WORDS.test(q) ? "commission" : DOJ_WORDS.test(q) ? "doj" : null;
  return { asker, generic: GENERIC.test(q) };
}

/** Whose words a "which governors said …" question asks for: an office, a party, or both. */
export interface SpeakerKind {
  offices: Office[] | null;
  party: Party | null;
  /** "which commission member …": only those the data gives a seat on a commission. */
  member?: boolean;
}

/** Whether a person is of the kind asked ("which Republican governors …", "which commission member …"). */
export function fitsKind(kind: SpeakerKind, person: Person | undefined, dataset: Dataset): boolean {
  return (
    (!kind.offices || kind.offices.includes(person?.office ?? "other")) &&
    (!kind.party || person?.party === kind.party) &&
    (!kind.member || seatedOn(person, dataset))
  );
}

/**
 * A seat on the body that made the request (the dataset's story's, or any story's), as the data
 * gives the person's organisation: never a state's own "Elections Commission".
 */
export function seatedOn(person: Person | undefined, dataset: Dataset): boolean {
  const bodies = dataset.story ? [dataset.story] : dataset.stories;
  const organisation = normalise(person?.organisation ?? "");
  return organisation !== "" && bodies.some((s) => organisation.includes(normalise(s.requester)));
}

/** "commission member", "members of the panel", "commissioners": those with a seat on it. */
export const MEMBER_WORDS =
  /\b(?:(?:commission|panel) members?|members? of (?:the |that |this )?(?:\w+ )?(?:commission|panel)|commissioners?)\b/;

const KIND_OFFICES: [RegExp, Office[]][] = [
  [/^(?:lieutenant|lt) governors?$/, ["lieutenant-governor"]],
  [/^governors?$/, ["governor"]],
  [/^secretar(?:y|ies)(?: of state)?$/, ["secretary-of-state"]],
  [/^(?:election|elections) (?:directors?)$/, ["elections-director"]],
  [
    /^(?:election|elections) (?:chiefs?|officials?)$/,
    ["secretary-of-state", "lieutenant-governor", "elections-director"],
  ],
  [/^party (?:chairs?|chairmen|chairwomen|leaders?|officials?)$/, ["party-chair"]],
];

/**
 * "which governors criticized …", "what Republican secretary of state said …", "which party
 * chairs …": the kind of speaker asked for, else null.
 */
export function speakerKind(normalised: string): SpeakerKind | null {
  if (
    /^(?:which|what)\s/.test(normalised) &&
    MEMBER_WORDS.test(
      normalised.split(
        / (?:said|says|told|called|described|wrote|tweeted|stated|declared|claimed|warned|argued)\b/,
      )[0] ?? "",
    )
  )
    return { offices: null, party: null, member: true };
  const m =
    /^(?:which|what)\s+(?:(republican|gop|democratic|democrat)s?\s+)?((?:lieutenant |lt )?governors?|secretar(?:y|ies)(?: of state)?|(?:election|elections) (?:directors?|chiefs?|officials?)|party (?:chairs?|chairmen|chairwomen|leaders?|officials?)|republicans|democrats|republican|democrat|officials?)\b/.exec(
      normalised,
    );
  if (!m) return null;
  const partyWord = m[1] ?? (/^(?:republican|democrat)/.test(m[2] ?? "") ? m[2] : undefined);
  const party: Party | null = partyWord
    ? /^(?:republican|gop)/.test(partyWord)
      ? "R"
      : "D"
    : null;
  const offices = KIND_OFFICES.find(([re]) => re.test(m[2] ?? ""))?.[1] ?? null;
  return offices || party ? { offices, party } : null;
}
