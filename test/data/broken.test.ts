import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataError, loadDataset } from "../../src/data/load.js";

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of data/ with one file edited, and the error the loader gives for it. */
function breakData(file: string, edit: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "voterdata-")), "data");
  dirs.push(dir);
  cpSync("data", dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  try {
    loadDataset(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error("the broken data loaded without an error");
}

describe("a broken data file stops the load, naming file, entry and field", () => {
  it("a misquoted quote", () => {
    const message = breakData("claims/000_7a47e0d28c7086d7.yaml", (t) =>
      t.replace('text: "My reply would be: They can', 'text: "My answer would be: They can'),
    );
    expect(message).toContain("data/claims/000_7a47e0d28c7086d7.yaml");
    expect(message).toContain("claims entry 1 (MS)");
    expect(message).toContain('field "quote.text"');
    expect(message).toContain("not verbatim");
  });

  it("a claims file naming a story that does not exist", () => {
    const message = breakData("claims/001_8ef6c3676b57f83b.yaml", (t) =>
      t.replace("story: commission-2017", "story: commission-2071"),
    );
    expect(message).toContain(
      'data/claims/001_8ef6c3676b57f83b.yaml, field "story": unknown story "commission-2071"',
    );
  });

  it("a story whose request is not in the article it cites", () => {
    const message = breakData("stories/commission-2017.yaml", (t) =>
      t.replace("voting records dating back to 2006", "voting records dating back to 2000"),
    );
    expect(message).toContain('data/stories/commission-2017.yaml, field "source.evidence"');
    expect(message).toContain("not verbatim");
  });

  it("a stance that is not one of the six", () => {
    const message = breakData("claims/002_e18f1254eb3bf07f.yaml", (t) =>
      t.replace("stance: complies", "stance: supports"),
    );
    expect(message).toContain('claims entry 3 (MO), field "stance": Invalid option');
  });

  it("a party the source does not state", () => {
    const message = breakData("people.yaml", (t) =>
      t.replace(/(id: spencer-cox[\s\S]*?party:) null/, "$1 R"),
    );
    expect(message).toContain("data/people.yaml");
    expect(message).toContain('(id "spencer-cox")');
    expect(message).toContain('field "party"');
  });

  it("an unknown speaker and an unknown state", () => {
    const message = breakData("claims/004_a9034b38c6e5bc41.yaml", (t) =>
      t.replace("speaker: spencer-cox", "speaker: spencer-fox").replace("[AZ, CA,", "[ZZ, CA,"),
    );
    expect(message).toContain('field "quote.speaker": unknown person "spencer-fox"');
    expect(message).toContain('lists entry 1, field "states": unknown state ZZ');
  });

  it("a missing jurisdiction and a malformed date", () => {
    expect(breakData("jurisdictions.yaml", (t) => t.replace(/- usps: WY[\s\S]*$/, ""))).toContain(
      "jurisdiction WY is missing",
    );
    const message = breakData("sources.yaml", (t) =>
      t.replace('published: "2017-06-30"', 'published: "June 30"'),
    );
    expect(message).toContain("data/sources.yaml, entry 1");
    expect(message).toContain('field "published"');
  });

  it("a list that names a state its sentence does not", () => {
    const message = breakData("claims/000_7a47e0d28c7086d7.yaml", (t) =>
      t.replace("states: [CA, VA, KY, NY, MA, NM, TN]", "states: [CA, VA, KY, NY, MA, NM, TN, FL]"),
    );
    expect(message).toContain("FL (Florida) is not named in the evidence");
  });

  it("YAML that does not parse", () => {
    expect(breakData("people.yaml", (t) => `${t}\n  - : : [`)).toContain("cannot be read as YAML");
  });
});
