import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A made-up article that moves states of the 2017 story (dated July 12, 2017). */
export const reversal = () =>
  readFileSync(join(import.meta.dirname, "..", "changes", "articles", "reversal-2017.txt"));
