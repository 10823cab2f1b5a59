import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/model.js";
import { answerCard } from "../../src/render/cards.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset, index } from "../helpers/fixtures.js";

const STATE_OFFICES = [
  "secretary-of-state",
  "governor",
  "lieutenant-governor",
  "elections-director",
];

/** The officials of a party the articles quote in a claim with that stance, from the data itself. */
function quotedGiving(party: "R" | "D", stance: string): string[] {
  return dataset.people
    .filter(
      (p) =>
        p.party === party &&
        STATE_OFFICES.includes(p.office) &&
        dataset.claims.some((c) => c.stance === stance && c.quote?.speaker.id === p.id),
    )
    .map((p) => p.name)
    .sort();
}

describe("a stance asked of a party's or an office's officials", () => {
  it("answers with exactly the officials quoted giving that answer, in any wording", () => {
    const asked: [string, "R" | "D", string][] = [
      ["did any Republicans refuse?", "R", "refuses"],
      ["which GOP officials said no", "R", "refuses"],
      ["Democrats who refused", "D", "refuses"],
      ["which democratic officials pushed back", "D", "refuses"],
      ["which Republicans gave only public data", "R", "public-only"],
      ["did any republican comply", "R", "complies"],
    ];
    let someone = 0;
    for (const [question, party, stance] of asked) {
      const expected = quotedGiving(party, stance);
      const reply = answer(index, question);
      expect(reply.matches.map((m) => m.name).sort(), question).toEqual(expected);
      someone += expected.length;
      const shown = renderTerminal(answerCard(reply));
      if (expected.length > 0) {
        expect(shown.split("\n")[0], question).toContain("in their own quoted words");
        for (const name of expected) expect(shown.split("\n")[0], question).toContain(name);
      } else {
        expect(shown, question).toContain("No such official gives that answer in the sources.");
      }
    }
    // The data quotes officials of both parties refusing, so the table is not empty by accident.
    expect(someone).toBeGreaterThan(2);
  });

  it("never answers with a party chair or an official of the other party", () => {
    for (const question of ["which democrats refused", "which republicans refused"]) {
      for (const m of answer(index, question).matches) {
        const person = dataset.people.find((p) => m.kind === "person" && p.id === m.id);
        expect(person?.office, question).not.toBe("party-chair");
        expect(person?.party, question).toBe(question.includes("democrats") ? "D" : "R");
      }
    }
  });

  it("leaves a named official's role to the lookup", () => {
    expect(answer(index, "Republican secretary of state of Ohio").matches[0]).toMatchObject({
      kind: "state",
      state: "OH",
    });
  });
});
