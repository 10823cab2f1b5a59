import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadDataset } from "../data/load.js";
import { AnnotationError } from "./annotation.js";
import { formatReal, summarise } from "./eval-real.js";
import { evaluateFolder, loadAnnotations } from "./eval-real-files.js";

/**
 * `npm run eval:real <folder> [-- --split dev|heldout] [--annotations eval/annotations] [--brief]`:
 * drafts every `<id>.txt` in the folder that has an annotation, in its story's context, and
 * scores it against what a careful reader took from it. Annotations are filtered by split
 * before any article is read, so a held-out article is never opened during development.
 */
function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      split: { type: "string" },
      annotations: { type: "string", default: "eval/annotations" },
      brief: { type: "boolean", default: false },
    },
  });
  const folder = positionals[0];
  if (!folder || !existsSync(folder)) {
    console.error(
      "usage: npm run eval:real <folder of <id>.txt> -- [--split dev|heldout] [--brief]",
    );
    return 2;
  }
  const split = values.split;
  if (split !== undefined && split !== "dev" && split !== "heldout") {
    console.error("--split must be dev or heldout");
    return 2;
  }
  const dataset = loadDataset();
  let scores: ReturnType<typeof evaluateFolder>;
  try {
    scores = evaluateFolder(
      folder,
      loadAnnotations(values.annotations, dataset.jurisdictions, split),
      dataset,
    );
  } catch (error) {
    if (error instanceof AnnotationError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (scores.length === 0) {
    console.error(`no article in ${folder} has an annotation${split ? ` in split ${split}` : ""}`);
    return 2;
  }
  console.log(formatReal(summarise(scores), !values.brief));
  return 0;
}

process.exitCode = main();
