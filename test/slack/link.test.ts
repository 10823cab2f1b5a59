import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Draft } from "../../src/draft/types.js";
import { exportPublished } from "../../src/intake/export.js";
import { formatDate } from "../../src/render/format.js";
import type { RecordedCall } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";
import { addShortcut, addValues, submission } from "../helpers/intake-slack.js";
import { type NewsSite, startNewsSite } from "../helpers/news-site.js";

const EDITOR = "UEDITOR";
const STRANGER = "USTRANGER";

let site: NewsSite;
let h: Harness | null = null;
beforeAll(async () => {
  site = await startNewsSite({ redirectTo: () => "http://localhost:9/admin" });
});
afterAll(() => site.close());
afterEach(async () => {
  await h?.stop();
  await h?.fake.stop();
  h = null;
});

async function app(): Promise<Harness> {
  h = await startHarness({
    EDITORS: EDITOR,
    FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "voterdata-link-")), "voterdata.db"),
  });
  return h;
}

const ARTICLE = "/politics/voter-rolls-request";

/** Waits until the app recorded where it posted a review (its last step), so stopping is clean. */
async function reviewRecorded(h: Harness, review: RecordedCall): Promise<void> {
  const draftId = (review.body.blocks as { elements?: { value?: string; action_id?: string }[] }[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === "intake_publish")?.value;
  for (let i = 0; i < 100; i++) {
    if ((await h.runtime.deps.store.intakeDraft(String(draftId)))?.reviewTs) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the review was never recorded");
}

describe("/voterdata add <link>", () => {
  it("drafts an editor's linked article: the review shows the extracted text's claims and where each field came from", async () => {
    const h = await app();
    const mark = h.fake.mark();
    expect(
      await h.command(`add ${site.origin}${ARTICLE}?utm_source=newsletter`, { user_id: EDITOR }),
    ).toBe(200);
    expect(String((await h.fake.next("/respond", mark)).body.text)).toBe(
      "Reading the link; each article's draft arrives for review.",
    );
    const review = await h.fake.next("chat.postMessage", mark);
    await reviewRecorded(h, review);
    expect(review.body.channel).toBe(`D${EDITOR}`);
    const text = messageText(review.body);
    expect(text).toContain(
      "Draft for review: Oregon will not share sensitive voter data with Justice Department",
    );
    expect(text).toContain("Harbor City Courier · 2025-09-16");
    expect(text).toContain(`${site.origin}${ARTICLE}`);
    expect(text).toContain("outlet, headline, author, published, updated from the page's metadata");
    expect(text).toContain("*1. OR*");
    expect(text).toContain("we will not send it to Washington” — Mara Kellison");
    expect(text).not.toContain("Related stories");
    expect(site.userAgents.at(-1)).toMatch(/^VoterData\//);
  });

  it("refuses a non-editor's link without requesting it", async () => {
    const h = await app();
    const before = site.requests.length;
    const mark = h.fake.mark();
    await h.command(`add ${site.origin}${ARTICLE}`, { user_id: STRANGER });
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain(
      "Only editors can add articles",
    );
    expect(h.fake.since("chat.postMessage", mark)).toEqual([]);
    // The shortcut on a message sharing the link: refused in the DM, nothing requested either.
    await h.action(addShortcut(h, STRANGER, { ts: "1.3", text: `<${site.origin}${ARTICLE}>` }));
    expect(String((await h.fake.next("chat.postMessage", mark)).body.text)).toContain(
      "Only editors can add articles",
    );
    expect(site.requests.length).toBe(before);
  });

  it("says a link is already added, by its canonical URL, once the article is published", async () => {
    const h = await app();
    let mark = h.fake.mark();
    await h.command(`add ${site.origin}${ARTICLE}`, { user_id: EDITOR });
    const review = await h.fake.next("chat.postMessage", mark);
    await reviewRecorded(h, review);
    // The same link again while in review: said so, and the draft posted again.
    mark = h.fake.mark();
    await h.command(`add ${site.origin}${ARTICLE}?utm_campaign=x`, { user_id: EDITOR });
    await h.fake.waitFor(() => h.fake.since("chat.postMessage", mark).length >= 2);
    const [said, again] = h.fake.since("chat.postMessage", mark);
    expect(String(said?.body.text)).toBe(
      `That article is already in review (${site.origin}${ARTICLE}?utm_campaign=x); here is its draft again.`,
    );
    expect(String(again?.body.text)).toContain("Draft for review");
    await reviewRecorded(h, again as RecordedCall);
    const intake = h.runtime.deps.intake;
    const draftId = (
      await h.runtime.deps.store.intakeDraft(
        String(
          (review.body.blocks as { elements?: { value?: string; action_id?: string }[] }[])
            .flatMap((b) => b.elements ?? [])
            .find((e) => e.action_id === "intake_publish")?.value,
        ),
      )
    )?.id as string;
    const draft = Draft.parse(JSON.parse((await intake.review(draftId))?.row.draft ?? "{}"));
    const actor = { team: "T1", user: EDITOR };
    await intake.decide(
      actor,
      draftId,
      draft.claims.findIndex((c) => c.state === "OR"),
      {
        decision: "approved",
      },
    );
    await intake.setStory(actor, draftId, "doj-2025");
    const published = await intake.publish(actor, draftId);
    if (published.kind !== "published") throw new Error(JSON.stringify(published));

    mark = h.fake.mark();
    const before = site.requests.length;
    // The AMP copy, one line; the same address with a fragment, the next.
    await h.command(`add ${site.origin}/amp${ARTICLE}\n${site.origin}${ARTICLE}#comments`, {
      user_id: EDITOR,
    });
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain("Reading 2 links");
    await h.fake.waitFor(() => h.fake.since("chat.postMessage", mark).length >= 2);
    expect(h.fake.since("chat.postMessage", mark).map((c) => String(c.body.text))).toEqual([
      `That article is already added as ${published.sourceId}. Nothing was added.`,
      `That article is already added as ${published.sourceId}. Nothing was added.`,
    ]);
    // Only the AMP copy was fetched (its canonical is the article); the known address was not.
    expect(site.requests.slice(before)).toEqual([`/amp${ARTICLE}`]);
    // The published source keeps its link and when it was fetched.
    const source = h.runtime.deps.library
      .current()
      .full.sources.find((s) => s.id === published.sourceId);
    expect(source?.url).toBe(`${site.origin}${ARTICLE}`);
    expect(source?.fetched).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The web tracker's source page shows the link and when it was fetched.
    const base = h.url.replace(/\/slack\/events$/, "");
    const page = await (
      await fetch(`${base}/stories/doj-2025/sources/${published.sourceId}`)
    ).text();
    const fetchedAt = new Date(source?.fetched ?? "").toISOString();
    expect(page).toContain(
      `<dt>Fetched</dt><dd>${formatDate(fetchedAt.slice(0, 10))}, ${fetchedAt.slice(11, 16)} UTC</dd>`,
    );
    expect(page).toContain(`<dt>Link</dt><dd><a href="${site.origin}${ARTICLE}"`);
    // export --out writes both into sources.yaml.
    const out = mkdtempSync(join(tmpdir(), "voterdata-link-export-"));
    const store = h.runtime.deps.store;
    exportPublished(
      await store.publishedSources(),
      [],
      [],
      { sources: new Set(), people: new Set(), stories: new Set() },
      out,
    );
    const yaml = readFileSync(join(out, "sources.yaml"), "utf8");
    expect(yaml).toContain(`url: ${site.origin}${ARTICLE}`);
    expect(yaml).toContain(`fetched: ${source?.fetched}`);
  });

  it("tells the editor in one line why a link was not added, the internal address unrequested", async () => {
    const h = await app();
    const mark = h.fake.mark();
    await h.command(
      `add ${site.origin}/to-internal\n${site.origin}/members/clerk-interview\n${site.origin}/report.pdf`,
      { user_id: EDITOR },
    );
    await h.fake.waitFor(() => h.fake.since("chat.postMessage", mark).length >= 3);
    expect(h.fake.since("chat.postMessage", mark).map((c) => String(c.body.text))).toEqual([
      `Nothing was added from ${site.origin}/to-internal: that address is internal: not fetched`,
      `Nothing was added from ${site.origin}/members/clerk-interview: VoterData could not find the article's text on that page; paste it instead`,
      `Nothing was added from ${site.origin}/report.pdf: that link is a PDF, not a web page: download it and paste its text instead`,
    ]);
  });

  it("takes at most 20 links at once, fetching none of a longer list", async () => {
    const h = await app();
    const before = site.requests.length;
    const mark = h.fake.mark();
    const links = Array.from({ length: 21 }, (_, i) => `${site.origin}/politics/story-${i}`);
    await h.command(`add ${links.join("\n")}`, { user_id: EDITOR });
    expect(String((await h.fake.next("/respond", mark)).body.text)).toBe(
      "Nothing was added: that is 21 links; give at most 20 at once.",
    );
    expect(site.requests.length).toBe(before);
  });

  it("takes the form's URL alone, and the shortcut on a message sharing a link", async () => {
    const h = await app();
    let mark = h.fake.mark();
    await h.action(submission(EDITOR, "intake_add", addValues({ url: `${site.origin}/og-only` })));
    const posted = await h.fake.next("chat.postMessage", mark);
    await reviewRecorded(h, posted);
    const review = messageText(posted.body);
    // OpenGraph only: no author in the metadata; the byline is read from the text.
    expect(review).toContain("outlet, headline, published from the page's metadata");
    expect(review).toContain("author from the text");

    mark = h.fake.mark();
    await h.action(
      addShortcut(h, EDITOR, {
        ts: "1.1",
        text: "Worth a look for the tracker",
        attachments: [
          { from_url: `${site.origin}/plain.txt`, title: "Oregon keeps its voter data" },
        ],
      }),
    );
    const shortcutReview = await h.fake.next("chat.postMessage", mark);
    await reviewRecorded(h, shortcutReview);
    const fromShortcut = messageText(shortcutReview.body);
    expect(fromShortcut).toContain("Draft for review: Oregon keeps its voter data");
  });
});
