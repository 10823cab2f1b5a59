import { afterEach, beforeEach, expect, it } from "vitest";
import { FakeSlack } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";
import { describePostgres, freshDatabase } from "../helpers/postgres.js";

/** Two app instances on one PostgreSQL, as behind a load balancer, with one fake Slack. */
describePostgres("two instances on one PostgreSQL", () => {
  let fake: FakeSlack;
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let now: Date;
  const clock = () => now;
  const changes: string[][] = [[], []];
  let a: Harness;
  let b: Harness;

  beforeEach(async () => {
    fake = new FakeSlack();
    await fake.start();
    db = await freshDatabase();
    now = new Date("2026-11-21T14:00:00Z");
    for (const list of changes) list.length = 0;
    [a, b] = (await Promise.all(
      [0, 1].map((i) =>
        startHarness(
          { DATABASE_URL: db.url },
          { clock, onDatasetChange: (story) => void changes[i]?.push(story) },
          fake,
        ),
      ),
    )) as [Harness, Harness];
  });
  afterEach(async () => {
    await a.stop();
    await b.stop();
    await fake.stop();
    await db.drop();
  });

  it("answers a retried event once when the retry reaches the other instance", async () => {
    const event = {
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> Ohio",
      ts: "1.1",
      channel: "C1",
    };
    expect(await a.event(event, "EvAcross")).toBe(200);
    expect(await b.event(event, "EvAcross")).toBe(200);
    await fake.waitForCount("chat.postMessage", 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("posts one digest when both instances run the schedule", async () => {
    const mark = fake.mark();
    await a.command("subscribe 09:00");
    await fake.next("/respond", mark);
    now = new Date("2026-11-21T15:00:00Z");
    for (let round = 0; round < 3; round++)
      await Promise.all([a.runtime.deps.digest.runDue(), b.runtime.deps.digest.runDue()]);
    const digests = fake
      .callsTo("chat.postMessage")
      .filter((c) => messageText(c.body).includes("VoterData digest"));
    expect(digests).toHaveLength(1);
    const seen = fake.mark();
    await b.command("subscriptions");
    expect(messageText((await fake.next("/respond", seen)).body)).toContain(
      "Last digest: 2026-11-21",
    );
  });

  it("tells the other instance within 5 seconds that published data changed", async () => {
    const started = Date.now();
    await a.runtime.deps.store.bumpDatasetVersion("commission-2017");
    await expect.poll(() => changes[1], { timeout: 5_000 }).toEqual(["commission-2017"]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
