import { describe, expect, it } from "vitest";
import { stateMatch } from "../../src/answer/model.js";
import { buildDigest, type Digest } from "../../src/digest/model.js";
import type { ReviewState } from "../../src/intake/service.js";
import { renderBlocks } from "../../src/render/blocks.js";
import { digestCard } from "../../src/render/digest-card.js";
import { reviewMessage } from "../../src/render/review.js";
import {
  article,
  bundledArticle,
  EDITOR,
  intakeFor,
  newStore,
  STRANGER,
} from "../helpers/intake.js";

async function drafted(intake: ReturnType<typeof intakeFor>["intake"], name = "wire-2017.txt") {
  const result = await intake.submit(EDITOR, { bytes: article(name) });
  if (result.kind !== "drafted") throw new Error(`not drafted: ${result.kind}`);
  return result.review;
}

function storyData(library: ReturnType<typeof intakeFor>["library"], story: string) {
  const data = library.current().byId.get(story);
  if (!data) throw new Error(`no story ${story}`);
  return data.dataset;
}

const digestBlocksText = (digest: Digest) =>
  JSON.stringify(renderBlocks(digestCard(digest)).blocks);

const indexOf = (review: ReviewState, state: string) =>
  review.draft.claims.findIndex((c) => c.state === state);

describe("editors' intake", () => {
  it("refuses every action of a non-editor, changes nothing and logs the attempt", async () => {
    const { intake, store } = intakeFor();
    const review = await drafted(intake);
    const attempts = [
      await intake.submit(STRANGER, { bytes: article("doj-2025.txt") }),
      await intake.decide(STRANGER, review.row.id, 0, { decision: "approved" }),
      await intake.publish(STRANGER, review.row.id),
      await intake.retract(STRANGER, "005_0000000000000000", "OH", "wrong"),
      await intake.history(STRANGER, "OH"),
    ];
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({
        kind: "refused",
        message: expect.stringMatching(/^Only editors can/),
      });
    }
    expect(await store.decisions(review.row.id)).toEqual([]);
    expect(await store.publishedSources()).toEqual([]);
    const refused = (await store.auditLog()).filter((e) => e.outcome === "refused");
    expect(refused.map((e) => e.user)).toEqual(Array(5).fill(STRANGER.user));
  });

  it("says intake is off when no editors are configured", async () => {
    const { intake } = intakeFor(newStore(), { editors: [] });
    const result = await intake.submit(EDITOR, { bytes: article("wire-2017.txt") });
    expect(result).toMatchObject({ kind: "refused", message: expect.stringContaining("EDITORS") });
  });

  it("recognises an article already bundled or already in review", async () => {
    const { intake } = intakeFor();
    expect(await intake.submit(EDITOR, { bytes: bundledArticle() })).toMatchObject({
      kind: "duplicate",
    });
    const first = await drafted(intake);
    const again = await intake.submit(EDITOR, { bytes: article("wire-2017.txt") });
    expect(again).toMatchObject({ kind: "in-review", review: { row: { id: first.row.id } } });
    expect(await intake.submit(EDITOR, { bytes: Buffer.from([0, 1, 2, 3]) })).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("binary"),
    });
  });

  it("publishes only the approved claims, with the editor's stance, and answers carry them at once", async () => {
    const { intake, library, store } = intakeFor();
    const review = await drafted(intake);
    const [first, second, third] = review.draft.claims.map((c) => c.state);
    if (!first || !second || !third) throw new Error("the fixture drafts three claims or more");
    expect(await intake.publish(EDITOR, review.row.id)).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("Approve"),
    });
    await intake.decide(EDITOR, review.row.id, indexOf(review, first), { decision: "approved" });
    await intake.decide(EDITOR, review.row.id, indexOf(review, second), { stance: "complies" });
    await intake.decide(EDITOR, review.row.id, indexOf(review, second), { decision: "approved" });
    await intake.decide(EDITOR, review.row.id, indexOf(review, third), { decision: "rejected" });
    const before = stateMatch(storyData(library, "commission-2017"), second);

    const result = await intake.publish(EDITOR, review.row.id);
    if (result.kind !== "published") throw new Error(JSON.stringify(result));
    const dataset = storyData(library, result.story);
    const fromNew = dataset.claims.filter((c) => c.source.id === result.sourceId);
    expect(fromNew.map((c) => c.state).sort()).toEqual([first, second].sort());
    expect(fromNew.find((c) => c.state === second)?.stance).toBe("complies");
    const change = result.changes.find((c) => c.state === second);
    expect(change?.before.claims).toBe(before.claims.length);
    expect(change?.after.claims).toBe(before.claims.length + 1);
    expect((await store.auditLog({ state: second })).map((e) => e.action)).toContain("publish");
    expect(await intake.publish(EDITOR, review.row.id)).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("already published"),
    });
  });

  it("refuses to publish until a story is set", async () => {
    const { intake, store } = intakeFor();
    const review = await drafted(intake);
    await store.setDraftStory(review.row.id, null);
    await intake.decide(EDITOR, review.row.id, 0, { decision: "approved" });
    expect(await intake.publish(EDITOR, review.row.id)).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("Choose the story"),
    });
    expect(await store.publishedSources()).toEqual([]);
  });

  it("publishes once when two editors publish the same draft at the same moment", async () => {
    const store = newStore();
    const a = intakeFor(store);
    const b = intakeFor(store);
    const review = await drafted(a.intake);
    await a.intake.decide(EDITOR, review.row.id, 0, { decision: "approved" });
    const results = await Promise.all([
      a.intake.publish(EDITOR, review.row.id),
      b.intake.publish(EDITOR, review.row.id),
    ]);
    expect(results.filter((r) => r.kind === "published")).toHaveLength(1);
    expect(await store.publishedSources()).toHaveLength(1);
  });

  it("publishes the same article once when two workspaces hand it over", async () => {
    const store = newStore();
    const { intake } = intakeFor(store);
    const other = { team: "T2", user: EDITOR.user };
    const mine = await drafted(intake);
    const theirs = await intake.submit(other, { bytes: article("wire-2017.txt") });
    if (theirs.kind !== "drafted") throw new Error(`not drafted: ${theirs.kind}`);
    await intake.decide(EDITOR, mine.row.id, 0, { decision: "approved" });
    await intake.decide(other, theirs.review.row.id, 0, { decision: "approved" });
    expect(await intake.publish(EDITOR, mine.row.id)).toMatchObject({ kind: "published" });
    expect(await intake.publish(other, theirs.review.row.id)).toMatchObject({
      kind: "invalid",
      message: expect.stringContaining("already published as"),
    });
    expect(await store.publishedSources()).toHaveLength(1);
  });

  it("shows each workspace only its own editors' history", async () => {
    const store = newStore();
    const { intake } = intakeFor(store);
    const review = await drafted(intake);
    await intake.decide(EDITOR, review.row.id, 0, { decision: "approved" });
    const published = await intake.publish(EDITOR, review.row.id);
    if (published.kind !== "published") throw new Error(JSON.stringify(published));
    const state = review.draft.claims[0]?.state ?? "";
    const mine = await intake.history(EDITOR, state);
    const theirs = await intake.history({ team: "T2", user: EDITOR.user }, state);
    expect(mine).toMatchObject({ kind: "history" });
    if (mine.kind === "history") expect(mine.entries.length).toBeGreaterThan(0);
    expect(theirs).toEqual({ kind: "history", entries: [] });
  });

  it("refuses to publish what fails the dataset's checks, naming the claim, and publishes nothing", async () => {
    const { intake, store } = intakeFor();
    const review = await drafted(intake);
    // A claim whose evidence is not in the article, as a corrupted draft would hold.
    const broken = structuredClone(review.draft);
    const claim = broken.claims[0];
    if (!claim) throw new Error("no claim");
    claim.evidence = "Words the article never printed.";
    await store.setDraftStory(review.row.id, "commission-2017");
    const tampered = newStore();
    const other = intakeFor(tampered);
    const { draft } = await tampered.createDraft({
      ...review.row,
      draft: JSON.stringify(broken),
    });
    await other.intake.decide(EDITOR, draft.id, 0, { decision: "approved" });
    const result = await other.intake.publish(EDITOR, draft.id);
    expect(result).toMatchObject({ kind: "failed" });
    if (result.kind === "failed") {
      expect(result.problems.join("\n")).toMatch(/claims.*evidence.*not verbatim/);
    }
    expect(await tampered.publishedSources()).toEqual([]);
  });

  it("retracts a published claim: answers drop it, the log keeps it, a restart keeps both", async () => {
    const store = newStore();
    const { intake, library } = intakeFor(store);
    const review = await drafted(intake);
    await intake.decide(EDITOR, review.row.id, 0, { decision: "approved" });
    await intake.decide(EDITOR, review.row.id, 1, { decision: "approved" });
    const published = await intake.publish(EDITOR, review.row.id);
    if (published.kind !== "published") throw new Error(published.kind);
    const [gone, kept] = review.draft.claims.map((c) => c.state) as [string, string];
    expect(await intake.retract(EDITOR, published.sourceId, gone, "")).toMatchObject({
      kind: "invalid",
    });
    const before = buildDigest(library.current().defaultStory.dataset, "2026-11-20", null);
    const result = await intake.retract(EDITOR, published.sourceId, gone, "misread the sentence");
    const next = buildDigest(
      library.current().defaultStory.dataset,
      "2026-11-21",
      { localDate: "2026-11-20", items: before.items },
      intake.retractions,
    );
    expect(next.corrections).toMatchObject([
      { state: { usps: gone }, sourceId: published.sourceId, reason: "misread the sentence" },
    ]);
    expect(digestBlocksText(next)).toContain("Corrections (1)");
    expect(digestBlocksText(next)).toContain("misread the sentence");
    expect(result).toMatchObject({ kind: "retracted", state: gone });
    const claimsOf = (lib: typeof library) =>
      lib
        .current()
        .full.claims.filter((c) => c.source.id === published.sourceId)
        .map((c) => c.state);
    expect(claimsOf(library)).toEqual([kept]);
    const history = await intake.history(EDITOR, gone);
    expect(history.kind === "history" && history.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["retract", "publish"]),
    );

    const restarted = intakeFor(store);
    expect(await restarted.intake.refresh()).toBe(true);
    expect(claimsOf(restarted.library)).toEqual([kept]);
  });

  it("keeps a draft in review across a restart and publishes it afterwards", async () => {
    const store = newStore();
    const review = await drafted(intakeFor(store).intake);
    const after = intakeFor(store);
    expect((await after.intake.review(review.row.id))?.draft).toEqual(review.draft);
    await after.intake.decide(EDITOR, review.row.id, 0, { decision: "approved" });
    expect(await after.intake.publish(EDITOR, review.row.id)).toMatchObject({
      kind: "published",
    });
  });

  it("shows what a 2025 article recalls of 2017 as about that story, never as a claim", async () => {
    const { intake } = intakeFor();
    const review = await drafted(intake, "recall-2025.txt");
    expect(review.row.story).toBe("doj-2025");
    const text = JSON.stringify(reviewMessage(intake.reviewModel(review)).blocks);
    for (const other of review.draft.otherStory) {
      expect(text).toContain(`${other.claim.state} · about commission-2017`);
      expect(review.draft.claims.map((c) => c.state)).not.toContain(other.claim.state);
    }
    expect(review.draft.otherStory.length).toBeGreaterThan(0);
  });

  it("creates a story that drafts can be published under", async () => {
    const { intake, library } = intakeFor();
    const created = await intake.createStory(EDITOR, {
      title: "Statehouse Audit 2026",
      requester: "Example State Auditor",
      requested: "2026-03",
      description: "An auditor asked every county for its voter file.",
    });
    expect(created).toEqual({ kind: "created", id: "statehouse-audit-2026" });
    expect(library.current().byId.get("statehouse-audit-2026")?.story.title).toBe(
      "Statehouse Audit 2026",
    );
    const review = await drafted(intake);
    expect(await intake.setStory(EDITOR, review.row.id, "statehouse-audit-2026")).toMatchObject({
      kind: "ok",
      review: { row: { story: "statehouse-audit-2026" } },
    });
  });
});

describe("editors named by a user group", () => {
  it("asks Slack again after a failed read instead of locking editors out", async () => {
    const { EditorPolicy } = await import("../../src/intake/editors.js");
    let answer: string[] | null = null;
    let reads = 0;
    const policy = new EditorPolicy({
      editors: [],
      usergroup: "S1",
      groupMembers: async () => {
        reads++;
        return answer;
      },
    });
    expect(await policy.isEditor("T1", "U1")).toBe(false);
    answer = ["U1"];
    expect(await policy.isEditor("T1", "U1")).toBe(true);
    expect(await policy.isEditor("T1", "U1")).toBe(true);
    expect(reads).toBe(2);
  });
});
