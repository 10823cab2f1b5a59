import { describe, expect, it } from "vitest";
import { askWithChanges } from "../../src/changes/answer.js";
import { ChangeLog } from "../../src/changes/log.js";
import { buildDigest } from "../../src/digest/model.js";
import { digestCard } from "../../src/render/digest-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { publishApproved, reversal } from "../helpers/changes.js";
import { EDITOR, intakeFor } from "../helpers/intake.js";

describe("the digest's what changed", () => {
  it("lists what publishes and retractions moved since the last digest, as alerts and the feed do", async () => {
    let now = new Date("2026-11-27T08:00:00Z");
    const { intake, library } = intakeFor(undefined, { clock: () => now });
    const log = new ChangeLog(() => intake);
    const published = await publishApproved(intake, reversal());
    const story2017 = () => {
      const dataset = library.current().byId.get("commission-2017")?.dataset;
      if (!dataset) throw new Error("no 2017 story");
      return dataset;
    };
    const digestSince = (sentAt: string) => {
      const dataset = story2017();
      const previous = { localDate: "2026-11-26", items: [], sentAt };
      return buildDigest(dataset, "2026-11-27", previous, intake.retractions, log.changes(dataset));
    };

    const afterPublish = digestSince("2026-11-27T07:00:00.000Z");
    const event = log.changes(story2017())[0];
    expect(afterPublish.changes).toEqual(event?.changes);
    const first = afterPublish.changes[0];
    if (!first) throw new Error("the article moves a state");
    expect(renderTerminal(digestCard(afterPublish))).toContain(
      `What changed (${afterPublish.changes.length}): ${first.name}: `,
    );
    // The same move, asked "changed since" the article's date, names the same state.
    const asked = askWithChanges(
      library.current(),
      "changed since July 12",
      "commission-2017",
      "2026-11-27",
    );
    expect("kind" in asked && asked.changes.map((c) => c.state)).toContain(first.state);

    now = new Date("2026-11-27T08:05:00Z");
    const retracted = await intake.retract(EDITOR, published.sourceId, first.state, "misread");
    if (retracted.kind !== "retracted") throw new Error(retracted.kind);
    // Published and retracted since the last digest: that state is back where it was.
    expect(digestSince("2026-11-27T07:00:00.000Z").changes.map((c) => c.state)).not.toContain(
      first.state,
    );
    // Only the retraction since the last digest: the state moves back.
    expect(digestSince("2026-11-27T08:01:00.000Z").changes).toEqual([
      expect.objectContaining({ state: first.state, from: first.to, to: first.from }),
    ]);
    // The first digest of a channel lists no changes: everything is new.
    const dataset = story2017();
    expect(buildDigest(dataset, "2026-11-27", null, [], log.changes(dataset)).changes).toEqual([]);
  });
});
