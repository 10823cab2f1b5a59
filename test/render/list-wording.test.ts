import { describe, expect, it } from "vitest";
import { listMatch } from "../../src/answer/lists.js";
import { STANCE_LABEL, STANCE_SHORT, STANCES } from "../../src/domain/stance.js";
import { askLibrary } from "../../src/library/ask.js";
import { buildLibrary } from "../../src/library/library.js";
import { answerCard } from "../../src/render/cards.js";
import { listHeadline, tallyLine } from "../../src/render/list-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset } from "../helpers/fixtures.js";

const library = buildLibrary(dataset, "commission-2017");
const story = library.byId.get("commission-2017")?.dataset;
if (!story) throw new Error("the bundled data has the 2017 story");

describe("list headlines and the tally", () => {
  it("a stance list's 'more' counts only states where a source reports that stance", () => {
    let withMore = 0;
    for (const stance of STANCES) {
      const match = listMatch(story, stance);
      const headline = listHeadline(match);
      const more = /; (\d+) more (.*)$/.exec(headline);
      expect(Boolean(more), headline).toBe(match.disputed.length > 0);
      if (!more) continue;
      withMore++;
      expect(Number(more[1]), headline).toBe(match.disputed.length);
      // Never the tally's word for every disputed state: the two count different things.
      expect(more[2], headline).not.toMatch(/^(is|are) disputed/);
      expect(more[2], headline).toContain("another disagrees");
      for (const state of match.disputed) {
        const record = story.states.get(state.state);
        expect(
          record?.claims.some((c) => c.stance === stance),
          state.name,
        ).toBe(true);
      }
    }
    expect(withMore).toBeGreaterThan(0);
  });

  it("names each stance in the same words on the tally, the lists and the cards", () => {
    const tally = tallyLine(listMatch(story, "tally").tally);
    for (const stance of STANCES) {
      expect(STANCE_SHORT[stance].toLowerCase()).toBe(STANCE_LABEL[stance].toLowerCase());
    }
    const shown = [...story.states.values()].filter((s) => s.claims.length > 0);
    for (const stance of new Set(shown.filter((s) => !s.conflict).map((s) => s.stance))) {
      expect(tally).toContain(`${STANCE_LABEL[stance]} `);
    }
    const withholding = shown.find((s) => s.stance === "withholding" && !s.conflict);
    if (withholding) {
      const card = renderTerminal(answerCard(askLibrary(library, withholding.jurisdiction.name)));
      expect(card).toContain(STANCE_LABEL.withholding);
      expect(tally).toContain(STANCE_LABEL.withholding);
    }
  });
});
