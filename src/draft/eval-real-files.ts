import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Dataset } from "../domain/dataset.js";
import { type Annotation, AnnotationError, parseAnnotation } from "./annotation.js";
import { draftForAnnotation, type RealScore, scoreReal } from "./eval-real.js";

/**
 * Every annotation in `dir` (`<id>.yaml`), validated, in the split asked for. Throws an
 * AnnotationError naming the first bad file and field.
 */
export function loadAnnotations(
  dir: string,
  jurisdictions: Dataset["jurisdictions"],
  split?: Annotation["split"],
): Annotation[] {
  const out: Annotation[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const name = join(dir, file);
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(name, "utf8"));
    } catch (error) {
      throw new AnnotationError(`${name}: not YAML: ${(error as Error).message.split("\n")[0]}`);
    }
    const a = parseAnnotation(raw, name, jurisdictions);
    if (a.id !== file.replace(/\.ya?ml$/, "")) {
      throw new AnnotationError(`${name}: field "id": "${a.id}" differs from the file's name`);
    }
    if (!split || a.split === split) out.push(a);
  }
  return out;
}

/**
 * Drafts and scores each annotated article saved as `<folder>/<id>.txt`; an annotation whose
 * article is not in the folder is skipped (only annotations in the split asked for are read).
 */
export function evaluateFolder(
  folder: string,
  annotations: readonly Annotation[],
  dataset: Pick<Dataset, "people" | "jurisdictions" | "stories">,
): RealScore[] {
  const scores: RealScore[] = [];
  for (const a of annotations) {
    const path = join(folder, `${a.id}.txt`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    scores.push(scoreReal(text, a, draftForAnnotation(text, a, dataset), dataset.jurisdictions));
  }
  return scores;
}
