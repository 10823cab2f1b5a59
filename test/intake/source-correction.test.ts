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
import { afterAll, beforeAll, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { DEFAULT_DATA_DIR, loadDataset } from "../../src/data/load.js";
import { AllowHosts } from "../../src/fetch/allow-hosts.js";
import { safeFetch } from "../../src/fetch/safe-fetch.js";
import { reviewMessage } from "../../src/render/review.js";
import { route } from "../../src/web/router.js";
import { createSite } from "../../src/web/site.js";
import { EDITOR, intakeFor, newStore } from "../helpers/intake.js";
import { type NewsSite, startNewsSite } from "../helpers/news-site.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

it("publishes a link's source as the editor corrected it: the source page, its note and the archive, which loads", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "voterdata-correct-")), "db");
  const { intake, library } = intakeFor(newStore(path), {
    fetchPage: (url) => safeFetch(url, { allowHosts: AllowHosts.parse(`127.0.0.1:${site.port}`) }),
  });
  const submitted = await intake.submitLink(EDITOR, `${site.origin}/politics/voter-rolls-request`);
  if (submitted.kind !== "drafted") throw new Error(`not drafted: ${submitted.kind}`);
  const { row, draft } = submitted.review;
  // A headline as the page's front prints it (not in the extracted text), and the print date.
  const headline = "Oregon <b>says no</b> & keeps its voters' data";
  expect(row.article).not.toContain("Oregon <b>says no</b>");
  const corrected = await intake.correctSource(EDITOR, row.id, {
    ...draft.source,
    headline,
    published: "2025-09-15",
  });
  if (corrected.kind !== "ok") throw new Error(JSON.stringify(corrected));
  const review = JSON.stringify(reviewMessage(intake.reviewModel(corrected.review)));
  expect(review).toContain("outlet, author, updated from the page's metadata");
  expect(review).toContain("headline, published corrected by <@UEDITOR>");

  const oregon = draft.claims.findIndex((c) => c.state === "OR");
  await intake.decide(EDITOR, row.id, oregon, { decision: "approved" });
  const story = row.story ?? library.current().defaultStory.story.id;
  if (!row.story) await intake.setStory(EDITOR, row.id, story);
  const published = await intake.publish(EDITOR, row.id);
  if (published.kind !== "published") throw new Error(JSON.stringify(published));

  // The web tracker's source page: the editor's headline (escaped) and date, an honest note.
  const index = library.current().byId.get(story)?.index;
  if (!index) throw new Error(`no story ${story}`);
  const page = route(createSite(index), "GET", `/sources/${published.sourceId}`).body;
  expect(page).toContain("Oregon &lt;b&gt;says no&lt;/b&gt; &amp; keeps its voters&#39; data");
  expect(page).not.toContain("<b>says no");
  expect(page).toContain("<dt>Published</dt><dd>September 15, 2025</dd>");
  expect(page).toContain("outlet, author, updated from the page&#39;s metadata");
  expect(page).toContain("Corrected by an editor: headline, published.");

  // The archive: the same source, its corrected fields given, and data/ with it passes the checks.
  const out = mkdtempSync(join(tmpdir(), "voterdata-correct-out-"));
  const io = {
    out: () => {},
    err: () => {},
    stdin: Readable.from([""]),
    color: false,
    env: { DATABASE_PATH: path },
  };
  expect(await run(["export", "--out", out], io)).toBe(0);
  expect(readFileSync(join(out, "sources.yaml"), "utf8")).toContain("- headline");
  const data = mkdtempSync(join(tmpdir(), "voterdata-correct-data-"));
  cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
  for (const file of ["sources.yaml", "people.yaml"]) {
    if (existsSync(join(out, file)))
      appendFileSync(join(data, file), readFileSync(join(out, file)));
  }
  for (const dir of ["sources", "claims"]) {
    for (const f of readdirSync(join(out, dir))) cpSync(join(out, dir, f), join(data, dir, f));
  }
  const bundled = loadDataset(data).sources.find((s) => s.id === published.sourceId);
  expect(bundled).toMatchObject({ headline, published: "2025-09-15" });
});
