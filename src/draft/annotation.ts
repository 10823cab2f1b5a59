import * as z from "zod";
import type { Jurisdiction } from "../domain/dataset.js";
import { STANCES } from "../domain/stance.js";

/**
 * What a careful reader (a fact-checker who did not write the drafter's rules) takes from one real
 * article: the states it reports an answer for and the stances a reader may accept, its quotes
 * and their speakers, the parties it states, and the states it names that must NOT be read as an
 * answer (traps). One YAML file per article under eval/annotations/.
 */
const text = z.string().trim().min(1);
const stateName = text.describe("a USPS code or a state's name");

export const Annotation = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only"),
  url: z.string().nullish(),
  outlet: z.string().nullish(),
  published: z
    .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
    .nullish(),
  story: z.enum(["commission-2017", "doj-2025"]),
  split: z.enum(["dev", "heldout"]),
  query: z.string().nullish(),
  states: z
    .array(
      z.object({
        state: stateName,
        stances: z.array(z.enum(STANCES)).min(1),
        basis: z.string().nullish(),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  quotes: z
    .array(z.object({ fragment: text, speaker: z.string().trim().min(1).nullable() }))
    .nullish()
    .transform((v) => v ?? []),
  parties: z
    .array(z.object({ person: text, party: z.enum(["R", "D"]) }))
    .nullish()
    .transform((v) => v ?? []),
  traps: z
    .array(z.object({ state: stateName, why: z.string().nullish() }))
    .nullish()
    .transform((v) => v ?? []),
  notes: z.string().nullish(),
});
export type Annotation = z.infer<typeof Annotation>;

/** An annotation file that does not hold what the scorer needs: names the file and the field. */
export class AnnotationError extends Error {}

/**
 * The annotation in `raw` (parsed YAML), with every state as its USPS code; throws an
 * AnnotationError naming `file` and the first bad field.
 */
export function parseAnnotation(
  raw: unknown,
  file: string,
  jurisdictions: readonly Jurisdiction[],
): Annotation {
  const parsed = Annotation.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "(the file)";
    throw new AnnotationError(`${file}: field "${field}": ${issue?.message ?? "invalid"}`);
  }
  const a = parsed.data;
  const code = (name: string, field: string) => {
    const folded = name.trim().toLowerCase();
    const j = jurisdictions.find(
      (x) =>
        x.usps.toLowerCase() === folded ||
        x.name.toLowerCase() === folded ||
        x.ap.toLowerCase() === folded ||
        x.aliases.some((alias) => alias.toLowerCase() === folded),
    );
    if (!j) throw new AnnotationError(`${file}: field "${field}": unknown state "${name}"`);
    return j.usps;
  };
  return {
    ...a,
    states: a.states.map((s, i) => ({ ...s, state: code(s.state, `states.${i}.state`) })),
    traps: a.traps.map((t, i) => ({ ...t, state: code(t.state, `traps.${i}.state`) })),
  };
}
