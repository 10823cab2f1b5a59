import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/model.js";
import { lookup } from "../../src/lookup/lookup.js";
import { answerCard } from "../../src/render/cards.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset, index } from "../helpers/fixtures.js";

describe("what a person said about a state", () => {
  // Kobach's words in the bundled articles are about the request, not any one other state.
  const quiet = dataset.jurisdictions.find(
    (j) => !index.said.items.some((p) => p.speaker === "kris-kobach" && p.text.includes(j.name)),
  );

  it("says first that the person's words never name the state, then shows the person", () => {
    expect(quiet).toBeDefined();
    const question = `what did kobach say about ${quiet?.name}`;
    const result = lookup(index, question);
    expect(result.targets).toEqual([{ kind: "person", id: "kris-kobach" }]);
    expect(result.silentOn).toEqual([quiet?.name]);
    expect(renderTerminal(answerCard(answer(index, question)))).toMatch(
      new RegExp(`^Nothing Kris Kobach says in the sources names ${quiet?.name}\\.`),
    );
  });

  it("says nothing of the kind of the person's own state, which they speak for", () => {
    const wolf = dataset.people.find((p) => p.state === "PA" && p.role.includes("Governor"));
    expect(wolf).toBeDefined();
    expect(lookup(index, `what did ${wolf?.name} say about Pennsylvania`).silentOn).toBeUndefined();
  });

  it("says nothing of the kind where their words do name it", () => {
    const spoken = dataset.quotes.find((q) => q.text.includes("California"));
    expect(spoken).toBeDefined();
    const result = lookup(index, `what did ${spoken?.speaker.name} say about California`);
    expect(result.silentOn).toBeUndefined();
  });
});

describe("names and outlets the sources do not hold", () => {
  it("says a lower-case name typed after a title fits nothing, before the state's card", () => {
    const result = lookup(index, "ohio governor kasich");
    expect(result.unfit).toEqual(["kasich"]);
  });

  it("says a national outlet no article is from fits nothing, alone with the sentences that cite it", () => {
    const texas = lookup(index, "what did fox news say about texas");
    expect(texas.targets).toEqual([{ kind: "state", usps: "TX" }]);
    expect(texas.unfit).toEqual(["fox news"]);
    const cited = dataset.sources.length > 0 ? lookup(index, "what did politico report") : null;
    expect(cited?.unanswered).toBe("source");
    for (const s of cited?.sentences ?? []) expect(s.item.text).toMatch(/Politico/);
    const shown = renderTerminal(answerCard(answer(index, "what did politico report")));
    expect(shown).toMatch(/^No article in the sources matches that\./);
    // Beside a person, what the articles cite it for about them comes first.
    const kobach = lookup(index, "what did politico say about kobach");
    expect(kobach.targets).toEqual([{ kind: "person", id: "kris-kobach" }]);
    expect(kobach.sentences?.map((s) => s.item.text).join(" ")).toMatch(/Politico/);
  });
});

describe("suggestions", () => {
  it("offers each person once", () => {
    const result = lookup(index, "<mailto:kobach@ks.gov|kobach>");
    const ids = result.suggestions.map((t) => (t.kind === "person" ? t.id : t.kind));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
