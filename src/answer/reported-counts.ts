import type { Dataset } from "../domain/dataset.js";
import { sentences } from "../draft/text.js";
import { byDate, type SourceRef, sourceRef } from "./sources.js";

/**
 * "More than 20 states as of Friday were refusing to fully cooperate": the count of refusals an
 * article gives in its own words. Reporters asking "how many states refused" want it beside
 * ours, which counts only the states each source names, and so is often lower.
 */
export interface ReportedCount {
  /** The article's sentence, word for word. */
  text: string;
  source: SourceRef;
}

/**
 * A number of states: "20 states", "More than 20 states", "Utah and 20 states", "Most states";
 * not the ones asked ("sent to all 50 states", "the 50 states").
 */
const SOME_STATES =
  /(?<!\b(?:all|the|to|of|every|asked|wrote|sent|contacted)\s+)\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|dozens?|half|most|many|several)(?:\s+(?:other|more|U\.S\.))?\s+states\b/i;

/** Saying no to the request, in whole or in part. */
const REFUSING =
  /\brefus\w*(?!\s+to\s+(?:comment|say|discuss|answer))|\bdeclin\w*|\breject\w*|\bpush\w*\s+back|\bbalk\w*|\bresist\w*|\bdefy\w*|\bdefied|\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}?(?:comply|cooperate|provide|hand|turn|share|release)\b|\bin\s+whole\s+or\s+in\s+part\b|\bsaid\s+["“]?no\b/i;

/**
 * Whether the sentence's count of states is who says no: the refusal follows the count in its
 * clause ("More than 20 states … were refusing"), not elsewhere in the sentence ("The commission
 * asked 50 states for data; Padilla refused").
 */
function countsRefusals(text: string): boolean {
  // "the list of states pushing back … had grown to 22 by Friday afternoon".
  if (RUNNING_TOTAL.test(text)) return true;
  const count = SOME_STATES.exec(text);
  if (!count) return false;
  const clause = text.slice(count.index).split(/;|\.\s|,\s+(?:and|but|while|whereas)\s/)[0] ?? "";
  return REFUSING.test(clause.slice(0, CLAUSE_REACH));
}
const RUNNING_TOTAL =
  /\b(?:list|number|count|tally|total)\s+of\s+states\s+(?:refusing|declining|rejecting|pushing\s+back|resisting|balking|saying\s+no)\b[^.;]{0,160}?\b(?:grown|grew|rose|risen|climbed|reached|stands?|stood|hit)\s+(?:to\s+|at\s+)?\d{1,2}\b/i;
/** How far after the count its verb may stand. */
const CLAUSE_REACH = 120;

/** A sentence longer than this is a paragraph run together, not a count to quote. */
const MAX_LENGTH = 320;
const MAX_COUNTS = 4;

/** The articles' own counts of states refusing, oldest article first. */
export function reportedCounts(dataset: Dataset): ReportedCount[] {
  const found: ReportedCount[] = [];
  for (const source of dataset.sources) {
    const article = dataset.articles.get(source.id);
    if (!article) continue;
    for (const range of sentences(article)) {
      const text = article.slice(range.start, range.end).trim();
      if (text.length <= MAX_LENGTH && countsRefusals(text))
        found.push({ text, source: sourceRef(source) });
    }
  }
  return found.sort((a, b) => byDate(a.source, b.source)).slice(0, MAX_COUNTS);
}
