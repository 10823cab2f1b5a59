import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";
import { describePostgres, freshDatabase } from "../helpers/postgres.js";

/** The channel the harness's commands come from, in its workspace. */
const C1 = { team: "T1", channel: "C1" };
let fake: FakeSlack;
let now: Date;
const clock = () => now;
/** Where the apps of one test keep their state: a new SQLite file, or a new PostgreSQL database. */
let dbEnv: Record<string, string>;
let dropDb: (() => Promise<void>) | null = null;
const running: Harness[] = [];

beforeEach(async () => {
  fake = new FakeSlack();
  await fake.start();
  dbEnv = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "voterdata-digest-")), "state.db") };
  // 08:59 in Chicago (the fake's users.info time zone) on 2026-11-21.
  now = new Date("2026-11-21T14:59:00Z");
});
afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
  await fake.stop();
  await dropDb?.();
  dropDb = null;
});

async function app(options: { dataDir?: string } = {}): Promise<Harness> {
  const h = await startHarness(dbEnv, { clock, ...options }, fake);
  running.push(h);
  return h;
}

async function stopApp(h: Harness) {
  running.splice(running.indexOf(h), 1);
  await h.stop();
}

const digestPosts = () =>
  fake.callsTo("chat.postMessage").filter((c) => messageText(c.body).includes("VoterData digest"));

async function reply(h: Harness, text: string) {
  const mark = fake.mark();
  await h.command(text);
  return messageText((await fake.next("/respond", mark)).body);
}

/** The digest's behaviour, the same on both engines. */
function digestSuite(): void {
  it("subscribes in the subscriber's Slack time zone and posts at the time, once", async () => {
    const h = await app();
    expect(await reply(h, "subscribe 09:00")).toContain(
      "every day at 09:00 (America/Chicago, your Slack time zone)",
    );
    expect(await reply(h, "subscriptions")).toContain("Daily digest at 09:00 (America/Chicago)");

    await h.runtime.deps.digest.runDue();
    expect(digestPosts()).toHaveLength(0);

    now = new Date("2026-11-21T15:00:00Z");
    await h.runtime.deps.digest.runDue();
    await h.runtime.deps.digest.runDue();
    const posts = digestPosts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.channel).toBe("C1");
    const text = messageText(posts[0]?.body ?? {});
    expect(text).toContain("VoterData digest · November 21, 2026");
    expect(text).toContain("Refuses (9):");
    expect(text).toContain("Sources disagree (3):");
    expect(text).toContain("First digest.");
    // The map rides in the digest's thread.
    const upload = await fake.waitFor((c) => c.method === "files.completeUploadExternal");
    expect(upload.body.thread_ts).toMatch(/^1700000000\.\d+$/); // the ts the fake gave the digest
    expect(upload.body.channel_id).toBe("C1");
  });

  it("does not post a second digest after a restart the same day", async () => {
    const first = await app();
    await reply(first, "subscribe");
    now = new Date("2026-11-21T15:05:00Z");
    await first.runtime.deps.digest.runDue();
    await stopApp(first);
    const second = await app();
    now = new Date("2026-11-21T18:00:00Z");
    await second.runtime.deps.digest.runDue();
    expect(digestPosts()).toHaveLength(1);
  });

  it("sends a missed digest once, the same day, on a late start", async () => {
    const h = await app();
    await reply(h, "subscribe 09:00");
    now = new Date("2026-11-21T21:30:00Z"); // 15:30 in Chicago: the app was down at 09:00
    await h.runtime.deps.digest.runDue();
    await h.runtime.deps.digest.runDue();
    expect(digestPosts()).toHaveLength(1);
  });

  it("sends one digest when two processes run by mistake", async () => {
    const a = await app();
    const b = await app();
    await reply(a, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    await Promise.all([a.runtime.deps.digest.runDue(), b.runtime.deps.digest.runDue()]);
    await Promise.all([a.runtime.deps.digest.runDue(), b.runtime.deps.digest.runDue()]);
    expect(digestPosts()).toHaveLength(1);
  });

  it("does not post again a digest Slack accepted just before the process died", async () => {
    const first = await app();
    await reply(first, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    // The process dies after Slack accepted the digest, before recording it as sent.
    first.runtime.deps.store.markSent = async () => {
      throw new Error("killed");
    };
    await first.runtime.deps.digest.runDue();
    expect(digestPosts()).toHaveLength(1);
    await stopApp(first);

    const second = await app();
    await second.runtime.deps.digest.runDue();
    expect(digestPosts()).toHaveLength(1); // the claim is still within its lease
    now = new Date("2026-11-21T15:11:00Z");
    const outcomes = await second.runtime.deps.digest.runDue();
    expect(outcomes.get("T1/C1")).toBe("found-posted");
    expect(digestPosts()).toHaveLength(1);
    expect(fake.callsTo("conversations.history")[0]?.body.channel).toBe("C1");
    expect((await second.runtime.deps.store.digestsFor(C1)).map((d) => d.status)).toEqual(["sent"]);
  });

  it("posts the digest when a process died after claiming it but before posting", async () => {
    const h = await app();
    await reply(h, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    await h.runtime.deps.store.claimDigest(C1, "2026-11-21", "dead-process", now, 600_000);
    now = new Date("2026-11-21T15:11:00Z");
    const outcomes = await h.runtime.deps.digest.runDue();
    expect(outcomes.get("T1/C1")).toBe("sent");
    expect(digestPosts()).toHaveLength(1);
  });

  it("still posts after a stale claim when the channel's history cannot be read", async () => {
    const h = await app();
    await reply(h, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    await h.runtime.deps.store.claimDigest(C1, "2026-11-21", "dead-process", now, 600_000);
    fake.fail("conversations.history", { body: { ok: false, error: "missing_scope" } });
    now = new Date("2026-11-21T15:11:00Z");
    expect((await h.runtime.deps.digest.runDue()).get("T1/C1")).toBe("sent");
    expect(digestPosts()).toHaveLength(1);
  });

  it("retries a Slack 500 and posts once", async () => {
    const h = await app();
    await reply(h, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    fake.fail("chat.postMessage", { status: 500, body: { ok: false, error: "internal_error" } });
    const outcomes = await h.runtime.deps.digest.runDue();
    expect(outcomes.get("T1/C1")).toBe("sent");
    expect(fake.callsTo("chat.postMessage")).toHaveLength(2);
    expect(digestPosts()).toHaveLength(2); // the failed attempt and the accepted one
    expect((await h.runtime.deps.store.digestsFor(C1)).map((d) => d.status)).toEqual(["sent"]);
    await h.runtime.deps.digest.runDue();
    expect(fake.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it("waits out a 429 with Retry-After and posts once", async () => {
    const h = await app();
    await reply(h, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    fake.fail("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    const outcomes = await h.runtime.deps.digest.runDue();
    expect(outcomes.get("T1/C1")).toBe("sent");
    const [limited, accepted] = fake.callsTo("chat.postMessage");
    expect((accepted?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect((await h.runtime.deps.store.digestsFor(C1)).map((d) => d.status)).toEqual(["sent"]);
  });

  it("pauses a subscription when the bot is not in the channel", async () => {
    const h = await app();
    await reply(h, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    fake.fail("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
    const outcomes = await h.runtime.deps.digest.runDue();
    expect(outcomes.get("T1/C1")).toBe("paused");
    expect(await reply(h, "subscriptions")).toContain("Paused: Slack said `not_in_channel`");
    await h.runtime.deps.digest.runDue();
    expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("says so at subscribe time when the bot cannot post in the channel", async () => {
    const h = await app();
    fake.fail("conversations.info", {
      body: { ok: true, channel: { id: "C1", is_member: false } },
    });
    expect(await reply(h, "subscribe")).toContain("not in the channel");
    expect(await h.runtime.deps.store.subscription(C1)).toBeNull();
  });

  it("lists an article added between two digests as new in the second", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "voterdata-data-")), "data");
    cpSync("data", dataDir, { recursive: true });
    const first = await app({ dataDir });
    await reply(first, "subscribe 09:00");
    now = new Date("2026-11-21T15:00:00Z");
    await first.runtime.deps.digest.runDue();
    await stopApp(first);

    // A newsroom adds an article: the text, its sources.yaml entry and its claims.
    const id = "005_00000000000000aa";
    writeFileSync(
      join(dataDir, "sources", `${id}.txt`),
      " date 2017-07-06 Test Gazette. Florida officials said the state would provide only public records.\n",
    );
    const sources = readFileSync(join(dataDir, "sources.yaml"), "utf8");
    writeFileSync(
      join(dataDir, "sources.yaml"),
      `${sources}- id: ${id}\n  outlet: Test Gazette\n  author: null\n  published: "2017-07-06"\n  updated: null\n  headline: Test Gazette.\n  evidence:\n    outlet: Test Gazette\n    published: date 2017-07-06\n`,
    );
    writeFileSync(
      join(dataDir, "claims", `${id}.yaml`),
      `source: ${id}\nstory: commission-2017\nclaims:\n  - state: FL\n    stance: public-only\n    evidence: Florida officials said the state would provide only public records.\n`,
    );
    const second = await app({ dataDir });
    now = new Date("2026-11-22T15:00:00Z");
    await second.runtime.deps.digest.runDue();
    const posts = digestPosts();
    expect(posts).toHaveLength(2);
    const text = messageText(posts[1]?.body ?? {});
    expect(text).toContain("New since the last digest (November 21, 2026):");
    expect(text).toContain(`New article: Test Gazette, July 6, 2017 [${id}]`);
    expect(text).toContain(
      "New claims (1): Florida: public data only (Test Gazette, July 6, 2017)",
    );
    expect(text).not.toContain("First digest");
  });

  it("gives the day a subscription was set up in the channel's time zone", async () => {
    now = new Date("2026-11-22T03:00:00Z"); // still November 21 in Chicago
    const h = await app();
    await reply(h, "subscribe 09:00");
    expect(await reply(h, "subscriptions")).toContain("set up on 2026-11-21. No digest sent yet.");
  });

  it("pauses a workspace's digests when the app is uninstalled", async () => {
    const h = await app();
    await reply(h, "subscribe 09:00");
    expect(await h.event({ type: "app_uninstalled" })).toBe(200);
    await expect
      .poll(async () => (await h.runtime.deps.store.subscription(C1))?.pausedReason)
      .toBe("app_uninstalled");
    now = new Date("2026-11-21T15:00:00Z");
    await h.runtime.deps.digest.runDue();
    expect(digestPosts()).toHaveLength(0);
    expect(await reply(h, "subscriptions")).toContain(
      "Paused: VoterData was removed from this workspace (`app_uninstalled`)",
    );
  });

  it("shows today's digest privately on request, and unsubscribes", async () => {
    const h = await app();
    const preview = await reply(h, "digest");
    expect(preview).toContain("VoterData digest · November 21, 2026");
    expect(digestPosts()).toHaveLength(0);
    await reply(h, "subscribe 07:30");
    expect(await reply(h, "unsubscribe")).toContain("Unsubscribed");
    expect(await reply(h, "unsubscribe")).toContain("no digest subscription");
    expect(await reply(h, "subscribe 25:00")).toContain("HH:MM");
  });
}

describe("digest subscriptions (SQLite)", digestSuite);

describePostgres("digest subscriptions (PostgreSQL)", () => {
  beforeEach(async () => {
    const db = await freshDatabase();
    dbEnv = { DATABASE_URL: db.url };
    dropDb = db.drop;
  });
  digestSuite();
});
