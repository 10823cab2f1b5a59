import { PARTY_WORDS } from "../data/schema.js";
import type { Jurisdiction, Person } from "../domain/dataset.js";
import { escapeRegExp, indexOfName } from "../domain/names.js";
import { GROUP_NAME_WORDS } from "./bodies.js";
import {
  GROUP_NOUN,
  groupNounFits,
  groupSpeakers,
  lawSpeakers,
  officeNouns,
  officeSpeakers,
} from "./offices.js";
import { SPANISH_SAID, speechVerbs } from "./speech.js";
import type { StateMatcher } from "./states.js";
import {
  captionParagraphs,
  clauseBefore,
  excerpt,
  type Range,
  rangeAt,
  rangesWithin,
  sentences,
  wrapped,
} from "./text.js";
import type { DraftPerson, Excerpt } from "./types.js";

/** A place in the text that names a person (or "he"/"she", resolved to one). */
export interface Mention extends Range {
  key: string | null;
  pronoun: boolean;
  inQuote: boolean;
}

export interface Found {
  key: string;
  name: string;
  known: Person | null;
  mentions: Mention[];
  role: { text: string; evidence: Excerpt } | null;
  state: string | null;
  party: { party: "R" | "D"; evidence: Excerpt } | null;
  partyConflict: boolean;
  /** An office that speaks as itself ("the secretary of state's office said"), not a person. */
  body?: true;
  /** A group outside government ("the League of Women Voters"): its words are no state's answer. */
  group?: true;
}

export interface PeopleInText {
  mentions: Mention[];
  byKey: Map<string, Found>;
  /** The person a mention stands for, resolving "he"/"she" to the last person named before it. */
  personAt(mention: Mention): Found | null;
  draftPeople(speakers: Set<string>): DraftPerson[];
}

// Titles and other words that stand before a name but are not part of it.
const TITLE_WORDS = new Set(
  (
    "Secretary Sec. State Gov. Governor Lt. Lieutenant Sen. Senator Rep. Representative Attorney Atty. " +
    "General President Vice Chair Chairman Chairwoman Director Administrator Commissioner Mayor " +
    "Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Judge Justice Deputy Executive Speaker Leader Chief Spokesman " +
    "Spokeswoman " +
    "Party Democratic Democrat Republican Former Acting Assistant Clerk Registrar Treasurer " +
    "Auditor Fellow Professor Prof. Sheriff Rev. St. U.S. Federal Presidential Elections Election " +
    "Commonwealth Recorder Supervisor Assemblyman Assemblywoman Assemblymember Councilman " +
    "Councilwoman Delegate Del. Counsel Associate Advisor Adviser Spokesperson Coordinator " +
    "Organizer Manager Officer CEO Founder Strategist Analyst Member"
  ).split(" "),
);
/** A title word, also joined to "Co-", "Vice-" or "Deputy-" ("Co-President", "Vice-Chair"). */
function isTitleWord(word: string): boolean {
  const joined = /^(?:Co|Vice|Deputy|Acting|Interim)-(\p{Lu}[\p{L}.]*)$/u.exec(word);
  return TITLE_WORDS.has(word) || (joined !== null && TITLE_WORDS.has(joined[1] as string));
}
// Capitalised words that start sentences, never names.
const STARTERS = new Set(
  (
    "The A An In On At As If But And Or So Yet For While When Where After Before Since Under " +
    "Even Meanwhile According Earlier Later Many Most Some Several Officials Advocates It Its " +
    "This That These Those They We He She I You Our Their His Her There Here What Why How Who " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May " +
    "June July August September October November December Also Still However Although Though " +
    "Both Either Neither Each Said Says Today Tonight Yesterday Tomorrow Now Yes No Then Again " +
    "Responded Replied Added Countered Retorted Quipped Wrote Answered Declared Tweeted " +
    // ("And I'm Brooke Gladstone": the speaker's own name after "I'm".)
    "I'm I’m I've I’ve I'd I’d I'll I’ll"
  ).split(" "),
);
// Words that name institutions and places, never people.
const NOT_NAMES = new Set([
  ...STARTERS,
  ...(
    "Commission Committee Center Centre Foundation Department Office House Senate Association " +
    "Program School University College Court Institute Council Board Bureau Agency Service News " +
    "Post Times Star Hill Tribune Journal Herald Gazette Press Radio Review Day Security Safety Integrity " +
    "Democracy Law Building County City Gulf America American Americans Russia Russian Twitter " +
    "Facebook Republicans Democrats Congress Administration Division Project Network Group Fund " +
    "Union Club Society Coalition Alliance Trust Bank Street Avenue Road Park Square Island Lake " +
    "River Mount Internet Census Police Register Republic Capitol Statehouse District Circuit " +
    "Section Rights Civil Western Eastern Northern Southern Voting Reuters Politico Axios " +
    "Bloomberg Votebeat Stateline Services Media Company Associates Partners Communications " +
    "Strategies Consulting Inc. LLC Comments United States Nations Kingdom " +
    // (Outlets' names: "Oregon Public Broadcasting", "the Sacramento Bee's Capitol Bureau".)
    "Broadcasting Television Magazine Chronicle Sentinel Dispatch Inquirer Enquirer Examiner " +
    "Observer Monitor Weekly Channel Caucus " +
    // Spanish-language news: "el Estado de Minnesota", "el Departamento de Justicia".
    "Estado Estados Unidos Departamento Justicia Secretario Secretaria Gobernador Gobernadora " +
    "Fiscal Comisión Oficina Corte Tribunal Junta Casa Blanca"
  ).split(" "),
]);
// Last words that make a run of capitalised words a law or a document ("National Voter
// Registration Act", "Grimes Statement"), never a person.
const DOCUMENT_WORDS = new Set(
  "Act Acts Statement Memorandum Order Rule Rules Code Amendment Clause Bill Statute Statutes Constitution".split(
    " ",
  ),
);
// Titles that stand before a person's surname: "Chair Thomsen", "Gov. Poe".
const PERSON_TITLES = new Set(
  (
    "Chair Chairman Chairwoman Secretary State Gov. Governor Sen. Senator Rep. Representative President " +
    "Commissioner Director Administrator Mayor Judge Mr. Mrs. Ms. Dr. Clerk Registrar Sheriff Lt. " +
    // (British and house styles drop the point: "Mr Trump".)
    "Mr Mrs Ms Dr"
  ).split(" "),
);
// Words a headline capitalises that no name holds.
const HEADLINE_VERBS = new Set(
  "Does Did Do Not Is Are Was Were Will Would Has Have Had Can Could Should Says Said Won't Doesn't Isn't Refuses Rejects Wants".split(
    " ",
  ),
);
const PARTICLES = new Set(["von", "van", "de", "del", "der", "da", "di", "la", "le", "bin"]);
const ROLE_WORDS =
  /\b(?:secretary|sec|gov|governor|lt|lieutenant|director|chair|chairman|chairwoman|administrator|senator|sen|rep|representative|commissioner|clerk|spokesman|spokeswoman|spokesperson|official|attorney general|mayor|president|fellow|executive|registrar|auditor|deputy|counsel|treasurer|member|leader|professor|lawyer|head|coordinator|supervisor|comptroller|judge)\b/i;
// Lower-case words inside a title: "White House press secretary", "former Minnesota secretary".
const ROLE_MODIFIERS =
  /^(?:press|deputy|top|chief|state|election|elections|assistant|acting|former|executive)$/;
const KEEPS_PERIOD =
  /^(?:(?:\p{Lu}\.)*\p{Lu}|Gov|Lt|Sen|Rep|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Rev|Gen|Col|Capt|Sgt|Sec|Atty|Asst)\.$/u;
// Two capitals that are not a first name's initials ("AP Photo", "the U.S. Senate", "S.C. Gov.").
const NOT_INITIALS = new Set(
  "AP US UN EU UK AG TV PR IT VP DA PM MP AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  ),
);
const PRONOUN = /\b(?:he|she)\b/gi;
// "”, dijo Kobach", "», afirmó Weber": a Spanish speech verb right after a quote, then a name.
const SPANISH_SAID_BEFORE = new RegExp(
  String.raw`[,”"’»]\s*(?:${SPANISH_SAID.join("|")})\s+$`,
  "u",
);
// What may follow that name in its clause: its end, or when and where ("este lunes", "en …").
const SPANISH_CLAUSE_GOES_ON =
  /^(?:\s*[,.;:!?)—–]|\s*$|\s+\(|\s+(?:este|esta|el|la|en|a|al|durante|hoy|ayer|ante|tras)(?!\p{L}))/u;

const SPOKE = speechVerbs("continued", "stated", "noted", "explained", "argued", "mentioned");
// "Kindel said", "Fontes, a Democrat, said".
const SAYS_AFTER = new RegExp(String.raw`^(?:,[^,.;“”"]{1,60},)?\s+${SPOKE}\b`);
// "Vance — who heads the division — said".
const SAYS_AFTER_DASH = new RegExp(String.raw`^\s*[—–][^—–.;“”"]{1,80}[—–]\s+${SPOKE}\b`);

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']s$/u, "")
    .toLowerCase();

interface Run {
  tokens: { text: string; start: number; end: number }[];
}

/** Runs of capitalised words (with name particles), broken by punctuation and lower-case words. */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  let run: Run = { tokens: [] };
  let lastEnd = -1;
  let homeTown = false;
  const word = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
  const flush = () => {
    while (run.tokens.length && PARTICLES.has(run.tokens[run.tokens.length - 1]?.text ?? "")) {
      run.tokens.pop();
    }
    if (run.tokens.length && !homeTown) runs.push(run);
    run = { tokens: [] };
    homeTown = false;
  };
  for (let m = word.exec(text); m; m = word.exec(text)) {
    let t = m[0];
    const start = m.index;
    // A sentence's full stop is not part of the word ("Cox."), an abbreviation's is ("Gov.").
    if (t.endsWith(".") && !KEEPS_PERIOD.test(t)) t = t.slice(0, -1);
    const possessive = /[’']s$/u.test(t) || /s[’']$/u.test(t);
    const joined = lastEnd >= 0 && text.slice(lastEnd, start) === " ";
    // "J.B. Pritzker", "JB Pritzker": a first name by its initials, before a surname.
    const initials =
      (/^(?:\p{Lu}\.){2,3}$/u.test(t) && !NOT_INITIALS.has(t.replaceAll(".", ""))) ||
      (/^\p{Lu}{2}$/u.test(t) &&
        !NOT_INITIALS.has(t) &&
        /^ \p{Lu}\p{Ll}/u.test(text.slice(start + 2, start + 5)));
    const capital =
      /^\p{Lu}(?:[\p{Ll}\p{M}'’-]|\.$|c\p{Lu})/u.test(t) || /^\p{Lu}\.$/u.test(t) || initials;
    const particle = PARTICLES.has(t) && run.tokens.length > 0;
    if (!joined) flush();
    // "Rep. Vivian Flowers, D-Pine Bluff,": a party and home town, never a name.
    if (/^[DRI]-\p{Lu}/u.test(t)) {
      flush();
      homeTown = true;
    }
    if (capital || particle) {
      run.tokens.push({
        text: t.replace(/[’']s?$/u, ""),
        start,
        end: start + t.replace(/[’']s?$/u, "").length,
      });
      if (possessive || t.length < m[0].length) {
        flush();
        lastEnd = -1;
        continue;
      }
    } else flush();
    lastEnd = start + m[0].length;
  }
  flush();
  return runs;
}

export function findPeople(
  text: string,
  quotes: Range[],
  known: Person[],
  states: StateMatcher,
  jurisdictions: Jurisdiction[],
  /** The article's story: a role alone names only a person known for this story. */
  story: string | null = null,
  /** The state a one-state story is about: an office named without a state is its office. */
  home: string | null = null,
): PeopleInText {
  const stateWords = new Set(jurisdictions.flatMap((j) => j.name.split(" ")));
  const inQuote = (at: number) => rangeAt(quotes, at) !== undefined;
  const byKey = new Map<string, Found>();
  const foldedText = fold(text);
  const knownByName = new Map<string, Person>();
  const knownByWord = new Map<string, Person[]>();
  const byWord = (word: string, p: Person) => {
    const same = knownByWord.get(word) ?? [];
    if (!same.includes(p)) knownByWord.set(word, [...same, p]);
  };
  for (const p of known) {
    for (const n of [p.name, ...p.aliases]) {
      if (n.includes(" ")) knownByName.set(fold(n), p);
      else byWord(fold(n), p);
    }
    // "Alison L. Grimes" (as a tweet signs) is Alison Lundergan Grimes.
    const words = p.name.split(" ");
    if (words.length === 3) {
      const [first, middle, last] = words as [string, string, string];
      const initial = fold(`${first} ${middle[0]}. ${last}`);
      if (!knownByName.has(initial)) knownByName.set(initial, p);
    }
    // "Lundergan Grimes" is Alison Lundergan Grimes.
    for (const suffix of properSuffixes(fold(p.name))) {
      if (!knownByName.has(suffix)) knownByName.set(suffix, p);
    }
    // A last name alone stands for a known person only when the article names them in full, or,
    // in an article of their story, names their state and their office and never prints the
    // name as a common word ("While Wolf criticized Trump" where Pennsylvania and its governor
    // are named; not "cry wolf", nor "said Simon, a St. Paul retiree").
    const last = fold(p.name.split(" ").pop() ?? "");
    const home = p.state === null ? undefined : jurisdictions.find((j) => j.usps === p.state);
    const office = OFFICE_WORDS[p.office];
    // (Its office with its state: "Minnesota Secretary of State", "governor of Pennsylvania",
    // not any secretary of state the text names; or the office's title before the surname,
    // "Governor Cuomo", where the state is named.)
    const surname = escapeRegExp(p.name.split(" ").pop() ?? "");
    const stateNamed =
      home !== undefined &&
      office !== undefined &&
      (new RegExp(
        `(?<!West )\\b${home.name}(?:['’]s?)?\\s+(?:[\\p{L}.-]+\\s+){0,2}?${office}|${office}\\s+(?:of|in|for)\\s+${home.name}\\b`,
        "iu",
      ).test(text) ||
        (indexOfName(text, home.name) >= 0 &&
          [...text.matchAll(new RegExp(`\\b${office}\\s+${surname}\\b`, "gi"))].some(
            // (Not "Alabama has agreed. Secretary of State Merrill said …": another state's.)
            (m) => {
              const near = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index ?? 0);
              return !jurisdictions.some((j) => j !== home && indexOfName(near, j.name) >= 0);
            },
          )));
    if (
      [p.name, ...p.aliases].some((n) => n.includes(" ") && foldedText.includes(fold(n))) ||
      (stateNamed && story !== null && p.namedIn.source.story === story && !wordIn(text, last))
    ) {
      byWord(last, p);
    }
  }
  // New people by every form of their name seen so far, and by last name.
  const newByName = new Map<string, Found>();
  const newByLast = new Map<string, Found[]>();
  const indexNew = (found: Found, folded: string) => {
    for (const form of [folded, ...properSuffixes(folded)]) {
      if (!newByName.has(form)) newByName.set(form, found);
    }
    const last = folded.split(" ").pop() ?? "";
    const same = newByLast.get(last) ?? [];
    if (!same.includes(found)) newByLast.set(last, [...same, found]);
  };
  const register = (key: string, name: string, person: Person | null): Found => {
    let found = byKey.get(key);
    if (!found) {
      found = {
        key,
        name,
        known: person,
        mentions: [],
        role: null,
        state: person?.state ?? null,
        party: null,
        partyConflict: false,
      };
      byKey.set(key, found);
    }
    return found;
  };

  // Full names first, so a later "Haas" or "Lundergan Grimes" can be matched to them.
  const singles: { token: Run["tokens"][number]; titled: boolean }[] = [];
  const fulls: { tokens: Run["tokens"] }[] = [];
  for (const run of capitalisedRuns(text)) {
    const tokens = [...run.tokens];
    // "By Harriet Solberg" opening a line: the article's author, who speaks in it for no one.
    const lead = tokens[0];
    if (lead?.text === "By" && /(?:^|\n)[^\S\n]*$/.test(text.slice(0, lead.start))) continue;
    while (
      tokens.length &&
      (isTitleWord(tokens[0]?.text ?? "") ||
        stateWords.has(tokens[0]?.text ?? "") ||
        NOT_NAMES.has(tokens[0]?.text ?? "") ||
        PARTICLES.has(tokens[0]?.text ?? ""))
    ) {
      tokens.shift();
    }
    if (DOCUMENT_WORDS.has(tokens[tokens.length - 1]?.text ?? "")) {
      // "Kemp Statement", "Grimes Complete Statement:": a label naming whose statement follows, by
      // a surname the text gives in full elsewhere; "Denise Merrill Statement on …" by the full
      // name, when the text names the surname again.
      if (tokens[tokens.length - 1]?.text !== "Statement") continue;
      const [label, second] = tokens;
      if (tokens.length === 3 && second && text.split(second.text).length > 2)
        fulls.push({ tokens: tokens.slice(0, 2) });
      else if (label && tokens.length <= 3) singles.push({ token: label, titled: false });
      continue;
    }
    // "the Pence-Kobach Voter Suppression Commission": words before an institution's noun name the
    // institution; only a surname alone ("the Kobach Commission") stands for a person named.
    // ("Ann Pike Tuesday called …": a weekday after a name ends it.)
    let institution = false;
    while (tokens.length && NOT_NAMES.has(tokens[tokens.length - 1]?.text ?? "")) {
      institution ||= !STARTERS.has(tokens[tokens.length - 1]?.text ?? "");
      tokens.pop();
    }
    if (institution && tokens.length > 1) continue;
    // "Ada County Chief Deputy Clerk Jo Lee", "College Political Economy Professor Jo Lee": a
    // capitalised title ends at its last title or institution word; the name is what follows.
    const titleEnd = tokens.findLastIndex(
      (t) =>
        NOT_NAMES.has(t.text) ||
        isTitleWord(t.text) ||
        // An acronym, but not a first name's initials ("JB").
        (/^\p{Lu}+$/u.test(t.text) && !/^\p{Lu}{2}$/u.test(t.text)),
    );

    if (titleEnd >= 0) {
      const title = tokens[titleEnd] as Run["tokens"][number];
      const name = tokens.slice(titleEnd + 1);
      if (name.length < 2 || !isTitleWord(title.text)) continue;
      tokens.splice(0, titleEnd + 1);
    }
    // "… Commission Member Gardner Does Not Approve": after a title, a headline's verb ends the
    // name.
    const verb = tokens.findIndex((t, i) => i > 0 && HEADLINE_VERBS.has(t.text));
    if (titleEnd >= 0 && verb > 0) tokens.splice(verb);
    if (tokens.length === 0) continue;
    const first = tokens[0] as Run["tokens"][number];
    // "Chair of the Committee on the Judiciary and Public Safety": the rest of a body's name
    // (but "Division of Elections Director Robert Giles" goes on to a title and a person, and
    // "the Elections Division of William F. Galvin's office" to a person's office).
    if (
      !run.tokens.some((t) => isTitleWord(t.text)) &&
      !/^['’]s\b/.test(text.slice(tokens[tokens.length - 1]?.end ?? 0)) &&
      /\b(?:Committee|Subcommittee|Commission|Department|Office|Division|Bureau|Board|Council|Ministry)\s+(?:on|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+|&\s+)?)*$/u.test(
        text.slice(Math.max(0, first.start - 80), first.start),
      )
    )
      continue;
    // "Nebraskans for Civic Reform", "Americans for Tax Fairness": the rest of a group's name.
    if (
      run.tokens[0] === first &&
      /\p{Lu}[\p{L}'’-]*s\s+for\s+$/u.test(text.slice(Math.max(0, first.start - 40), first.start))
    )
      continue;
    // "of Big Lake", "in Los Angeles": a place, not a person. A single word stands only for
    // someone already named ("a statement from Smith"), so it may follow a preposition.
    if (
      tokens.length > 1 &&
      /\b(?:of|in|at|from|near|to)\s+$/.test(
        text.slice(Math.max(0, first.start - 6), first.start),
      ) &&
      // "a statement from Harmeet Dhillon", "a letter from Jo Lee", "attributed to Jo Lee": a
      // person, not a place.
      !/\b(?:statement|letter|e-?mail|message|memo|note|response|reply|comments?|tweet|post|call)s?\s+from\s+$|\battributed\s+to\s+$/i.test(
        text.slice(Math.max(0, first.start - 20), first.start),
      ) &&
      run.tokens[0] === first
    ) {
      // "Director of External Affairs Jo Lee": after a title and its department, the name is
      // the last two words.
      const title = /(\p{Lu}[\p{L}.]*)\s+of\s+$/u.exec(
        text.slice(Math.max(0, first.start - 30), first.start),
      );
      if (!title || !isTitleWord(title[1] as string) || tokens.length < 3) continue;
      tokens.splice(0, tokens.length - 2);
    }
    if (tokens.length === 1) {
      const at = run.tokens.indexOf(first);
      const title = run.tokens[at - 1]?.text ?? "";
      // "Secretary of State Hosemann", but not a heading's "State Overreach:".
      const titleAt = run.tokens[at - 1]?.start ?? 0;
      const ofState =
        title !== "State" || /\bof\s+$/.test(text.slice(Math.max(0, titleAt - 4), titleAt));
      singles.push({ token: first, titled: PERSON_TITLES.has(title) && ofState });
    } else if (tokens.length <= 4) fulls.push({ tokens });
  }
  // The page's last word, when it stops mid-word, and the known person whose name it begins.
  const cutAt = /\p{L}$/u.test(text.trimEnd()) ? text.trimEnd().length : -1;
  const knownCutOff = (folded: string): Person | null => {
    const begun = known.filter((p) => fold(p.name).startsWith(folded) && fold(p.name) !== folded);
    return begun.length === 1 ? (begun[0] as Person) : null;
  };
  const mentions: Mention[] = [];
  for (const { tokens } of fulls) {
    const start = (tokens[0] as Run["tokens"][number]).start;
    const end = (tokens[tokens.length - 1] as Run["tokens"][number]).end;
    const name = text.slice(start, end);
    const folded = fold(name);
    // ("… Secretary of State Delbert Hosem": a known name the page cut off at its end.)
    const cut = end === cutAt ? knownCutOff(folded) : null;
    const person = knownByName.get(folded) ?? cut;
    let found: Found | undefined;
    if (person) found = register(`id:${person.id}`, person.name, person);
    else {
      found = newByName.get(folded);
      if (!found) {
        // A fuller form of a name seen before ("Alison Lundergan Grimes" after "Lundergan Grimes").
        const shorter = properSuffixes(folded).find((form) => newByName.has(form));
        found = shorter ? (newByName.get(shorter) as Found) : register(folded, name, null);
        if (shorter) found.name = name;
      }
      indexNew(found, folded);
    }
    const mention = { start, end, key: found.key, pronoun: false, inQuote: inQuote(start) };
    found.mentions.push(mention);
    mentions.push(mention);
  }
  // "Chair Thomsen", "Secretary Lee": a surname after a person's title is someone even when the
  // text never gives the full name; "Thomsen said" elsewhere is the same person. Not at the end
  // of a text cut off mid-name ("Secretary of State Diego").
  const textEnd = text.trimEnd().length;
  // Words the text prints in lower case, read once when a lone surname needs checking.
  let lowerCase: Set<string> | undefined;
  for (const { token, titled } of singles) {
    const w = fold(token.text);
    const cut = token.end >= textEnd;
    // "Kindel said", "…," said Kindel: a surname the text gives speaking is a person, named as printed.
    // Not "US says Iran negotiations are …": after "said", the name ends its clause.
    // ("”, dijo Kobach este lunes": Spanish puts the name after its verb, then when or where.)
    const speaking =
      SAYS_AFTER.test(text.slice(token.end, token.end + 80)) ||
      (/(?:[,”"’]\s*|\b)(?:said|says|added|wrote)\s+$/.test(
        text.slice(Math.max(0, token.start - 12), token.start),
      ) &&
        /^(?:\s*[,.;:!?)—–]|\s*$|\s+\()/.test(text.slice(token.end, token.end + 3))) ||
      (SPANISH_SAID_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start)) &&
        SPANISH_CLAUSE_GOES_ON.test(text.slice(token.end, token.end + 12)));
    // Not a common noun capitalised at a sentence's start ("Critics said"), which the text
    // also prints in lower case.
    lowerCase ??= new Set(text.match(/\b\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
    const common = lowerCase.has(token.text.toLowerCase());
    // "Rep. Greg Leding of Fayetteville, who …, said": a place after "of" is no speaker.
    const place = /\b(?:of|in|from|at|near)\s+$/.test(
      text.slice(Math.max(0, token.start - 6), token.start),
    );
    if (
      (titled || (speaking && !common && !place && !inQuote(token.start))) &&
      !cut &&
      text[token.start - 1] !== "@" &&
      !newByLast.has(w) &&
      !knownByWord.has(w) &&
      !stateWords.has(token.text)
    )
      indexNew(register(w, token.text, null), w);
  }
  for (const { token } of singles) {
    // "the Trump administration", "a Trump DOJ official": a name as a modifier.
    if (
      /\b(?:[Tt]he|an?|A)\s+$/.test(text.slice(Math.max(0, token.start - 4), token.start)) &&
      /^\s+(?:\p{Ll}|\p{Lu}{2,}\b)/u.test(text.slice(token.end, token.end + 6))
    )
      continue;
    const w = fold(token.text);
    const candidates: Found[] = [
      ...(newByLast.get(w) ?? []),
      ...[...(knownByWord.get(w) ?? [])].flatMap((p) => byKey.get(`id:${p.id}`) ?? []),
    ];
    // "@HarmeetKDhillon said:": a handle stands for the one person named whose surname ends it.
    if (text[token.start - 1] === "@") {
      const owners = new Set<Found>();
      for (const [last, found] of newByLast)
        if (last.length > 2 && w.endsWith(last)) for (const f of found) owners.add(f);
      for (const [last, people] of knownByWord)
        if (last.length > 2 && w.endsWith(last))
          for (const p of people) owners.add(register(`id:${p.id}`, p.name, p));
      if (owners.size !== 1) continue;
      candidates.splice(0, candidates.length, ...owners);
    }
    if (candidates.length === 0) {
      const people = knownByWord.get(w) ?? [];
      if (people.length === 1)
        candidates.push(
          register(
            `id:${(people[0] as Person).id}`,
            (people[0] as Person).name,
            people[0] as Person,
          ),
        );
    }
    const found = nearestBefore(candidates, token.start);
    if (!found) continue;
    const mention = {
      start: token.start,
      end: token.end,
      key: found.key,
      pronoun: false,
      inQuote: inQuote(token.start),
    };
    found.mentions.push(mention);
    mentions.push(mention);
  }
  for (const m of text.matchAll(PRONOUN)) {
    const at = m.index ?? 0;
    mentions.push({
      start: at,
      end: at + m[0].length,
      key: null,
      pronoun: true,
      inQuote: inQuote(at),
    });
  }
  mentions.sort((a, b) => a.start - b.start);

  const hardWrapped = wrapped(text);
  for (const found of byKey.values()) {
    found.mentions.sort((a, b) => a.start - b.start);
    describe(text, found, states, hardWrapped);
  }
  bothParties(text, mentions, byKey);
  partyOfStatesOfficials(text, states, byKey);
  // "Nebraska's secretary of state said": the person in that office, when the article or the
  // story's known people name exactly one.
  for (const r of roleOnlyMentions(text, states)) {
    const near = rangesWithin(mentions, Math.max(0, r.start - 60), r.end + 60);
    if (near.some((m) => m.start < r.end && r.start < m.end)) continue;
    // ("Kris Kobach, the Connecticut secretary of state, …": the title of the one just named,
    // even where the article has it wrong, not its holder elsewhere.)
    if (
      near.some(
        (m) => !m.pronoun && m.end <= r.start && /^\s*,\s*$/.test(text.slice(m.end, r.start)),
      )
    )
      continue;
    const inOffice = (role: string, state: string | null) =>
      state === r.state && r.office.test(role) && !/\bformer\b/i.test(role);
    let matches = [...byKey.values()].filter((f) =>
      inOffice(f.known?.role ?? f.role?.text ?? "", f.state),
    );
    if (matches.length === 0) {
      const people = known.filter(
        (p) => (!story || p.namedIn.source.story === story) && inOffice(p.role, p.state),
      );
      if (people.length === 1) {
        const p = people[0] as Person;
        matches = [register(`id:${p.id}`, p.name, p)];
      }
    }
    // "Mississippi's Republican secretary of state suggested …": no one named holds the office,
    // and the office-holder speaks; named by the office, as the text gives no name.
    if (matches.length === 0 && ROLE_SPEAKS.test(text.slice(r.end, r.end + 60))) {
      const words = excerpt(text, r.start, r.end);
      const name = roleName(r.state, r.role, jurisdictions);
      if (words && name) matches = [register(`role:${name}`, name, null)];
      const found = matches[0];
      if (found && words) {
        found.role ??= { text: words.text, evidence: words };
        found.state = r.state;
      }
    }
    if (matches.length !== 1) continue;
    const found = matches[0] as Found;
    const mention = {
      start: r.start,
      end: r.end,
      key: found.key,
      pronoun: false,
      inQuote: inQuote(r.start),
    };
    found.mentions.push(mention);
    found.mentions.sort((a, b) => a.start - b.start);
    mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start);
  speakingOffices(text, states, jurisdictions, home, mentions, byKey, inQuote);
  speakingGroups(text, mentions, byKey, inQuote);

  // "he"/"she" leading a sentence stand for whom the sentence before was about: the person in it
  // who speaks, or else its first person (news sentences lead with their subject), so a name in
  // what that person said ("He said Galvin will not comply") does not take the next "he said".
  // Elsewhere, and before any such sentence, they stand for the last person named outside a quote.
  const antecedent = new Map<Mention, Found | null>();
  const sentenceAt = (at: number) => rangeAt(sentenceRanges, at);
  const sentenceRanges = sentences(text);
  const captions = captionParagraphs(text);
  let last: Found | null = null;
  let topic: Found | null = null;
  let sentence: Range | undefined;
  let first: Found | null = null;
  let speaker: Found | null = null;
  let leading = true;
  let told: Mention | null = null;
  // The last one named (not a pronoun) outside quotations.
  let named: Mention | null = null;
  // The same pronoun again in its sentence, with no one named since, is the same person: "She
  // called for Walz to repeal policies that she says …".
  let again = new Map<string, Found | null>();
  // Whom "she" or "he" may stand for, as the text itself tells ("Carrow said her state …").
  const genders = gendersIn(text, mentions, byKey);
  // The people named so far, the latest first: where "she" cannot be the last one named.
  const recent: Found[] = [];
  // "President Trump's commission — or, as he called it, …": an aside's pronoun stands for the one
  // a possessive named, when the sentence has named no one else before it.
  let owner: Found | null = null;
  // "A spokesman for Ohio's Secretary of State, Jo Lee, told …": a sentence about one it does not
  // name, so a "he" leading the next stands for no one named.
  let aideLed = false;
  let topicUnnamed = false;
  for (const m of mentions) {
    if (m.inQuote) {
      if (m.pronoun) antecedent.set(m, last);
      continue;
    }
    // "President Donald Trump in the Rose Garden on May 4.": a photo's caption, not the story.
    if (!m.pronoun && rangeAt(captions, m.start)) continue;
    const s = sentenceAt(m.start);
    if (s !== sentence) {
      owner = null;
      topicUnnamed = aideLed;
      topic = aideLed ? null : (speaker ?? first ?? topic);
      sentence = s;
      aideLed = s !== undefined && LED_BY_UNNAMED_AIDE.test(text.slice(s.start, s.start + 80));
      first = speaker = null;
      leading = true;
      again = new Map();
    }
    let who: Found | null = null;
    if (m.pronoun) {
      const word = text.slice(m.start, m.end).toLowerCase();
      // "He told Capitol Media Services he is …", "Smith told Jones that she …": after the one
      // told, "he"/"she" is the teller.
      // "Tweeting days after besting Hillary Clinton, he wrote": after a leading participle's
      // clause the pronoun is the sentence's subject, not the name in the clause.
      const afterParticiple = /^\s*\p{Lu}\p{Ll}+ing\b[^,;.]*,\s*$/u.test(
        text.slice(s?.start ?? m.start, m.start),
      );
      const said = again.get(word);
      const aside: boolean =
        !first && /\bas\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start));
      who =
        aside && owner
          ? owner
          : leading || afterParticiple
            ? topicUnnamed
              ? null
              : (topic ?? last)
            : addressee(text, told, m)
              ? (first ?? last)
              : said !== undefined
                ? said
                : last;
      // "Pennock said …. “…,” she said": never a man the text calls "he" — the latest one named
      // whom it may call "she", or no one.
      const asked = word === "she" ? "F" : "M";
      if (who && genders.get(who) !== undefined && genders.get(who) !== asked)
        who = recent.find((r) => genders.get(r) === asked) ?? null;
      antecedent.set(m, who);
      if (!again.has(word)) again.set(word, who);
    } else if (
      m.key &&
      namedInPassing(text, m) &&
      /^['’]s?\s/u.test(text.slice(m.end, m.end + 3))
    ) {
      const found = byKey.get(m.key);
      if (found && !found.body && !found.group) owner = found;
    } else if (m.key && !namedInPassing(text, m)) {
      const found = byKey.get(m.key);
      if (found && !found.body) {
        who = last = found;
        again = new Map();
        const at = recent.indexOf(found);
        if (at >= 0) recent.splice(at, 1);
        recent.unshift(found);
      }
    }
    told = m;
    const namedBefore = named;
    // ("A spokeswoman for Gov. Laura Kelly, Sara Ortiz, said": the spokeswoman is named; not
    // "for Ohio's Secretary of State, Jo Lee,", the same one by title and name.)
    if (
      aideLed &&
      !m.pronoun &&
      namedBefore &&
      namedBefore.key !== m.key &&
      /^\s*,\s*$/.test(text.slice(namedBefore.end, m.start))
    )
      aideLed = false;
    if (!m.pronoun) named = m;
    if (!who) continue;
    leading = false;
    // "The Secretary of State said Monday that Kobach had not …": a name in what an unnamed
    // subject said is not whom the sentence is about.
    if (!first && !reported(text, s?.start ?? 0, m.start)) first = who;
    if (!speaker && speaksAt(text, m, namedBefore)) speaker = who;
  }
  const personAt = (mention: Mention): Found | null => {
    if (mention.pronoun) return antecedent.get(mention) ?? null;
    return mention.key ? (byKey.get(mention.key) ?? null) : null;
  };

  return {
    mentions,
    byKey,
    personAt,
    draftPeople(speakers) {
      return [...byKey.values()]
        .filter((f) => f.role || speakers.has(f.key))
        .map((f) => toDraftPerson(f));
    },
  };
}

const LED_BY_UNNAMED_AIDE =
  /^\s*(?:An?|The|One)\s+(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|press\s+secretary)\s+(?:for|to)\s/u;

// The unnamed office-holder speaks: "… suggested the White House …", "… said", "…: “".
const ROLE_SPEAKS = new RegExp(
  String.raw`^(?:,[^,.;]{1,40},)?[\s,]*(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?${speechVerbs("saying", "tells", "suggested", "urged", "replied", "responded", "called", "tweeted", "warned", "declared")}\b|^[^.;]{0,20}[“"]`,
  "iu",
);

/** "Mississippi Secretary of State": the office named for the state, as a speaker's name. */
function roleName(state: string, role: string, jurisdictions: Jurisdiction[]): string | null {
  const j = jurisdictions.find((x) => x.usps === state);
  if (!j) return null;
  const title = role.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, "of");
  return `${j.name} ${title}`;
}

/**
 * "spokesman for Secretary of State Jo Lee", "a letter to Jo Lee": a name after a preposition (and
 * up to five words of title) is not whom a following "he" or "she" stands for ("a statement from
 * Jo Lee" is hers, so "from" and "by" are not among them).
 */
function namedInPassing(text: string, m: Mention): boolean {
  // "President Donald Trump's commission" (but not "Merrill's letter", which is his).
  const after = text.slice(m.end, m.end + 40);
  if (/^['’]s?\b/u.test(after) && !ownAfter(text, m) && !/^['’]s?\s+office\b/u.test(after))
    return true;
  // "with Mississippi’s secretary of state saying he would …": the one saying it, not a passing name.
  if (
    /^\s+(?:saying|telling|arguing|noting|adding|calling|declaring|insisting|warning)\b/.test(after)
  )
    return false;
  return /\b(?:to|for|with|against|about)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*|of|the)\s+){0,5}$/u.test(
    clauseBefore(text, m.start, 60),
  );
}

/**
 * "Merrill's letter" gives his words; "Benson's outright dismissal of the request", leading its
 * sentence, her act. After either, the name is not mentioned in passing (but "to support
 * Murray's decision" is).
 */
export function ownAfter(text: string, m: Range): boolean {
  const after = text.slice(m.end, m.end + 40);
  // ("Simon characterized Bondi's letter as “…”": the letter is what the subject judges.)
  if (JUDGED_BY_SUBJECT.test(clauseBefore(text, m.start, 60))) return false;
  if (OWN_WORDS.test(after)) return true;
  return (
    OWN_ACTS.test(after) &&
    /^(?:(?:\p{Lu}[\p{L}.]*|of|the)\s+)*$/u.test(clauseBefore(text, m.start, 60))
  );
}
const OWN_WORDS =
  /^['’]s?\s+(?:\p{L}+\s+)?(?:letters?|correspondence|statements?|e-?mails?|tweets?|posts?|memos?|notes?|remarks?|spokes\w+|responses?|reply|answer|messages?|comments?|requests?|demands?|orders?)\b/iu;
const JUDGED_BY_SUBJECT =
  /\b(?:call(?:ed|ing)|characteri[sz](?:ed|ing)|describ(?:ed|ing)|label(?:l?ed|l?ing)|term(?:ed|ing)|brand(?:ed|ing)|dubb(?:ed|ing)|denounc(?:ed|ing)|decr(?:ied|ying)|dismiss(?:ed|ing)|mock(?:ed|ing)|ridicul(?:ed|ing))\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*|of)\s+){0,4}$/u;
const OWN_ACTS =
  /^['’]s?\s+(?:\p{L}+\s+)?(?:refusal|dismissal|rejection|decision|denial|defiance|position|stance)\b/iu;

/** Whether `at` is in a clause that reports what the sentence's subject said ("said that …"). */
function reported(text: string, sentenceStart: number, at: number): boolean {
  return /\b(?:said|says|told\s+\p{L}+|added|noted|wrote|announced|explained|argued|stated)(?:\s+\p{L}+){0,2}?\s+that\s+(?:\p{L}+\s+){0,3}$/u.test(
    text.slice(Math.max(sentenceStart, at - 80), at),
  );
}

/**
 * Whom the text calls "she" and whom "he": a person named right before "said her/his …" or "said
 * (that) she/he …", after "Ms."/"Mr.", or titled "spokeswoman"/"chairman". One called both is
 * left unknown.
 */
function gendersIn(
  text: string,
  mentions: readonly Mention[],
  byKey: ReadonlyMap<string, Found>,
): Map<Found, "F" | "M"> {
  const seen = new Map<Found, Set<"F" | "M">>();
  for (const m of mentions) {
    if (m.pronoun || m.inQuote || !m.key) continue;
    const found = byKey.get(m.key);
    if (!found || found.body) continue;
    const after = OWN_PRONOUN_AFTER.exec(text.slice(m.end, m.end + 60))?.[1]?.toLowerCase();
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1];
    const said = after ? (/^(?:she|her)$/.test(after) ? "F" : "M") : title ? TITLES[title] : null;
    if (!said) continue;
    const set = seen.get(found) ?? new Set();
    set.add(said);
    seen.set(found, set);
  }
  // "Julia Sunny, a spokeswoman for Williams": a title that says she is a woman, where the text
  // says nothing else. ("-man" says nothing: "Debrah O’Malley, a spokesman", "chairman".)
  for (const found of byKey.values()) {
    if (found.body || seen.has(found)) continue;
    if (GENDERED_TITLE.test(found.known?.role ?? found.role?.text ?? ""))
      seen.set(found, new Set(["F"]));
  }
  const out = new Map<Found, "F" | "M">();
  for (const [found, set] of seen) if (set.size === 1) out.set(found, [...set][0] as "F" | "M");
  return out;
}
const GENDERED_TITLE =
  /\b(?:spokes|chair|congress|assembly|council|alder|business|anchor|committee)woman\b/i;
// "Carrow said her state", "Pennock, a Republican, said his office", "Holt said she would".
const OWN_PRONOUN_AFTER =
  /^(?:,[^,.;“”"]{1,60},)?\s+(?:said|says|added|announced|wrote|stated|noted|explained|insisted|argued)\s+(?:that\s+)?(she|her|he|his)\b/i;
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
const TITLES: Record<string, "F" | "M"> = { Mr: "M", Mrs: "F", Ms: "F", Miss: "F" };

/** "told Jones (that) she …": the pronoun follows the one told, and stands for the teller. */
function addressee(text: string, told: Mention | null, pronoun: Mention): boolean {
  return (
    told !== null &&
    !told.pronoun &&
    /^\s+(?:that\s+)?$/.test(text.slice(told.end, pronoun.start)) &&
    /\b(?:told|tells|tell|telling|informed|assured|reminded|warned)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(
      text.slice(Math.max(0, told.start - 60), told.start),
    )
  );
}

/** "Smith said", "Smith, a Democrat, told …", "said Smith": this mention is who speaks. */
function speaksAt(text: string, m: Mention, named: Mention | null): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return (
    SAYS_AFTER.test(text.slice(m.end, m.end + 80)) ||
    // "Vance — who heads the division — said", not "Ortiz pressed Vance — the official … — said
    // one of the people" nor "a letter to Minnesota's Steve Simon — a Democrat … — said".
    (SAYS_AFTER_DASH.test(text.slice(m.end, m.end + 120)) && !OBJECT_BEFORE.test(before)) ||
    // "said Smith", "Ortiz on Friday said she would not", "spoke to The Associated Press and said
    // he": the one who spoke. (Not "took aim at Lopez and said she should …": the one named just
    // before, an object, is what was said about.)
    (/\b(?:said|says|added|wrote)\s+$/.test(before.slice(-12)) &&
      !(
        m.pronoun &&
        named !== null &&
        THEN_SAID.test(text.slice(named.end, m.start)) &&
        OBJECT_BEFORE.test(text.slice(Math.max(0, named.start - 80), named.start))
      ))
  );
}
// "… Lopez on Thursday and said ".
const THEN_SAID =
  /^(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:last|this)\s+week)?\s+and\s+(?:also\s+)?(?:said|says|added|wrote)\s+$/u;
// A name as a verb's or a preposition's object, perhaps after a title or a possessive: "took aim
// at Secretary of State Carla Lopez", "pressed Vance", "in a letter to Minnesota's Steve Simon".
const OBJECT_BEFORE =
  /(?<!\S)(?!(?:and|but|or|while|as|then|when|after|before|because|since|that|who|which)\s)\p{Ll}+\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,5}$/u;

/**
 * Offices the text credits words to (see officeSpeakers) become speakers of their own, in place of
 * the holder's name in "Simon's office said".
 */
function speakingOffices(
  text: string,
  states: StateMatcher,
  jurisdictions: Jurisdiction[],
  home: string | null,
  mentions: Mention[],
  byKey: Map<string, Found>,
  inQuote: (at: number) => boolean,
): void {
  const holders = mentions.flatMap((m) => {
    const who = !m.pronoun && !m.inQuote && m.key ? byKey.get(m.key) : undefined;
    if (!who || who.body) return [];
    return [
      {
        start: m.start,
        end: m.end,
        name: who.known?.name ?? who.name,
        role: who.known?.role ?? who.role?.text ?? "",
        state: who.state,
      },
    ];
  });
  const offices = officeSpeakers(text, states, jurisdictions, holders, home).filter(
    (o) => !inQuote(o.start),
  );
  const officeFound = (office: (typeof offices)[number]): Found | null => {
    const words = excerpt(text, office.start, office.end);
    if (!words) return null;
    const key = `office:${office.name}`;
    let found = byKey.get(key);
    if (!found) {
      found = body(key, office.name, { text: office.role, evidence: words }, office.state);
      byKey.set(key, found);
    }
    return found;
  };
  const speakAs = (found: Found, start: number, end: number) => {
    const mention = { start, end, key: found.key, pronoun: false, inQuote: false };
    found.mentions.push(mention);
    mentions.push(mention);
  };
  // "“…,” the office said": the office last named, whether or not it spoke there.
  for (const noun of officeNouns(text)) {
    if (inQuote(noun.start)) continue;
    const last = offices.filter((o) => o.end <= noun.start && noun.start - o.end < 1500).pop();
    const found = last && officeFound(last);
    if (found) speakAs(found, noun.start, noun.end);
  }
  for (const office of offices) {
    if (!office.speaks) continue;
    const found = officeFound(office);
    if (!found) continue;
    // The holder's name inside "Simon's office" no longer speaks for itself here.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      if (m.start >= office.start && m.end <= office.end) {
        mentions.splice(i, 1);
        const holder = m.key ? byKey.get(m.key) : undefined;
        if (holder) holder.mentions = holder.mentions.filter((x) => x !== m);
      }
    }
    speakAs(found, office.start, office.end);
  }
  mentions.sort((a, b) => a.start - b.start);
}

/** Whether `words` speak of a place's elections board other than the one named `name`. */
function unnamedBoardOf(words: string, name: string): boolean {
  for (const m of words.matchAll(
    /\s(?:state\s+)?(?:elections?\s+board|board\s+of\s+elections?)\b/g,
  )) {
    // (The place: the capitalised words just before, within a short look back.)
    const before = words.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
    const place = /((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*)(?:['’]s?)?$/u.exec(before)?.[1];
    if (place && !name.includes(place.replace(/^(?:The|On|In|At)\s+/, ""))) return true;
  }
  return false;
}

/** "American Civil Liberties Union" → "ACLU": the capitals of its words, small words left out. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** An office, a group or a law the text credits words to: no person, so no party of its own. */
function body(key: string, name: string, role: Found["role"], state: string | null): Found {
  return {
    key,
    name,
    known: null,
    mentions: [],
    role,
    state,
    party: null,
    partyConflict: false,
    body: true,
  };
}

/**
 * Groups the text credits words to (see groupSpeakers), and "the group said" for the group last
 * named before it; and laws quoted as speaking (see lawSpeakers), which speak as groups do.
 */
function speakingGroups(
  text: string,
  mentions: Mention[],
  byKey: Map<string, Found>,
  inQuote: (at: number) => boolean,
): void {
  const named: { at: number; found: Found }[] = [];
  const add = (start: number, end: number, found: Found) => {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      if (m.start < end && start < m.end) mentions.splice(i, 1);
    }
    const mention = { start, end, key: found.key, pronoun: false, inQuote: false };
    found.mentions.push(mention);
    mentions.push(mention);
  };
  const groups = groupSpeakers(text);
  // "the ACLU" where the text also spells out "the American Civil Liberties Union": one group,
  // by its full name.
  // (Two spelled-out names with the same capitals, "Arizona Civil Liberties Union" and
  // "American Civil Liberties Union", leave the acronym as printed.)
  const spelledOut = new Map<string, string | null>();
  for (const g of groups) {
    if (/^\p{Lu}+$/u.test(g.name)) continue;
    const key = initials(g.name);
    const seen = spelledOut.get(key);
    spelledOut.set(key, seen === undefined || seen === g.name ? g.name : null);
  }
  for (const g of groups) {
    if (inQuote(g.start)) continue;
    const name = (/^\p{Lu}{2,6}$/u.test(g.name) && spelledOut.get(g.name)) || g.name;
    const key = `group:${name}`;
    // "The League of Women Voters" after "The League of Women Voters of Wyoming": the same group.
    let found =
      byKey.get(key) ?? [...byKey.values()].find((f) => f.group && f.name.startsWith(`${name} `));
    if (!found) {
      found = { ...body(key, name, null, null), group: true };
      byKey.set(key, found);
    }
    named.push({ at: g.start, found });
    // Named without speaking: only what "the group said" may stand for.
    if (g.speaks) add(g.start, g.end, found);
  }
  if (named.length > 0) {
    for (const m of text.matchAll(GROUP_NOUN)) {
      const at = m.index ?? 0;
      // ("the organization's director, Jo Lee, said": she speaks, not the group.)
      if (/^['’]s?\s/.test(text.slice(at + m[0].length, at + m[0].length + 3))) continue;
      const fits = groupNounFits(m[1] as string);
      const last = named.filter((n) => n.at < at && fits(n.found.name)).pop();
      // "the board" only where one board is named, and no other place's board is spoken of
      // before it ("Virginia's elections board refused" beside "the Maryland State Board of
      // Elections").
      const board = /^board$/i.test(m[1] as string);
      if (
        board &&
        last &&
        (new Set(named.filter((n) => fits(n.found.name)).map((n) => n.found)).size > 1 ||
          unnamedBoardOf(text.slice(0, at), last.found.name))
      )
        continue;
      if (last && !inQuote(at)) add(at, at + m[0].length, last.found);
    }
  }
  for (const law of lawSpeakers(text)) {
    if (inQuote(law.start)) continue;
    const key = `law:${law.name}`;
    let found = byKey.get(key);
    if (!found) {
      found = { ...body(key, law.name, null, null), group: true };
      byKey.set(key, found);
    }
    add(law.start, law.end, found);
  }
  mentions.sort((a, b) => a.start - b.start);
}

/** "jane q doe" -> ["q doe", "doe"]... of two words or more: the forms a later mention may take. */
function properSuffixes(folded: string): string[] {
  const words = folded.split(" ");
  const out: string[] = [];
  for (let i = 1; i < words.length - 1; i++) out.push(words.slice(i).join(" "));
  return out;
}

function nearestBefore(candidates: Found[], at: number): Found | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  let best: Found | null = null;
  let bestAt = -1;
  for (const c of candidates) {
    const before = c.mentions.filter((m) => m.start < at).pop();
    if (before && before.start > bestAt) {
      best = c;
      bestAt = before.start;
    }
  }
  return best;
}

/** Role, state and party from the words around the person's mentions, as the text states them. */
function describe(text: string, found: Found, states: StateMatcher, hardWrapped: boolean): void {
  for (const m of found.mentions) {
    // The first title given, unless a later one says more of it ("Secretary Smith" in the
    // headline, "Secretary of State Jane Smith" in the lead, "Maine Secretary of State Jane
    // Smith" below a caption's "Secretary of State Jane Smith").
    const stateless = found.role !== null && states.find(found.role.text).length === 0;
    const role =
      found.role === null || !found.role.text.includes(" ") || stateless
        ? roleAround(text, m, hardWrapped, states)
        : null;
    if (
      role &&
      (!found.role ||
        (role.text.length > found.role.text.length &&
          role.text.toLowerCase().includes(found.role.text.toLowerCase()) &&
          (!found.role.text.includes(" ") || states.find(role.text).length > 0) &&
          // (Not "a former Illinois deputy secretary of state" for "Secretary of State".)
          !(PAST_OR_JUNIOR.test(role.text) && !PAST_OR_JUNIOR.test(found.role.text))))
    )
      found.role = role;
    partyAround(text, found, m);
  }
  if (found.role && !found.known) {
    const named = states.find(found.role.text);
    found.state = named[0]?.state ?? null;
    // "… to Kansas, where Republican Secretary of State Scott Schwab …", "In Ohio, Secretary of
    // State Jo Lee said": the state just before the title is the office's.
    if (!found.state) {
      const lead = text.slice(
        Math.max(0, found.role.evidence.start - 40),
        found.role.evidence.start,
      );
      const last = states.find(lead).pop();
      if (last && /^,\s+(?:where\s+)?$/.test(lead.slice(last.end))) found.state = last.state;
      // "In Arizona, the suit names Secretary of State Adrian Fontes": a state office named in a
      // sentence set in one state, naming no other before the title (not a federal officer's:
      // "In Arizona, the suit was filed by Assistant Attorney General …").
      const setIn =
        !found.state && STATE_OFFICE_TITLE.test(found.role.text)
          ? /(?:^|[.!?]\s+|\n)In\s+([^,.!?\n]{3,40}),[^.!?\n]*$/.exec(
              text.slice(Math.max(0, found.role.evidence.start - 160), found.role.evidence.start),
            )
          : null;
      const place = setIn ? states.find(setIn[1] as string) : [];
      if (place.length === 1 && place[0]?.start === 0 && place[0].end === setIn?.[1]?.length)
        found.state = place[0].state;
    }
  }
}

// A state's own elected or election office, as a title names it.
const STATE_OFFICE_TITLE =
  /^(?!.*\b(?:assistant|U\.\s?S\.|federal|judge|justice)\b).*\b(?:secretary\s+of\s+(?:the\s+)?(?:state|commonwealth)|governor|gov\.|elections?\s+(?:director|administrator|commissioner)|director\s+of\s+elections)\b/i;

function roleAround(
  text: string,
  m: Mention,
  hardWrapped: boolean,
  states: StateMatcher,
): Found["role"] {
  // Title words right before the name: "Kentucky Secretary of State", "Utah Democratic Party chair".
  const words: { start: number; end: number }[] = [];
  // A title stays on its line, unless the text is hard-wrapped.
  const before = hardWrapped
    ? /(?:^|[^\p{L}.’'-])([\p{L}.’'-]+)\s$/u
    : /(?:^|[^\p{L}.’'-])([\p{L}.’'-]+)[^\S\n]$/u;
  let cursor = m.start;
  for (let i = 0; i < 7; i++) {
    const w = before.exec(text.slice(Math.max(0, cursor - 40), cursor));
    if (!w) break;
    let word = w[1] as string;
    const joined = /[.!?]([\p{Lu}][\p{L}’'-]*)$/u.exec(word); // "numbers.Rhode": a sentence run on
    if (joined) word = joined[1] as string;
    // ("Yes. Iowa Secretary of State", "Albany. Assistant Attorney General": a sentence's end.)
    else if (/\.$/.test(word) && !KEEPS_PERIOD.test(word) && !namesState(word, states)) break;
    const ok =
      /^\p{Lu}/u.test(word) ||
      ROLE_MODIFIERS.test(word) ||
      ROLE_WORDS.test(word) ||
      /^(?:of|the|for)$/.test(word) ||
      /[’']s$/u.test(word);
    if (!ok) break;
    const start = cursor - word.length - 1;
    words.unshift({ start, end: start + word.length });
    cursor = start;
    if (joined) break;
  }
  // "Secretary of State" joins capitalised words; "chairman of President" is two phrases.
  for (let i = words.length - 1; i > 0; i--) {
    const w = text.slice(words[i]?.start, words[i]?.end);
    const prev = text.slice(words[i - 1]?.start, words[i - 1]?.end);
    const next = text.slice(words[i + 1]?.start, words[i + 1]?.end);
    // "Secretary of the Commonwealth": "of the" still joins capitalised words.
    const joins =
      /^\p{Lu}/u.test(prev) ||
      (prev === "of" && /^\p{Lu}/u.test(text.slice(words[i - 2]?.start, words[i - 2]?.end)));
    if (/^(?:of|the|for)$/.test(w) && !joins && /^\p{Lu}/u.test(next)) {
      words.splice(0, i + 1);
      break;
    }
  }
  while (
    words.length &&
    (/^(?:of|the|for)$/.test(text.slice(words[0]?.start, words[0]?.end)) ||
      STARTERS.has(text.slice(words[0]?.start, words[0]?.end)))
  ) {
    words.shift();
  }
  const title = words.length ? excerpt(text, (words[0] as { start: number }).start, m.start) : null;
  const titleOk = title && ROLE_WORDS.test(title.text) ? title : null;

  // An apposition after the name: "Michael Haas, the administrator of the Wisconsin Elections Commission,".
  const tail = text.slice(m.end, m.end + 200);
  const app =
    /^(?:\s*\([RD](?:-[\p{L}.]+)?\))?(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?,\s+(?!(?:and|or|but|while)\b)(?:who\s+(?:is|was)\s+)?((?:(?:a|an|the)\s+)?[^,;:"“”()]{3,140}?)(?=,|;|\.(?:\s|$)|\s+(?:said|says|told|added|wrote)\b)/u.exec(
      tail,
    );
  let after: Excerpt | null = null;
  if (
    app &&
    ROLE_WORDS.test(app[1] as string) &&
    !/\b(?:said|says|told|asked)\b/.test(app[1] as string) &&
    // "In Little Rock, Arkansas Secretary of State Cole Brandt, …": a place, and another's title.
    !/\b(?:In|At|From)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)) &&
    // "…, Jo Cole, former Democratic state Rep. Bob Perry, …": the next person's title.
    !(
      /\b(?:Rep|Sen|Gov|Lt|Sec|Atty|Dr|Mr|Mrs|Ms)$/.test(app[1] as string) &&
      /^\.\s+\p{Lu}/u.test(tail.slice((app.index ?? 0) + app[0].length))
    )
  ) {
    const at = m.end + (app.index ?? 0) + app[0].length - (app[1] as string).length;
    // "Brent Ferguson, Director of Strategic Litigation, Campaign Legal Center": the body the
    // title is held in, named after it.
    const body = BODY_AFTER_TITLE.exec(tail.slice((app.index ?? 0) + app[0].length));
    after = excerpt(text, at, at + (app[1] as string).length + (body?.[0].length ?? 0));
  }
  // An apposition before it: "North Dakota’s director of elections, John Arnold".
  let lead: Excerpt | null = null;
  if (!titleOk && !after) {
    const head = text.slice(Math.max(0, m.start - 120), m.start);
    const pre = /([^,.;:"“”–—]{3,100}),\s*$/u.exec(head);
    // (A title stays in its paragraph, and on its line unless the text is hard-wrapped: a
    // headline above a byline is no one's title.)
    const breaks = [...(pre?.[1] ?? "").matchAll(hardWrapped ? /\n\s*\n/g : /\n/g)];
    const last = breaks.at(-1);
    const cut = last ? (last.index ?? 0) + last[0].length : 0;
    if (pre && ROLE_WORDS.test((pre[1] as string).slice(cut))) {
      let at = m.start - head.length + (pre.index ?? 0) + cut;
      let words = (pre[1] as string).slice(cut);
      // The title starts at its first word that can open one: "…,” said Rhode Island's elections
      // director", "We also reached Wyoming's election director", "But as one Connecticut town
      // clerk", "…, and Nevada's current secretary of state" lose the words before it.
      const opening = titleOpening(words);
      at += opening;
      words = words.slice(opening);
      // "…, a spokesperson for West Virginia's Republican Secretary of State, Kris Warner": the
      // name's own title is what follows "spokesperson for".
      const staff =
        /^\s*(?:(?:a|an|the)\s+)?(?:spokes\w+|aides?|press\s+secretary)\s+(?:for|to)\s+/iu.exec(
          words,
        );
      if (staff) {
        at += staff[0].length;
        words = words.slice(staff[0].length);
      }
      if (ROLE_WORDS.test(words)) lead = excerpt(text, at, at + words.length);
    }
  }
  const parts = [lead, titleOk, after].filter((p): p is Excerpt => p !== null);
  if (parts.length === 0) return null;
  const start = Math.min(m.start, ...parts.map((p) => p.start));
  const end = Math.max(m.end, ...parts.map((p) => p.end));
  const evidence = excerpt(text, start, end) as Excerpt;
  const role = parts.map((p) => p.text.replace(/^(?:a|an|the)\s+/i, "")).join(", ");
  return { text: role, evidence };
}

// ", Campaign Legal Center", ", the ACLU of Ohio": a body's name, to the end of the apposition.
const BODY_AFTER_TITLE = new RegExp(
  String.raw`^,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){0,5}(?:${GROUP_NAME_WORDS}|Committee|Council|Caucus|Party|ACLU|NAACP)(?:\s+(?:of|for)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?=\s*(?:[,.;:]|$))`,
  "mu",
);

const PAST_OR_JUNIOR = /\b(?:former|then|ex|deputy|assistant)\b/i;

/** A word that is a state's name or AP abbreviation, whole ("W.Va.", "Calif."). */
function namesState(word: string, states: StateMatcher): boolean {
  const found = states.find(word);
  return found.length === 1 && found[0]?.start === 0 && found[0].end === word.length;
}

/**
 * Where a title opens in the words before a name's comma: at its first word that can start one (a
 * capitalised word that does not start sentences, a title's lower-case word, or "a"/"the").
 */
function titleOpening(words: string): number {
  for (const m of words.matchAll(/[\p{L}.’'-]+/gu)) {
    const word = m[0];
    const capital =
      /^\p{Lu}/u.test(word) && !STARTERS.has(word) && !/^(?:Yes|No|Today)\.?$/.test(word);
    if (
      capital ||
      ROLE_MODIFIERS.test(word) ||
      ROLE_WORDS.test(word) ||
      /^(?:a|an|the)$/i.test(word)
    )
      return m.index ?? 0;
  }
  return 0;
}

const PARTY_OF: Record<string, "R" | "D"> = {
  R: "R",
  D: "D",
  Republican: "R",
  Democrat: "D",
  Democratic: "D",
};

// Only the words the dataset's check accepts as stating a party ("(R)", "a Democrat").
function setParty(found: Found, party: "R" | "D", evidence: Excerpt | null): void {
  if (!evidence || !PARTY_WORDS[party].test(evidence.text)) return;
  if (found.party && found.party.party !== party) found.partyConflict = true;
  found.party ??= { party, evidence };
}

function partyAround(text: string, found: Found, m: Mention): void {
  const tail = text.slice(m.end, m.end + 60);
  const paren = /^\s*\(([RD])\)/u.exec(tail);
  if (paren)
    setParty(
      found,
      paren[1] as "R" | "D",
      excerpt(text, found.role?.evidence.start ?? m.start, m.end + paren[0].length),
    );
  // "a Republican appointee" was appointed by Republicans: it states no party of their own.
  const apposed =
    /^,\s+(?:a|an)\s+(Republican|Democrat)\b(?!\s+(?:appointee|nominee|pick|appointment))/.exec(
      tail,
    );
  if (apposed)
    setParty(
      found,
      PARTY_OF[apposed[1] as string] as "R" | "D",
      excerpt(text, m.start, m.end + apposed[0].length),
    );
  const role = found.role;
  if (
    role &&
    m === found.mentions.find((x) => x.start >= role.evidence.start && x.end <= role.evidence.end)
  ) {
    // "Democratic Party Chairwoman", "Democratic Chairman", "Democratic National Committee Chair"
    // name the party's office, not the holder's own party (when unsure, say less).
    const word =
      /\b(Republican|Democratic|Democrat)\b(?!\s+(?:appointee|nominee|pick|appointment|-appointed|Party|[Cc]hair\w*|National\s+Committee\s+(?:[Cc]hair\w*|[Cc]o-?[Cc]hair\w*|[Hh]ead)|(?:Governors|Attorneys\s+General|Secretaries\s+of\s+State)\s+Association))/.exec(
        role.text,
      );
    // "a spokesperson for West Virginia's Republican Secretary of State": the party is the
    // principal's, not the spokesperson's.
    const forSomeoneElse = word
      ? /\b(?:for|of|to|with)\b/i.test(role.text.slice(0, word.index))
      : false;
    if (word && !forSomeoneElse) {
      const inRole = role.evidence.text.indexOf(word[0]);
      if (inRole >= 0) {
        setParty(found, PARTY_OF[word[1] as string] as "R" | "D", role.evidence);
      }
    }
  }
}

/** "New York Gov. Andrew Cuomo and Virginia Gov. Terry McAuliffe, both Democrats". */
function bothParties(text: string, mentions: Mention[], byKey: Map<string, Found>): void {
  const named = mentions.filter((m) => !m.pronoun && m.key);
  for (let i = 1; i < named.length; i++) {
    const a = named[i - 1] as Mention;
    const b = named[i] as Mention;
    const both = /^,\s+both\s+(Republicans|Democrats)\b/.exec(text.slice(b.end, b.end + 40));
    if (!both || !/^\s+and\s+[^,;]{0,60}$/.test(text.slice(a.end, b.start))) continue;
    const party = both[1] === "Republicans" ? "R" : "D";
    const ea = byKey.get(a.key as string);
    const eb = byKey.get(b.key as string);
    const start = ea?.role && ea.role.evidence.start <= a.start ? ea.role.evidence.start : a.start;
    if (ea) setParty(ea, party, excerpt(text, start, b.end + both[0].length));
    if (eb) setParty(eb, party, excerpt(text, b.start, b.end + both[0].length));
  }
}

function slug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function toDraftPerson(f: Found): DraftPerson {
  if (f.known) {
    return {
      id: f.known.id,
      name: f.known.name,
      role: f.known.role,
      state: f.known.state,
      party: f.known.party,
      known: true,
      roleEvidence: f.role?.evidence ?? null,
      partyEvidence: null,
    };
  }
  const party = f.party && !f.partyConflict ? f.party : null;
  return {
    id: null,
    name: f.name,
    role: f.role?.text ?? null,
    state: f.state,
    party: party?.party ?? null,
    known: false,
    roleEvidence: f.role?.evidence ?? null,
    partyEvidence: party?.evidence ?? null,
  };
}

export { slug as personSlug };

// "a candidate for", "running for", "his bid for (the)": an office sought, before its state.
const SOUGHT =
  /\b(?:candidate|candidacy|run(?:ning)?|ran|bid|race|campaign|nominee|nomination)\s+for\s+(?:the\s+)?$/i;

// Offices a role-only mention names, and the words of a role that hold them.
const OFFICES: [RegExp, RegExp][] = [
  [
    /secretary of (?:the )?state|top elections? official|chief election (?:officer|official)/,
    /\bsecretary of (?:the )?state\b|\btop elections? official\b|\bchief election\b/i,
  ],
  [/governor/, /\b(?:governor|gov\.)/i],
  [/attorney general/, /\battorney general\b/i],
];

/** "Nebraska's secretary of state", "the Maine secretary of state": an office and its state. */
function roleOnlyMentions(
  text: string,
  states: StateMatcher,
): (Range & { state: string; office: RegExp; role: string })[] {
  const out: (Range & { state: string; office: RegExp; role: string })[] = [];
  // "Kobach, a candidate for Kansas governor, said": an office sought is no one's yet.
  const sought = (at: number) => SOUGHT.test(text.slice(Math.max(0, at - 40), at));
  for (const m of states.find(text)) {
    if (sought(m.start)) continue;
    // "The Republican Secretary of State in Mississippi told …": the office before its state.
    const before =
      /\b(?:the\s+)?(?:(?:Republican|Democratic|GOP)\s+)?(top elections? official|chief election (?:officer|official)|secretary of (?:the )?state|governor|attorney general)\s+(?:in|of)\s+$/iu.exec(
        text.slice(Math.max(0, m.start - 60), m.start),
      );
    if (before && !/^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3))) {
      const role = (before[1] as string).toLowerCase();
      const office = OFFICES.find(([words]) => words.test(role))?.[1];
      const start = m.start - before[0].length;
      if (office) out.push({ start, end: m.end, state: m.state, office, role });
      continue;
    }
    const after =
      /^(?:['’]s?)?\s+(?:(?:Republican|Democratic|GOP)\s+)?((?:top elections? official|chief election (?:officer|official)|secretary of (?:the )?state|governor|attorney general))\b/iu.exec(
        text.slice(m.end, m.end + 40),
      );
    // "Ohio Secretary of State Jon Husted" names the person: only a role with no name follows.
    if (!after || /^\s+\p{Lu}/u.test(text.slice(m.end + after[0].length))) continue;
    const role = (after[1] as string).toLowerCase();
    const office = OFFICES.find(([words]) => words.test(role))?.[1];
    if (!office) continue;
    const start = /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))
      ? m.start - 4
      : m.start;
    out.push({ start, end: m.end + after[0].length, state: m.state, office, role });
  }
  return out;
}

/**
 * "Republican secretaries of state from red states like Ohio and Texas": the party of those
 * states' officials in that office whom the article names, as the text states it.
 */
function partyOfStatesOfficials(
  text: string,
  states: StateMatcher,
  byKey: Map<string, Found>,
): void {
  const group =
    /\b(Republican|Democratic)\s+(secretaries of state|governors|attorneys general)\b[^.;:]{0,60}?\b(?:like|such as|including|in|from)\s+(?=\p{Lu})/gu;
  for (const g of text.matchAll(group)) {
    const at = g.index ?? 0;
    // The states listed right after: "Ohio and Texas", "Ohio, Utah and Texas".
    const listed = new Set<string>();
    let end = at + g[0].length;
    for (const m of states.find(text, end, Math.min(text.length, end + 120))) {
      if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)?$/.test(text.slice(end, m.start))) break;
      listed.add(m.state);
      end = m.end;
    }
    const office = OFFICES.find(([words]) =>
      words.test((g[2] as string).replace(/ies\b/, "y").replace(/s\b/, "")),
    )?.[1];
    if (!office || listed.size === 0) continue;
    const evidence = excerpt(text, at, end);
    for (const found of byKey.values()) {
      if (found.known || !found.state || !listed.has(found.state)) continue;
      if (!office.test(found.role?.text ?? "")) continue;
      setParty(found, g[1] === "Republican" ? "R" : "D", evidence);
    }
  }
}

// Built once per known person's surname, not once per article.
const WORD_PATTERNS = new Map<string, RegExp>();

/** Whether `text` prints `word` as a word of its own, in the case given. */
function wordIn(text: string, word: string): boolean {
  let pattern = WORD_PATTERNS.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, "u");
    WORD_PATTERNS.set(word, pattern);
  }
  return pattern.test(text);
}

// How a text names the offices whose holders a surname alone may stand for.
const OFFICE_WORDS: Partial<Record<Person["office"], string>> = {
  "secretary-of-state": String.raw`secretary\s+of\s+(?:the\s+)?(?:state|commonwealth)`,
  governor: String.raw`(?:governor|gov\.)`,
  "lieutenant-governor": String.raw`(?:lieutenant|lt\.)\s+gov(?:ernor|\.)`,
};
