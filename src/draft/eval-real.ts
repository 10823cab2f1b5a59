import type { Jurisdiction, Person, Story } from "../domain/dataset.js";
import { shortForms } from "../domain/given-names.js";
import type { Annotation } from "./annotation.js";
import { draftArticle } from "./draft.js";
import { alignedRows, pct } from "./eval-table.js";
import { draftExcerpts } from "./excerpts.js";
import { stateMatcher } from "./states.js";
import type { Draft, DraftPerson } from "./types.js";

/** Claims at or above this confidence are the ones an editor may skim. */
export const HIGH_CONFIDENCE = 0.8;

/** Why a drafted article falls short of its annotation, one class per miss. */
export const FAILURE_CLASSES = [
  "missed list item",
  "missed category label",
  "missed in prose",
  "missed: state not named",
  "wrong stance",
  "trap claimed",
  "claim not annotated",
  "quote unattributed",
  "quote misattributed",
  "quote not found",
  "wrong party",
  "not verbatim",
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

export interface Failure {
  kind: FailureClass;
  detail: string;
}

/** One real article's draft against what a careful reader took from it. */
export interface RealScore {
  id: string;
  states: {
    annotated: number;
    drafted: number;
    matched: number;
    stanceAgrees: number;
    traps: number;
    /** Drafted claims with confidence ≥ HIGH_CONFIDENCE, and those right in state and stance. */
    high: number;
    highRight: number;
    low: number;
    lowRight: number;
  };
  /** Drafted claims by the kind of evidence that gave them, and how many are right. */
  bases: Record<string, { claims: number; right: number }>;
  quotes: { annotated: number; rightSpeaker: number };
  parties: { drafted: number; wrong: number };
  verbatim: { excerpts: number; ok: number };
  failures: Failure[];
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "");
const letters = (s: string) => fold(s).replace(/[^a-z0-9]/g, "");
const words = (s: string) =>
  fold(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

const BODY_WORDS = new Set([
  "office",
  "department",
  "commission",
  "division",
  "board",
  "league",
  "center",
  "union",
  "association",
  "foundation",
  "committee",
  "coalition",
  "council",
  "institute",
  "party",
  // State offices named either way: the "Governor of South Carolina", the "South Carolina Governor".
  "governor",
  "secretary",
  "lieutenant",
]);
const BODY_FILLER = new Set(["the", "of", "office", "u", "s", "us"]);

/**
 * The same person: equal names, or one name's words all within the other's with the same last
 * name ("Alison Grimes" for "Alison Lundergan Grimes", "Husted" for "Jon Husted").
 */
export function samePerson(a: string, b: string): boolean {
  // ("The Topeka Capital-Journal (editorial)": a reader's note on the form, not the name.)
  const named = (name: string) => name.replace(/\s*\([^()]*\)\s*$/, "");
  const x = words(named(a));
  const y = words(named(b));
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(" ") === y.join(" ")) return true;
  // A body by its initials: "DOJ" for the "U.S. Department of Justice", "ACLU" for the
  // "American Civil Liberties Union" (three letters or more, as printed in capitals).
  const initialsOf = (name: string, other: string[]) =>
    /^\p{Lu}{3,6}$/u.test(name.trim()) &&
    other.length > 1 &&
    other
      .map((w) => w[0])
      .join("")
      .includes(name.trim().toLowerCase());
  if (initialsOf(a, y) || initialsOf(b, x)) return true;
  // Bodies' names come in either order: "Office of the Ohio Secretary of State" is the "Ohio
  // Secretary of State's office", the "Department of Justice" the "Justice Department".
  const body = (w: string[]) => new Set(w.filter((t) => !BODY_FILLER.has(t)));
  if ([...x, ...y].some((t) => BODY_WORDS.has(t))) {
    const [p, q] = [body(x), body(y)];
    if (p.size > 0 && p.size === q.size && [...p].every((t) => q.has(t))) return true;
    // "League of Women Voters" for the "League of Women Voters of Wyoming".
    const [small, large] = p.size <= q.size ? [p, q] : [q, p];
    if (small.size >= 3 && [...small].every((t) => large.has(t))) return true;
  }
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // ("Pam Bondi" for "Pamela Bondi": a given name and its short form.)
  return short.every((w) => long.includes(w) || shortForms(w).some((f) => long.includes(f)));
}

/**
 * A reader who names an office by its holder ("Dunlap's office") where the drafter named it by its
 * title ("Maine Secretary of State's office", drafted from "Matthew Dunlap's office") agrees.
 */
function officeOfHolder(people: readonly DraftPerson[], drafted: string, reader: string): boolean {
  const role = people.find((p) => !p.known && p.name === drafted)?.role;
  return (
    role !== null && role !== undefined && /['’]s office$/i.test(role) && samePerson(role, reader)
  );
}

/**
 * A reader who names only the office ("Mississippi's secretary of state") where the drafter named
 * the known person who holds it ("Delbert Hosemann", from the story's people) agrees with it.
 */
function holdsOffice(
  person: DraftPerson | undefined,
  office: string,
  jurisdictions: readonly Jurisdiction[],
): boolean {
  if (!person?.role || !person.state) return false;
  const state = jurisdictions.find((j) => j.usps === person.state)?.name;
  const m =
    /^(?:the\s+)?(?:office\s+of\s+the\s+)?(.+?)(?:['’]s)?\s+(secretary of state|lieutenant governor|governor|attorney general)$/i.exec(
      office.trim(),
    );
  return (
    m !== null &&
    (m[1] as string).toLowerCase() === state?.toLowerCase() &&
    person.role.toLowerCase().includes((m[2] as string).toLowerCase())
  );
}

/** The context a real article is drafted in: its story and date as the annotation gives them. */
export function draftForAnnotation(
  text: string,
  annotation: Annotation,
  known: { people: Person[]; jurisdictions: Jurisdiction[]; stories: Story[] },
): Draft {
  const published = annotation.published ?? undefined;
  return draftArticle(text, {
    ...known,
    overrides: {
      story: annotation.story,
      ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { published } : {}),
    },
  });
}

/** Scores one draft against its article's annotation. */
export function scoreReal(
  text: string,
  annotation: Annotation,
  draft: Draft,
  jurisdictions: readonly Jurisdiction[],
): RealScore {
  const failures: Failure[] = [];
  const fail = (kind: FailureClass, detail: string) => failures.push({ kind, detail });
  const accepted = new Map(annotation.states.map((s) => [s.state, s.stances]));
  const traps = new Map(annotation.traps.map((t) => [t.state, t.why ?? ""]));
  const drafted = new Map(draft.claims.map((c) => [c.state, c]));

  let matched = 0;
  let stanceAgrees = 0;
  for (const [state, stances] of accepted) {
    const claim = drafted.get(state);
    if (!claim) {
      fail(missedClass(text, state, jurisdictions), state);
      continue;
    }
    matched++;
    if (stances.includes(claim.stance)) stanceAgrees++;
    else fail("wrong stance", `${state} ${claim.stance} (accepted ${stances.join("/")})`);
  }
  let trapsClaimed = 0;
  for (const [state, claim] of drafted) {
    if (accepted.has(state)) continue;
    if (traps.has(state)) {
      trapsClaimed++;
      fail("trap claimed", `${state} ${claim.stance}: ${traps.get(state)}`);
    } else fail("claim not annotated", `${state} ${claim.stance} ("${claim.why}")`);
  }
  const right = (c: Draft["claims"][number]) => accepted.get(c.state)?.includes(c.stance) ?? false;
  const high = draft.claims.filter((c) => c.confidence >= HIGH_CONFIDENCE);
  const low = draft.claims.filter((c) => c.confidence < HIGH_CONFIDENCE);

  const bases: RealScore["bases"] = {};
  for (const c of draft.claims) {
    const key = c.basis ?? "unknown";
    const b = bases[key] ?? { claims: 0, right: 0 };
    bases[key] = b;
    b.claims++;
    if (right(c)) b.right++;
  }

  let rightSpeaker = 0;
  for (const q of annotation.quotes) {
    const piece = letters(q.fragment.split(/\s*(?:…|\.\.\.)\s*/)[0] ?? "");
    const hits = draft.quotes.filter((d) => {
      const t = letters(d.text);
      return piece.length > 0 && t.length >= 8 && (t.includes(piece) || piece.includes(t));
    });
    const label = `"${q.fragment.slice(0, 50)}" (${q.speaker ?? "no speaker"})`;
    if (hits.length === 0) {
      fail("quote not found", label);
      continue;
    }
    const ok = hits.some((d) =>
      q.speaker === null
        ? d.speaker === null
        : d.speaker !== null &&
          (samePerson(d.speaker, q.speaker) ||
            officeOfHolder(draft.people, d.speaker, q.speaker) ||
            holdsOffice(
              draft.people.find((p) => p.known && p.name === d.speaker),
              q.speaker,
              jurisdictions,
            )),
    );
    if (ok) rightSpeaker++;
    else if (hits.every((d) => d.speaker === null)) fail("quote unattributed", label);
    else
      fail(
        "quote misattributed",
        `${label} given to ${hits.map((d) => d.speaker ?? "nobody").join(", ")}`,
      );
  }

  // A party the drafter stated for someone new: wrong unless the annotation states the same.
  let partiesDrafted = 0;
  let partiesWrong = 0;
  for (const p of draft.people.filter((x) => !x.known && x.party !== null)) {
    partiesDrafted++;
    const truth = annotation.parties.find((a) => samePerson(a.person, p.name));
    if (truth?.party !== p.party) {
      partiesWrong++;
      fail("wrong party", `${p.name} ${p.party} (annotated ${truth?.party ?? "not stated"})`);
    }
  }

  const excerpts = draftExcerpts(draft);
  let ok = 0;
  for (const { field, excerpt } of excerpts) {
    if (text.slice(excerpt.start, excerpt.end) === excerpt.text) ok++;
    else fail("not verbatim", field);
  }

  return {
    id: annotation.id,
    states: {
      annotated: accepted.size,
      drafted: drafted.size,
      matched,
      stanceAgrees,
      traps: trapsClaimed,
      high: high.length,
      highRight: high.filter(right).length,
      low: low.length,
      lowRight: low.filter(right).length,
    },
    bases,
    quotes: { annotated: annotation.quotes.length, rightSpeaker },
    parties: { drafted: partiesDrafted, wrong: partiesWrong },
    verbatim: { excerpts: excerpts.length, ok },
    failures,
  };
}

/** How the article names a state the drafter missed: on a list line, under a label, in prose. */
function missedClass(
  text: string,
  state: string,
  jurisdictions: readonly Jurisdiction[],
): FailureClass {
  const mentions = stateMatcher([...jurisdictions])
    .find(text)
    .filter((m) => m.state === state);
  if (mentions.length === 0) return "missed: state not named";
  const lineOf = (at: number) => {
    const start = text.lastIndexOf("\n", at) + 1;
    const end = text.indexOf("\n", at);
    return text.slice(start, end < 0 ? text.length : end);
  };
  const lines = mentions.map((m) => lineOf(m.start));
  // "Refusal: A, B", "Alabama: will hand over only …": a short label, then a colon.
  if (lines.some((l) => /^[^:\n]{1,40}:\s*\S/u.test(l))) return "missed category label";
  if (lines.some((l) => /^\s*(?:\d+[.)]|[•*·▪–—-])\s*/u.test(l) || l.trim().length <= 40))
    return "missed list item";
  return "missed in prose";
}

export interface RealEvaluation {
  articles: RealScore[];
  recall: number;
  precision: number;
  traps: number;
  stance: number;
  quotes: number;
  verbatim: number;
  wrongParties: number;
  /** Share of claims ≥ HIGH_CONFIDENCE right in state and stance; and of the others. */
  precisionHigh: number;
  precisionLow: number;
  high: number;
  low: number;
  failures: Map<FailureClass, number>;
  bases: Map<string, { claims: number; right: number }>;
}

export function summarise(articles: RealScore[]): RealEvaluation {
  const sum = (f: (a: RealScore) => number) => articles.reduce((n, a) => n + f(a), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const failures = new Map<FailureClass, number>();
  for (const a of articles)
    for (const f of a.failures) failures.set(f.kind, (failures.get(f.kind) ?? 0) + 1);
  const bases = new Map<string, { claims: number; right: number }>();
  for (const a of articles)
    for (const [k, v] of Object.entries(a.bases)) {
      const b = bases.get(k) ?? { claims: 0, right: 0 };
      bases.set(k, { claims: b.claims + v.claims, right: b.right + v.right });
    }
  return {
    articles,
    bases,
    recall: ratio(
      sum((a) => a.states.matched),
      sum((a) => a.states.annotated),
    ),
    precision: ratio(
      sum((a) => a.states.matched),
      sum((a) => a.states.drafted),
    ),
    traps: sum((a) => a.states.traps),
    stance: ratio(
      sum((a) => a.states.stanceAgrees),
      sum((a) => a.states.matched),
    ),
    quotes: ratio(
      sum((a) => a.quotes.rightSpeaker),
      sum((a) => a.quotes.annotated),
    ),
    verbatim: ratio(
      sum((a) => a.verbatim.ok),
      sum((a) => a.verbatim.excerpts),
    ),
    wrongParties: sum((a) => a.parties.wrong),
    precisionHigh: ratio(
      sum((a) => a.states.highRight),
      sum((a) => a.states.high),
    ),
    precisionLow: ratio(
      sum((a) => a.states.lowRight),
      sum((a) => a.states.low),
    ),
    high: sum((a) => a.states.high),
    low: sum((a) => a.states.low),
    failures,
  };
}

/** The evaluation for a terminal: one row per article, the totals, then each failure. */
export function formatReal(e: RealEvaluation, details = true): string {
  const rows = [
    [
      "article",
      "states",
      "drafted",
      "matched",
      "stance ok",
      "traps",
      "quotes",
      "speaker ok",
      "parties wrong",
      "verbatim",
    ],
    ...e.articles.map((a) => [
      a.id,
      String(a.states.annotated),
      String(a.states.drafted),
      String(a.states.matched),
      String(a.states.stanceAgrees),
      String(a.states.traps),
      String(a.quotes.annotated),
      String(a.quotes.rightSpeaker),
      String(a.parties.wrong),
      `${a.verbatim.ok}/${a.verbatim.excerpts}`,
    ]),
  ];
  const lines = alignedRows(rows);
  lines.push(
    "",
    `${e.articles.length} articles: state recall ${pct(e.recall)}, precision ${pct(e.precision)}, ` +
      `traps claimed ${e.traps}, stance agreement ${pct(e.stance)}, ` +
      `quotes with the right speaker ${pct(e.quotes)}, verbatim ${pct(e.verbatim)}, ` +
      `wrong parties ${e.wrongParties}`,
    `precision at high confidence (≥ ${HIGH_CONFIDENCE}): ${pct(e.precisionHigh)} of ${e.high} claims; ` +
      `below: ${pct(e.precisionLow)} of ${e.low} (state and stance right)`,
    `by kind of evidence (right/claims): ${[...e.bases]
      .map(([k, v]) => `${k} ${v.right}/${v.claims}`)
      .join(", ")}`,
    "",
    "failures by class:",
    ...FAILURE_CLASSES.filter((k) => e.failures.has(k)).map((k) => `  ${k}: ${e.failures.get(k)}`),
  );
  if (details) {
    lines.push("");
    for (const a of e.articles) {
      for (const f of a.failures) lines.push(`${a.id}: ${f.kind}: ${f.detail}`);
    }
  }
  return lines.join("\n");
}
