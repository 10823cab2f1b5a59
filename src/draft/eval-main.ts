import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadDataset } from "../data/load.js";
import { evaluateDrafts, formatEvaluation } from "./eval.js";

/** `npm run eval:draft`: the leave-one-out evaluation of the drafter over the bundled articles. */
const dataset = loadDataset();
const articles = new Map(
  dataset.sources.map((s) => [
    s.id,
    readFileSync(join(DEFAULT_DATA_DIR, "sources", `${s.id}.txt`), "utf8"),
  ]),
);
console.log(formatEvaluation(evaluateDrafts(dataset, articles)));
