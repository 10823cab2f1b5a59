import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { StateChange } from "../../src/intake/changes.js";
import type { IntakeService, PublishResult } from "../../src/intake/service.js";
import { EDITOR } from "./intake.js";

/** A made-up article of test/changes/articles (reversal, steady, review; all 2017). */
export const changesArticle = (name: string) =>
  readFileSync(join(import.meta.dirname, "..", "changes", "articles", name));

/** A made-up article that moves states of the 2017 story (dated July 12, 2017). */
export const reversal = () => changesArticle("reversal-2017.txt");

export type Published = PublishResult & { kind: "published" };

/** Hands an article to intake, approves every drafted claim as drafted, and publishes it. */
export async function publishApproved(
  intake: IntakeService,
  bytes: Uint8Array,
  story = "commission-2017",
): Promise<Published> {
  const submitted = await intake.submit(EDITOR, { bytes, story });
  if (submitted.kind !== "drafted") throw new Error(submitted.kind);
  const { row, draft } = submitted.review;
  for (const [i] of draft.claims.entries()) {
    await intake.decide(EDITOR, row.id, i, { decision: "approved" });
  }
  const result = await intake.publish(EDITOR, row.id);
  if (result.kind !== "published") throw new Error(JSON.stringify(result));
  return result;
}

/** The states a publish or retraction moved (stance, or agreement), as intake itself reports it. */
export const moved = (result: { changes: readonly StateChange[] }): StateChange[] =>
  result.changes.filter(
    (c) =>
      c.before.stance !== c.after.stance || c.before.sides.length > 0 !== c.after.sides.length > 0,
  );
