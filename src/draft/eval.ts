import { findNonVerbatim } from "../data/verbatim.js";
import type { Dataset, Person } from "../domain/dataset.js";
import { draftArticle } from "./draft.js";
import { alignedRows, pct } from "./eval-table.js";
import { draftExcerpts } from "./excerpts.js";

/** One article's draft scored against its curated data. */
export interface ArticleScore {
  id: string;
  states: { curated: number; drafted: number; matched: number; stanceAgrees: number };
  quotes: { curated: number; found: number; rightSpeaker: number };
  parties: { curated: number; right: number; wrong: number };
  verbatim: { excerpts: number; ok: number };
  /** Outlet, author, published, updated and headline: how many agree with the curated source. */
  metadata: { agree: number; differs: string[] };
  /** The story the article is filed under, and the one the drafter proposed (null: cannot tell). */
  story: { curated: string; proposed: string | null };
  missed: string[];
  extra: string[];
  stanceDiffers: string[];
  quotesMissed: string[];
}

export interface Evaluation {
  articles: ArticleScore[];
  recall: number;
  precision: number;
  stance: number;
  quotes: number;
  verbatim: number;
  wrongParties: number;
  /** Share of articles whose proposed story is the one they are filed under. */
  story: number;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
// Curated values may differ from the article in whitespace only (the verbatim check allows it).
const spaced = (s: string | null) => s?.replace(/\s+/g, " ") ?? null;
const letters = (s: string) => fold(s).replace(/[^a-z0-9]/g, "");

/**
 * Leave-one-out: each article is drafted as if it were new, with its own curated claims and the
 * people only it names hidden, and the draft is scored against the curated data.
 */
export function evaluateDrafts(dataset: Dataset, articles: Map<string, string>): Evaluation {
  const scores: ArticleScore[] = [];
  for (const source of dataset.sources) {
    const text = articles.get(source.id);
    if (text === undefined) continue;
    const others = [...articles.entries()]
      .filter(([id]) => id !== source.id)
      .map(([, t]) => fold(t));
    const namedElsewhere = (p: Person) =>
      [p.name, ...p.aliases.filter((a) => a.includes(" "))].some((n) =>
        others.some((t) => t.includes(fold(n))),
      );
    const hidden = dataset.people.filter((p) => !namedElsewhere(p));
    const draft = draftArticle(text, {
      people: dataset.people.filter((p) => namedElsewhere(p)),
      jurisdictions: dataset.jurisdictions,
      stories: dataset.stories,
    });

    const curated = new Map(
      dataset.claims.filter((c) => c.source === source).map((c) => [c.state, c.stance]),
    );
    const drafted = new Map(draft.claims.map((c) => [c.state, c.stance]));
    const matched = [...drafted.keys()].filter((s) => curated.has(s));
    const stanceDiffers = matched.filter((s) => curated.get(s) !== drafted.get(s));

    const curatedQuotes = dataset.quotes.filter((q) => q.source === source);
    let found = 0;
    let rightSpeaker = 0;
    const quotesMissed: string[] = [];
    for (const q of curatedQuotes) {
      const piece = letters(q.text.split(/\s*(?:…|\.\.\.)\s*/)[0] ?? "");
      const hits = draft.quotes.filter((d) => {
        const t = letters(d.text);
        return t.length >= 8 && (t.includes(piece) || piece.includes(t));
      });
      if (hits.length) found++;
      if (hits.some((d) => d.speaker !== null && fold(d.speaker) === fold(q.speaker.name)))
        rightSpeaker++;
      else quotesMissed.push(`${q.speaker.name}: "${q.text.slice(0, 40)}…"`);
    }

    let partiesRight = 0;
    let partiesWrong = 0;
    for (const person of draft.people.filter((p) => !p.known && p.party !== null)) {
      const truth = hidden.find((h) => fold(h.name) === fold(person.name));
      if (truth && truth.party === person.party) partiesRight++;
      else partiesWrong++;
    }

    const excerpts = draftExcerpts(draft);
    const ok = excerpts.filter(
      ({ excerpt: x }) =>
        text.slice(x.start, x.end) === x.text && findNonVerbatim(x.text, text) === null,
    ).length;

    const fields = ["outlet", "author", "published", "updated", "headline"] as const;
    const differs = fields
      .filter((f) => spaced(draft.source[f]) !== spaced(source[f]))
      .map((f) => `${f} ${JSON.stringify(draft.source[f])} (curated ${JSON.stringify(source[f])})`);

    scores.push({
      id: source.id,
      states: {
        curated: curated.size,
        drafted: drafted.size,
        matched: matched.length,
        stanceAgrees: matched.length - stanceDiffers.length,
      },
      quotes: { curated: curatedQuotes.length, found, rightSpeaker },
      parties: {
        curated: hidden.filter((h) => h.party !== null).length,
        right: partiesRight,
        wrong: partiesWrong,
      },
      verbatim: { excerpts: excerpts.length, ok },
      metadata: { agree: fields.length - differs.length, differs },
      story: { curated: source.story, proposed: draft.story.id },
      missed: [...curated.keys()].filter((s) => !drafted.has(s)),
      extra: [...drafted.keys()].filter((s) => !curated.has(s)),
      stanceDiffers: stanceDiffers.map((s) => `${s} ${drafted.get(s)} (curated ${curated.get(s)})`),
      quotesMissed,
    });
  }
  const sum = (f: (a: ArticleScore) => number) => scores.reduce((n, a) => n + f(a), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    articles: scores,
    recall: ratio(
      sum((a) => a.states.matched),
      sum((a) => a.states.curated),
    ),
    precision: ratio(
      sum((a) => a.states.matched),
      sum((a) => a.states.drafted),
    ),
    stance: ratio(
      sum((a) => a.states.stanceAgrees),
      sum((a) => a.states.matched),
    ),
    quotes: ratio(
      sum((a) => a.quotes.rightSpeaker),
      sum((a) => a.quotes.curated),
    ),
    verbatim: ratio(
      sum((a) => a.verbatim.ok),
      sum((a) => a.verbatim.excerpts),
    ),
    wrongParties: sum((a) => a.parties.wrong),
    story: ratio(
      sum((a) => (a.story.proposed === a.story.curated ? 1 : 0)),
      scores.length,
    ),
  };
}

/** The evaluation as a table for a terminal, with what was missed underneath. */
export function formatEvaluation(e: Evaluation): string {
  const rows = [
    [
      "article",
      "states",
      "drafted",
      "matched",
      "stance ok",
      "quotes",
      "right speaker",
      "parties ok/wrong",
      "source fields",
      "verbatim",
      "story",
    ],
    ...e.articles.map((a) => [
      a.id,
      String(a.states.curated),
      String(a.states.drafted),
      String(a.states.matched),
      String(a.states.stanceAgrees),
      String(a.quotes.curated),
      String(a.quotes.rightSpeaker),
      `${a.parties.right}/${a.parties.wrong}`,
      `${a.metadata.agree}/5`,
      `${a.verbatim.ok}/${a.verbatim.excerpts}`,
      a.story.proposed === a.story.curated ? "ok" : (a.story.proposed ?? "cannot tell"),
    ]),
  ];
  const lines = alignedRows(rows);
  lines.push(
    "",
    `state recall ${pct(e.recall)}, precision ${pct(e.precision)}, stance agreement ${pct(e.stance)}, ` +
      `quotes with the right speaker ${pct(e.quotes)}, verbatim ${pct(e.verbatim)}, wrong parties ${e.wrongParties}, ` +
      `story proposed right ${pct(e.story)}`,
  );
  for (const a of e.articles) {
    const notes = [
      a.missed.length ? `missed ${a.missed.join(", ")}` : "",
      a.extra.length ? `extra ${a.extra.join(", ")}` : "",
      a.stanceDiffers.length ? `stance ${a.stanceDiffers.join("; ")}` : "",
      a.quotesMissed.length ? `quotes ${a.quotesMissed.join("; ")}` : "",
      a.metadata.differs.length ? `source ${a.metadata.differs.join("; ")}` : "",
    ].filter(Boolean);
    if (notes.length) lines.push(`${a.id}: ${notes.join(" | ")}`);
  }
  return lines.join("\n");
}
