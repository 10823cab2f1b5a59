import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, loadDataset, loadDatasetWithDrafts } from "../../src/data/load.js";
import { STANCES } from "../../src/domain/stance.js";
import { buildLibrary } from "../../src/library/library.js";
import { runCli } from "../helpers/cli.js";
import { queryFixtures } from "../helpers/fixtures.js";
import { dataDirWithSecondStory } from "../helpers/second-story.js";

const cli = (args: string[], stdin = "") => runCli(args, { stdin });

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

  it("checks a copy of the data an editor is working on, and refuses an unknown option", async () => {
    const copy = dataDirWithSecondStory();
    const good = await cli(["check", "--data", copy]);
    expect(good.code).toBe(0);
    expect(good.out).toContain("data OK: 6 sources");
    expect((await cli(["check", "--bogus"])).code).toBe(2);
  });
});

describe("voterdata draft", () => {
  const article = readFileSync(
    join(import.meta.dirname, "../draft/articles/wire-2017.txt"),
    "utf8",
  );
  const dataCopy = () => {
    const dir = join(mkdtempSync(join(tmpdir(), "voterdata-cli-draft-")), "data");
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    return dir;
  };
  // Every file under the data directory with its content, to show that nothing was written.
  const snapshot = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map(
        (e) => `${join(e.parentPath, e.name)}\n${readFileSync(join(e.parentPath, e.name), "utf8")}`,
      )
      .sort();

  it("prints one JSON object in the documented shape and writes nothing", async () => {
    const data = dataCopy();
    const before = snapshot(data);
    const { code, out } = await cli(["draft", "-", "--json", "--data", data], article);
    expect(code).toBe(0);
    const draft = JSON.parse(out);
    expect(Object.keys(draft).sort()).toEqual([
      "claims",
      "otherStory",
      "people",
      "quotes",
      "source",
      "story",
    ]);
    expect(draft.source).toMatchObject({
      id: expect.stringMatching(/^005_[0-9a-f]{16}$/),
      outlet: "The Associated Press",
      author: "Maria Lopez",
      published: null,
      updated: "2017-07-03",
      headline: expect.any(String),
      url: null,
    });
    expect(draft.claims[0]).toMatchObject({
      state: "IA",
      stance: "reviewing",
      evidence: expect.stringContaining("Paul Pate"),
      why: "is still reviewing",
      confidence: expect.any(Number),
    });
    expect(draft.quotes).toContainEqual(
      expect.objectContaining({
        text: "We have nothing to hide",
        speaker: "John Merrill",
        state: "AL",
      }),
    );
    expect(draft.people).toContainEqual(
      expect.objectContaining({ id: "connie-lawson", known: true, party: "R" }),
    );
    expect(draft.story.id).toBe("commission-2017");
    expect(snapshot(data)).toEqual(before);
  });

  it("writes drafts for an editor into the data directory", async () => {
    const data = dataCopy();
    const file = join(data, "..", "article.txt");
    writeFileSync(file, article);
    const { code, out } = await cli(["draft", file, "--data", data, "--url", "https://x.test/a"]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^drafted 005_[0-9a-f]{16}: 11 claims, 8 quotes, \d+ new people; \d+ entries wait for review/,
    );
    const { dataset, drafts } = loadDatasetWithDrafts(data);
    expect(dataset.sources).toHaveLength(5);
    expect(drafts).toBeGreaterThan(10);
    expect(readFileSync(join(data, "sources.yaml"), "utf8")).toContain("url: https://x.test/a");
  });

  it("refuses bad input with one line and exit 2, writing nothing", async () => {
    const data = dataCopy();
    const before = snapshot(data);
    const dir = mkdtempSync(join(tmpdir(), "voterdata-bad-"));
    const files: Record<string, Uint8Array | string> = {
      "empty.txt": "",
      "blank.txt": " \n\t\n",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00]),
      "latin1.txt": Buffer.from(
        "Ohio se niega a entregar los datos, dijo el secretario de Estado. \xe9",
        "latin1",
      ),
      "huge.txt": "Ohio refuses. ".repeat(80_000),
    };
    const cases: [string[], RegExp][] = [
      [["empty.txt"], /empty/],
      [["blank.txt"], /empty/],
      [["binary.txt"], /binary/],
      [["latin1.txt"], /not UTF-8/],
      [["huge.txt"], /1 MB/],
      [
        [join(DEFAULT_DATA_DIR, "sources", "000_7a47e0d28c7086d7.txt")],
        /already in the dataset as 000_7a47e0d28c7086d7/,
      ],
      [["missing.txt"], /no file at .*missing.txt/],
      [["blank.txt", "--date", "June 30"], /--date must be/],
      [["blank.txt", "--url", "not a url"], /--url must be/],
      [[], /needs one article/],
    ];
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    for (const [[file, ...flags], message] of cases) {
      const args = file
        ? ["draft", file.startsWith("/") ? file : join(dir, file), ...flags]
        : ["draft"];
      const { code, err } = await cli([...args, "--data", data]);
      expect(code, args.join(" ")).toBe(2);
      expect(err.split("\n"), args.join(" ")).toHaveLength(1);
      expect(err).toMatch(message);
    }
    expect(snapshot(data)).toEqual(before);
  });

  it("drafts an article that names no state: no claims, its quotes kept", async () => {
    const text = readFileSync(join(import.meta.dirname, "../draft/articles/nostate.txt"), "utf8");
    const draft = JSON.parse((await cli(["draft", "-", "--json", "--data", dataCopy()], text)).out);
    expect(draft.claims).toEqual([]);
    expect(draft.quotes).toHaveLength(2);
  });
});

describe("voterdata stories", () => {
  it("lists every story with what it holds and the word that names it, as text and JSON", async () => {
    const library = buildLibrary(loadDataset());
    const json = await cli(["stories", "--json"]);
    expect(json.code).toBe(0);
    const listed = JSON.parse(json.out) as { id: string; claims: number; isDefault: boolean }[];
    expect(listed.map((s) => s.id)).toEqual(library.stories.map((s) => s.story.id));
    for (const s of library.stories)
      expect(listed.find((l) => l.id === s.story.id)?.claims).toBe(s.dataset.claims.length);
    expect(listed.filter((s) => s.isDefault)).toHaveLength(1);

    const text = await cli(["stories"]);
    for (const s of library.stories) {
      expect(text.out).toContain(`${s.story.title} [${s.story.id}]`);
      expect(text.out).toContain(`--story ${s.story.id}`);
    }
    // The word it prints names the story in a question.
    const other = library.stories.find((s) => s !== library.defaultStory);
    if (other) {
      const asked = JSON.parse((await cli(["ask", `${other.hint} Ohio`, "--json"])).out);
      expect(JSON.stringify(asked)).toContain(other.story.id);
    }
    expect((await cli(["stories", "--csv"])).code).toBe(2);
  });
});
