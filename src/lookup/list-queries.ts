import { REGIONS, type RegionKey } from "../domain/regions.js";
import { FIELDS, type FieldKey, KEPT_BACK, type ListKey } from "../domain/stance.js";

/**
 * Questions about the whole table, as reporters ask them: "who refused", "which states won't
 * hand over their voter data", "how many states will sell the public file", "which states
 * haven't responded", "breakdown of state responses". A query is a list question when its words
 * are a stance's words (in any inflection, or a compliance word negated) and words about the
 * request; any other word ("which states banned TikTok") makes it a question the data cannot
 * answer, never the nearest list.
 */
type Cue =
  | "refuse"
  | "comply"
  | "public"
  | "review"
  | "decide"
  | "respond"
  | "silent"
  | "withhold"
  | "dispute"
  | "tally"
  | "count"
  | "versus"
  | "only"
  | "not";

const CUES: [Cue, string][] = [
  [
    "refuse",
    "refuse refuses refused refusing refusal refusals refuser refusers decline declines declined " +
      "declining rejected reject rejects rejecting rejection rejections deny denies denied denying " +
      "rebuff rebuffs rebuffed rebuffing resist resists resisted resisting defy defies defied defying " +
      "balk balks balked balking snub snubbed stonewall stonewalled stonewalling oppose opposes " +
      "opposed opposing spurn spurned fight fights fighting fought block blocks blocked blocking|said no|say no|says no|saying no|turned down|turn down|turns " +
      "down|turning down|push back|pushed back|pushing back|pushes back|opt out|opted out|" +
      "holdout|holdouts|no way|told kobach no|told the commission no|said hell no|say hell no|" +
      "said heck no|flat out refused|told them to pound sand|" +
      // Spanish-speaking reporters' own ("¿Qué estados se negaron?").
      "se negaron|se nego|se niegan|se niega|rechazaron|rechazo|rechazan|rechaza",
  ],
  [
    "comply",
    "comply complies complied complying compliance compliant cooperate cooperates cooperated " +
      "cooperating cooperation agree agrees agreed agreeing share shares shared sharing give gives " +
      "gave giving given provide provides provided providing send sends sent sending submit " +
      "submits submitted submitting release releases released releasing participate participates " +
      "participated participating fulfill fulfilled honor honored honour honoured support " +
      "supports supported supporting yes|hand over|hands over|handed over|handing over|turn over|" +
      "turns over|turned over|turning over|go along|went along|going along|fork over|play along|" +
      "said yes|say yes|entregaron|entrego|entregan|dieron|dio|compartieron|cumplieron|cumplen",
  ],
  [
    "public",
    "sell sells sold selling purchase purchased buy bought partial partially partly publicly " +
      "charge charges charged charging fee fees|for a price|for money|to pay|pay for it|" +
      "to be paid|want payment|wants payment|" +
      "public data|public records|public record|public information|public info|public file|" +
      "public voter file|public files|public list|public lists|public portion|public parts|public " +
      "part|public only|only public|for sale|for a fee|some data|some of the data|part of the data|" +
      "limited data|what is public|whats public|what is publicly available|publicly available|" +
      "datos publicos|solo datos publicos|informacion publica",
  ],
  [
    "review",
    "undecided reviewing review reviews considering consider considers weighing weigh weighs " +
      "pending mulling mull studying evaluating examining unsure uncommitted noncommittal " +
      "waiting|on the fence|not sure|still deciding|deciding|wait and see|thinking it over|" +
      "still thinking|looking into it|looking into",
  ],
  ["decide", "decide decided decision"],
  ["respond", "respond responds responded responding reply replied replies replying answered"],
  [
    "silent",
    "silent silence unknown unreported quiet mum|no report|no reports|not reported|no response|" +
      "not said anything|said nothing|not said a word|not answered|not responded|" +
      "havent said anything|hasnt said anything|havent said a word|hasnt said a word|" +
      "no responses|no word|no answer|no answers|no reply|no comment|not yet reported|not heard|" +
      "no reported response|nothing reported|nothing known",
  ],
  [
    "withhold",
    "withhold withholds withholding withheld|keep back|keeping back|held back|hold back|" +
      "in whole or in part|in whole or part|in part",
  ],
  [
    "dispute",
    "disputed dispute disputes conflict conflicts conflicting contested contradictory " +
      "contradict contradicting inconsistent unclear mixed split disagree disagreeing disagreement " +
      "disagreements|sources disagree|where do sources disagree|where sources disagree|" +
      "reports differ|reports conflict",
  ],
  [
    "tally",
    "tally tallies totals total scoreboard scorecard summary overview rundown breakdown " +
      "standings roundup responses answers reactions status|all states|every state|each state|" +
      "all the states|state responses|state by state|where things stand|where the states stand|" +
      "where do the states stand|where do states stand|how did the states respond|" +
      "how did states respond|how did the states answer",
  ],
  ["versus", "vs versus|compared to|compared with"],
  ["only", "only just merely solo solamente unicamente"],
  ["count", "count counts|how many|number of|count of|the number|what number|cuantos"],
  [
    "not",
    "not no never cannot without|will not|would not|did not|do not|does not|have not|has not|" +
      "had not|are not|is not|were not|was not|can not|yet to|refuse to|refused to|refusing to|" +
      "declined to|decline to|declining to|failed to|fail to|unwilling to|wont|wouldnt|didnt|dont|" +
      "doesnt|havent|hasnt|hadnt|arent|isnt|werent|wasnt|cant|couldnt|shouldnt|still not",
  ],
];

/** Words about the request and its answer, which a list question may carry ("so far", "voter rolls"). */
const AROUND = new Set(
  (
    "which what who whom where when states state list lists of that have has had the a an are is " +
    "were was so far to with by in on show me give us all any do does did yet request requests " +
    "demand demands commission commissions panel data voter voters rolls roll registration " +
    "registrations file files their them they it its said say says saying sources source now today " +
    "stance stances only will would to their records record information info details personal " +
    "private sensitive full complete detailed names addresses trump kobach pence presidential " +
    "administration federal government doj justice department election elections integrity " +
    "advisory fraud been being be just officials official secretaries secretary far tell " +
    "please there so still far list far for from about and or how many many up far back " +
    "actually already currently officially publicly outright totally flatly entirely fully " +
    "reports reporting reported accounts whos else social security numbers number ssn ssns " +
    "birth birthdates dates date addresses history histories party affiliation felony military " +
    "status statuses digits last four overseas citizenship voting names theyd theyll theyre " +
    "thats whats wheres weve ive everything anything asked requested wanted sought why reason " +
    "reasons category categories group groups each want wants driver drivers license licenses " +
    "licence licences affiliation affiliations offer offers offered offering told tell tells " +
    "could can may " +
    "pls plz thanks thx " +
    "que cuales estados estado los las el la de del a al se sus su datos informacion lista " +
    "votantes electorales registros padron padrones entregar compartir departamento justicia " +
    "comision hasta ahora"
  ).split(" "),
);

/** Whether a reporter's word is one list questions are made of ("respond", "status", "tally"). */
export function listWord(word: string): boolean {
  return AROUND.has(word) || PHRASES.some((p) => p.w === word);
}

/**
 * The single words list questions are made of, for reading a typo as the word meant, by length
 * (a slip changes a word's length by one letter at most). Built on first use.
 */
let knownWords: Map<number, Set<string>> | undefined;
function knownByLength(): Map<number, Set<string>> {
  if (!knownWords) {
    knownWords = new Map();
    for (const w of [...AROUND, ...PHRASES.flatMap((p) => p.w.split(" "))]) {
      const same = knownWords.get(w.length) ?? new Set<string>();
      knownWords.set(w.length, same.add(w));
    }
  }
  return knownWords;
}

/**
 * "which states refsued", "how many sates refused": a word of four letters or more that no list
 * question holds, one slip of the fingers from just one that does (two letters swapped, one left
 * out or added), is that word. Never one letter for another: "backed" is not "balked".
 */
function spellChecked(asked: string): string {
  const byLength = knownByLength();
  return asked
    .split(" ")
    .map((w) => {
      if (w.length < 4 || byLength.get(w.length)?.has(w)) return w;
      const near = [w.length - 1, w.length, w.length + 1].flatMap((n) =>
        [...(byLength.get(n) ?? [])].filter((k) => oneSlip(k, w)),
      );
      return near.length === 1 ? (near[0] as string) : w;
    })
    .join(" ");
}

/** Whether `typed` is `word` with two neighbouring letters swapped, or one letter left out or added. */
function oneSlip(word: string, typed: string): boolean {
  if (word.length === typed.length) {
    const at = [...word].findIndex((c, i) => c !== typed[i]);
    return (
      at >= 0 &&
      word[at] === typed[at + 1] &&
      word[at + 1] === typed[at] &&
      word.slice(at + 2) === typed.slice(at + 2)
    );
  }
  const [long, short] = word.length > typed.length ? [word, typed] : [typed, word];
  if (long.length !== short.length + 1) return false;
  const at = [...short].findIndex((c, i) => c !== long[i]);
  return at < 0 || long.slice(at + 1) === short.slice(at);
}

/** Each cue's text: single words before the first "|", then one phrase between each "|". */
const PHRASES = CUES.flatMap(([cue, text]) => {
  const [words = "", ...phrases] = text.split("|");
  return [...words.split(" "), ...phrases].filter(Boolean).map((w) => ({ cue, w: w.trim() }));
}).sort((a, b) => b.w.split(" ").length - a.w.split(" ").length || b.w.length - a.w.length);

/** A question shaped as a list question: it asks which, how many or the number of states. */
const LIST_SHAPED =
  /^(?:(?:so )?(?:which|what|list(?: the| of| all)?|name the|show(?: me)? the|que|cuales) states\b|(?:que|cuales) estados\b|(?:how many|number of|count of|the number of|cuantos)\b)/;

export interface ListQuestion {
  /** The list asked for; null for a list-shaped question the data cannot answer. */
  list: ListKey | null;
  /** "which states won't give Social Security numbers": the field the list is about. */
  field?: FieldKey;
  /** "which Southern states refused": the Census region or division the list is kept to. */
  region?: RegionKey;
}

// Longest phrases first, so "west north central" is the division, not the West.
// (Built once: every question is checked against each.)
const REGION_WORDS = REGIONS.flatMap((r) =>
  r.words.map((w) => ({
    key: r.key,
    w,
    pattern: new RegExp(`(?:^| )${w}(?= |$)(?! (?:carolina|dakota|virginia)\\b)`),
  })),
).sort((a, b) => b.w.length - a.w.length);

/**
 * "which southern states refused", "states in the Midwest that complied": the one region a
 * question names and the question without it ("South Carolina", "West Virginia" are states).
 */
function regionAsked(q: string): { region: RegionKey; rest: string } | null {
  const found = REGION_WORDS.flatMap(({ key, pattern }) => {
    const at = pattern.exec(q);
    return at ? [{ key, at: at.index, length: at[0].length }] : [];
  });
  const [first] = found;
  if (!first || found.some((f) => f.key !== first.key && f.length === first.length)) return null;
  const rest = `${q.slice(0, first.at)} ${q.slice(first.at + first.length)}`;
  // (The phrase named once: "south" inside "south atlantic" is the division's own word.)
  return { region: first.key, rest: rest.replace(/\s+/g, " ").trim() };
}

/** The one field of the voter file a list question names, if any ("won't give SSNs"). */
function fieldAsked(q: string): FieldKey | undefined {
  const named = (Object.keys(FIELDS) as FieldKey[]).filter((k) => FIELDS[k].words.test(q));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The list a normalised query asks for; `{list: null}` when it is shaped as a list question
 * ("which states banned TikTok") but asks what the data does not hold; null when it is not a
 * list question at all.
 */
export function listQuestion(normalised: string): ListQuestion | null {
  const whole = normalised.replace(/\s+/g, " ").trim();
  const within = regionAsked(whole);
  const q = within?.rest ?? whole;
  // ("midwest states", "the South": a region's states with no answer named is its tally.)
  const list =
    listQuery(q) ?? (within && q.split(" ").every((w) => !w || AROUND.has(w)) ? "tally" : null);
  // (A field is kept back or handed over; "not responded about SSNs" is the silent states.)
  const field = list && [...KEPT_BACK, "complies"].includes(list) ? fieldAsked(q) : undefined;
  const region = within ? { region: within.region } : {};
  if (list) return field ? { list, field, ...region } : { list, ...region };
  return LIST_SHAPED.test(q) ? { list: null } : null;
}

/** The list a normalised query asks for, or null when it asks for something else. */
export function listQuery(normalised: string): ListKey | null {
  // "give me the count": the reader's words to us, not a state's compliance.
  const asked = normalised
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:give|show|tell|get) (?:me|us) /, "");
  // "when was the request sent", "split by party": a time, or sides the lists do not keep.
  if (/^(?:when|what time|what day|what date)\b|\bby (?:political )?part(?:y|ies)\b/.test(asked))
    return null;
  // "which states didn't refuse to give SSNs": a refusal negated, whatever follows it, is every
  // state but the refusers, which the breakdown of all answers shows.
  if (NOT_REFUSED.test(asked) || NOT_SOLD.test(asked)) return "tally";
  let rest = ` ${spellChecked(asked)} `;
  const cues = new Set<Cue>();
  for (const { cue, w } of PHRASES) {
    for (let at = rest.indexOf(` ${w} `); at >= 0; at = rest.indexOf(` ${w} `)) {
      cues.add(cue);
      rest = `${rest.slice(0, at)} ${rest.slice(at + w.length + 1)}`;
    }
  }
  const leftover = rest.split(" ").filter((word) => word && !AROUND.has(word));
  if (leftover.length > 0) return null;
  return listFromCues(cues);
}

// "which states won't sell the data", "didn't give public data only": not the fee's or the
// public list, but everyone else, which the breakdown shows.
const NOT_SOLD =
  /\b(?:not|never|didnt|dont|doesnt|havent|hasnt|wont|wouldnt|arent|isnt|refused to|refuse to)\s+(?:\w+\s+){0,2}?(?:sell|sold|charg\w*|public|only public)\b/;
const NOT_REFUSED =
  /\b(?:not|never|didnt|dont|doesnt|havent|hasnt|hadnt|wont|wouldnt|arent|isnt|werent|wasnt)\s+(?:yet\s+|all\s+)?(?:refus|declin|reject|den(?:y|ie)|rebuff|withh[oe]ld|(?:held|hold|kept|keep)\s+(?:anything\s+|any\s+\w+\s+)?back|say\s+no|said\s+no|turn(?:ed)?\s+down)|\bno\s+se\s+neg/;

/** The stance words decide the list; a negation turns compliance into refusal. */
function listFromCues(cues: Set<Cue>): ListKey | null {
  const has = (c: Cue) => cues.has(c);
  // "how many gave public data only vs refused": answers side by side are the tally.
  const answers: Cue[] = ["refuse", "comply", "public", "review", "silent", "withhold", "dispute"];
  if (has("versus") && answers.filter(has).length >= 2) return "tally";
  const negated = has("not") || has("refuse");
  const stances: ListKey[] = [];
  if (has("dispute")) stances.push("disputed");
  // "only hand over names and addresses": compliance in part is the public-data list.
  const inPart = has("only") && has("comply") && !negated;
  if (has("public") || inPart) stances.push("public-only");
  else if (has("refuse") || (has("comply") && negated)) stances.push("refuses");
  else if (has("comply")) stances.push("complies");
  if (has("review") || (has("decide") && (has("not") || has("review")))) stances.push("reviewing");
  if (has("withhold")) stances.push("withholding");
  if (has("silent") || (has("respond") && has("not"))) stances.push("no-report");
  const [only, second] = stances;
  if (only && !second) return only;
  if (stances.length > 1) return has("tally") ? "tally" : null;
  // No stance: a count, a breakdown or the answers as a whole is the tally.
  if (has("tally") || has("count") || (has("respond") && !has("not"))) {
    return has("not") ? null : "tally";
  }
  return null;
}
