import type { Jurisdiction } from "../domain/dataset.js";
import { SPEAKING_FOR, speechVerbs } from "./speech.js";
import type { StateMatcher } from "./states.js";
import { type Range, SCENE_OPENERS } from "./text.js";

/**
 * A state office an article credits words to when it names no person: "the secretary of state's
 * office said", "according to the office of the attorney general", "Simon's office said". Its
 * name says whose office it is, as a reader would ("Minnesota Secretary of State's office").
 */
export interface OfficeSpeaker extends Range {
  /** "Minnesota Secretary of State's office", or "Jo Lee's office" when no title is known. */
  name: string;
  /** Whose office it is, as the text gives it: "Steve Simon's office", "the governor's office". */
  role: string;
  state: string | null;
  /** Its words follow or precede a speech verb here; otherwise it is only named. */
  speaks: boolean;
}

// Either case ("the secretary of state's office", "Ohio Secretary of State's office"); the rest of
// the patterns stay case-sensitive so a state's name is a capitalised word.
const TITLE = String.raw`([Ss]ecretary\s+of\s+(?:the\s+)?(?:[Ss]tate|[Cc]ommonwealth)|[Ll]ieutenant\s+[Gg]overnor|[Ll]t\.\s+[Gg]ov(?:ernor)?\.?|[Aa]ttorney\s+[Gg]eneral|[Gg]overnor|[Gg]ov\.)`;
// The office itself speaks or answers: "… office said", "… office declined", "according to …".
const SPOKE_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:has|had|have)\s+)?(?:(?:later|also|then|again|\w+ly)\s+)?${speechVerbs("writes", "stated", "responded", "replied", "noted", "explained", "confirmed", "e-?mailed", "argued", "advised", "declined", "rejected", "refused", "denied", "issued", "released", String.raw`in\s+a\s+statement`)}\b`,
  "i",
);
const SPOKE_BEFORE = /\b(?:said|says|according\s+to|(?:a|the)\s+statement\s+from)\s+$/i;
// "according to Secretary of State Ruth Johnson’s office": the holder's title may come between.
const SPOKE_BEFORE_TITLED =
  /\b(?:said|says|according\s+to|(?:a|the)\s+statement\s+from)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*|of)\s+){0,5}$/u;
// "X’s office also received the letter, and told Source NM …": the clause goes on to speak.
// ("… office initially rebuffed the request, stating it could not “…”": a participle of saying.)
const SPOKE_LATER =
  /^[^.;:“”"]{0,100}?(?:,?\s+and\s+(?:told|said|wrote|responded|replied)|,\s+(?:stating|saying|writing|noting|arguing|adding))\b/;

// (Within a line: a sentence ending a paragraph, "… the Justice Department.", is no part of the
// office named at the start of the next.)
const NAMED_TITLE = new RegExp(
  String.raw`\b(?:[Tt]he[^\S\n]+)?(?:(\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*){0,2}?)(?:['’]s)?[^\S\n]+)?${TITLE}(?:['’]s)?\s+[Oo]ffice\b`,
  "gu",
);
const OFFICE_OF = new RegExp(
  String.raw`\b(?:[Tt]he\s+)?[Oo]ffice\s+of\s+(?:the\s+)?(?:(\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*){0,2}?)[^\S\n]+)?${TITLE}`,
  "gu",
);

function titleCase(title: string): string {
  const t = title.toLowerCase().replace(/\s+/g, " ");
  if (t.startsWith("secretary of") && t.endsWith("commonwealth"))
    return "Secretary of the Commonwealth";
  if (t.startsWith("secretary of")) return "Secretary of State";
  if (t.startsWith("lieutenant") || t.startsWith("lt.")) return "Lieutenant Governor";
  if (t.startsWith("attorney")) return "Attorney General";
  return "Governor";
}

/**
 * Offices the text credits words to, by their titles ("the secretary of state's office said") and
 * by their holders (`holders`: where a person is named followed by "'s office", with that
 * person's name, role and state). `home`: the state of a one-state story.
 */
export function officeSpeakers(
  text: string,
  states: StateMatcher,
  jurisdictions: readonly Jurisdiction[],
  holders: readonly (Range & { name: string; role: string; state: string | null })[],
  home: string | null,
): OfficeSpeaker[] {
  const speaks = (start: number, end: number) =>
    SPOKE_AFTER.test(text.slice(end, end + 30)) ||
    SPOKE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    SPOKE_LATER.test(text.slice(end, end + 140));
  const stateOf = (words: string | undefined) => {
    if (!words) return null;
    return states.find(words)[0]?.state ?? null;
  };
  const named = (state: string | null, title: string) => {
    const j = jurisdictions.find((x) => x.usps === state);
    return `${j ? `${j.name} ` : ""}${titleCase(title)}'s office`;
  };
  // "Michigan will provide … data, according to Secretary of State Ruth Johnson's office": the
  // one state the sentence names before a holder the text gives no state.
  const onlyStateBefore = (at: number) => {
    const lead = text.slice(Math.max(0, at - 300), at);
    const sentence = lead.slice(Math.max(0, lead.search(/[.!?]["”’]?\s+\p{Lu}[^.!?]*$/u) + 1));
    const named = new Set(states.find(sentence).map((f) => f.state));
    return named.size === 1 ? ([...named][0] as string) : null;
  };
  // "Alabama | Reviewing | Secretary of state's office says …", "ALABAMA: …": the state the
  // table row or labelled line opens with.
  const rowState = (at: number) => {
    const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
    const label = /^[^\S\n]*(?:[-•*][^\S\n]*)?([^|:—–\n]{2,30}?)[^\S\n]*[|:—–]/u.exec(line);
    const found = label ? states.find(label[1] as string) : [];
    return found.length === 1 && found[0]?.start === 0 && found[0].end === label?.[1]?.length
      ? found[0].state
      : null;
  };
  const out: OfficeSpeaker[] = [];
  for (const pattern of [NAMED_TITLE, OFFICE_OF]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const state = stateOf(m[1]) ?? rowState(start) ?? home;
      const said = speaks(start, end);
      out.push({ start, end, state, name: named(state, m[2] as string), role: m[0], speaks: said });
    }
  }
  for (const h of holders) {
    const office = /^['’]s?\s+office\b/.exec(text.slice(h.end, h.end + 12));
    if (!office) continue;
    const end = h.end + office[0].length;
    const spoke =
      speaks(h.start, end) ||
      SPOKE_BEFORE_TITLED.test(text.slice(Math.max(0, h.start - 60), h.start));
    if (!spoke) continue;
    const title = new RegExp(TITLE).exec(h.role);
    const state = h.state ?? onlyStateBefore(h.start) ?? home;
    out.push({
      start: h.start,
      end,
      state,
      name: title ? named(state, title[1] as string) : `${h.name}'s office`,
      role: `${h.name}'s office`,
      speaks: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "…,” the office said", "the office declined to comment": the office named last before it. */
export function officeNouns(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/\b[Tt]he\s+office\b(?!\s+of\b)/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (
      SPOKE_AFTER.test(text.slice(end, end + 30)) ||
      SPOKE_BEFORE.test(text.slice(Math.max(0, start - 30), start))
    )
      out.push({ start, end });
  }
  return out;
}

/**
 * A group the text credits words to: "The League of Women Voters of Wyoming on Friday said …",
 * "according to the Brennan Center", "…,” the ACLU said". Not a state's answer: its words are
 * quotes, never a stance.
 */
export interface GroupSpeaker extends Range {
  name: string;
  /** Its words follow or precede a speech verb here; otherwise it is only named. */
  speaks: boolean;
}

// "the League on Friday", "the Center of January's count": a date is no part of a name.
const DATE_WORD = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b`;
// "the ACLU of New Hampshire", but not "the ACLU of Ohio Executive Director …".
const NOT_OF_PLACE = String.raw`(?:Executive|Director|President|Legal|Staff|Senior|Policy|Deputy|Chief|Attorney|Counsel|Spokes\p{L}*|Chair\p{L}*)\b`;
// One line's capitalised words (a sentence's full stop is not part of a name).
const GROUP = new RegExp(
  String.raw`\b(?:[Tt]he[^\S\n]+)?((?:\p{Lu}[\p{L}'’&-]*[^\S\n]+){0,5}(?:League|Center|Centre|Union|Association|Foundation|Committee|Coalition|Council|Institute|Project|Alliance|Network|Caucus|Society|Fund|Party)(?:[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?(?!${DATE_WORD})\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?!${DATE_WORD})\p{Lu}[\p{L}'’-]*){0,3}){0,2}|(?!The\b)(?:\p{Lu}[\p{L}'’&-]*[^\S\n]+){1,4}(?:Board(?:[^\S\n]+of[^\S\n]+Elections?(?:[^\S\n]+Commissioners)?)?|Elections?[^\S\n]+(?:Commission|Division)|Division[^\S\n]+of[^\S\n]+Elections?)|(?:ACLU|NAACP)(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?!${DATE_WORD})\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?!${NOT_OF_PLACE}|${DATE_WORD})\p{Lu}[\p{L}'’-]*)?)?|EPIC|DNC|RNC|Common[^\S\n]+Cause|Protect[^\S\n]+Democracy|Democracy[^\S\n]+Docket|Judicial[^\S\n]+Watch|Verified[^\S\n]+Voting)\b`,
  "gu",
);
// "“…” by the ACLU", "“…,” reads an ACLU press release": credited with words just quoted;
// "Officials with Common Cause called it …": speaking for it; "The lawsuit, filed by pro-voting
// group Common Cause": its paper's words are the group's.
const CREDITED_BEFORE = new RegExp(
  String.raw`[”"][\s,]*(?:by|(?:reads?|said|says|stated)\s+(?:an?|the))\s+$|\b${SPEAKING_FOR}\s+(?:the\s+)?$|\b(?:lawsuit|suit|complaint|motion|brief)s?,?\s+(?:(?:was|were)\s+)?(?:filed|brought)\s+by\s+(?:[\p{L}-]+\s+){0,3}?(?:the\s+)?$`,
  "u",
);
// The group speaks: "… said", "… on Friday said", "… said in a statement", "… leaders said",
// "… (LWVCT) sent a letter";
// "according to …".
const GROUP_SPOKE_AFTER = new RegExp(
  String.raw`^(?:\s*\(\p{Lu}{2,8}\))?[\s,]*(?:(?:leaders|officials|lawyers|attorneys)\s+)?(?:(?:on\s+)?\p{Lu}\p{L}+day\s+|also\s+)?(?:(?:has|have|had)\s+)?${speechVerbs("stated", "argued", "warned", "noted", "responded", "urged", "called", "announced", "condemned", "criticized", "criticised", "denounced", "praised", "welcomed", "characteri[sz]ed", "described", String.raw`(?:issued|released|put\s+out)\s+an?\s+(?:[\p{L}-]+\s+)?statement`, String.raw`(?:sent|issued)\s+an?\s+(?:[\p{L}-]+\s+)?letter`)}\b`,
  "u",
);

// A clause that sets the scene before the main one: "After", "When", "Since" …
const SCENE_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)${SCENE_OPENERS}\s+(?:the\s+)?$`,
  "u",
);

// A named person's post in the group named next: "Jo Lee, spokeswoman for", "Ann Roe, a lawyer
// with". (An unnamed "the director of the ACLU's project" leaves the group to stand for them.)
const SOMEONE_OF =
  /\p{Lu}[\p{L}.'’-]+,\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:spokes(?:man|woman|person)|director|president|chair(?:man|woman)?|head|lawyer|attorney|counsel|official|member|executive|founder|CEO)\s+(?:for|of|at|with)\s+$/iu;

/** Every group the text names, so that "the group said" finds the one named last. */
export function groupSpeakers(text: string): GroupSpeaker[] {
  const out: GroupSpeaker[] = [];
  for (const m of text.matchAll(GROUP)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const end = start + (m[1] as string).length;
    // ("Jo Lee, spokeswoman for the League of Women Voters, said": she speaks, named by it.)
    const ofSomeone = SOMEONE_OF.test(text.slice(Math.max(0, (m.index ?? 0) - 80), m.index ?? 0));
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
    // ("After the Brennan Center sent a letter …, Adams wrote back": the letter sets the scene.)
    const sceneSetting = SCENE_BEFORE.test(
      text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0),
    );
    const spokeAfter = GROUP_SPOKE_AFTER.exec(text.slice(end, end + 40));
    const speaks =
      !ofSomeone &&
      ((spokeAfter !== null && !(sceneSetting && /\bletter$/.test(spokeAfter[0]))) ||
        SPOKE_BEFORE.test(before) ||
        CREDITED_BEFORE.test(before));
    out.push({ start, end, name: m[1] as string, speaks });
  }
  return out;
}

// A law by its name: "Nevada Revised Statute 293.558", "the E-Government Act of 2002", "52 U.S.C.
// § 20703", "the U.S. Constitution", "Massachusetts law".
const LAW =
  /\b((?:(?:\p{Lu}[\p{L}.'’-]*|of)[^\S\n]+){0,5}(?:(?:Revised[^\S\n]+)?Statutes?|Code|Constitution)(?:[^\S\n]+(?:§+[^\S\n]*)?\d(?:[\w:-]|\.(?=\w))*(?:\([\da-z]+\))*)?|\d+[^\S\n]+U\.S\.C\.[^\S\n]+§+[^\S\n]*\d[\d.-]*(?:\([\da-z]+\))*|(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,6}Act(?:[^\S\n]+of[^\S\n]+\d{4})?|\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?[^\S\n]+law(?:[^\S\n]+\d+[^\S\n]+[\p{Lu}.]+[^\S\n]*§+[^\S\n]*\d[\d.-]*(?:\([\da-z]+\))*)?)(?!\p{L})/gu;
// The law's words follow: "… says", "… states that", "… specifies"; or come first: "says …".
const LAW_SPEAKS_AFTER = /^[\s,]*(?:says|states|stated|specifies|reads|declares)\b/;
const LAW_SPOKEN_BEFORE = /\b(?:says|states|reads|according\s+to)\s+(?:the\s+)?$/;

/**
 * A law the text quotes as speaking ("Massachusetts law specifies that the data “shall not be a
 * public record”", "“No information … may be withheld,” says Nevada Revised Statute 293.558"):
 * its words are the law's, not the last official's named.
 */
export function lawSpeakers(text: string): GroupSpeaker[] {
  const out: GroupSpeaker[] = [];
  for (const m of text.matchAll(LAW)) {
    const name = (m[1] as string).replace(/^(?:The|the)\s+/, "");
    const start = (m.index ?? 0) + (m[1] as string).indexOf(name);
    const end = start + name.length;
    // ("says Ohio law professor Jo Lee": the law only names her field.)
    const speaks =
      LAW_SPEAKS_AFTER.test(text.slice(end, end + 20)) ||
      (LAW_SPOKEN_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
        /^\s*(?:[,.;]|$)/.test(text.slice(end, end + 2)));
    if (speaks) out.push({ start, end, name, speaks });
  }
  return out;
}

/** "…,” the group said": the group last named before `at`, if the text names one. */
export const GROUP_NOUN =
  /\b[Tt]he\s+(?:state\s+)?(?:elections?\s+)?(group|organi[sz]ation|nonprofit|league|coalition|cent(?:er|re)|institute|foundation|alliance|association|network|party|committee|union|caucus|board)\b(?!\s+(?:of|for)\b)/g;

/** "the group" is any group; "the party", "the league" only one whose name says so. */
export function groupNounFits(noun: string): (name: string) => boolean {
  const n = noun.toLowerCase();
  if (/^(?:group|organi[sz]ation|nonprofit)$/.test(n)) return () => true;
  const word = new RegExp(String.raw`\b${n.startsWith("cent") ? "cent(?:er|re)" : n}\b`, "i");
  return (name) => word.test(name);
}
