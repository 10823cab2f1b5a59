import { it } from "vitest";
import { index } from "./helpers/fixtures.js";
it("p", () => {
  for (const p of index.said.passages.filter((p) => p.kind === "sentence")) console.log("PP", p.speaker, p.anchor, "::", p.text.slice(0, 150));
});
