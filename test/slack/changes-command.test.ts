import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";

describe("change questions in Slack, over signed HTTP", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  const reply = async (text: string) => {
    const mark = h.fake.mark();
    expect(await h.command(text)).toBe(200);
    return messageText((await h.fake.next("/respond", mark)).body);
  };

  it("answers changed since, a state on a day, and how a state changed", async () => {
    const since = await reply("2017 changed since July 1");
    expect(since).toContain("What changed since July 1, 2017");
    expect(since).toContain("Pennsylvania: public data only → sources disagree");
    expect(await reply("2017 Pennsylvania")).toContain(
      "*How it changed:* June 30: public data only (BuzzFeed News) → July 5: sources disagree (The Hill)",
    );
    const then = await reply("2017 Pennsylvania on July 1");
    expect(then).toContain("As the sources stood on July 1, 2017.");
    expect(then).not.toContain("How it changed");
    // The 2025 story has no article yet: nothing reported, so no "no change" either.
    expect(await reply("doj what changed this week")).toContain(
      "No article for this story has been published yet",
    );
  });
});
