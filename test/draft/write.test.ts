import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { DataError, DEFAULT_DATA_DIR, loadDatasetWithDrafts } from "../../src/data/load.js";
import { draftArticle } from "../../src/draft/draft.js";
import { findDuplicate, nextSourceId, writeDraft } from "../../src/draft/write.js";

const ARTICLE = readFileSync(join(import.meta.dirname, "articles", "wire-2017.txt"));

let dataDir: string;
beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), "voterdata-draft-")), "data");
  cpSync(DEFAULT_DATA_DIR, dataDir, { recursive: true });
});

function writeArticle() {
  const { dataset } = loadDatasetWithDrafts(dataDir);
  const text = ARTICLE.toString("utf8");
  const draft = draftArticle(text, {
    people: dataset.people,
    jurisdictions: dataset.jurisdictions,
    stories: dataset.stories,
  });
  const id = nextSourceId(dataDir, ARTICLE);
  return {
    id,
    draft,
    written: writeDraft(dataDir, ARTICLE, draft, id, dataset.jurisdictions, "commission-2017"),
    before: dataset,
  };
}

const edit = (file: string, change: (s: string) => string) =>
  writeFileSync(join(dataDir, file), change(readFileSync(join(dataDir, file), "utf8")));

describe("writing a draft into data/", () => {
  it("stores the article byte for byte under the next id, and serves none of the drafts", () => {
    const { id, draft, before } = writeArticle();
    expect(id).toMatch(/^005_[0-9a-f]{16}$/);
    expect(readFileSync(join(dataDir, "sources", `${id}.txt`)).equals(ARTICLE)).toBe(true);
    const { dataset, drafts } = loadDatasetWithDrafts(dataDir);
    expect(dataset.claims).toHaveLength(before.claims.length);
    expect(dataset.sources.map((s) => s.id)).not.toContain(id);
    const newPeople = draft.people.filter((p) => !p.known).length;
    expect(drafts).toBeGreaterThanOrEqual(1 + newPeople + draft.claims.length);
    const claims = readFileSync(join(dataDir, "claims", `${id}.yaml`), "utf8");
    expect(claims).toContain("review: draft");
    expect(claims).toContain("why: is still reviewing");
    expect(claims).toMatch(/confidence: 0\.\d+/);
    expect(findDuplicate(dataDir, ARTICLE.toString("utf8"))).toBe(id);
  });

  it("serves what an editor marked reviewed, and nothing that rests on a draft", () => {
    const { id } = writeArticle();
    // Reviewing one claim while its source is still a draft is an error naming file, entry, field.
    edit(`claims/${id}.yaml`, (s) => s.replace("    review: draft\n", ""));
    expect(() => loadDatasetWithDrafts(dataDir)).toThrow(DataError);
    try {
      loadDatasetWithDrafts(dataDir);
    } catch (error) {
      expect((error as DataError).problems[0]).toMatch(
        new RegExp(
          `data/claims/${id}.yaml, claims entry 1 \\(IA\\), field "review": .*still a draft`,
        ),
      );
    }
    // The source reviewed too: the Iowa claim is served; the rest still wait.
    edit("sources.yaml", (s) => s.replace(/(- id: \d+_\w+\n(?:.*\n)*?) {2}review: draft\n/, "$1"));
    const { dataset, drafts } = loadDatasetWithDrafts(dataDir);
    expect(dataset.sources.map((s) => s.id)).toContain(id);
    expect(
      dataset.claims.filter((c) => c.source.id === id).map((c) => [c.state, c.stance]),
    ).toEqual([["IA", "reviewing"]]);
    expect(drafts).toBeGreaterThan(0);
  });

  it("refuses a reviewed claim whose quote's speaker is still a draft", () => {
    const { id } = writeArticle();
    edit("sources.yaml", (s) => s.replace(/(- id: \d+_\w+\n(?:.*\n)*?) {2}review: draft\n/, "$1"));
    edit(`claims/${id}.yaml`, (s) => s.replace(/^ *review: draft\n/gm, ""));
    expect(() => loadDatasetWithDrafts(dataDir)).toThrow(
      /quote.speaker": "[a-z-]+" is still a draft/,
    );
  });

  it("writes drafts that pass the dataset's checks, for every kind of article", () => {
    const texts = [
      ...readdirSync(join(import.meta.dirname, "articles")).map((f) =>
        readFileSync(join(import.meta.dirname, "articles", f), "utf8"),
      ),
      // The bundled articles as new ones (one line more, so they are not duplicates), with no
      // one known: every speaker becomes a new person.
      ...readdirSync(join(DEFAULT_DATA_DIR, "sources")).map(
        (f) => `${readFileSync(join(DEFAULT_DATA_DIR, "sources", f), "utf8")}\nOne more line.\n`,
      ),
    ];
    for (const [i, text] of texts.entries()) {
      const dir = join(mkdtempSync(join(tmpdir(), "voterdata-draft-all-")), "data");
      cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
      const { dataset } = loadDatasetWithDrafts(dir);
      const people = i % 2 === 0 ? dataset.people : [];
      const draft = draftArticle(text, {
        people,
        jurisdictions: dataset.jurisdictions,
        stories: dataset.stories,
      });
      const bytes = Buffer.from(text);
      const id = nextSourceId(dir, bytes);
      writeDraft(dir, bytes, draft, id, dataset.jurisdictions, "commission-2017");
      const loaded = loadDatasetWithDrafts(dir);
      expect(loaded.dataset.claims).toHaveLength(dataset.claims.length);
      expect(loaded.drafts).toBeGreaterThan(0);
      // An editor who accepts everything gets exactly the drafted claims, served.
      for (const file of ["sources.yaml", "people.yaml", `claims/${id}.yaml`]) {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, "utf8").replace(/^ *review: draft\n/gm, ""));
      }
      const reviewed = loadDatasetWithDrafts(dir);
      expect(reviewed.drafts).toBe(0);
      const served = reviewed.dataset.claims.filter((c) => c.source.id === id);
      expect(served.map((c) => `${c.state} ${c.stance}`).sort()).toEqual(
        draft.claims.map((c) => `${c.state} ${c.stance}`).sort(),
      );
    }
  });
});
