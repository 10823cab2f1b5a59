import type { Dataset } from "../domain/dataset.js";
import type { Stance } from "../domain/stance.js";
import { type Currency, currencyOf } from "./dates.js";
import { type SourceRef, sourceRef } from "./sources.js";

/** A state as one article reports it, beside where the sources together leave it. */
export interface SourceState {
  state: string;
  name: string;
  /** What this article reports (the most specific of its claims where it has several). */
  stances: Stance[];
  /** The state's stance across every source, and whether sources disagree. */
  stateStance: Stance;
  stateConflict: boolean;
  stateSides: Stance[];
}

/** An outlet or article asked for by name ("The Hill", "CNS", "what did BuzzFeed report"). */
export interface SourceMatch extends Currency {
  kind: "source";
  /** The source id: its tracker page is `/sources/<id>`. */
  id: string;
  /** The outlet as the article names it, or null where it names none. */
  name: string;
  source: SourceRef;
  outlet: string | null;
  author: string | null;
  headline: string;
  /** The states the article reports on, in the order of its claims. */
  states: SourceState[];
  /** The people it quotes, by name. */
  quoted: string[];
  sources: SourceRef[];
}

export function sourceMatch(dataset: Dataset, id: string): SourceMatch {
  const source = dataset.sources.find((s) => s.id === id);
  if (!source) throw new Error(`unknown source ${id}`);
  const states: SourceState[] = [];
  for (const claim of dataset.claims.filter((c) => c.source === source)) {
    const record = dataset.states.get(claim.state);
    const known = states.find((s) => s.state === claim.state);
    if (known) {
      if (!known.stances.includes(claim.stance)) known.stances.push(claim.stance);
      continue;
    }
    states.push({
      state: claim.state,
      name: record?.jurisdiction.name ?? claim.state,
      stances: [claim.stance],
      stateStance: record?.stance ?? claim.stance,
      stateConflict: record?.conflict ?? false,
      stateSides: record?.sides ?? [],
    });
  }
  const ref = sourceRef(source);
  const quoted = [
    ...new Set(dataset.quotes.filter((q) => q.source === source).map((q) => q.speaker.name)),
  ];
  return {
    kind: "source",
    id: source.id,
    name: source.outlet ?? `Article ${source.id}`,
    source: ref,
    outlet: source.outlet,
    author: source.author,
    headline: source.headline,
    states,
    quoted,
    sources: [ref],
    ...currencyOf([ref]),
  };
}
