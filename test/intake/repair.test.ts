import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { NewClaimForm } from "../../src/intake/repair-form.js";
import { reviewedClaims } from "../../src/intake/review-state.js";
import { EDITOR, intakeFor } from "../helpers/intake.js";

const ARTICLE = readFileSync(join(import.meta.dirname, "articles", "repair.txt"));

async function draftedReview() {
  const setup = intakeFor();
  const result = await setup.intake.submit(EDITOR, { bytes: ARTICLE, story: "doj-2025" });
  if (result.kind !== "drafted") throw new Error(result.kind);
  return { ...setup, review: result.review };
}

const vermont: NewClaimForm = {
  state: "VT",
  evidence: { kind: "text", text: "In Vermont the answer came from elections director Pat Quill" },
  stance: "public-only",
  quote: null,
  speaker: null,
};

describe("repairs through the service", () => {
  it("an added claim is approved; an editor may still reject it or change its stance", async () => {
    const { intake, review } = await draftedReview();
    const drafted = review.draft.claims.length;
    const added = await intake.repair(EDITOR, review.row.id, { kind: "add", form: vermont });
    if (added.kind !== "ok") throw new Error(JSON.stringify(added));
    const claims = () => reviewedClaims(added.review.repaired, added.review.decisions);
    expect(claims()[drafted]).toMatchObject({ decision: "approved", stance: "public-only" });

    const changed = await intake.decide(EDITOR, review.row.id, drafted, { stance: "refuses" });
    if (changed.kind !== "ok") throw new Error(changed.kind);
    expect(
      reviewedClaims(changed.review.repaired, changed.review.decisions)[drafted],
    ).toMatchObject({ decision: "approved", stance: "refuses" });
    const rejected = await intake.decide(EDITOR, review.row.id, drafted, { decision: "rejected" });
    if (rejected.kind !== "ok") throw new Error(rejected.kind);
    expect(
      intake.reviewModel(rejected.review).claims.find((c) => c.index === drafted),
    ).toMatchObject({ decision: "rejected", addedBy: EDITOR.user, drafted: null });
    // Nothing approved is left: nothing is published.
    expect(await intake.publish(EDITOR, review.row.id)).toMatchObject({ kind: "invalid" });
  });

  it("keeps what two editors add at once, and nothing once the draft is published", async () => {
    const { intake, review, store } = await draftedReview();
    const iowa: NewClaimForm = {
      ...vermont,
      state: "IA",
      evidence: { kind: "text", text: "A federal election panel asked every state" },
    };
    const both = await Promise.all([
      intake.repair(EDITOR, review.row.id, { kind: "add", form: vermont }),
      intake.repair(EDITOR, review.row.id, { kind: "add", form: iowa }),
    ]);
    expect(both.map((r) => r.kind)).toEqual(["ok", "ok"]);
    expect(await store.repairs(review.row.id)).toHaveLength(2);
    const published = await intake.publish(EDITOR, review.row.id);
    expect(published).toMatchObject({ kind: "published" });
    if (published.kind !== "published") return;
    expect(published.changes.map((c) => c.state)).toEqual(expect.arrayContaining(["IA", "VT"]));
    const late = await intake.repair(EDITOR, review.row.id, {
      kind: "add",
      form: { ...vermont, state: "NV" },
    });
    expect(late).toMatchObject({ kind: "invalid", message: expect.stringContaining("published") });
    expect(await store.repairs(review.row.id)).toHaveLength(2);
  });
});
