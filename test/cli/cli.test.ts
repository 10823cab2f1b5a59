import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { STANCES } from "../../src/domain/stance.js";
import { queryFixtures } from "../helpers/fixtures.js";

async function cli(args: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    stdin: Readable.from([stdin]),
    color: false,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("voterdata ask", () => {
  it("prints Ohio's stance, quote and sources for a terminal", async () => {
    const { code, out } = await cli(["ask", "Ohio"]);
    expect(code).toBe(0);
    expect(out).toContain("Ohio: public data only");
    expect(out).toContain("easy to vote and hard to cheat");
    expect(out).toContain("Jon Husted, Ohio Secretary of State (R)");
    expect(out).toContain("BuzzFeed News, June 30, 2017");
    expect(out).toContain("The Hill, updated July 5, 2017");
  });

  it("prints the documented JSON shape", async () => {
    const { out } = await cli(["ask", "Missouri", "--json"]);
    const answer = JSON.parse(out);
    expect(answer.query).toBe("Missouri");
    const [match] = answer.matches;
    expect(match).toMatchObject({
      kind: "state",
      state: "MO",
      name: "Missouri",
      stance: "complies",
      conflict: true,
    });
    expect(match.claims[0]).toMatchObject({
      source: { id: "002_e18f1254eb3bf07f", outlet: "Courthouse News Service", date: "2017-06-30" },
      stance: "complies",
      quote: { speaker: "Jay Ashcroft" },
    });
    expect(match.people).toEqual([
      { name: "Jay Ashcroft", role: "Missouri Secretary of State", party: "R" },
    ]);
  });

  it("answers a person with their quotes", async () => {
    const [match] = JSON.parse((await cli(["ask", "padilla", "--json"])).out).matches;
    expect(match).toMatchObject({ kind: "person", name: "Alex Padilla", state: "CA", party: "D" });
    expect(match.quotes.length).toBeGreaterThanOrEqual(3);
  });

  it("reads one query per line and answers in order, one JSON line each", async () => {
    const fixtures = queryFixtures().slice(0, 40);
    const { code, out } = await cli(
      ["ask", "--json", "-"],
      fixtures.map((f) => f.query).join("\n"),
    );
    expect(code).toBe(0);
    const lines = out.split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(fixtures.map((f) => f.query));
  });

  it("exits 0 for no match and 2 with one line for misuse", async () => {
    expect((await cli(["ask", "pizza"])).code).toBe(0);
    expect(JSON.parse((await cli(["ask", "pizza", "--json"])).out).matches).toEqual([]);
    for (const args of [[], ["ask"], ["frobnicate"], ["ask", "-"], ["ask", "Ohio", "--xml"]]) {
      const { code, err } = await cli(args);
      expect(code).toBe(2);
      expect(err.split("\n")).toHaveLength(1);
    }
  });

  it("runs as the installed bin", () => {
    const out = execFileSync(process.execPath, ["bin/voterdata.js", "ask", "OH"], {
      encoding: "utf8",
    });
    expect(out).toContain("Ohio: public data only");
  });
});

describe("voterdata digest and map", () => {
  it("prints the digest for the terminal and as JSON", async () => {
    const text = (await cli(["digest"])).out;
    // Disputed states are counted on their own, never under the stance of a tie-break.
    expect(text).toContain("Refuses (9): CA, KY, MA, MS, NM, NY, ND, TN, VA");
    expect(text).toContain("sources disagree 3");
    const digest = JSON.parse((await cli(["digest", "--json"])).out);
    // Every stance of the JSON interface, in its documented order.
    expect(digest.tally.map((t: { stance: string }) => t.stance)).toEqual([...STANCES]);
    expect(digest.conflicts.map((s: { usps: string }) => s.usps)).toEqual(["MN", "MO", "PA"]);
  });

  it("writes the map as PNG or SVG", async () => {
    const dir = mkdtempSync(join(tmpdir(), "voterdata-map-"));
    expect((await cli(["map", "--out", join(dir, "map.png")])).code).toBe(0);
    expect(readFileSync(join(dir, "map.png")).subarray(1, 4).toString()).toBe("PNG");
    expect((await cli(["map", "--out", join(dir, "map.svg")])).code).toBe(0);
    expect(readFileSync(join(dir, "map.svg"), "utf8")).toContain("<svg");
    expect((await cli(["map"])).code).toBe(2);
  });
});

describe("voterdata check", () => {
  it("reports the dataset as valid with its counts", async () => {
    const { code, out } = await cli(["check"]);
    expect(code).toBe(0);
    expect(out).toMatch(/data OK: 5 sources, \d+ claims/);
    expect(out).toContain("sources disagree on MN, MO, PA");
  });
});
