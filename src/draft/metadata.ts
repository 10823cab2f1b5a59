import { excerpt, type Range } from "./text.js";
import type { DraftOverrides, DraftSource, Excerpt } from "./types.js";

// Wire and newsroom datelines: "(CN) –" is Courthouse News Service, "(AP) —" the Associated Press.
const DATELINE_OUTLETS: Record<string, string> = {
  CN: "Courthouse News Service",
  AP: "The Associated Press",
  Reuters: "Reuters",
  CNN: "CNN",
  AFP: "Agence France-Presse",
  UPI: "United Press International",
  Bloomberg: "Bloomberg",
};
const DATELINE = new RegExp(`\\((${Object.keys(DATELINE_OUTLETS).join("|")})\\)\\s*[–—-]`);
// A city dateline opening the lead: "ST. GEORGE –", "WASHINGTON (AP) —".
const CITY_DATELINE =
  /^\s*\p{Lu}[\p{Lu}.'’ ]{2,40}(?:,\s*\p{Lu}[\p{L}.]+)?\s*(?:\([\p{L}]+\)\s*)?[–—-]\s/u;

const NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\.(?=\s))?(?:\s+\p{Lu}[\p{L}&'’-]*(?:\.(?=\s))?){0,3}`;
const PERSON = String.raw`\p{Lu}[\p{L}.'’-]+(?: +\p{Lu}[\p{L}.'’-]+){1,3}`;

// How strongly each pattern says "this is the article's own outlet".
const OUTLET_PATTERNS: [RegExp, number][] = [
  [
    new RegExp(
      String.raw`\b(?:reporter|writer|correspondent|editor|columnist)\s+(?:for|at|with)\s+(${NAME})`,
      "gu",
    ),
    1,
  ],
  [new RegExp(String.raw`(?:©|\bCopyright)\s*(?:\d{4}\s+)?(${NAME})`, "gu"), 1],
  // (The bar is matched, not looked behind for: a long run of spaces stays linear.)
  [new RegExp(String.raw`\|[^\S\n]*${PERSON},\s+(${NAME})[^\S\n]*$`, "gmu"), 0.8],
  [new RegExp(String.raw`\bobtained by\s+(${NAME})`, "gu"), 0.6],
  [new RegExp(String.raw`\btold\s+(${NAME})`, "gu"), 0.3],
];

const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const FULL_DATE = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),\s+(\d{4})(?!\d)`, "g");

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
const monthNumber = (word: string) =>
  MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;

/** Outlet, author, dates and headline as far as the text states them, each with its own words. */
export function draftMetadata(
  text: string,
  sentences: Range[],
  overrides: DraftOverrides,
): DraftSource {
  const outlet = findOutlet(text);
  const author = findAuthor(text);
  const published = findPublished(text);
  const updated = findUpdated(text, sentences, published?.value ?? null);
  const headline = findHeadline(text, sentences);
  const given: DraftSource["given"] = [];
  const pick = <T>(
    field: "outlet" | "author" | "published" | "updated",
    found: { value: T; evidence: Excerpt } | null,
    override: T | undefined,
  ) => {
    if (override === undefined)
      return { value: found?.value ?? null, evidence: found?.evidence ?? null };
    given.push(field);
    return { value: override, evidence: null };
  };
  const o = pick("outlet", outlet, overrides.outlet);
  const a = pick("author", author, overrides.author);
  const p = pick("published", published, overrides.published);
  const u = pick("updated", updated, overrides.updated);
  if (overrides.url !== undefined) given.push("url");
  return {
    id: null,
    outlet: o.value,
    author: a.value,
    published: p.value,
    updated: u.value,
    headline: headline?.text ?? null,
    url: overrides.url ?? null,
    evidence: {
      outlet: o.evidence,
      author: a.evidence,
      published: p.evidence,
      updated: u.evidence,
      headline,
    },
    given,
  };
}

function findOutlet(text: string): { value: string; evidence: Excerpt } | null {
  const head = text.slice(0, 1500);
  const wire = DATELINE.exec(head);
  if (wire) {
    const at = wire.index;
    return {
      value: DATELINE_OUTLETS[wire[1] as string] as string,
      evidence: excerpt(text, at, at + (wire[1] as string).length + 2) as Excerpt,
    };
  }
  const scores = new Map<string, { score: number; evidence: Excerpt }>();
  for (const [pattern, weight] of OUTLET_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const name = (m[1] as string).replace(/[.,’']+$/u, "");
      const at = m.index ?? 0;
      const held = scores.get(name);
      const evidence = excerpt(
        text,
        at,
        at + m[0].indexOf(m[1] as string) + name.length,
      ) as Excerpt;
      scores.set(name, {
        score: (held?.score ?? 0) + weight,
        evidence: held && held.score >= weight ? held.evidence : evidence,
      });
    }
  }
  const best = [...scores.entries()].sort((a, b) => b[1].score - a[1].score)[0];
  return best && best[1].score >= 0.8 ? { value: best[0], evidence: best[1].evidence } : null;
}

function findAuthor(text: string): { value: string; evidence: Excerpt } | null {
  const byline =
    new RegExp(String.raw`^\s*By\s+(${PERSON})`, "mu").exec(text.slice(0, 1500)) ??
    new RegExp(String.raw`\bReporting by\s+(${PERSON})`, "u").exec(text);
  const reporter = new RegExp(
    String.raw`(${PERSON})\s+is\s+an?\s+(?:\w+\s+)?(?:reporter|writer|correspondent|journalist|editor)\s+(?:for|at|with)\s+${NAME}`,
    "u",
  ).exec(text);
  const m = byline ?? reporter;
  if (!m) return null;
  const at = m.index ?? 0;
  return { value: m[1] as string, evidence: excerpt(text, at, at + m[0].length) as Excerpt };
}

function findPublished(text: string): { value: string; evidence: Excerpt } | null {
  const head = text.slice(0, 600);
  const isoDate = /(?:\b(?:date|published|posted)[:\s]+)?\b(\d{4})-(\d{2})-(\d{2})\b/i.exec(head);
  if (isoDate) {
    const value = iso(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
    if (value)
      return {
        value,
        evidence: excerpt(text, isoDate.index, isoDate.index + isoDate[0].length) as Excerpt,
      };
  }
  // A line near the top that is only a date: "July 1, 2017".
  const line = new RegExp(
    String.raw`^[^\S\n]*(?:${WEEKDAY},?\s+)?${MONTH}\s+(\d{1,2}),\s+(\d{4})[^\S\n]*$`,
    "mu",
  ).exec(head);
  if (line) {
    const value = iso(Number(line[3]), monthNumber(line[1] as string), Number(line[2]));
    if (value)
      return { value, evidence: excerpt(text, line.index, line.index + line[0].length) as Excerpt };
  }
  const stated = new RegExp(
    String.raw`\b(?:Published|Posted)(?:\s+on)?:?\s+${MONTH}\s+(\d{1,2}),\s+(\d{4})`,
    "i",
  ).exec(head);
  if (stated) {
    const value = iso(Number(stated[3]), monthNumber(stated[1] as string), Number(stated[2]));
    if (value)
      return {
        value,
        evidence: excerpt(text, stated.index, stated.index + stated[0].length) as Excerpt,
      };
  }
  return null;
}

/** "Updated July 5", "This story was updated July 5 at 4:02 p.m.": the year comes from the text. */
function findUpdated(
  text: string,
  sentences: Range[],
  published: string | null,
): { value: string; evidence: Excerpt } | null {
  const m = new RegExp(
    String.raw`\bupdated:?\s+(?:on\s+)?${MONTH}\s+(\d{1,2})(?:,\s+(\d{4}))?`,
    "i",
  ).exec(text);
  if (!m) return null;
  let year = m[3] ? Number(m[3]) : null;
  if (year === null && published) year = Number(published.slice(0, 4));
  if (year === null) {
    const years = [...text.matchAll(FULL_DATE)].map((d) => Number(d[3]));
    year = years.length ? Math.max(...years) : null;
  }
  if (year === null) return null;
  const value = iso(year, monthNumber(m[1] as string), Number(m[2]));
  if (!value) return null;
  const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
  const evidence =
    sentence && sentence.end - sentence.start <= 160
      ? excerpt(text, sentence.start, sentence.end)
      : excerpt(text, m.index, m.index + m[0].length);
  const trimmed = evidence
    ? excerpt(
        text,
        evidence.start + (/^[-–—\s]*/.exec(evidence.text)?.[0].length ?? 0),
        evidence.end,
      )
    : null;
  return trimmed ? { value, evidence: trimmed } : null;
}

/** The first line that is not a photo caption, without a leading "date YYYY-MM-DD"; one sentence if long. */
function findHeadline(text: string, sentences: Range[]): Excerpt | null {
  const lines = [...text.matchAll(/[^\n]+/g)]
    .map((l) => excerpt(text, l.index ?? 0, (l.index ?? 0) + l[0].length))
    .filter((l): l is Excerpt => l !== null);
  const line = lines.find((l) => !/\s\|\s/.test(l.text) || CITY_DATELINE.test(l.text)) ?? lines[0];
  if (!line) return null;
  const lead = /^(?:date\s+)?\d{4}-\d{2}-\d{2}\s+/i.exec(line.text);
  const start = line.start + (lead?.[0].length ?? 0);
  let end = line.end;
  if (end - start > 300) {
    const first =
      sentences.find((s) => s.end > start && s.start <= start + 1) ??
      sentences.find((s) => s.start >= start);
    if (first) end = Math.min(end, first.end);
  }
  return excerpt(text, start, end);
}
