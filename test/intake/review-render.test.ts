import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load.js";
import { LIMITS } from "../../src/render/blocks.js";
import { REVIEW_PAGE_SIZE, reviewMessage, reviewPages } from "../../src/render/review.js";
import { EDITOR, intakeFor } from "../helpers/intake.js";

/** The longest bundled article with a line added: new to the store, many states. */
function longArticle(extra: string): Buffer {
  const dir = join(DEFAULT_DATA_DIR, "sources");
  const longest = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f)))
    .reduce((a, b) => (b.length > a.length ? b : a));
  return Buffer.concat([Buffer.from(extra), longest]);
}

describe("the review message", () => {
  it("pages a long list of claims inside Block Kit's limits and drops none", async () => {
    const { intake } = intakeFor();
    const result = await intake.submit(EDITOR, { bytes: longArticle("Republished.\n\n") });
    if (result.kind !== "drafted") throw new Error(result.kind);
    const claims = result.review.draft.claims.length;
    expect(claims).toBeGreaterThan(REVIEW_PAGE_SIZE);
    const seen: number[] = [];
    for (let page = 0; page < reviewPages(claims); page++) {
      const message = reviewMessage(intake.reviewModel(result.review), page);
      expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      for (const block of message.blocks) {
        const text = (block as { text?: { text?: string } }).text?.text ?? "";
        expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
        const id = (block as { block_id?: string }).block_id ?? "";
        if (id.startsWith("claim|")) seen.push(Number(id.slice(6)));
      }
      const first = page * REVIEW_PAGE_SIZE + 1;
      const last = Math.min(claims, first + REVIEW_PAGE_SIZE - 1);
      expect(JSON.stringify(message.blocks)).toContain(`Claims ${first}–${last} of ${claims}`);
    }
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(claims).keys()]);
  });

  it("escapes what the article says, so <!channel> in a headline pings no one", async () => {
    const { intake } = intakeFor();
    const text =
      "<!channel> Ohio <@U123> refuses\n\nOhio Secretary of State Jon Husted said Ohio will not provide the data.\n";
    const result = await intake.submit(EDITOR, { bytes: Buffer.from(text) });
    if (result.kind !== "drafted") throw new Error(result.kind);
    const message = reviewMessage(intake.reviewModel(result.review));
    // Slack reads mentions in mrkdwn and in the fallback text; plain_text shows them as typed.
    const mrkdwn: string[] = [message.text];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (o.type === "mrkdwn" && typeof o.text === "string") mrkdwn.push(o.text);
        Object.values(o).forEach(walk);
      }
    };
    walk(message.blocks);
    const all = mrkdwn.join("\n");
    expect(all).not.toContain("<!channel>");
    expect(all).not.toContain("<@U123>");
    expect(all).toContain("&lt;!channel&gt;");
  });
});
