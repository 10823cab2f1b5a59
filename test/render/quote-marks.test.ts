import { describe, expect, it } from "vitest";
import { askLibrary } from "../../src/library/ask.js";
import { buildLibrary } from "../../src/library/library.js";
import { answerCard } from "../../src/render/cards.js";
import { quoted } from "../../src/render/format.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset } from "../helpers/fixtures.js";

const library = buildLibrary(dataset, "commission-2017");
const DOUBLED = /[“"][ \t]*“|”[ \t]*[”"]|“"|"”/;

describe("quotation marks around quoted words", () => {
  it("never doubles a mark the words already carry", () => {
    // A sentence that opens with the quote it reports keeps its own marks, and gets none added.
    expect(quoted("“In Ohio, we will not,” he said.")).toBe("“In Ohio, we will not,” he said.");
    expect(quoted('"We said no"')).toBe('"We said no"');
    expect(quoted("He backs “the effort.”")).toBe("He backs “the effort.”");
    expect(quoted("“We said no")).toBe("“We said no”");
    expect(quoted("we will not provide it.”")).toBe("“we will not provide it.”");
    expect(quoted("plain words")).toBe("“plain words”");
    expect(quoted("“a long sentence that goes on”", 12)).toMatch(/^“a long [^“”]*…”$/);
  });

  it("no card for a state, a person or a 'who said' shows a doubled mark", () => {
    const asked = [
      ...[...dataset.states.values()]
        .filter((s) => s.claims.length > 0)
        .flatMap((s) => [s.jurisdiction.name, `who said ${s.jurisdiction.name}`]),
      ...dataset.people.map((p) => p.name),
      ...dataset.quotes.map((q) => `who said ${q.text.split(/\s+/).slice(0, 5).join(" ")}`),
    ];
    let opening = 0;
    for (const q of asked) {
      const text = renderTerminal(answerCard(askLibrary(library, q)));
      expect(text, q).not.toMatch(DOUBLED);
      if (/^\s*“[^“”]*”/m.test(text)) opening++;
    }
    expect(opening).toBeGreaterThan(10);
  });
});
