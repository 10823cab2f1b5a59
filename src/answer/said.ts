import type { Dataset } from "../domain/dataset.js";
import type { SaidHit } from "../lookup/said.js";
import { type SourceRef, sourceRef } from "./sources.js";

/**
 * What matched a "who said …" question: the words, word for word as the article printed them,
 * who they are attributed to, and where. `kind` says whether `text` is the quote itself or the
 * article's sentence(s) that report or carry it (which name the speaker in their own words).
 */
export interface SaidJson {
  /** The speaker's person id, as in the matching `person` match. */
  speaker: string;
  speakerName: string;
  speakerRole: string;
  speakerParty: "R" | "D" | null;
  text: string;
  kind: "quote" | "sentence";
  source: SourceRef;
  /** The quote's or claim's anchor on its source's page, where it has one. */
  anchor: string | null;
  /**
   * The words share the question's but deny what it asserts, or assert what it denies ("who said
   * voter fraud is widespread" against "… a widespread issue — it is not"): close, not who said it.
   */
  otherwise: boolean;
}

export function saidJson(dataset: Dataset, hit: SaidHit): SaidJson {
  const { passage } = hit;
  const person = dataset.people.find((p) => p.id === passage.speaker);
  return {
    speaker: passage.speaker,
    speakerName: person?.name ?? passage.speaker,
    speakerRole: person?.role ?? "",
    speakerParty: person?.party ?? null,
    text: passage.text,
    kind: passage.kind,
    source: sourceRef(passage.source),
    anchor: passage.anchor,
    otherwise: hit.otherwise === true,
  };
}
