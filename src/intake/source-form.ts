import * as z from "zod";
import type { DraftSource } from "../draft/types.js";
import { SOURCE_FIELDS, type SourceField, type SourceRepair } from "./repairs.js";

/** The "Edit source" form as submitted: each field's text, or null when left empty. */
export type SourceForm = Record<SourceField, string | null>;

/** What is wrong, by field, in words for the editor (never echoing what they typed). */
export type SourceErrors = Partial<Record<SourceField, string>>;

export type CheckedSource =
  | { kind: "errors"; errors: SourceErrors }
  | { kind: "repair"; repair: SourceRepair };

/** Longest text each field takes (the modal's inputs say the same). */
export const SOURCE_LIMITS = { outlet: 300, headline: 1_000, author: 300, url: 2_000 } as const;

const line = (max: number) =>
  z
    .string()
    .max(max, `At most ${max.toLocaleString("en-US")} characters.`)
    // Slack's one-line inputs send none; a crafted payload could.
    .regex(/^[^\p{Cc}\p{Cf}\u2028\u2029]*$/u, "One line of text, without control characters.")
    .nullable();
const date = z.iso.date("Choose a date from the calendar.").nullable();

const Form = z.strictObject({
  outlet: line(SOURCE_LIMITS.outlet),
  headline: line(SOURCE_LIMITS.headline),
  author: line(SOURCE_LIMITS.author),
  published: date,
  updated: date,
  url: z
    .url({
      protocol: /^https?$/,
      error: "An http or https address, such as https://example.com/story.",
    })
    // An address as a browser shows it: no spaces, quotes or angle brackets.
    .regex(/^[^\s<>"]+$/, "An address has no spaces, quotes or angle brackets.")
    .max(SOURCE_LIMITS.url, `At most ${SOURCE_LIMITS.url.toLocaleString("en-US")} characters.`)
    .nullable(),
});

/** Trimmed, with runs of spaces made one; empty is null. */
const tidy = (value: string | null) => {
  const text = value?.replace(/[ \t]+/g, " ").trim();
  return text ? text : null;
};

/**
 * An editor's correction of a draft's source: outlet, headline, author, the dates and the URL,
 * each bounded and checked (dates real and not after today, updated not before published, the
 * URL http(s)); what differs from the source as it stands is the repair. A source keeps a
 * headline; a field emptied is "not stated".
 */
export function checkSourceCorrection(
  form: SourceForm,
  source: Pick<DraftSource, SourceField>,
  today: string,
): CheckedSource {
  const tidied = Object.fromEntries(SOURCE_FIELDS.map((f) => [f, tidy(form[f])]));
  const parsed = Form.safeParse(tidied);
  const errors: SourceErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SourceField;
      errors[field] ??= issue.message;
    }
    return { kind: "errors", errors };
  }
  const value = parsed.data;
  for (const field of ["published", "updated"] as const) {
    if ((value[field] ?? "") > today)
      errors[field] = "A date after today: choose the date printed.";
  }
  if (value.published && value.updated && value.updated < value.published) {
    errors.updated ??= "Updated before it was published: check both dates.";
  }
  if (!value.headline && source.headline) {
    errors.headline = "A source needs its headline: correct it rather than empty it.";
  }
  if (Object.keys(errors).length > 0) return { kind: "errors", errors };
  const changes = SOURCE_FIELDS.filter((f) => value[f] !== source[f]).map((field) => ({
    field,
    from: source[field],
    to: value[field],
  }));
  if (changes.length === 0) {
    return {
      kind: "errors",
      errors: { outlet: "Nothing differs from the source: correct a field, or cancel." },
    };
  }
  return { kind: "repair", repair: { kind: "source", changes } };
}

/** "published 2017-07-01 → 2017-06-30; author not stated → “Dana Whitcomb”", for the log. */
export function sourceChangesText(changes: SourceRepair["changes"]): string {
  const shown = (field: SourceField, value: string | null) => {
    if (value === null) return "not stated";
    const short = value.length > 120 ? `${value.slice(0, 119)}…` : value;
    return field === "published" || field === "updated" || field === "url" ? short : `“${short}”`;
  };
  return changes
    .map((c) => `${c.field} ${shown(c.field, c.from)} → ${shown(c.field, c.to)}`)
    .join("; ");
}
