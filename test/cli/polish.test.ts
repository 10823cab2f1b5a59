import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_ECHOED } from "../../src/answer/model.js";
import { MAX_QUERY_LENGTH } from "../../src/lookup/lookup.js";
import { counted, storyCounts } from "../../src/render/format.js";
import { runCli } from "../helpers/cli.js";

const cli = (args: string[], stdin = "") => runCli(args, { stdin });

describe("long queries", () => {
  it("echoes a long query cut with an ellipsis, and caps it in the JSON with a flag", async () => {
    expect(MAX_QUERY_ECHOED).toBeGreaterThan(MAX_QUERY_LENGTH);
    for (const length of [MAX_QUERY_ECHOED + 1, 10_000, 2_000_000]) {
      const query = "Ohio voter rolls ".repeat(Math.ceil(length / 17)).slice(0, length);
      const text = await cli(["ask", query]);
      expect(text.code).toBe(0);
      const line = text.out.split("\n")[0] ?? "";
      const echoed = /^No match for “(Ohio voter rolls [^”]*…)”\./.exec(line);
      expect(echoed, line.slice(0, 300)).not.toBeNull();
      expect(echoed?.[1]?.length).toBeLessThanOrEqual(MAX_QUERY_ECHOED);
      const json = await cli(["ask", query, "--json"]);
      expect(json.out.length).toBeLessThan(MAX_QUERY_ECHOED + 2_000);
      const answer = JSON.parse(json.out);
      expect(answer.query).toBe(query.slice(0, MAX_QUERY_ECHOED));
      expect(answer.queryTruncated).toBe(true);
    }
    const short = JSON.parse((await cli(["ask", "Ohio", "--json"])).out);
    expect(short.query).toBe("Ohio");
    expect(short).not.toHaveProperty("queryTruncated");
    const fits = "x".repeat(MAX_QUERY_ECHOED);
    expect((await cli(["ask", fits])).out).toContain(`“${fits}”`);
  });
});

describe("counts in words", () => {
  it("puts each noun in the number its count needs", () => {
    expect(counted(1, "article")).toBe("1 article");
    expect(counted(0, "article")).toBe("0 articles");
    expect(counted(2, "entry", "entries")).toBe("2 entries");
    expect(storyCounts({ articles: 1, claims: 1, statesReportedOn: 1 })).toBe(
      "1 article, 1 claim, 1 state reported on",
    );
    expect(storyCounts({ articles: 5, claims: 2, statesReportedOn: 40 })).toBe(
      "5 articles, 2 claims, 40 states reported on",
    );
  });

  it("the story list uses them", async () => {
    const { out } = await cli(["stories"]);
    expect(out).toMatch(/\d+ articles?, \d+ claims?, \d+ states? reported on/);
    expect(out).not.toMatch(/\b1 (articles|claims|states)\b/);
  });
});

describe("command-line mistakes get one plain line", () => {
  it("a map written where no folder is: one line naming the path, exit 2", async () => {
    for (const out of ["/nonexistent/dir/map.png", "/nonexistent/dir/map.svg"]) {
      const { code, err, out: printed } = await cli(["map", "--out", out]);
      expect(code).toBe(2);
      expect(err.split("\n")).toHaveLength(1);
      expect(err).toContain(out);
      expect(err).not.toMatch(/\bat \w+ \(|ENOENT|Error:/);
      expect(printed).toBe("");
    }
  });

  it("a data folder that is not there is named as given", async () => {
    for (const dir of ["/nonexistent", "/nonexistent/data", "relative/missing"]) {
      const { code, err } = await cli(["check", "--data", dir]);
      expect(code).toBe(2);
      expect(err).toBe(`voterdata: no data folder at ${dir}`);
    }
    const file = join(mkdtempSync(join(tmpdir(), "voterdata-cli-")), "a.txt");
    writeFileSync(file, "text");
    expect((await cli(["check", "--data", file])).err).toBe(`voterdata: no data folder at ${file}`);
    const empty = mkdtempSync(join(tmpdir(), "voterdata-cli-"));
    const { code, err } = await cli(["check", "--data", empty]);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^voterdata: no data folder at ${empty} \\(`));
  });

  it("a mistyped option is named, with the options the command takes", async () => {
    for (const command of [
      "ask Ohio",
      "stories",
      "digest",
      "map",
      "check",
      "export",
      "draft x.txt",
    ]) {
      const [name, ...rest] = command.split(" ");
      const { code, err } = await cli([name as string, ...rest, "--jsn"]);
      expect(code, command).toBe(2);
      expect(err.split("\n"), command).toHaveLength(1);
      expect(err, command).toMatch(/unknown option --jsn; valid: --\w+/);
    }
    expect((await cli(["ask", "Ohio", "--jsn"])).err).toContain("valid: --json, --story");
    expect((await cli(["rotate-key", "--jsn"])).err).toContain("unknown option --jsn");
  });

  it("an article file that is not there: 'no file at' the path", async () => {
    for (const path of ["/tmp/nope-voterdata.txt", "missing/article.txt"]) {
      const { code, err } = await cli(["draft", path]);
      expect(code).toBe(2);
      expect(err).toBe(`voterdata: no file at ${path}`);
    }
  });

  it("help lists --story for every command that takes it", async () => {
    const { out } = await cli(["help"]);
    for (const command of ["ask", "digest", "map", "export --csv"]) {
      const line = out.split("\n").find((l) => l.trim().startsWith(`voterdata ${command}`));
      expect(line, command).toContain("[--story ID]");
    }
  });
});

describe("export --out with nothing published", () => {
  it("creates no database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "voterdata-export-"));
    const store = join(dir, "var", "voterdata.db");
    const { code, out, err } = await runCli(["export", "--out", join(dir, "out")], {
      env: { DATABASE_PATH: store },
    });
    expect(code).toBe(0);
    expect(`${out}\n${err}`).toContain("nothing published from Slack to export");
    expect(existsSync(store)).toBe(false);
    expect(existsSync(join(dir, "var"))).toBe(false);
  });

  it("creates no database from the default path either (the built CLI, in an empty folder)", () => {
    const dir = mkdtempSync(join(tmpdir(), "voterdata-export-"));
    const bin = join(import.meta.dirname, "..", "..", "bin", "voterdata.js");
    const env = { ...process.env, DATABASE_PATH: "", DATABASE_URL: "" };
    const printed = execFileSync(process.execPath, [bin, "export", "--out", "out"], {
      cwd: dir,
      env,
    }).toString();
    expect(printed).toContain("nothing published from Slack to export");
    expect(existsSync(join(dir, "var"))).toBe(false);
  });
});

describe("export from the built CLI", () => {
  const bin = join(import.meta.dirname, "..", "..", "bin", "voterdata.js");
  const exported = (format: string) =>
    execFileSync(process.execPath, [bin, "export", format]).toString("utf8");

  it("ends every CSV record with CRLF, the last one too, and prints the JSON as documented", () => {
    const json = exported("--json");
    expect(json.endsWith("}\n")).toBe(true);
    const data = JSON.parse(json);
    expect(Object.keys(data).sort()).toEqual(["asOf", "rows", "story"]);
    const csv = exported("--csv");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.endsWith("\r\n\r\n")).toBe(false);
    expect(csv.split("\r\n").length - 1).toBe(data.rows.length + 1);
  });
});
