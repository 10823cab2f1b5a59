import type { Currency } from "../answer/dates.js";
import type { SourceRef } from "../answer/model.js";
import { indexOfName } from "../domain/names.js";
import { STANCE_LABEL, type Stance } from "../domain/stance.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2017-06-30" → "June 30, 2017"; dates are plain calendar days, so no time zone applies. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`;
}

/** "June 28, 2017"; "in May 2025" where only the month is known ("2025-05"). */
export function formatDayOrMonth(iso: string): string {
  const [year, month] = iso.split("-").map(Number);
  return /^\d{4}-\d{2}$/.test(iso) ? `in ${MONTHS[(month ?? 1) - 1]} ${year}` : formatDate(iso);
}

/** "BuzzFeed News", or an honest placeholder when the article names no outlet. */
export function outletName(source: SourceRef): string {
  return source.outlet ?? `Outlet not named (article ${source.id.slice(0, 3)})`;
}

/** "June 30, 2017", "updated July 5, 2017", or "date not stated". */
export function sourceDateText(source: SourceRef): string {
  if (source.published) return formatDate(source.published);
  if (source.updated) return `updated ${formatDate(source.updated)}`;
  return "date not stated";
}

export function sourceLabel(source: SourceRef): string {
  return `${outletName(source)}, ${sourceDateText(source)}`;
}

export function partyName(party: "R" | "D" | null): string | null {
  if (party === "R") return "Republican";
  if (party === "D") return "Democrat";
  return null;
}

/** "Jon Husted, Ohio Secretary of State (R)". */
export function personLine(person: {
  name: string;
  role: string;
  party: "R" | "D" | null;
}): string {
  return `${person.name}, ${person.role}${person.party ? ` (${person.party})` : ""}`;
}

/** A story's own words for stances ("declined" for refuses), where it has them. */
export type StanceLabels = Partial<Record<Stance, string>>;

export function stanceLabel(stance: Stance, labels: StanceLabels = {}): string {
  return labels[stance] ?? STANCE_LABEL[stance];
}

/** "public data only", or where sources disagree "sources disagree (refuses vs. public data only)". */
export function standing(
  stance: Stance,
  sides: readonly Stance[],
  labels: StanceLabels = {},
): string {
  if (sides.length < 2) return stanceLabel(stance, labels);
  return `sources disagree (${sides.map((s) => stanceLabel(s, labels)).join(" vs. ")})`;
}

/** Cut at a word boundary, marking the cut, for limits such as Slack's 3,000 characters. */
/**
 * Words in quotation marks, “like this”, never doubling a mark the words carry. Words with marks
 * of their own (a sentence that reports a quote: “In Ohio…,” said Husted.) keep them as printed
 * and get none added; a fragment that opens or closes a quote without the other mark gets it.
 */
export function quoted(words: string, max?: number): string {
  const trimmed = words.trim();
  const inner = max === undefined ? trimmed : truncate(trimmed, max);
  const opening = /[“"]/.test(inner);
  const closing = /[”"]/.test(inner);
  if (!opening && !closing) return `“${inner}”`;
  if (/^[“"]/.test(inner) && !/.[”"]/.test(inner)) return `${inner}”`;
  if (/[”"]$/.test(inner) && !/[“"](?=.)/.test(inner)) return `“${inner}`;
  return inner;
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * A long list sentence (The Hill's 45 states) folded around the one name that matters, with
 * ellipses joining verbatim pieces: "The states which say … are … Ohio …".
 */
export function foldAround(sentence: string, name: string, max = 320): string {
  if (sentence.length <= max) return sentence;
  const listStart = sentence.indexOf(", ", 60);
  const markers = [...sentence.slice(0, listStart).matchAll(/( are |: | include )/g)];
  const marker = markers[markers.length - 1];
  const lead = marker
    ? sentence.slice(0, (marker.index ?? 0) + marker[0].trimEnd().length)
    : truncate(sentence, max / 2).replace(/…$/, "");
  const at = indexOfName(sentence.slice(lead.length), name) + lead.length;
  if (at < lead.length) return `${lead} …`;
  const isLast = sentence.slice(at + name.length).replace(/[.\s]/g, "") === "";
  return `${lead} … ${isLast ? sentence.slice(at) : `${name} …`}`;
}

/**
 * "As of June 30, 2017 (latest publication date); The Hill updated its story July 5, 2017": an
 * update line says when a story last changed, not when its reporting was done, so it is named
 * apart rather than passed off as "as of".
 */
export function currencyText(c: Currency): string | null {
  const update = c.latestUpdate
    ? `${outletName(c.latestUpdate.source)} updated its story ${formatDate(c.latestUpdate.date)}`
    : null;
  if (c.asOf && update) return `As of ${formatDate(c.asOf)} (latest publication date); ${update}`;
  if (c.asOf) return `As of ${formatDate(c.asOf)}`;
  if (update) return `${update} (no publication date printed)`;
  return null;
}

/** "1 article", "2 articles": a count with its noun in the right number. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A story's size as the story lists give it: "1 article, 3 claims, 3 states reported on". */
export function storyCounts(s: { articles: number; claims: number; statesReportedOn: number }) {
  return `${counted(s.articles, "article")}, ${counted(s.claims, "claim")}, ${counted(s.statesReportedOn, "state")} reported on`;
}

/**
 * What an editor is told of an article in a language the drafter does not read, wherever its
 * draft is shown.
 */
export function unreadNote(name: string): string {
  return `This article looks like ${name}. The drafter reads English and Spanish only, so its draft is likely to miss what the article reports: read it and add each answer by hand.`;
}
