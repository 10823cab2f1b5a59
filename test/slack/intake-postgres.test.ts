import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { FakeSlack } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";
import { describePostgres, freshDatabase } from "../helpers/postgres.js";

const EDITOR = { team: "T1", user: "UEDITOR" };
const ARTICLE = readFileSync(join(import.meta.dirname, "..", "draft", "articles", "wire-2017.txt"));
const REPAIR = readFileSync(join(import.meta.dirname, "..", "intake", "articles", "repair.txt"));
const QUOTE = readFileSync(
  join(import.meta.dirname, "..", "intake", "articles", "quote-repair.txt"),
);

describePostgres("editors' intake on PostgreSQL, two instances", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let fake: FakeSlack;
  const running: Harness[] = [];

  beforeEach(async () => {
    db = await freshDatabase();
    fake = new FakeSlack();
    await fake.start();
  });
  afterEach(async () => {
    for (const h of running.splice(0)) await h.stop();
    await fake.stop();
    await db.drop();
  });

  const instance = async () => {
    const h = await startHarness({ EDITORS: EDITOR.user, DATABASE_URL: db.url }, {}, fake);
    running.push(h);
    return h;
  };

  it("publishes once from two instances at once, and both answer with the claim within seconds", async () => {
    const a = await instance();
    const b = await instance();
    const submitted = await a.runtime.deps.intake.submit(EDITOR, { bytes: ARTICLE });
    if (submitted.kind !== "drafted") throw new Error(submitted.kind);
    const { row, draft } = submitted.review;
    const index = draft.claims.findIndex((c) => c.quote);
    const claim = draft.claims[index];
    if (!claim?.quote) throw new Error("the fixture drafts a quoted claim");
    await a.runtime.deps.intake.decide(EDITOR, row.id, index, { decision: "approved" });
    const results = await Promise.all([
      a.runtime.deps.intake.publish(EDITOR, row.id),
      b.runtime.deps.intake.publish(EDITOR, row.id),
    ]);
    expect(results.filter((r) => r.kind === "published")).toHaveLength(1);

    const needle = claim.quote.text.slice(0, 30);
    const started = Date.now();
    for (const h of [b, a]) {
      let seen = "";
      while (Date.now() - started < 5_000 && !seen.includes(needle)) {
        const mark = fake.mark();
        await h.command(claim.state, { user_id: "U3", response_url: fake.responseUrl("pg") });
        seen = messageText((await fake.next("/respond/pg", mark)).body);
        if (!seen.includes(needle)) await new Promise((r) => setTimeout(r, 100));
      }
      expect(seen).toContain(needle);
    }
  });

  it("keeps a claim an editor added on one instance; another instance reviews and publishes it", async () => {
    const a = await instance();
    const b = await instance();
    const submitted = await a.runtime.deps.intake.submit(EDITOR, {
      bytes: REPAIR,
      story: "doj-2025",
    });
    if (submitted.kind !== "drafted") throw new Error(submitted.kind);
    const draftId = submitted.review.row.id;
    const added = await a.runtime.deps.intake.repair(EDITOR, draftId, {
      kind: "add",
      form: {
        state: "VT",
        evidence: {
          kind: "text",
          text: "In Vermont the answer came from elections director Pat Quill",
        },
        stance: "public-only",
        quote: "They can read our public list like anybody else",
        speaker: { kind: "new", name: "Pat Quill", role: null, party: null },
      },
    });
    expect(added.kind).toBe("ok");
    const seen = await b.runtime.deps.intake.review(draftId);
    if (!seen) throw new Error("the draft is in the shared store");
    expect(b.runtime.deps.intake.reviewModel(seen).claims).toContainEqual(
      expect.objectContaining({ state: "VT", decision: "approved", addedBy: EDITOR.user }),
    );
    const published = await b.runtime.deps.intake.publish(EDITOR, draftId);
    expect(published).toMatchObject({ kind: "published" });
    if (published.kind === "published") {
      expect(published.changes.map((c) => c.state)).toContain("VT");
    }
  });

  it("keeps a quote an editor gave a drafted claim on one instance; another reads it beside older repairs and publishes it", async () => {
    const a = await instance();
    const b = await instance();
    const submitted = await a.runtime.deps.intake.submit(EDITOR, {
      bytes: QUOTE,
      story: "doj-2025",
    });
    if (submitted.kind !== "drafted") throw new Error(submitted.kind);
    const draftId = submitted.review.row.id;
    const index = submitted.review.draft.claims.findIndex((c) => c.state === "NV" && !c.quote);
    if (index < 0) throw new Error("the article drafts Nevada with no quote");
    // A repair of a kind kept before quotes could be added, then the quote.
    const utah = submitted.review.draft.claims.findIndex((c) => c.state === "UT");
    const evidence = await a.runtime.deps.intake.repair(EDITOR, draftId, {
      kind: "evidence",
      index: utah,
      evidence: { kind: "text", text: "Utah will provide only the publicly available list" },
    });
    expect(evidence.kind).toBe("ok");
    const words = "Nevadans trusted us with their details, and we keep them here";
    const quoted = await a.runtime.deps.intake.repair(EDITOR, draftId, {
      kind: "quote",
      index,
      form: {
        quote: words,
        speaker: { kind: "new", name: "Corinne Vale", role: null, party: null },
      },
    });
    expect(quoted.kind).toBe("ok");

    const seen = await b.runtime.deps.intake.review(draftId);
    if (!seen) throw new Error("the draft is in the shared store");
    expect(seen.repaired.draft.claims[index]?.quote).toMatchObject({
      text: words,
      speaker: "Corinne Vale",
    });
    expect(seen.repaired.changes.get(utah)?.map((c) => c.what)).toEqual(["evidence"]);
    await b.runtime.deps.intake.decide(EDITOR, draftId, index, { decision: "approved" });
    const published = await b.runtime.deps.intake.publish(EDITOR, draftId);
    expect(published).toMatchObject({ kind: "published" });
    const mark = fake.mark();
    await b.command("Nevada", { user_id: "U3", response_url: fake.responseUrl("pgq") });
    expect(messageText((await fake.next("/respond/pgq", mark)).body)).toContain(words);
  });
});
