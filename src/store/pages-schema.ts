/**
 * Pages fetched for articles added by their link, the same in both engines: the page as it was
 * read (decoded text), the SHA-256 of the bytes served, where the link ended up and when.
 */
export const PAGES_SCHEMA = `
  CREATE TABLE fetched_pages (
    draft_id TEXT PRIMARY KEY, team TEXT NOT NULL, url TEXT NOT NULL, final_url TEXT NOT NULL,
    canonical_url TEXT NOT NULL, fetched_at TEXT NOT NULL, content_type TEXT NOT NULL,
    sha256 TEXT NOT NULL, html TEXT NOT NULL, metadata TEXT NOT NULL
  );
  CREATE INDEX fetched_pages_canonical ON fetched_pages (canonical_url);`;

const as = (column: string, field: string) => `${column} AS "${field}"`;

export const PAGE_COLUMNS = [
  as("draft_id", "draftId"),
  "team",
  "url",
  as("final_url", "finalUrl"),
  as("canonical_url", "canonicalUrl"),
  as("fetched_at", "fetchedAt"),
  as("content_type", "contentType"),
  "sha256",
  "html",
  "metadata",
].join(", ");
