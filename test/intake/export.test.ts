import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { DEFAULT_DATA_DIR, loadDataset } from "../../src/data/load.js";
import { bundledIds } from "../../src/intake/bundled.js";
import { publishedOverlay } from "../../src/intake/overlay.js";
import { article, EDITOR, intakeFor, newStore } from "../helpers/intake.js";

it("exports what was published as data/ files that load once bundled, and never count twice", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "voterdata-export-")), "db");
  const store = newStore(path);
  const { intake } = intakeFor(store);
  const submitted = await intake.submit(EDITOR, { bytes: article("wire-2017.txt") });
  if (submitted.kind !== "drafted") throw new Error(submitted.kind);
  const { row, draft } = submitted.review;
  for (const i of [0, 1, 2]) await intake.decide(EDITOR, row.id, i, { decision: "approved" });
  const published = await intake.publish(EDITOR, row.id);
  if (published.kind !== "published") throw new Error(published.kind);
  const retracted = draft.claims[1]?.state as string;
  await intake.retract(EDITOR, published.sourceId, retracted, "misread");
  await intake.createStory(EDITOR, {
    title: "County Audit 2026",
    requester: "Example State Auditor",
    requested: "2026-03",
    description: "Asked every county for its file.",
  });
  expect(intake.retractions).toHaveLength(1);

  const out = mkdtempSync(join(tmpdir(), "voterdata-exported-"));
  const lines: string[] = [];
  const code = await run(["export", "--out", out], {
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
    stdin: Readable.from([""]),
    color: false,
    env: { DATABASE_PATH: path },
  });
  expect(code).toBe(0);
  expect(readFileSync(join(out, "sources", `${published.sourceId}.txt`))).toEqual(
    article("wire-2017.txt"),
  );

  // The data desk bundles the files: append the entries, copy the rest.
  const data = mkdtempSync(join(tmpdir(), "voterdata-bundled-"));
  cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
  for (const file of ["sources.yaml", "people.yaml"]) {
    if (existsSync(join(out, file)))
      appendFileSync(join(data, file), readFileSync(join(out, file)));
  }
  for (const dir of ["sources", "claims", "stories"]) {
    for (const f of readdirSync(join(out, dir))) cpSync(join(out, dir, f), join(data, dir, f));
  }
  const bundled = loadDataset(data);
  const states = (d: typeof bundled) =>
    d.claims.filter((c) => c.source.id === published.sourceId).map((c) => c.state);
  const expected = draft.claims
    .slice(0, 3)
    .map((c) => c.state)
    .filter((s) => s !== retracted);
  expect(states(bundled).sort()).toEqual([...new Set(expected)].sort());
  expect(bundled.stories.map((s) => s.id)).toContain("county-audit-2026");

  // The store still holds the same source: the bundled one wins, with a warning.
  const warnings: string[] = [];
  const overlay = publishedOverlay(
    await store.publishedSources(),
    await store.retractions(),
    await store.editorStories(),
    bundledIds(bundled),
    (m) => warnings.push(m),
  );
  const both = loadDataset(data, overlay);
  expect(both.sources.filter((s) => s.id === published.sourceId)).toHaveLength(1);
  expect(states(both).sort()).toEqual(states(bundled).sort());
  expect(warnings.join("\n")).toContain(published.sourceId);
  await store.close();
});
