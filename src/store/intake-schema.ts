import type { AuditEntry } from "./store.js";

/**
 * The editors' intake tables, the same in both engines: times are ISO text, JSON is kept as text
 * (byte for byte, in the key order it was written), an article is text as received.
 */
export const INTAKE_SCHEMA = `
  CREATE TABLE intake_drafts (
    id TEXT PRIMARY KEY, team TEXT NOT NULL, sha256 TEXT NOT NULL, article TEXT NOT NULL,
    draft TEXT NOT NULL, story TEXT,
    status TEXT NOT NULL CHECK (status IN ('review', 'published', 'rejected')),
    created_by TEXT NOT NULL, created_at TEXT NOT NULL, source_id TEXT,
    review_channel TEXT, review_ts TEXT,
    UNIQUE (team, sha256)
  );
  CREATE TABLE intake_decisions (
    draft_id TEXT NOT NULL, claim_index INTEGER NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('pending', 'approved', 'rejected')),
    stance TEXT NOT NULL, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL,
    PRIMARY KEY (draft_id, claim_index)
  );
  CREATE TABLE published_sources (
    source_id TEXT PRIMARY KEY, story TEXT NOT NULL, team TEXT NOT NULL, draft_id TEXT,
    sha256 TEXT NOT NULL UNIQUE, article TEXT NOT NULL, entries TEXT NOT NULL,
    published_by TEXT NOT NULL, published_at TEXT NOT NULL
  );
  CREATE TABLE retractions (
    source_id TEXT NOT NULL, state TEXT NOT NULL, story TEXT NOT NULL, reason TEXT NOT NULL,
    retracted_by TEXT NOT NULL, retracted_at TEXT NOT NULL,
    PRIMARY KEY (source_id, state)
  );
  CREATE TABLE editor_stories (
    id TEXT PRIMARY KEY, team TEXT NOT NULL, entry TEXT NOT NULL,
    created_by TEXT NOT NULL, created_at TEXT NOT NULL
  );
  CREATE TABLE audit_log (
    seq %SERIAL%, team TEXT NOT NULL, user_id TEXT NOT NULL, action TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
    story TEXT, subject TEXT, states TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL
  );
  CREATE INDEX audit_log_at ON audit_log (at);`;

/** Editors' repairs of drafts in review (added in a later migration, the same in both engines). */
export const REPAIRS_SCHEMA = `
  CREATE TABLE intake_repairs (
    seq %SERIAL%, draft_id TEXT NOT NULL, repair TEXT NOT NULL,
    made_by TEXT NOT NULL, made_at TEXT NOT NULL
  );
  CREATE INDEX intake_repairs_draft ON intake_repairs (draft_id, seq);`;

export const repairsSchema = (serial: string) => REPAIRS_SCHEMA.replace("%SERIAL%", serial);

/** The schema for an engine: each spells an auto-numbered key its own way. */
export const intakeSchema = (serial: string) => INTAKE_SCHEMA.replace("%SERIAL%", serial);

/**
 * Column lists that name each field as the Store's types do; quoted, as PostgreSQL folds unquoted
 * names' case and "index" is a keyword.
 */
export function columns() {
  const as = (column: string, field: string) => `${column} AS "${field}"`;
  return {
    draft: [
      "id",
      "team",
      "sha256",
      "article",
      "draft",
      "story",
      "status",
      as("created_by", "createdBy"),
      as("created_at", "createdAt"),
      as("source_id", "sourceId"),
      as("review_channel", "reviewChannel"),
      as("review_ts", "reviewTs"),
    ].join(", "),
    decision: [
      as("draft_id", "draftId"),
      as("claim_index", "index"),
      "decision",
      "stance",
      as("decided_by", "decidedBy"),
      as("decided_at", "decidedAt"),
    ].join(", "),
    published: [
      as("source_id", "sourceId"),
      "story",
      "team",
      as("draft_id", "draftId"),
      "sha256",
      "article",
      "entries",
      as("published_by", "publishedBy"),
      as("published_at", "publishedAt"),
    ].join(", "),
    retraction: [
      as("source_id", "sourceId"),
      "state",
      "story",
      "reason",
      as("retracted_by", "retractedBy"),
      as("retracted_at", "retractedAt"),
    ].join(", "),
    story: [
      "id",
      "team",
      "entry",
      as("created_by", "createdBy"),
      as("created_at", "createdAt"),
    ].join(", "),
    repair: [
      as("draft_id", "draftId"),
      "seq",
      "repair",
      as("made_by", "madeBy"),
      as("made_at", "madeAt"),
    ].join(", "),
    audit: [
      "team",
      as("user_id", "user"),
      "action",
      "outcome",
      "story",
      "subject",
      "states",
      "detail",
      "at",
    ].join(", "),
  };
}

export type AuditRow = Omit<AuditEntry, "states"> & { states: string };

/** States are kept as ",OH,PA," so one LIKE finds the entries that touch a state. */
export const statesText = (states: readonly string[]) => `,${states.join(",")},`;

export const auditEntry = (row: AuditRow): AuditEntry => ({
  ...row,
  states: row.states.split(",").filter(Boolean),
});
