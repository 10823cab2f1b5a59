import { describe, expect, it } from "vitest";
import { lookup } from "../../src/lookup/lookup.js";
import { index } from "../helpers/fixtures.js";

/** The articles' own sentences a "how many" question gets, word for word. */
const given = (question: string) =>
  (lookup(index, question).sentences ?? []).map((s) => s.item.text);

describe("'how many' and 'how much' about a fact, not a list of states", () => {
  it.each([
    ["how many cases of voter impersonation did the analysis find", /impersonation/i],
    ["how many voter fraud convictions does kobach have", /convictions/i],
    ["how much was kobach fined", /fined/i],
    ["how many states were pushing back by friday", /pushing back/i],
    ["how many weeks did states have to respond", /weeks/i],
    ["how long did states have to respond", /weeks/i],
    ["how much time did secretaries of state get to answer", /weeks/i],
  ])("%j: the sentences that give a figure for it", (question, about) => {
    const sentences = given(question);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      expect(s).toMatch(about);
      expect(s).toMatch(/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b/i);
    }
  });

  it.each([
    "how many pizzas did kobach eat",
    "how many states legalized marijuana",
    "how many people work for the commission",
    "how long has kobach been secretary of state",
    "how many weeks did kobach spend on vacation",
    "how long do voters have to register",
    "how much time do felons get to appeal",
  ])("%j: nothing the articles hold, said plainly", (question) => {
    const result = lookup(index, question);
    expect(result.sentences ?? []).toEqual([]);
    expect(result.targets).toEqual([]);
  });

  it("still counts the states by their answer", () => {
    const result = lookup(index, "how many states refused");
    expect(result.targets).toEqual([{ kind: "list", list: "refuses" }]);
    expect(result.sentences).toBeUndefined();
  });
});
