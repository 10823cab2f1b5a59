import { type Claim, type Dataset, type StateRecord, sourcesView } from "../domain/dataset.js";
import { type RegionKey, regionOf } from "../domain/regions.js";
import {
  FIELDS,
  type FieldKey,
  KEPT_BACK,
  type ListKey,
  STANCE_SHORT,
  type Stance,
} from "../domain/stance.js";
import { type Currency, currencyOf } from "./dates.js";
import { type ReportedCount, reportedCounts } from "./reported-counts.js";
import { type SourceRef, sourceRef, uniqueSources } from "./sources.js";
import { tallyStates } from "./tally.js";

export interface ListState {
  state: string;
  name: string;
  stance: Stance;
  conflict: boolean;
  sides: Stance[];
  /** The sources behind the stance the list is about. */
  sources: SourceRef[];
  /** On a field's list: the source's sentence that names the field, word for word. */
  evidence?: string;
}

export interface ListMatch extends Currency {
  kind: "list";
  list: ListKey;
  /** What the list is, in a word or two: the stance's label, "Sources disagree", "Tally". */
  name: string;
  /**
   * A stance list: the states that settle on it; "disputed": the disputed states; "tally": none,
   * except in a region, where it is each of the region's states with its answer.
   */
  states: ListState[];
  /** A stance list: disputed states one side of which reports this stance. */
  disputed: ListState[];
  /** Every state counted, disputed states on their own. */
  tally: { settled: { stance: Stance; count: number }[]; disputed: number };
  sources: SourceRef[];
  /** The one article the list is as reported by ("which states does BuzzFeed say refused"). */
  reportedBy?: SourceRef;
  /** "which states won't give Social Security numbers": the field the sources' sentences name. */
  field?: { key: FieldKey; label: string };
  /** Refusals and the tally: the articles' own counts of states saying no, word for word. */
  counts?: ReportedCount[];
  /** "which Southern states refused": the Census region or division the list is kept to. */
  region?: { key: RegionKey; name: string };
}

/** The lists a reporter reads as "how many said no", which the articles count in their words. */
const COUNTED: ListKey[] = ["refuses", "withholding", "tally"];

const LIST_NAME: Record<ListKey, string> = {
  ...STANCE_SHORT,
  disputed: "Sources disagree",
  tally: "Where the states stand",
};

/**
 * A list as one article reports it ("which states does BuzzFeed say refused"): `listOf` over its
 * claims alone, every other article left out, with the article named.
 */
export function reportedBy(
  dataset: Dataset,
  sourceId: string,
  listOf: (view: Dataset) => ListMatch,
): ListMatch {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) return listOf(dataset);
  return { ...listOf(sourcesView(dataset, (s) => s === source)), reportedBy: sourceRef(source) };
}

/** The states on a list, with the counts. */
export function listMatch(dataset: Dataset, list: ListKey): ListMatch {
  const records = [...dataset.states.values()];
  const tally = tallyStates(dataset);
  const stance = list === "disputed" || list === "tally" ? null : list;
  const settled = stance
    ? records.filter((r) => !r.conflict && r.stance === stance)
    : list === "disputed"
      ? records.filter((r) => r.conflict)
      : [];
  const disputed = stance ? records.filter((r) => r.conflict && r.sides.includes(stance)) : [];
  const states = settled.map((r) => listState(r, stance));
  const disputedStates = disputed.map((r) => listState(r, stance));
  const sources = uniqueSources(
    (list === "tally" ? records : [...settled, ...disputed]).flatMap((r) =>
      r.claims.filter((c) => !stance || c.stance === stance).map((c) => c.source),
    ),
  );
  return {
    kind: "list",
    list,
    name: LIST_NAME[list],
    states,
    disputed: disputedStates,
    tally: {
      settled: tally.settled.map((t) => ({ stance: t.stance, count: t.states.length })),
      disputed: tally.disputed.length,
    },
    sources,
    ...currencyOf(sources),
    ...(COUNTED.includes(list) ? { counts: reportedCounts(dataset) } : {}),
  };
}

/**
 * "which states won't give Social Security numbers": the states whose sources name that field in
 * the sentence or quote of their answer, each with those words. The sources answer the request
 * as a whole, so a state is listed only where its own source names the field: refusing the
 * request, or giving only public data or part of it, keeps the field back ("won't give",
 * "withhold"); complying hands it over.
 */
export function fieldListMatch(dataset: Dataset, list: ListKey, field: FieldKey): ListMatch {
  const all = listMatch(dataset, list);
  // (The list question takes a field only for these lists: kept back, or handed over.)
  const stances: Stance[] = KEPT_BACK.includes(list as Stance) ? KEPT_BACK : [list as Stance];
  const { words, label } = FIELDS[field];
  const cited: Claim[] = [];
  const states = [...dataset.states.values()].flatMap((r): ListState[] => {
    const naming = r.claims.filter(
      (c) => stances.includes(c.stance) && words.test(`${c.evidence} ${c.quote?.text ?? ""}`),
    );
    const [first] = naming;
    if (!first) return [];
    cited.push(...naming);
    const evidence = words.test(first.evidence)
      ? first.evidence
      : (first.quote?.text ?? first.evidence);
    return [
      {
        ...listState(r, null),
        stance: first.stance,
        sources: uniqueSources(naming.map((c) => c.source)),
        evidence,
      },
    ];
  });
  const sources = uniqueSources(cited.map((c) => c.source));
  const { counts: _unasked, ...rest } = all;
  return { ...rest, states, disputed: [], sources, field: { key: field, label } };
}

function listState(record: StateRecord, stance: Stance | null): ListState {
  return {
    state: record.jurisdiction.usps,
    name: record.jurisdiction.name,
    stance: record.stance,
    conflict: record.conflict,
    sides: record.sides,
    sources: uniqueSources(
      record.claims.filter((c) => !stance || c.stance === stance).map((c) => c.source),
    ),
  };
}

/**
 * A list kept to one Census region or division: its states only, and its own tally, which is
 * short enough to name each state's answer. The articles' counts are national, so they are left
 * out.
 */
export function withinRegion(
  dataset: Dataset,
  region: RegionKey,
  listOf: (within: Dataset) => ListMatch,
): ListMatch {
  const { name, states } = regionOf(region);
  const within = new Map([...dataset.states].filter(([usps]) => states.includes(usps)));
  const { counts: _national, ...match } = listOf({ ...dataset, states: within });
  const each = match.list === "tally" ? [...within.values()].map((r) => listState(r, null)) : [];
  return {
    ...match,
    ...(each.length > 0 ? { states: each } : {}),
    region: { key: region, name },
  };
}
