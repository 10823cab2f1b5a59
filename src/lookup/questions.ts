import type { Office, Party } from "../domain/dataset.js";
import { normalise } from "./normalise.js";

/** Quotation marks reporters paste around words they are checking. */
const QUOTED = /["“”„«»]\s*([^"“”„«»]{3,})\s*["“”„«»]/u;

/** Who a question asks for: "who", "which official", "what politician", "whose words". */
const ASKS_WHO =
  /^(?:(?:so|and|but|ok|okay|hey|quick q|q)\s+)*(?:who|whom|which (?:(?:republican|gop|democratic|democrat)s?\s+)?(?:official|officials|person|people|politician|politicians|one|secretary|secretaries|governor|governors|lieutenant governors?|leader|leaders|party chairs?|party leaders|election directors?|republicans?|democrats?)|what (?:official|officials|person|people|politician|politicians)|whose (?:words|quote|line|remark|statement|comment))\b\s*(.*)$/;

/** "which Republican told the commission …", "what official called …": who, by a word for them. */
const WHICH_SAID =
  /^(?:which|what)\s+(?!(?:states?|articles?|stor(?:y|ies)|pieces?|reports?|headlines?|outlets?|papers?|sources?)\b)(?:[a-z]+\s+){1,3}?((?:said|says|told|called|described|wrote|tweeted|stated|declared|claimed|warned|argued)\b.*)$/;

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
const SAYING =
  /^(?:said|says|say|told|tells|called|calls|described|describes|wrote|tweeted|stated|declared|claimed|warned|argued|added|insisted|complained|accused|quipped|vowed|promised|threatened|dismissed|criticized|criticised|blasted|slammed|compared|likened|mention|mentions|mentioned|talked about|talk about|spoke about|brought up|bring up|raised|is quoted|was quoted|quoted)\b/;

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

// Who asked, as a reporter names them: the body, its letter, its people, or "they".
// (A story word the library took out of the question may leave "what did the ask for".)
const ASKER = String.raw`(?:the\s+)?(?:(?:commission|panel|doj|justice department|department of justice|department|administration|trump administration|white house|government|feds|federal government|kobach|letter|letters|request|requests|demand|demands|they|he)\s+)?`;
/**
 * "what did the commission ask for", "what data does the DOJ want", "what's in the letter",
 * "when was the letter sent", "who signed the letter", "the request": the request itself, as the
 * story states it.
 */
const ASKS_REQUEST = new RegExp(
  String.raw`^(?:(?:what|which)(?:\s+(?:data|information|info|records|details|fields|voter data))?\s+(?:did|does|do|has|have)\s+${ASKER}(?:ask(?:ed)?\s+(?:(?:the\s+)?states\s+)?for|request(?:ed)?|want(?:ed)?|seek|sought|demand(?:ed)?|ask(?:ed)?\s+(?:the\s+)?states\s+to\s+(?:hand over|turn over|provide|send))|what\s+(?:was|were|is|are)\s+(?:being\s+)?(?:requested|asked for|sought|demanded)|what(?:\s+s|\s+is|\s+was)?\s+in\s+the\s+(?:letter|request|demand)s?|who\s+(?:sent|signed|wrote|issued|made)\s+(?:the\s+)?(?:letter|letters|request|requests|demand|demands)|when\s+(?:was|were|did)\s+(?:the\s+)?(?:letter|letters|request|requests|demand|demands)(?:\s+(?:sent|made|go out|come|issued|arrive))?|(?:the\s+)?(?:original\s+)?(?:request|letter|demand)(?:\s+itself)?)$`,
);

/** Whether a normalised question asks for the request itself. */
export function requestQuestion(normalised: string): boolean {
  return ASKS_REQUEST.test(normalised.replace(/\s+/g, " ").trim());
}

/** Whose words a "which governors said …" question asks for: an office, a party, or both. */
export interface SpeakerKind {
  offices: Office[] | null;
  party: Party | null;
}

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
