import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { parseCommandText } from "../../src/slack/command-text.js";

async function cli(args: string[]) {
  const out: string[] = [];
  const code = await run(args, {
    out: (t) => out.push(t),
    err: () => {},
    stdin: Readable.from([""]),
    color: false,
  });
  return { code, out: out.join("\n") };
}

describe("change questions on every surface", () => {
  it("prints the documented `changes` JSON and a state's `timeline`", async () => {
    const changes = JSON.parse((await cli(["ask", "changed since July 1", "--json"])).out);
    expect(Object.keys(changes).sort()).toEqual([
      "articles",
      "changes",
      "dayProblem",
      "kind",
      "query",
      "reversals",
      "since",
      "story",
      "until",
    ]);
    expect(changes.kind).toBe("changes");
    expect(changes.until).toBeNull();
    for (const c of changes.changes) {
      expect(Object.keys(c).sort()).toEqual(["date", "from", "name", "source", "state", "to"]);
      expect(Object.keys(c.from).sort()).toEqual(["conflict", "stance"]);
      expect(c.date >= changes.since).toBe(true);
    }
    // "on July 5", "between …": the window's last day too, and nothing after it.
    const on = JSON.parse((await cli(["ask", "what changed on July 5", "--json"])).out);
    expect(on.until).toBe(on.since);
    expect(on.changes.length).toBeGreaterThan(0);
    for (const c of on.changes) expect(c.date).toBe(on.since);
    const between = JSON.parse(
      (await cli(["ask", "what changed between June 1 and June 30", "--json"])).out,
    );
    for (const c of between.changes) expect(c.date <= between.until).toBe(true);
    expect(between.until > between.since).toBe(true);
    const state = JSON.parse((await cli(["ask", "Pennsylvania", "--json"])).out);
    for (const entry of state.matches[0].timeline) {
      expect(Object.keys(entry).sort()).toEqual([
        "conflict",
        "date",
        "source",
        "stance",
        "summary",
      ]);
    }
  });

  it("prints how a state changed in the terminal", async () => {
    const { code, out } = await cli(["ask", "Pennsylvania"]);
    expect(code).toBe(0);
    expect(out).toContain("How it changed: June 30: public data only");
    expect((await cli(["ask", "what changed since July 6, 2017"])).out).toContain(
      "No state's answer changed since July 6, 2017.",
    );
  });

  it("reads the alerts commands, and turns anything else about alerts into help", () => {
    expect(parseCommandText("alerts")).toEqual({ kind: "alerts", setting: null, story: null });
    expect(parseCommandText("alerts on doj")).toEqual({
      kind: "alerts",
      setting: "on",
      story: "doj",
    });
    expect(parseCommandText("ALERTS OFF")).toEqual({ kind: "alerts", setting: "off", story: null });
    expect(parseCommandText("alerts maybe")).toMatchObject({ kind: "invalid" });
    expect(parseCommandText("alerts off doj")).toMatchObject({ kind: "invalid" });
  });
});
