import { currencyOf } from "../answer/dates.js";
import { stateMatch, uniqueSources } from "../answer/model.js";
import type { Dataset } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";

/** One claim, flat, for spreadsheets: the same facts the cards show, from the answer model. */
export interface ExportRow {
  story: string;
  state: string;
  usps: string;
  /** What this source reports. */
  stance: Stance;
  /** The state's summary stance, or "sources disagree" when its sources do (see `sides`). */
  summaryStance: Stance | typeof SOURCES_DISAGREE;
  conflict: boolean;
  /** The stances the state's sources disagree between; empty when they agree. */
  sides: Stance[];
  sourceId: string;
  outlet: string | null;
  date: string | null;
  evidence: string;
  quote: string | null;
  speaker: string | null;
  role: string | null;
  party: "R" | "D" | null;
  /** Where the evidence stands on the source's page: `/sources/<sourceId>#<anchor>`. */
  anchor: string;
}

export const SOURCES_DISAGREE = "sources disagree";

/** Column order for CSV; the JSON rows carry the same keys. */
export const EXPORT_COLUMNS = [
  "story",
  "state",
  "usps",
  "stance",
  "summaryStance",
  "conflict",
  "sides",
  "sourceId",
  "outlet",
  "date",
  "evidence",
  "quote",
  "speaker",
  "role",
  "party",
  "anchor",
] as const satisfies readonly (keyof ExportRow)[];

export interface Export {
  /** The story the rows are about; null when they cover every story. */
  story: string | null;
  asOf: string | null;
  rows: ExportRow[];
}

/** Every claim, state by state in the dataset's order, sources in the order the card shows. */
export function buildExport(dataset: Dataset): Export {
  const storyOf = new Map(dataset.sources.map((s) => [s.id, s.story]));
  const rows = dataset.jurisdictions.flatMap((j) => {
    const match = stateMatch(dataset, j.usps);
    return match.claims.map(
      (claim): ExportRow => ({
        story: storyOf.get(claim.source.id) ?? "",
        state: match.name,
        usps: match.state,
        stance: claim.stance,
        summaryStance: match.conflict ? SOURCES_DISAGREE : match.stance,
        conflict: match.conflict,
        sides: match.sides,
        sourceId: claim.source.id,
        outlet: claim.source.outlet,
        date: claim.source.date,
        evidence: claim.evidence,
        quote: claim.quote?.text ?? null,
        speaker: claim.quote?.speaker ?? null,
        role: claim.quote?.speakerRole ?? null,
        party: claim.quote?.speakerParty ?? null,
        anchor: claim.anchor,
      }),
    );
  });
  return {
    story: dataset.story?.id ?? null,
    asOf: currencyOf(uniqueSources(dataset.sources)).asOf,
    rows,
  };
}
