import { it } from "vitest";
import { answer } from "../src/answer/model.js";
import { index } from "./helpers/fixtures.js";
const qs = process.env.QS?.split(";") ?? [];
it("probe", () => {
  for (const q of qs) {
    const a = answer(index, q);
    console.log(JSON.stringify(q), "=>", a.unanswered ?? "", a.ambiguous ? "?" : "", a.matches.map((m) => m.kind + ":" + ("list" in m && m.kind==="list" ? m.list : "id" in m ? m.id : m.kind === "state" ? m.state : "")).join(","), a.roleFallback ? "RF" : "", a.said.map((s) => s.speaker + "[" + s.text.slice(0, 60) + "]").join(" | "));
  }
});
