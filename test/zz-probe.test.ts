import { it } from "vitest";
import { answer } from "../src/answer/model.js";
import { index } from "./helpers/fixtures.js";
const qs = process.env.QS?.split(";") ?? [];
it("probe", () => {
  for (const q of qs) {
    const a = answer(index, q);
    const ids = a.matches.map((m) => `${m.kind}:${m.kind === "list" ? m.list : m.kind === "state" ? m.state : m.id}`);
    console.log(JSON.stringify(q), "=>", a.unanswered ?? "", a.ambiguous ? "?" : "", ids.join(","), a.roleFallback ? "RF" : "", a.said.map((s) => `${s.speaker}[${s.text.slice(0, 50)}]`).join(" | "));
  }
});
