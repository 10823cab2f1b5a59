import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_ECHOED } from "../../src/answer/model.js";
import { run } from "../../src/cli/main.js";
import { MAX_QUERY_LENGTH } from "../../src/lookup/lookup.js";
import { counted, storyCounts } from "../../src/render/format.js";

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
