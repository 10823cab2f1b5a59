import type { Draft, Excerpt } from "./types.js";

/** Every excerpt a draft cuts from its article, named by field, to check that each is verbatim. */
export function draftExcerpts(draft: Draft): { field: string; excerpt: Excerpt }[] {
  const out: { field: string; excerpt: Excerpt }[] = [];
  const add = (field: string, x: Excerpt | null) => {
    if (x) out.push({ field, excerpt: { text: x.text, start: x.start, end: x.end } });
  };
  for (const [k, v] of Object.entries(draft.source.evidence)) add(`source.evidence.${k}`, v);
  for (const [i, c] of draft.claims.entries()) {
    add(`claims[${i}].evidence`, c.evidenceSpan);
    add(`claims[${i}].why`, c.whySpan);
    if (c.evidence !== c.evidenceSpan.text)
      out.push({
        field: `claims[${i}].evidence (text)`,
        excerpt: { ...c.evidenceSpan, text: c.evidence },
      });
    if (c.why !== c.whySpan.text)
      out.push({ field: `claims[${i}].why (text)`, excerpt: { ...c.whySpan, text: c.why } });
    if (c.quote) add(`claims[${i}].quote`, c.quote);
  }
  for (const [i, q] of draft.quotes.entries()) add(`quotes[${i}]`, q);
  for (const [i, p] of draft.people.entries()) {
    add(`people[${i}].roleEvidence`, p.roleEvidence);
    add(`people[${i}].partyEvidence`, p.partyEvidence);
  }
  return out;
}
