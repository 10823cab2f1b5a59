import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/model.js";
import { askWithChanges, type ChangesAnswer, isChangesAnswer } from "../../src/changes/answer.js";
import { addDays } from "../../src/changes/query.js";
import { buildLibrary } from "../../src/library/library.js";
import { replyCard } from "../../src/render/changes-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset } from "../helpers/fixtures.js";

const library = buildLibrary(dataset, "commission-2017");
const TODAY = "2026-11-27";
const ask = (q: string) => askWithChanges(library, q, null, TODAY);
const reply = (q: string) => renderTerminal(replyCard(ask(q)));
const HELP = /Try a state|VoterData knows/;

describe("days in questions about change", () => {
  it("says plainly when the day asked is no date, for every way of writing one", () => {
    for (const words of ["July 32", "Feb. 30", "31 April", "2025-13-01", "2/30", "Sept 31, 2017"]) {
      for (const q of [
        `changed since ${words}`,
        `Ohio on ${words}`,
        `what changed since ${words}?`,
      ]) {
        const answer = ask(q);
        expect(isChangesAnswer(answer) && answer.dayProblem, q).toMatchObject({
          problem: "not-a-date",
        });
        const text = reply(q);
        expect(text, q).toContain(`“${words}” is not a date`);
        expect(text, q).not.toMatch(HELP);
      }
    }
  });

  it("reads today, yesterday and last week from today's date", () => {
    for (const [words, back] of [
      ["today", 0],
      ["yesterday", 1],
      ["last week", 7],
    ] as const) {
      const answer = ask(`changed since ${words}`) as ChangesAnswer;
      expect(answer.kind, words).toBe("changes");
      expect(answer.since, words).toBe(addDays(TODAY, -back));
      expect(answer.dayProblem).toBeNull();
      expect((ask(`Ohio on ${words}`) as Answer).on, words).toBe(addDays(TODAY, -back));
    }
  });

  it("answers a day after today with that, never as if the sources stood on it", () => {
    for (const q of [
      "Ohio on July 1, 2030",
      "changed since 2031-01-01",
      `Pennsylvania as of ${addDays(TODAY, 1)}`,
      `changes since ${addDays(TODAY, 1)}`,
    ]) {
      const answer = ask(q);
      expect(isChangesAnswer(answer) && answer.dayProblem, q).toMatchObject({
        problem: "after-today",
      });
      const text = reply(q);
      expect(text, q).toMatch(/^\w+ \d{1,2}, \d{4} is after today \(November 27, 2026\)/);
      expect(text, q).not.toContain("As the sources stood");
    }
    // Today itself is fine.
    expect((ask(`Ohio on ${TODAY}`) as Answer).on).toBe(TODAY);
  });

  it("leaves questions that only mention 'on' to the lookup", () => {
    for (const q of ["what did Husted say on voter data", "changed since whenever", "Ohio on it"]) {
      expect(isChangesAnswer(ask(q)), q).toBe(false);
    }
  });
});
