import type { SourceRef } from "./sources.js";

/**
 * How current a set of sources is, honestly: the latest date an article was published, and
 * apart from it any later update an article prints. An update line ("updated July 5") says
 * when a story last changed, not when its reporting was done, so it never passes for "as of".
 */
export interface Currency {
  /** The latest publication date among the sources, or null when none prints one. */
  asOf: string | null;
  /** The latest update date, when it is later than `asOf` (or there is no `asOf`). */
  latestUpdate: { date: string; source: SourceRef } | null;
}

export function currencyOf(sources: readonly SourceRef[]): Currency {
  let asOf: string | null = null;
  for (const s of sources) if (s.published && (!asOf || s.published > asOf)) asOf = s.published;
  let latestUpdate: Currency["latestUpdate"] = null;
  for (const s of sources) {
    if (!s.updated || (asOf && s.updated <= asOf)) continue;
    if (!latestUpdate || s.updated > latestUpdate.date)
      latestUpdate = { date: s.updated, source: s };
  }
  return { asOf, latestUpdate };
}
