import { readFileSync } from "node:fs";
import { STANCES } from "../domain/stance.js";
import { STANCE_FILL } from "../map/tile-map.js";

// The same folder from src/web (tests) and dist/web (npm start): tsc does not copy assets.
const dir = new URL("../../src/web/assets/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), "utf8");

/** The stylesheet, with the map's stance colours for the table's swatches. */
export const STYLESHEET = `${read("tracker.css")}${STANCES.map(
  (s) => `.swatch-${s} {\n  background: ${STANCE_FILL[s]};\n}\n`,
).join("")}`;

export const SCRIPT = read("tracker.js");
