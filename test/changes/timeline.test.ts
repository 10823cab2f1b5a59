import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/model.js";
import { stateMatch } from "../../src/answer/model.js";
import { askWithChanges, type ChangesAnswer } from "../../src/changes/answer.js";
import { parseChangeQuery, parseDay, resolveDay } from "../../src/changes/query.js";
import { buildLibrary } from "../../src/library/library.js";
import { replyCard } from "../../src/render/changes-card.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { moved, publishApproved, reversal } from "../helpers/changes.js";
import { dataset } from "../helpers/fixtures.js";
import { intakeFor } from "../helpers/intake.js";

const library = buildLibrary(dataset);
const y2017 = library.byId.get("commission-2017")?.dataset;
if (!y2017) throw new Error("the bundled data has the 2017 story");
const ask = (q: string, today = "2026-11-27") => askWithChanges(library, q, null, today);
const changes = (q: string, today?: string) => {
  const a = ask(q, today);
  if (!("kind" in a)) throw new Error(`not a changes answer: ${q}`);
  return a as ChangesAnswer;
};
const text = (q: string, today?: string) => renderTerminal(replyCard(ask(q, today)));

describe("a state's timeline", () => {
  it("lists each source oldest first with its stance and the summary after it", () => {
    const pa = stateMatch(y2017, "PA");
    expect(pa.timeline.length).toBe(new Set(pa.claims.map((c) => c.source.id)).size);
    const dates = pa.timeline.map((t) => t.date ?? "9999");
    expect(dates).toEqual([...dates].sort());
    const last = pa.timeline[pa.timeline.length - 1];
    expect(last).toMatchObject({ summary: pa.stance, conflict: pa.conflict });
    expect(pa.timeline[0]).toMatchObject({ summary: "public-only", conflict: false });
  });

  it("says how it changed only when the summary moved", () => {
    const card = text("Pennsylvania");
    expect(card).toContain(
      "How it changed: June 30: public data only (BuzzFeed News) → July 5: sources disagree (The Hill)",
    );
    const steady = [...y2017.states.values()].find(
      (s) => new Set(s.claims.map((c) => c.source.id)).size === 1,
    );
    if (!steady) throw new Error("some state has one source");
    expect(text(steady.jurisdiction.name)).not.toContain("How it changed");
  });
});

describe("changed since", () => {
  it("lists the states whose summary moved in the window, with the source that moved it", () => {
    const answer = changes("changed since July 1");
    expect(answer.since).toBe("2017-07-01");
    const pa = answer.changes.find((c) => c.state === "PA");
    expect(pa).toMatchObject({
      from: { stance: "public-only", conflict: false },
      to: { conflict: true },
      date: "2017-07-05",
      source: { outlet: "The Hill" },
    });
    expect(answer.changes.every((c) => (c.date ?? "") >= "2017-07-01")).toBe(true);
    expect(text("changed since July 1")).toContain(
      "Pennsylvania: public data only → sources disagree",
    );
    expect(JSON.parse(JSON.stringify(answer))).toMatchObject({
      kind: "changes",
      since: "2017-07-01",
      changes: expect.arrayContaining([
        expect.objectContaining({ state: "PA", name: "Pennsylvania" }),
      ]),
    });
  });

  it("says so when nothing changed in the window", () => {
    expect(changes("changed since 2017-07-06").changes).toEqual([]);
    expect(text("what changed since July 6, 2017?")).toContain(
      "No state's answer changed since July 6, 2017.",
    );
    expect(changes("doj changed since 2025-09-01")).toMatchObject({
      since: "2025-09-01",
      story: { id: "doj-2025" },
    });
  });

  it("reads this week and a bare `changes` from the story's own dates", () => {
    expect(changes("what changed this week", "2017-07-06").since).toBe("2017-07-03");
    expect(changes("what changed this week", "2017-07-06").changes.map((c) => c.state)).toContain(
      "PA",
    );
    expect(changes("what changed this week", "2026-11-27").changes).toEqual([]);
    const all = changes("changes");
    expect(all.since).toBe("2017-07-01");
    expect(all.changes.map((c) => c.state)).toContain("PA");
  });

  it("answers a state as the sources stood on a day", () => {
    const then = ask("Pennsylvania on July 1") as Answer;
    expect(then.on).toBe("2017-07-01");
    expect(then.matches[0]).toMatchObject({ state: "PA", stance: "public-only", conflict: false });
    expect(text("Pennsylvania on July 1")).toContain("As the sources stood on July 1, 2017.");
    const now = ask("Pennsylvania") as Answer;
    expect(now.matches[0]).toMatchObject({ conflict: true });
    expect(now.on).toBeUndefined();
  });

  it("reads the other ways reporters ask what changed as the changes", () => {
    for (const q of [
      "which states changed their answer?",
      "states that flip-flopped",
      "which states reversed course",
      "any state that changed its answer?",
      "did any state reverse its position",
      "has anyone backtracked",
    ]) {
      expect(parseChangeQuery(q), q).toEqual({
        kind: "changes",
        since: "all",
        words: "",
        reversals: true,
      });
    }
    for (const q of [
      "any changes",
      "anything new",
      "what's the latest",
      "what’s new",
      "whats new",
    ]) {
      expect(parseChangeQuery(q), q).toEqual({
        kind: "changes",
        since: "all",
        words: "",
        reversals: false,
      });
    }
    expect(parseChangeQuery("who changed their minds since July 1")).toMatchObject({
      kind: "changes",
      since: { month: 7, day: 1 },
    });
    expect(parseChangeQuery("what changed on July 5")).toMatchObject({
      kind: "changes",
      since: { month: 7, day: 5 },
      until: { month: 7, day: 5 },
    });
    expect(parseChangeQuery("changes between June 30 and July 5")).toMatchObject({
      since: { month: 6, day: 30 },
      until: { month: 7, day: 5 },
    });
    expect(parseChangeQuery("what changed yesterday")).toMatchObject({ until: { daysAgo: 1 } });
    expect(parseChangeQuery("changes between July 5 and June 30")).toMatchObject({
      since: { month: 6, day: 30 },
      until: { month: 7, day: 5 },
    });
    expect(parseChangeQuery("what changed on July 32")).toEqual({
      kind: "not-a-date",
      words: "July 32",
    });
    expect(parseChangeQuery("latest on Georgia")).toBeNull();
    expect(parseChangeQuery("which states changed the law")).toBeNull();
  });

  it("parses the ways reporters write a day, and nothing else", () => {
    expect(parseDay("2025-09-01")).toEqual({ year: 2025, month: 9, day: 1 });
    expect(parseDay("Sept. 16")).toEqual({ year: null, month: 9, day: 16 });
    expect(parseDay("1 July 2017")).toEqual({ year: 2017, month: 7, day: 1 });
    expect(parseDay("7/1/2017")).toEqual({ year: 2017, month: 7, day: 1 });
    for (const bad of ["February 30", "Julius 4", "2025-13-01", "soon", ""]) {
      expect(parseDay(bad)).toBeNull();
    }
    expect(resolveDay({ year: null, month: 7, day: 1 }, "2017-07-05", "2026-01-01")).toBe(
      "2017-07-01",
    );
    expect(resolveDay({ year: null, month: 12, day: 1 }, null, "2026-11-27")).toBe("2025-12-01");
    expect(parseChangeQuery("what did Husted say on voter data")).toBeNull();
    expect(parseChangeQuery("Ohio")).toBeNull();
    expect(parseChangeQuery("changed since whenever")).toBeNull();
    // Huge or hostile text is not a change question, and gets the lookup's plain no-match.
    for (const q of [`Ohio on ${"July 1 ".repeat(5_000)}`, "changed since <!channel>"]) {
      const a = ask(q);
      expect("kind" in a ? a.kind : "lookup").toBe("lookup");
    }
  });
});

describe("answers replaced", () => {
  it("lists no first report, no vague 'withholding' made precise and no outlets disagreeing as a reversal", async () => {
    const { intake, library: holder } = intakeFor();
    await publishApproved(intake, reversal());
    await publishApproved(
      intake,
      Buffer.from(
        [
          "Ohio changes course on voter list",
          "By Dana Whitlock",
          "",
          "Published July 13, 2017",
          "",
          "COLUMBUS, Ohio (Example Wire) — Ohio has handed over its full voter list to the commission, including partial Social Security numbers, a state spokesman said Thursday.",
        ].join("\n"),
      ),
    );
    const lib = holder.current();
    const asked = (q: string) => {
      const a = askWithChanges(lib, q, "commission-2017", "2026-11-27");
      if (!("kind" in a)) throw new Error(`not a changes answer: ${q}`);
      return a.changes.map((c) => `${c.state}: ${c.from.stance} → ${c.to.stance}`);
    };
    // Ohio's new report disagrees with the earlier ones: sources now disagree, which is no
    // reversal a reader could report.
    expect(asked("changed since July 10")).toEqual([
      "ID: withholding → public-only",
      "OH: public-only → public-only",
    ]);
    expect(asked("which states changed their answer since July 10")).toEqual([]);
    expect(renderTerminal(replyCard(ask("states that flip-flopped since July 6, 2017")))).toContain(
      "No source reports a state replacing its answer with another since July 6, 2017.",
    );
  });
});

describe("changes published through intake", () => {
  it("a published article joins the timeline and the changes since its date", async () => {
    const { intake, library: holder } = intakeFor();
    const published = await publishApproved(intake, reversal());
    const lib = holder.current();
    const after = askWithChanges(lib, "changed since July 10", "commission-2017", "2026-11-27");
    if (!("kind" in after)) throw new Error("not a changes answer");
    const fromIt = after.changes.filter((c) => c.source.id === published.sourceId);
    const changed = moved(published).map((c) => c.state);
    expect(fromIt.map((c) => c.state).sort()).toEqual(changed.sort());
    expect(fromIt.length).toBeGreaterThan(0);
    for (const c of fromIt) expect(c.date).toBe("2017-07-12");
    const state = fromIt[0]?.state as string;
    const timeline = stateMatch(lib.byId.get("commission-2017")?.dataset ?? y2017, state).timeline;
    expect(timeline[timeline.length - 1]?.source.id).toBe(published.sourceId);
    const earlier = askWithChanges(lib, `${fromIt[0]?.name} on July 11`, null, "2026-11-27");
    expect(JSON.stringify(earlier)).not.toContain(published.sourceId);
  });
});
