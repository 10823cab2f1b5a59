import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ListMatch } from "../../src/answer/lists.js";
import { run } from "../../src/cli/main.js";
import { REGIONS, regionOf } from "../../src/domain/regions.js";
import { lookup } from "../../src/lookup/lookup.js";
import { route } from "../../src/web/router.js";
import { createSite } from "../../src/web/site.js";
import { ask, dataset, index } from "../helpers/fixtures.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";

/** "which Southern states refused", "Midwest": lists kept to a Census region or division. */
const listOf = (q: string): ListMatch => {
  const [match] = ask(q).matches;
  if (match?.kind !== "list") throw new Error(`no list for ${q}`);
  return match;
};

describe("regions in questions", () => {
  it("covers the 50 states and D.C. once in the four regions, and once in the nine divisions", () => {
    const all = dataset.jurisdictions.map((j) => j.usps).sort();
    const regions = REGIONS.slice(0, 4).flatMap((r) => r.states);
    const divisions = REGIONS.slice(4).flatMap((r) => r.states);
    expect([...regions].sort()).toEqual(all);
    expect([...divisions].sort()).toEqual(all);
  });

  it("reads the region a reporter names, and never a state's name as one", () => {
    const target = (q: string) => lookup(index, q).targets[0];
    expect(target("which southern states refused")).toEqual({
      kind: "list",
      list: "refuses",
      region: "south",
    });
    expect(target("states in the Midwest that complied")).toMatchObject({
      list: "complies",
      region: "midwest",
    });
    expect(target("which New England states gave public data only")).toMatchObject({
      list: "public-only",
      region: "new-england",
    });
    expect(target("mid-Atlantic states")).toMatchObject({
      list: "tally",
      region: "middle-atlantic",
    });
    expect(target("South Carolina")).toEqual({ kind: "state", usps: "SC" });
    expect(target("West Virginia")).toEqual({ kind: "state", usps: "WV" });
    expect(target("which states refused")).toEqual({ kind: "list", list: "refuses" });
    // Two regions at once is no one list.
    expect(lookup(index, "which southern and western states refused").targets).toEqual([]);
  });

  it("lists only the region's states, as the national list has them", () => {
    const south = regionOf("south").states;
    const regional = listOf("which southern states refused");
    const national = listOf("which states refused");
    expect(regional.region?.name).toBe("the South (Census region)");
    expect(regional.states.map((s) => s.state)).toEqual(
      national.states.map((s) => s.state).filter((s) => south.includes(s)),
    );
    expect(regional.disputed.map((s) => s.state)).toEqual(
      national.disputed.map((s) => s.state).filter((s) => south.includes(s)),
    );
    // The articles' own counts are national: not shown as the region's.
    expect(national.counts?.length).toBeGreaterThan(0);
    expect(regional.counts).toBeUndefined();
  });

  it("tallies a region's states with each one's answer", () => {
    const west = listOf("western states");
    const { tally } = west;
    const counted = tally.settled.reduce((n, t) => n + t.count, 0) + tally.disputed;
    expect(counted).toBe(regionOf("west").states.length);
    expect(west.states.map((s) => s.state).sort()).toEqual([...regionOf("west").states].sort());
    for (const s of west.states) expect(s.stance).toBe(dataset.states.get(s.state)?.stance);
  });
});

describe("regions on every surface", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const southern = () => listOf("which southern states refused");

  it("heads the Slack answer with the region, naming only its states", async () => {
    const mark = h.fake.mark();
    expect(await h.command("which southern states refused")).toBe(200);
    const text = messageText((await h.fake.next("/respond", mark)).body);
    expect(text).toContain("In the South (Census region):");
    for (const s of southern().states) expect(text).toContain(s.name);
    const elsewhere = listOf("which states refused").states.filter(
      (s) => !regionOf("south").states.includes(s.state),
    );
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const s of elsewhere) expect(text).not.toContain(s.name);
    expect(text).toContain("All of the South:");
  });

  it("answers the same in the CLI's JSON and on the tracker's search page", async () => {
    const out: string[] = [];
    await run(["ask", "which southern states refused", "--json"], {
      out: (t) => out.push(t),
      err: () => {},
      stdin: Readable.from([""]),
      color: false,
    });
    const json = JSON.parse(out.join("\n"));
    expect(json.matches[0].region).toEqual({ key: "south", name: "the South (Census region)" });
    const page = route(
      createSite(index),
      "GET",
      `/search?q=${encodeURIComponent("which southern states refused")}`,
    );
    expect(page.status).toBe(200);
    expect(page.body).toContain("In the South (Census region):");
    for (const s of southern().states) expect(page.body).toContain(s.name);
  });
});
