import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/model.js";
import { lookup } from "../../src/lookup/lookup.js";
import { saysOtherwise } from "../../src/lookup/polarity.js";
import { answerCard } from "../../src/render/cards.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { index } from "../helpers/fixtures.js";

describe("words that deny what a 'who said' question asserts", () => {
  // Made-up words, in the ways officials deny a claim.
  it.each([
    [
      "who said ballot stuffing was common",
      "The idea that ballot stuffing is common is a myth.",
      true,
    ],
    [
      "who said ballot stuffing was common",
      "There is no evidence ballot stuffing is common here.",
      true,
    ],
    [
      "who said ballot stuffing was common",
      "Is ballot stuffing common here — it is not, and never was.",
      true,
    ],
    [
      "who said ballot stuffing is common",
      "They spread baseless tales of common ballot stuffing.",
      true,
    ],
    [
      "who said ballot stuffing is common",
      "Ballot stuffing is common in this county, he said.",
      false,
    ],
    [
      "who said ballot stuffing is not common",
      "The idea that ballot stuffing is common is a myth.",
      false,
    ],
    ["who said ballot stuffing is not common", "Ballot stuffing is common in this county.", true],
    ["who said they would hand over the file", "We will not hand over the file.", true],
    ["who said they would hand over the file", "We will hand over the file next week.", false],
    ["who said they won't hand over the file", "We will not hand over the file.", false],
    [
      "who said the panel was credible",
      "I have serious doubts about the panel's credibility.",
      true,
    ],
    ["who said the panel was credible", "There is no doubt the panel is credible.", false],
    // A limit is not a denial, however it is worded.
    [
      "who said they'd send only public records",
      "We will not send anything that is not public records.",
      false,
    ],
    ["who said they'd send public records", "Fraud only exists in public records, he said.", false],
    // Words the passage prints as asked are its own.
    ["who said claims of ballot stuffing", "These are false claims of ballot stuffing.", false],
    // Words it does not share decide nothing.
    ["who said the weather was fine", "We will not hand over the file.", false],
  ])("%j against %j: %s", (question, passage, expected) => {
    expect(saysOtherwise(question, passage)).toBe(expected);
  });
});

describe("who said it, as the lookup asks it", () => {
  // Through the lookup, so the question reaches the check as the quote search gives it.
  const flagged = (question: string) =>
    lookup(index, question).said?.map((h) => [h.passage.speaker, h.otherwise === true]) ?? [];

  it.each([
    // A fragment of a quote names words to find; it claims nothing that can be denied.
    ["who said claims of massive voter fraud", false],
    // A claim the speaker's own words deny, however closely they echo it.
    ["who said voter fraud is a widespread issue", true],
    ["who said voter fraud exists", true],
    // Words that say what was asked, in other inflections.
    ["who said the commission lacked credibility", false],
    ["who said the commission is not a serious effort", false],
    ["who tweeted about voter fraud being a myth", false],
    ["who said voter fraud was not a myth", true],
    ["who said state law doesn't allow sharing", false],
    ["who said kobach should lead the commission", true],
    ["who said kobach was not fit to lead the commission", false],
  ])("%j: the best match says otherwise: %s", (question, otherwise) => {
    const [best] = flagged(question);
    expect(best).toBeDefined();
    expect(best?.[1]).toBe(otherwise);
  });
});

describe("a 'who said' answer whose words say otherwise", () => {
  it("is never shown as who said it, and says no one did", () => {
    // Every bundled quote that shares these words doubts the commission's credibility.
    const result = lookup(index, "who said the commission was credible");
    expect((result.said ?? []).length).toBeGreaterThan(0);
    expect((result.said ?? []).every((h) => h.otherwise)).toBe(true);
    const shown = renderTerminal(answerCard(answer(index, "who said the commission was credible")));
    expect(shown).toMatch(/^No one in the sources said that\./);
    expect(shown).not.toContain("Who said it");
  });

  it("gives the article's sentence that reports someone saying it, where the quotes deny it", () => {
    const result = lookup(index, "who said millions voted illegally");
    expect(result.sentences?.length ?? 0).toBeGreaterThan(0);
    for (const s of result.sentences ?? []) expect(s.item.text).toMatch(/voted illegally/);
    for (const s of result.sentences ?? [])
      expect(saysOtherwise("who said millions voted illegally", s.item.text)).toBe(false);
  });

  it("still answers with the words when they say what was asked", () => {
    const denied = lookup(index, "who said there was no evidence of voter fraud");
    expect((denied.said ?? []).length).toBeGreaterThan(0);
    expect(denied.said?.[0]?.otherwise).toBeUndefined();
  });
});
