import type { TimelineEntry } from "../changes/timeline.js";
import { turningPoints } from "../changes/timeline.js";
import type { Stance } from "../domain/stance.js";
import { formatDate, outletName, type StanceLabels, stanceLabel } from "./format.js";

/** "public data only", or "sources disagree" for a disputed summary: one step of a change. */
export function summaryLabel(
  summary: { stance: Stance; conflict: boolean },
  labels: StanceLabels = {},
): string {
  return summary.conflict ? "sources disagree" : stanceLabel(summary.stance, labels);
}

/** "June 30" when every date shown is in one year, else "June 30, 2017"; never a made-up date. */
export function dayText(date: string | null, withYear: boolean): string {
  if (date === null) return "date not stated";
  const full = formatDate(date);
  return withYear ? full : full.replace(/, \d{4}$/, "");
}

/**
 * "June 30: public data only (BuzzFeed News) → July 5: sources disagree (The Hill)"; null when
 * the state's summary never moved, so a card says nothing extra.
 */
export function howItChanged(
  timeline: readonly TimelineEntry[],
  labels: StanceLabels = {},
): string | null {
  const points = turningPoints(timeline);
  if (points.length === 0) return null;
  const years = new Set(points.map((p) => p.date?.slice(0, 4) ?? ""));
  const withYear = years.size > 1;
  return points
    .map(
      (p) =>
        `${dayText(p.date, withYear)}: ${summaryLabel({ stance: p.summary, conflict: p.conflict }, labels)} (${outletName(p.source)})`,
    )
    .join(" → ");
}
