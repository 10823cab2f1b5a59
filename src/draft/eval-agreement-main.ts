import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadDataset } from "../data/load.js";
import { AnnotationError } from "./annotation.js";
import { compareReaders, formatAgreement } from "./eval-agreement.js";
import { loadAnnotations } from "./eval-real-files.js";

/**
 * `npm run eval:agreement <folder of texts> <second reader's annotations> [-- --annotations
 * eval/annotations] [--brief]`: for every article a second reader annotated on their own, how far
 * the two readers agree, in the terms `eval:real` scores the drafter in.
 */
function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      annotations: { type: "string", default: "eval/annotations" },
      brief: { type: "boolean", default: false },
    },
  });
  const [folder, second] = positionals;
  if (!folder || !second || !existsSync(folder) || !existsSync(second)) {
    console.error(
      "usage: npm run eval:agreement <folder of <id>.txt> <folder of second readings> -- [--brief]",
    );
    return 2;
  }
  const { jurisdictions } = loadDataset();
  try {
    const firsts = new Map(
      loadAnnotations(values.annotations, jurisdictions).map((a) => [a.id, a]),
    );
    const skipped: string[] = [];
    const list = loadAnnotations(second, jurisdictions).flatMap((b) => {
      const a = firsts.get(b.id);
      const path = join(folder, `${b.id}.txt`);
      const why = !a
        ? "no first reading"
        : a.story !== b.story
          ? `the first reading's story is ${a.story}, the second's ${b.story}`
          : !existsSync(path)
            ? `no ${b.id}.txt in ${folder}`
            : null;
      if (why || !a) {
        skipped.push(`${b.id}: ${why}`);
        return [];
      }
      return [compareReaders(readFileSync(path, "utf8"), a, b)];
    });
    for (const line of skipped) console.error(`skipped ${line}`);
    if (list.length === 0) {
      console.error(`no second reading in ${second} has a first reading and a text in ${folder}`);
      return 2;
    }
    console.log(formatAgreement(list, !values.brief));
    return 0;
  } catch (error) {
    if (error instanceof AnnotationError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main();
