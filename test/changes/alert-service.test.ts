import { describe, expect, it } from "vitest";
import { type AlertPoster, AlertService } from "../../src/alerts/service.js";
import type { PublishEvent } from "../../src/changes/publishes.js";
import { renderBlocks } from "../../src/render/blocks.js";
import { newStore } from "../helpers/intake.js";

const C1 = { team: "T1", channel: "C1" };
const source = {
  id: "005_aaaaaaaaaaaaaaaa",
  outlet: "Example Ledger",
  date: "2017-07-12",
  published: "2017-07-12",
  updated: null,
  path: "data/sources/005_aaaaaaaaaaaaaaaa.txt",
};
const event: PublishEvent = {
  id: `publish:${source.id}`,
  kind: "publish",
  story: "commission-2017",
  team: "T1",
  by: "UEDITOR",
  at: "2026-11-27T08:00:00.000Z",
  sourceId: source.id,
  source,
  headline: "A made-up headline",
  state: null,
  reason: null,
  changes: [
    {
      state: "ID",
      name: "Idaho",
      from: { stance: "no-report", conflict: false },
      to: { stance: "public-only", conflict: false },
      date: source.date,
      source,
    },
  ],
};

function service(poster: AlertPoster, now: () => Date, events = [event]) {
  const store = newStore();
  const logs: string[] = [];
  const alerts = new AlertService({
    store,
    events: async () => events,
    render: () => renderBlocks({ summary: "alert", elements: [] }),
    poster,
    logger: { info: () => {}, warn: (m) => logs.push(m), error: (m) => logs.push(m) },
    clock: now,
  });
  return { store, alerts, logs };
}

describe("alert delivery", () => {
  it("tries a failed post again on the next run, and sends it once", async () => {
    let posts = 0;
    let fail = true;
    const poster: AlertPoster = {
      post: async () => {
        posts++;
        if (fail) throw new Error("Slack is down");
        return { kind: "posted", ts: "1.1" };
      },
      findPosted: async () => null,
    };
    const now = new Date("2026-11-27T09:00:00Z");
    const { store, alerts } = service(poster, () => now);
    await store.setAlerts(
      { ...C1, story: null, createdBy: "U1" },
      new Date("2026-11-27T07:00:00Z"),
    );
    expect((await alerts.runDue()).get("T1/C1")).toMatchObject({ failed: true, sent: 0 });
    fail = false;
    expect((await alerts.runDue()).get("T1/C1")).toMatchObject({ sent: 1 });
    await alerts.runDue();
    expect(posts).toBe(2);
    expect(await store.alertsSent(C1)).toEqual([event.id]);
  });

  it("checks the channel before resending an alert a crashed process had claimed", async () => {
    let posts = 0;
    const poster: AlertPoster = {
      post: async () => {
        posts++;
        return { kind: "posted", ts: "2.2" };
      },
      findPosted: async (_where, id) => (id === event.id ? "1.9" : null),
    };
    let now = new Date("2026-11-27T08:01:00Z");
    const { store, alerts } = service(poster, () => now);
    await store.setAlerts(
      { ...C1, story: null, createdBy: "U1" },
      new Date("2026-11-27T07:00:00Z"),
    );
    await store.claimAlert(C1, event.id, "crashed", now, 600_000);
    expect((await alerts.runDue()).get("T1/C1")).toMatchObject({ sent: 0 });
    now = new Date("2026-11-27T08:20:00Z");
    await alerts.runDue();
    expect(posts).toBe(0);
    expect(await store.alertsSent(C1)).toEqual([event.id]);
  });

  it("sends nothing for publishes from before alerts were turned on", async () => {
    let posts = 0;
    const poster: AlertPoster = {
      post: async () => {
        posts++;
        return { kind: "posted", ts: "1.1" };
      },
      findPosted: async () => null,
    };
    const { store, alerts } = service(poster, () => new Date("2026-11-27T09:00:00Z"));
    await store.setAlerts(
      { ...C1, story: null, createdBy: "U1" },
      new Date("2026-11-27T08:30:00Z"),
    );
    await alerts.runDue();
    expect(posts).toBe(0);
  });
});
