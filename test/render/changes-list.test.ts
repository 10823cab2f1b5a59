import { describe, expect, it } from "vitest";
import { askWithChanges, type ChangesAnswer } from "../../src/changes/answer.js";
import { buildLibrary } from "../../src/library/library.js";
import { LIMITS, renderBlocks } from "../../src/render/blocks.js";
import { replyCard } from "../../src/render/changes-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset } from "../helpers/fixtures.js";

const library = buildLibrary(dataset, "commission-2017");

describe("a list of changes", () => {
  it("runs on in a terminal with no blank line inside, however long", () => {
    for (const q of ["changes", "changed since July 1", "changed since June 1, 2017"]) {
      const answer = askWithChanges(library, q, null, "2026-11-27") as ChangesAnswer;
      const lines = renderTerminal(replyCard(answer)).split("\n");
      const bullets = lines.flatMap((line, i) => (line.startsWith("• ") ? [i] : []));
      expect(bullets.length, q).toBe(Math.min(answer.changes.length, 48));
      const first = bullets[0] ?? 0;
      expect(bullets, q).toEqual(bullets.map((_, i) => first + i));
    }
    const all = askWithChanges(library, "changes", null, "2026-11-27") as ChangesAnswer;
    expect(all.changes.length).toBeGreaterThan(12);
  });

  it("still splits into sections Slack accepts", () => {
    const answer = askWithChanges(library, "changes", null, "2026-11-27");
    const { blocks } = renderBlocks(replyCard(answer));
    const sections = blocks.filter((b) => b.type === "section");
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect((s.text as { text: string }).text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
  });
});
