import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.js";
import { askLibrary } from "../../src/library/ask.js";
import { buildLibrary } from "../../src/library/library.js";
import { answerCard } from "../../src/render/cards.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataDirWithSecondStory } from "../helpers/second-story.js";

// The made-up 2025 article is the newest: the 2025 story is the default, as after an editor
// publishes a dated 2025 article.
const library = buildLibrary(loadDataset(dataDirWithSecondStory()));
const older = library.byId.get("commission-2017");
const newer = library.byId.get("doj-2025");

describe("a name only another story knows", () => {
  it("the newest story is the default here", () => {
    expect(library.defaultStory.story.id).toBe("doj-2025");
  });

  it("answers every person and outlet only the other story has, from that story, and says so", () => {
    if (!older || !newer) throw new Error("fixture stories missing");
    const people = older.dataset.people.filter(
      (p) => !newer.dataset.people.some((q) => q.id === p.id),
    );
    const outlets = [...new Set(older.dataset.sources.map((s) => s.outlet))].filter(
      (o): o is string => o !== null && !newer.dataset.sources.some((s) => s.outlet === o),
    );
    expect(people.length).toBeGreaterThan(3);
    expect(outlets.length).toBeGreaterThan(1);
    for (const asked of [...people.map((p) => p.name), ...outlets]) {
      const reply = askLibrary(library, asked);
      expect(reply.matches.length, asked).toBeGreaterThan(0);
      expect(reply.story?.id, asked).toBe("commission-2017");
      expect(reply.notIn?.id, asked).toBe("doj-2025");
      const card = answerCard(reply);
      expect(card.summary, asked).toMatch(/^From another story, 2017 /);
      const shown = renderTerminal(card);
      expect(shown.split("\n")[0], asked).toContain("From another story, 2017");
      expect(shown, asked).not.toContain("No match");
    }
  });

  it("answers a quote only the other story printed, from that story", () => {
    if (!older) throw new Error("fixture story missing");
    const quotes = older.dataset.quotes.filter((q) => q.text.split(/\s+/).length >= 6);
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes.slice(0, 5)) {
      const words = quote.text.replace(/[“”"]/g, "").split(/\s+/).slice(0, 6).join(" ");
      const reply = askLibrary(library, `who said ${words}`);
      expect(reply.story?.id, words).toBe("commission-2017");
      expect(reply.said.length, words).toBeGreaterThan(0);
      expect(renderTerminal(answerCard(reply)).split("\n")[0], words).toContain(
        "From another story",
      );
    }
  });

  it("answers from the channel's story the same way", () => {
    const reply = askLibrary(library, "Jordan Avery", "commission-2017");
    expect(reply.story?.id).toBe("doj-2025");
    expect(reply.notIn?.id).toBe("commission-2017");
  });

  it("keeps to a story the query names, and to the first story when it has a match", () => {
    expect(askLibrary(library, "doj padilla").matches).toEqual([]);
    expect(askLibrary(library, "doj padilla").notIn).toBeUndefined();
    const ohio = askLibrary(library, "Ohio");
    expect(ohio.story?.id).toBe("doj-2025");
    expect(ohio.notIn).toBeUndefined();
    expect(renderTerminal(answerCard(ohio))).not.toContain("From another story");
  });

  it("points a story the query names, when it has nothing, to the story that has it", () => {
    for (const [asked, again] of [
      ["doj padilla", "Alex Padilla"],
      ["justice dept. padilla", "Alex Padilla"],
      ["departamento de justicia who said jump in the gulf", "who said jump in the gulf"],
      ["doj which governors refused", "which governors refused"],
    ] as const) {
      const reply = askLibrary(library, asked);
      expect(reply.matches, asked).toEqual([]);
      expect(reply.story?.id, asked).toBe("doj-2025");
      expect(reply.alsoTracked, asked).toEqual([
        expect.objectContaining({
          story: expect.objectContaining({ id: "commission-2017" }),
          names: [again],
        }),
      ]);
      expect(renderTerminal(answerCard(reply)), asked).toContain(`/voterdata 2017 ${again}`);
    }
  });

  it("still says no match when no story has one", () => {
    const reply = askLibrary(library, "zzqx nonsense");
    expect(reply.matches).toEqual([]);
    expect(reply.notIn).toBeUndefined();
    expect(renderTerminal(answerCard(reply))).toContain("No match");
  });
});
