import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeSlack, type RecordedCall } from "../../src/testkit/fake-slack.js";
import { changesArticle, moved, publishApproved } from "../helpers/changes.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";
import { EDITOR } from "../helpers/intake.js";
import { describePostgres, freshDatabase } from "../helpers/postgres.js";

const PUBLIC_URL = "https://voterdata.example.org";

/**
 * Alerts on publish with two app instances on one store, as behind a load balancer: the channel
 * hears of each publish or retraction that moved an answer once, and of nothing else.
 */
function alertsSuite(store: () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>) {
  let fake: FakeSlack;
  let a: Harness;
  let b: Harness;
  let db: Awaited<ReturnType<typeof store>>;
  let env: Record<string, string>;

  beforeEach(async () => {
    fake = new FakeSlack();
    await fake.start();
    db = await store();
    env = { EDITORS: EDITOR.user, PUBLIC_URL, ...db.env };
    [a, b] = (await Promise.all([0, 1].map(() => startHarness(env, {}, fake)))) as [
      Harness,
      Harness,
    ];
  });
  afterEach(async () => {
    await a.stop();
    await b.stop();
    await fake.stop();
    await db.drop();
  });

  const reply = async (h: Harness, text: string, fields: Record<string, string> = {}) => {
    const mark = fake.mark();
    expect(await h.command(text, fields)).toBe(200);
    return messageText((await fake.next("/respond", mark)).body);
  };
  const alerts = (channel?: string): RecordedCall[] =>
    fake
      .callsTo("chat.postMessage")
      .filter(
        (c) =>
          (c.body.metadata as { event_type?: string } | undefined)?.event_type ===
            "voterdata_alert" &&
          (channel === undefined || c.body.channel === channel),
      );
  /** Both instances run their schedule a few times: nothing more may be posted. */
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await Promise.all([a.runtime.deps.alerts.runDue(), b.runtime.deps.alerts.runDue()]);
    }
  };
  const publish = (h: Harness, name: string) =>
    publishApproved(h.runtime.deps.intake, changesArticle(name));
  const movedStates = (result: Parameters<typeof moved>[0]) => moved(result).map((c) => c.state);

  it("posts one alert per publish that moved an answer, none for one that did not, and a retraction's too", async () => {
    expect(await reply(a, "alerts")).toContain("Alerts are off here");
    expect(await reply(a, "alerts on 2017")).toContain("Alerts on");
    expect(await reply(b, "alerts")).toContain("Alerts are on for");
    expect(await reply(b, "alerts on", { channel_id: "C2" })).toContain("Alerts on");

    const first = await publish(a, "reversal-2017.txt");
    expect(movedStates(first).length).toBeGreaterThan(0);
    await fake.waitForCount("chat.postMessage", 2);
    await settle();
    const [alert] = alerts("C1");
    expect(alerts("C1")).toHaveLength(1);
    const text = messageText(alert?.body ?? {});
    for (const state of movedStates(first)) {
      const name = first.changes.find((c) => c.state === state)?.name as string;
      expect(text).toContain(`${name}: `);
      expect(text).toContain(`${PUBLIC_URL}/stories/commission-2017/states/${state}`);
    }
    // A state the publish added a claim to without moving its summary is not listed.
    for (const c of first.changes.filter((c) => !movedStates(first).includes(c.state))) {
      expect(text).not.toContain(`${c.name}: `);
    }
    expect(text).toContain("Published by <@UEDITOR>");
    expect(text).toContain("Open the tracker");
    // C2 follows the default story, here the same one: one alert there too, not two.
    expect(alerts("C2")).toHaveLength(1);

    // An article that agrees with what the sources already say changes nothing: no alert.
    const steady = await publish(b, "steady-2017.txt");
    expect(movedStates(steady)).toEqual([]);
    await settle();
    expect(alerts()).toHaveLength(2);

    // A retraction that moves a state alerts too (typed over signed HTTP by the editor).
    const state = movedStates(first)[0] as string;
    const reason = "misread the sentence <!channel> <@U0BOSS>";
    const retracted = await reply(b, `retract ${first.sourceId} ${state} ${reason}`, {
      user_id: EDITOR.user,
    });
    expect(retracted).not.toContain("Only editors");
    await fake.waitForCount("chat.postMessage", 4);
    await settle();
    const retraction = alerts("C1")[1];
    expect(alerts()).toHaveLength(4);
    expect(messageText(retraction?.body ?? {})).toContain("retracted");
    expect(messageText(retraction?.body ?? {})).toContain("misread the sentence");
    // The editor's reason is quoted, never a mention: no one but the editor is named.
    const posted = JSON.stringify(retraction?.body ?? {});
    expect(posted).not.toContain("<!channel>");
    expect(posted).not.toContain("<@U0BOSS>");
    expect(posted).toContain(`<@${EDITOR.user}>`);

    // Alerts off: the next moving publish reaches only the channel that kept them.
    expect(await reply(a, "alerts off")).toContain("Alerts off");
    await publish(a, "review-2017.txt");
    await fake.waitForCount("chat.postMessage", 5);
    await settle();
    expect(alerts("C1")).toHaveLength(2);
    expect(alerts("C2")).toHaveLength(3);

    // After a restart (a new instance on the same store) nothing is sent twice.
    const restarted = await startHarness(env, {}, fake);
    await restarted.runtime.deps.alerts.runDue();
    await restarted.stop();
    expect(alerts()).toHaveLength(5);
  });

  it("pauses alerts for a channel the app was removed from", async () => {
    expect(await reply(a, "alerts on")).toContain("Alerts on");
    fake.fail("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
    await publish(a, "reversal-2017.txt");
    await expect
      .poll(
        async () =>
          (await a.runtime.deps.store.alertSubscription({ team: "T1", channel: "C1" }))
            ?.pausedReason,
      )
      .toBe("not_in_channel");
    await publish(b, "review-2017.txt");
    await settle();
    // The one refused attempt, and nothing after it.
    expect(alerts()).toHaveLength(1);
    expect(await reply(b, "alerts")).toContain("Paused");
  });
}

describe("alerts on publish, two instances on one SQLite file", () => {
  alertsSuite(async () => ({
    env: { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "voterdata-alerts-")), "db") },
    drop: async () => {},
  }));
});

describePostgres("alerts on publish, two instances on one PostgreSQL", () => {
  alertsSuite(async () => {
    const db = await freshDatabase();
    return { env: { DATABASE_URL: db.url }, drop: () => db.drop() };
  });
});
