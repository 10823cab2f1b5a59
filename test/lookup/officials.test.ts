import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/model.js";
import { answerCard } from "../../src/render/cards.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset, index } from "../helpers/fixtures.js";

const names = (question: string) =>
  answer(index, question)
    .matches.map((m) => m.name)
    .sort();

describe("a stance asked of a party's or an office's officials", () => {
  it("names the officials quoted giving that answer, in the first line", () => {
    expect(names("did any Republicans refuse?")).toEqual(["Delbert Hosemann"]);
    expect(names("which governors refused")).toEqual(["Andrew Cuomo", "Tom Wolf"]);
    // Several offices asked together are all of them.
    expect(names("which governors and secretaries of state refused")).toEqual(
      [...names("which governors refused"), ...names("which secretaries of state refused")].sort(),
    );
    const shown = renderTerminal(answerCard(answer(index, "which governors refused")));
    expect(shown.split("\n")[0]).toBe(
      "Refuses, in their own quoted words: 2 governors: Andrew Cuomo (New York), Tom Wolf (Pennsylvania).",
    );
  });

  it("reads officials or leaders with no office named as every state office", () => {
    const officials = names("which officials refused");
    for (const office of ["which governors refused", "which secretaries of state refused"]) {
      for (const name of names(office)) expect(officials, office).toContain(name);
    }
    expect(names("what state leaders said no")).toEqual(officials);
    const shown = renderTerminal(answerCard(answer(index, "which officials refused")));
    expect(shown.split("\n")[0]).toMatch(/^Refuses, in their own quoted words: \d+ officials: /);
  });

  it("counts only an official's own state's answer, never a party chair's", () => {
    for (const question of ["which democrats refused", "which republicans refused"]) {
      const matches = answer(index, question).matches;
      expect(matches.length, question).toBeGreaterThan(0);
      for (const m of matches) {
        const person = dataset.people.find((p) => m.kind === "person" && p.id === m.id);
        expect(person?.office, question).not.toBe("party-chair");
        expect(person?.party, question).toBe(question.includes("democrats") ? "D" : "R");
        const own = dataset.claims.some(
          (c) =>
            c.stance === "refuses" &&
            c.quote?.speaker.id === person?.id &&
            c.state === person?.state,
        );
        expect(own, `${question}: ${m.name}`).toBe(true);
      }
    }
  });

  it("asks it of a commission's members when the question names them", () => {
    const members = answer(index, "which commission members gave only public data");
    const seated = members.matches.map((m) =>
      dataset.people.find((p) => m.kind === "person" && p.id === m.id),
    );
    expect(seated.length).toBeGreaterThan(0);
    for (const p of seated) expect(p?.organisation).toMatch(/commission/i);
    expect(renderTerminal(answerCard(members)).split("\n")[0]).toMatch(
      /^Public data only, in their own quoted words: \d+ commission members?: /,
    );
    // (A member is asked as a member, never as the card of the best-known one.)
    expect(answer(index, "which members of the panel refused").matches).toEqual([]);
  });

  it("says so when no such official gave that answer, and reads a state's colour as no party", () => {
    const none = renderTerminal(answerCard(answer(index, "did any democrat comply")));
    expect(none).toContain("No such official gives that answer in the sources.");
    expect(answer(index, "which red states refused").officials).toBeUndefined();
  });

  it("asks the same of every query, whatever was asked before", () => {
    const alone = names("did any democrat refuse");
    expect(alone.length).toBeGreaterThan(0);
    answer(index, "did republicans or democrats refuse");
    expect(names("did any democrat refuse")).toEqual(alone);
  });

  it("never widens an office the data keeps no holder of to every office", () => {
    for (const q of [
      "did any Republican attorney general refuse",
      "which Democratic treasurers refused",
    ]) {
      const reply = answer(index, q);
      expect(reply.matches, q).toEqual([]);
      expect(reply.unanswered, q).toBe("officials");
    }
  });

  it("leaves a named official's role to the lookup", () => {
    expect(answer(index, "Republican secretary of state of Ohio").matches[0]).toMatchObject({
      kind: "state",
      state: "OH",
    });
  });
});
