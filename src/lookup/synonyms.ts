/**
 * Words reporters use interchangeably when they ask who said something ("who said it was hard to
 * trust the panel" for "very difficult to have confidence in the commission"). General English
 * for this beat, applied to questions only: the index holds the articles' own words and stems.
 * A phrase ("hand over") is matched in a question as a whole and looked for in the articles by
 * its last meaningful word ("hand"), unless that word alone means too many things ("part" of
 * "take part"): such a phrase only leads to its group's other words. Each group is one sense; a
 * word with two senses ("turn down", "turn over") is left out of one of them.
 */
const GROUPS: string[][] = [
  ["hard", "difficult", "tough"],
  ["lose", "lost", "loss", "losing"],
  ["easy", "simple"],
  ["refuse", "decline", "reject", "rebuff"],
  [
    "give",
    "hand over",
    "turn over",
    "give out",
    "provide",
    "supply",
    "share",
    "release",
    "furnish",
  ],
  ["data", "information", "info", "records", "rolls", "files", "details"],
  ["commission", "panel", "committee"],
  ["lawsuit", "suit", "litigation", "legal action"],
  ["request", "demand"],
  ["claim", "allegation", "accusation", "assertion"],
  ["false", "untrue", "bogus", "baseless", "unfounded", "fake"],
  ["evidence", "proof"],
  ["widespread", "massive", "mass", "rampant", "pervasive"],
  ["law", "statute", "legislation"],
  ["allow", "permit", "let"],
  ["private", "personal", "confidential", "sensitive"],
  ["protect", "safeguard", "shield"],
  ["participate", "take part", "cooperate", "comply", "go along"],
  ["praise", "applaud", "commend", "laud", "hail"],
  ["criticize", "criticise", "attack", "slam", "blast", "condemn"],
  ["stop", "quit", "cease", "halt"],
  ["long", "lengthy"],
  ["motive", "reason", "motivation"],
  ["question", "inquiry", "query"],
  ["create", "set up", "establish"],
  ["lead", "head", "run"],
  ["trust", "confidence", "faith"],
  ["attempt", "effort", "try", "bid"],
  ["troubling", "disturbing", "worrying", "alarming"],
  ["dangerous", "harmful", "risky"],
  ["embarrassing", "humiliating", "shameful"],
  ["waste", "squander"],
  ["money", "funds", "dollars", "cash"],
  ["ridiculous", "absurd", "ludicrous", "preposterous"],
  ["obstruct", "block", "hinder", "impede"],
  ["accountable", "responsible"],
  ["hide", "conceal"],
  ["big", "large", "huge", "enormous"],
  ["help", "assist", "aid", "support"],
  ["rare", "uncommon", "unusual", "infrequent"],
  ["investigate", "probe", "examine", "look into"],
  ["myth", "fiction", "falsehood"],
  ["citizen", "resident"],
  ["necessary", "needed", "essential", "required"],
  ["fight", "combat", "battle", "counter"],
  ["id", "identification"],
  ["birthdate", "birthday", "date of birth", "birth date"],
];

/** Phrases whose last word alone is no sign of the phrase in an article ("thanks in part to"). */
const ASKED_ONLY = new Set([
  "turn over",
  "take part",
  "go along",
  "set up",
  "look into",
  "legal action",
]);

export interface Synonyms {
  /** A single word's stem → the stems of its group's members, the words looked for in the articles. */
  ofWord: Map<string, string[]>;
  /** Phrases as stem sequences ("hand over" → ["hand", "over"]), longest first, with their group. */
  phrases: { stems: string[]; key: string; members: string[] }[];
}

/** The groups, stemmed, with phrases keyed by their last word that is not a stop word. */
export function buildSynonyms(
  isStop: (word: string) => boolean,
  stem: (word: string) => string,
): Synonyms {
  const ofWord = new Map<string, string[]>();
  const phrases: Synonyms["phrases"] = [];
  for (const group of GROUPS) {
    const keyed = group.map((member) => {
      const words = member.split(" ");
      const content = words.filter((w) => !isStop(w));
      return { member, words, key: stem(content[content.length - 1] ?? member) };
    });
    const members = [...new Set(keyed.filter((k) => !ASKED_ONLY.has(k.member)).map((k) => k.key))];
    for (const { words, key } of keyed) {
      if (words.length > 1) phrases.push({ stems: words.map((w) => stem(w)), key, members });
      else ofWord.set(key, [...new Set([...(ofWord.get(key) ?? []), ...members])]);
    }
  }
  phrases.sort((a, b) => b.stems.length - a.stems.length);
  return { ofWord, phrases };
}
