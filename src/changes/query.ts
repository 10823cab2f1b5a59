/**
 * The questions about change: "changed since July 1", "changes since 2025-09-01", "what changed
 * this week", "changes", and a state or person "on July 1" (as the sources stood that day).
 */
export type ChangeQuery =
  | {
      kind: "changes";
      since: DayWords | "week" | "all";
      /** "what changed on July 5", "… between June 30 and July 5": the window's last day. */
      until?: DayWords;
      words: string;
      /** "which states changed their answer", "flip-flops": only a reported answer replaced. */
      reversals: boolean;
    }
  | { kind: "on"; rest: string; day: DayWords; words: string }
  /** Written like a day ("July 32", "2025-13-01") but no day is so: the reply says so. */
  | { kind: "not-a-date"; words: string };

/**
 * A day as asked: a full date, a month and day whose year the story's dates settle, or a day
 * counted back from today ("yesterday", "last week").
 */
export type DayWords = { year: number | null; month: number; day: number } | { daysAgo: number };

const RELATIVE_DAYS: Record<string, number> = {
  today: 0,
  yesterday: 1,
  "last week": 7,
  "a week ago": 7,
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const CHANGES = /^(?:what(?:'s| has| have)?\s+)?(?:changed|changes)(?:\s+(.*))?$/i;

// Who is asked to have changed: "which states", "any state that", "did anyone", "has any state".
const CHANGED_WHO = String.raw`(?:(?:which|what|any)\s+states?(?:\s+that)?|states\s+that|who|(?:did|has|have)\s+(?:anyone|any\s+states?))`;
// "changed", "reversed", "switched", "flip-flopped", "backtracked", in any tense asked.
const CHANGED_VERB = String.raw`(?:have\s+|has\s+)?(?:chang(?:e|ed)|revers(?:e|ed)|switch(?:ed)?|flip[- ]?flop(?:ped)?|backtrack(?:ed)?)`;
// "… their answer", "… its position", "… course", "… their minds".
const CHANGED_WHAT = String.raw`(?:\s+(?:(?:their|its|his|her)\s+)?(?:answers?|minds?|positions?|stances?|course))?`;

/**
 * Other ways reporters ask for the changes ("which states changed their answer", "did any state
 * reverse course", "states that flip-flopped", "any changes", "what's new", "the latest"), read
 * as "changes" with what follows.
 */
const CHANGES_ASKED = new RegExp(
  String.raw`^(?:${CHANGED_WHO}\s+${CHANGED_VERB}${CHANGED_WHAT}|(?:any|all)\s+(?:the\s+)?changes|anything\s+new|what(?:'?s|\s+is)\s+new|(?:what(?:'?s|\s+is)\s+)?the\s+latest|flip[- ]?flops?|reversals?)(?=\s+(?:since|after|from|this|the\s+past|the\s+last|in\s+the\s+last|past|last)\b|$)`,
  "i",
);

// The phrasings that ask for answers replaced, not for every new report.
const REVERSALS_ASKED = new RegExp(
  String.raw`^(?:${CHANGED_WHO}\s+${CHANGED_VERB}|flip[- ]?flops?|reversals?)\b`,
  "i",
);

export function parseChangeQuery(raw: string): ChangeQuery | null {
  // (Slack's phone apps send curly apostrophes: "what’s new".)
  const asked = raw
    .trim()
    .replace(/[?.!]+$/, "")
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/\s+/g, " ");
  const text = asked.replace(CHANGES_ASKED, "changes");
  const reversals = text !== asked && REVERSALS_ASKED.test(asked);
  const changes = CHANGES.exec(text);
  if (changes) {
    const rest = (changes[1] ?? "").trim().toLowerCase();
    if (rest === "") return { kind: "changes", since: "all", words: "", reversals };
    if (/^(this|the past|the last|in the last|past|last) week$/.test(rest)) {
      return { kind: "changes", since: "week", words: rest, reversals };
    }
    // "on July 5", "yesterday", "between June 30 and July 5": a window of days.
    const on = /^(?:on )?(.+)$/i.exec(changes[1]?.trim() ?? "");
    const between = /^between (.+?) and (.+)$/i.exec(changes[1]?.trim() ?? "");
    if (between) {
      const [from, to] = [parseDay(between[1] as string), parseDay(between[2] as string)];
      if (from && to) {
        // ("between July 5 and June 30": the same days, whichever is written first.)
        const [since, until] = dayOrder(from, to) <= 0 ? [from, to] : [to, from];
        return { kind: "changes", since, until, words: rest, reversals };
      }
    } else if (on && !/^(?:since|after|from)\b/i.test(on[1] as string)) {
      const words = on[1] as string;
      const day = parseDay(words);
      if (day) return { kind: "changes", since: day, until: day, words, reversals };
      if (looksLikeDay(words)) return { kind: "not-a-date", words };
    }
    const since = /^(?:since|after|from) (.+)$/i.exec(changes[1]?.trim() ?? "");
    const words = since?.[1] ?? "";
    const day = since ? parseDay(words) : null;
    if (day) return { kind: "changes", since: day, words, reversals };
    return since && looksLikeDay(words) ? { kind: "not-a-date", words } : null;
  }
  const on = /^(.+?) (?:on|as of) (.+)$/i.exec(text);
  if (!on || !(on[1] as string).trim()) return null;
  const words = on[2] as string;
  const day = parseDay(words);
  if (day) return { kind: "on", rest: on[1] as string, day, words };
  return looksLikeDay(words) ? { kind: "not-a-date", words } : null;
}

/** Which of two days asked comes first (negative: `a`); 0 where the words cannot tell. */
function dayOrder(a: DayWords, b: DayWords): number {
  if ("daysAgo" in a || "daysAgo" in b) {
    return "daysAgo" in a && "daysAgo" in b ? b.daysAgo - a.daysAgo : 0;
  }
  const years = a.year !== null && b.year !== null ? a.year - b.year : 0;
  return years * 10_000 + (a.month - b.month) * 100 + (a.day - b.day);
}

/** Written the way a day is ("July 32", "32 July", "2025-13-01", "2/30"), whether or not it is one. */
function looksLikeDay(raw: string): boolean {
  const text = raw.trim().toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ");
  const month = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  return (
    new RegExp(`^${month} \\d{1,2}(?:st|nd|rd|th)?(?: \\d{4})?$`).test(text) ||
    new RegExp(`^\\d{1,2}(?:st|nd|rd|th)? ${month}(?: \\d{4})?$`).test(text) ||
    /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) ||
    /^\d{1,2}\/\d{1,2}(?:\/\d{4})?$/.test(text)
  );
}

/** "2025-09-01", "July 1", "Jul. 1, 2017", "1 July 2017", "7/1/2017"; null for anything else. */
export function parseDay(raw: string): DayWords | null {
  const text = raw.trim().toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ");
  const relative = RELATIVE_DAYS[text];
  if (relative !== undefined) return { daysAgo: relative };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
  if (us) return checked(us[3] ? Number(us[3]) : null, Number(us[1]), Number(us[2]));
  const monthFirst = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/.exec(text);
  if (monthFirst) {
    const month = monthOf(monthFirst[1] as string);
    const year = monthFirst[3] ? Number(monthFirst[3]) : null;
    return month ? checked(year, month, Number(monthFirst[2])) : null;
  }
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?(?: (\d{4}))?$/.exec(text);
  if (dayFirst) {
    const month = monthOf(dayFirst[2] as string);
    const year = dayFirst[3] ? Number(dayFirst[3]) : null;
    return month ? checked(year, month, Number(dayFirst[1])) : null;
  }
  return null;
}

function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((m) => word.startsWith(m));
  const full = new Date(Date.UTC(2000, index, 1)).toLocaleString("en", {
    month: "long",
    timeZone: "UTC",
  });
  // "jul", "july", "sept" are months; "julius" is not.
  return index >= 0 && full.toLowerCase().startsWith(word) ? index + 1 : null;
}

function checked(year: number | null, month: number, day: number): DayWords | null {
  const probe = new Date(Date.UTC(year ?? 2000, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The day as YYYY-MM-DD. A day asked without a year is read in the story's own time: the year
 * of its newest source (the year today when it has none), a year earlier if that falls after
 * today. The reply prints the full date, so the reading is never hidden.
 */
export function resolveDay(day: DayWords, newest: string | null, today: string): string {
  if ("daysAgo" in day) return addDays(today, -day.daysAgo);
  if (day.year !== null) return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
  const year = Number((newest ?? today).slice(0, 4));
  const candidate = `${year}-${pad(day.month)}-${pad(day.day)}`;
  return candidate > today ? `${year - 1}-${pad(day.month)}-${pad(day.day)}` : candidate;
}

/** The day `days` after `day` (YYYY-MM-DD); negative counts back. */
export function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** The Monday of `today`'s week (YYYY-MM-DD). */
export function weekStart(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
