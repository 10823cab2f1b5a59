import { randomBytes } from "node:crypto";
import type { Installation } from "@slack/bolt";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { sealStoredTokens, TokenCipher, withSealedTokens } from "../../src/store/token-cipher.js";

/** A database for one test: `open` gives another handle on it, as a second instance would. */
export interface TestDatabase {
  open(): Promise<Store>;
  drop(): Promise<void>;
  /** Everything the database keeps of installations, as an attacker with a copy would read it. */
  rawInstallations(): Promise<string>;
}

const T1 = { team: "T1", channel: "C1" };
const T2 = { team: "T2", channel: "C1" };
const day = "2026-11-21";
const at = (iso: string) => new Date(iso);

function installation(team: string, token: string): Installation {
  return {
    team: { id: team, name: `Paper ${team}` },
    enterprise: undefined,
    user: { id: "U1", token: undefined, scopes: undefined },
    bot: { id: "B1", userId: "UBOT", token, scopes: ["chat:write"] },
    tokenType: "bot",
    isEnterpriseInstall: false,
    appId: "A1",
  };
}

/** The behaviour every engine must show; run by test/store/{sqlite,postgres}.test.ts. */
export function storeBehaviour(fresh: () => Promise<TestDatabase>): void {
  let db: TestDatabase;
  let store: Store;
  const opened: Store[] = [];
  const another = async () => {
    const s = await db.open();
    opened.push(s);
    return s;
  };

  beforeEach(async () => {
    db = await fresh();
    store = await another();
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await db.drop();
  });

  it("keeps a subscription per workspace and channel, and one workspace cannot touch another's", async () => {
    const base = { time: "09:00", timeZone: "America/Chicago", subscribedBy: "U1" };
    await store.subscribe({ ...T1, ...base }, at("2026-11-20T12:00:00Z"));
    expect(await store.subscription(T1)).toEqual({
      ...T1,
      ...base,
      story: null,
      createdAt: "2026-11-20T12:00:00.000Z",
      pausedReason: null,
    });
    expect(await store.subscription(T2)).toBeNull();
    expect(await store.unsubscribe(T2)).toBe(false);
    expect(await store.subscription(T1)).not.toBeNull();
    // Rows written with a workspace leave nothing for start-up to adopt.
    expect(await store.hasUnownedRows()).toBe(false);

    await store.subscribe(
      { ...T2, ...base, time: "07:30", story: "doj-2025" },
      at("2026-11-20T13:00:00Z"),
    );
    expect((await store.subscription(T2))?.story).toBe("doj-2025");
    expect((await store.subscription(T1))?.time).toBe("09:00");
    expect(await store.unsubscribe(T1)).toBe(true);
    expect(await store.subscription(T1)).toBeNull();
    expect(await store.subscription(T2)).not.toBeNull();
  });

  it("pauses a channel or a whole workspace, and a new subscribe resumes it", async () => {
    const base = { time: "09:00", timeZone: "UTC", subscribedBy: "U1" };
    const now = at("2026-11-20T12:00:00Z");
    await store.subscribe({ ...T1, ...base }, now);
    await store.subscribe({ team: "T1", channel: "C2", ...base }, now);
    await store.subscribe({ ...T2, ...base }, now);
    await store.pause(T1, "not_in_channel", now);
    expect((await store.activeSubscriptions()).map((s) => `${s.team}/${s.channel}`)).toEqual([
      "T1/C2",
      "T2/C1",
    ]);
    expect(await store.pauseTeam("T1", "app_uninstalled", now)).toBe(1);
    expect((await store.activeSubscriptions()).map((s) => s.team)).toEqual(["T2"]);
    expect((await store.subscription(T1))?.pausedReason).toBe("not_in_channel");
    await store.subscribe({ ...T1, ...base }, now);
    expect((await store.subscription(T1))?.pausedReason).toBeNull();
  });

  it("remembers the story a channel follows", async () => {
    expect(await store.channelStory(T1)).toBeNull();
    await store.setChannelStory(T1, "doj-2025");
    expect(await store.channelStory(T1)).toBe("doj-2025");
    expect(await store.channelStory(T2)).toBeNull();
    await store.setChannelStory(T1, null);
    expect(await store.channelStory(T1)).toBeNull();
  });

  it("lets exactly one of many racing instances claim a day's digest", async () => {
    const other = await another();
    const now = at("2026-11-21T15:00:00Z");
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? store : other).claimDigest(T1, day, `p${i}`, now, 600_000),
      ),
    );
    expect(claims.filter((c) => c !== null)).toEqual([{ kind: "fresh" }]);
    // Another workspace's channel with the same id is another digest.
    expect(await store.claimDigest(T2, day, "p0", now, 600_000)).toEqual({ kind: "fresh" });
  });

  it("takes over a claim left by a process that stopped, saying since when", async () => {
    await store.claimDigest(T1, day, "dead", at("2026-11-21T15:00:00Z"), 600_000);
    expect(await store.claimDigest(T1, day, "b", at("2026-11-21T15:05:00Z"), 600_000)).toBeNull();
    const later = at("2026-11-21T15:11:00Z");
    const [x, y] = await Promise.all([
      store.claimDigest(T1, day, "b", later, 600_000),
      (await another()).claimDigest(T1, day, "c", later, 600_000),
    ]);
    expect([x, y].filter((c) => c !== null)).toEqual([
      { kind: "stale", since: "2026-11-21T15:00:00.000Z" },
    ]);
  });

  it("records a sent digest and its items; a released claim can be claimed again", async () => {
    const now = at("2026-11-21T15:00:00Z");
    await store.claimDigest(T1, day, "a", now, 600_000);
    await store.release(T1, day);
    expect(await store.isSent(T1, day)).toBe(false);
    expect(await store.claimDigest(T1, day, "b", now, 600_000)).toEqual({ kind: "fresh" });
    await store.markSent(T1, day, "1700000000.000001", ["source:a", "claim:b"], now);
    expect(await store.isSent(T1, day)).toBe(true);
    expect(await store.isSent(T2, day)).toBe(false);
    expect(await store.claimDigest(T1, day, "c", at("2026-11-22T15:00:00Z"), 1)).toBeNull();
    expect(await store.lastSent(T1)).toMatchObject({
      ...T1,
      localDate: day,
      status: "sent",
      messageTs: "1700000000.000001",
      items: ["source:a", "claim:b"],
      sentAt: "2026-11-21T15:00:00.000Z",
    });
    expect(await store.lastSent(T1, day)).toBeNull();
    expect(await store.lastSent(T2)).toBeNull();
    expect((await store.digestsFor(T1)).map((d) => d.status)).toEqual(["sent"]);
  });

  it("answers an event id once across instances until it expires", async () => {
    const other = await another();
    const now = at("2026-11-21T15:00:00Z");
    const first = await Promise.all([
      store.firstSeen("Ev1", now, 60_000),
      other.firstSeen("Ev1", now, 60_000),
      store.firstSeen("Ev1", now, 60_000),
    ]);
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await other.firstSeen("Ev2", now, 60_000)).toBe(true);
    const later = at("2026-11-21T15:01:01Z");
    expect(await store.firstSeen("Ev1", later, 60_000)).toBe(true);
    await store.purgeSeen(at("2026-11-21T16:00:00Z"));
    expect(await other.firstSeen("Ev2", at("2026-11-21T15:00:30Z"), 60_000)).toBe(true);
  });

  it("stores, fetches and deletes a workspace's installation", async () => {
    const team1 = { teamId: "T1", enterpriseId: undefined, isEnterpriseInstall: false };
    const team2 = { ...team1, teamId: "T2" };
    await store.storeInstallation(installation("T1", "xoxb-one"));
    await store.storeInstallation(installation("T2", "xoxb-two"));
    await store.storeInstallation(installation("T2", "xoxb-two-again"));
    const other = await another();
    expect((await other.fetchInstallation(team2)).bot?.token).toBe("xoxb-two-again");
    await other.deleteInstallation(team2);
    await expect(store.fetchInstallation(team2)).rejects.toThrow("No installation");
    expect((await store.fetchInstallation(team1)).bot?.token).toBe("xoxb-one");
  });

  it("keeps an org-wide installation under its enterprise", async () => {
    await store.storeInstallation({
      ...installation("T9", "xoxb-org"),
      team: undefined,
      enterprise: { id: "E1", name: "Group" },
      isEnterpriseInstall: true,
    });
    const found = await store.fetchInstallation({
      enterpriseId: "E1",
      teamId: "T5",
      isEnterpriseInstall: true,
    });
    expect(found.bot?.token).toBe("xoxb-org");
  });

  /** Every secret an install can carry (token rotation on: refresh tokens too). */
  function rotatingInstallation(team: string): Installation {
    const base = installation(team, `xoxb-${team}-bot-secret`);
    return {
      ...base,
      user: {
        id: "U1",
        token: `xoxp-${team}-user-secret`,
        refreshToken: `xoxe-${team}-user-refresh`,
        expiresAt: 1_900_000_000,
        scopes: ["identify"],
      },
      bot: {
        ...(base.bot as NonNullable<Installation["bot"]>),
        refreshToken: `xoxe-${team}-bot-refresh`,
      },
      authVersion: "v2",
    };
  }
  const secretsOf = (team: string) => [
    `xoxb-${team}-bot-secret`,
    `xoxp-${team}-user-secret`,
    `xoxe-${team}-user-refresh`,
    `xoxe-${team}-bot-refresh`,
  ];
  const newKey = () => randomBytes(32);
  const sealing = (engine: Store, current: Buffer, previous: Buffer | null = null) =>
    withSealedTokens(engine, new TokenCipher({ current, previous }));
  const byTeam = (teamId: string) => ({
    teamId,
    enterpriseId: undefined,
    isEnterpriseInstall: false,
  });

  it("keeps no token in the clear, and gives each back to a process with the key", async () => {
    const key = newKey();
    await sealing(store, key).storeInstallation(rotatingInstallation("T1"));
    const raw = await db.rawInstallations();
    expect(raw).toContain("T1"); // the rows are there ...
    for (const secret of secretsOf("T1")) expect(raw).not.toContain(secret); // ... their secrets are not
    const fetched = await sealing(await another(), key).fetchInstallation(byTeam("T1"));
    expect(fetched).toEqual(rotatingInstallation("T1"));
    // The engine alone (a copied database) holds only sealed values.
    expect((await store.fetchInstallation(byTeam("T1"))).bot?.token).toMatch(/^enc:v1:/);
  });

  it("seals installations stored in the clear before encryption, once the key is set", async () => {
    await store.storeInstallation(rotatingInstallation("T1"));
    expect(await db.rawInstallations()).toContain("xoxb-T1-bot-secret");
    const key = newKey();
    const cipher = new TokenCipher({ current: key, previous: null });
    expect(await sealStoredTokens(store, cipher)).toEqual({ total: 1, sealed: 1, rotated: 0 });
    const raw = await db.rawInstallations();
    for (const secret of secretsOf("T1")) expect(raw).not.toContain(secret);
    expect(await sealing(store, key).fetchInstallation(byTeam("T1"))).toEqual(
      rotatingInstallation("T1"),
    );
    expect(await sealStoredTokens(store, cipher)).toEqual({ total: 1, sealed: 0, rotated: 0 });
  });

  it("rotates keys: the previous key still reads, rotate-key re-seals every installation", async () => {
    const [oldKey, key] = [newKey(), newKey()];
    await sealing(store, oldKey).storeInstallation(rotatingInstallation("T1"));
    await sealing(store, oldKey).storeInstallation(rotatingInstallation("T2"));
    const during = sealing(store, key, oldKey);
    expect((await during.fetchInstallation(byTeam("T2"))).bot?.token).toBe("xoxb-T2-bot-secret");
    const cipher = new TokenCipher({ current: key, previous: oldKey });
    expect(await sealStoredTokens(store, cipher, { rotate: true })).toEqual({
      total: 2,
      sealed: 0,
      rotated: 2,
    });
    // The old key can go: the new one alone reads everything, the old one nothing.
    const after = sealing(await another(), key);
    for (const team of ["T1", "T2"])
      expect(await after.fetchInstallation(byTeam(team))).toEqual(rotatingInstallation(team));
    await expect(sealing(store, oldKey).fetchInstallation(byTeam("T1"))).rejects.toThrow(
      "TOKEN_ENCRYPTION_KEY does not fit the stored installations",
    );
  });

  it("never hands out a garbled token under a wrong key, and says which variable to fix", async () => {
    await sealing(store, newKey()).storeInstallation(rotatingInstallation("T1"));
    const wrong = new TokenCipher({ current: newKey(), previous: newKey() });
    await expect(sealStoredTokens(store, wrong)).rejects.toThrow(
      /TOKEN_ENCRYPTION_KEY does not fit the stored installations: 1 of 1 \(T1\)/,
    );
    await expect(withSealedTokens(store, wrong).fetchInstallation(byTeam("T1"))).rejects.toThrow(
      "TOKEN_ENCRYPTION_KEY does not fit",
    );
    // A sealed token copied onto another workspace's row does not open there either.
    const key = newKey();
    await sealing(store, key).storeInstallation(installation("T2", "xoxb-T2-bot-secret"));
    const moved = await store.fetchInstallation(byTeam("T2"));
    await store.storeInstallation({ ...moved, team: { id: "T3", name: "Paper T3" } });
    await expect(sealing(store, key).fetchInstallation(byTeam("T3"))).rejects.toThrow(
      "TOKEN_ENCRYPTION_KEY does not fit",
    );
  });

  it("remembers each workspace's Enterprise Grid organisation", async () => {
    expect(await store.enterpriseOf("T5")).toBeNull();
    await store.rememberEnterprise("T5", "E1");
    await store.rememberEnterprise("T5", "E1");
    expect(await (await another()).enterpriseOf("T5")).toBe("E1");
    await store.rememberEnterprise("T6", "E1");
    await store.rememberEnterprise("T7", "E2");
    expect(await store.teamsOf("E1")).toEqual(["T5", "T6"]);
  });

  it("keeps everything across a restart", async () => {
    await store.subscribe(
      { ...T1, time: "09:00", timeZone: "UTC", subscribedBy: "U1" },
      at("2026-11-20T12:00:00Z"),
    );
    await store.bumpDatasetVersion();
    await store.close();
    opened.splice(opened.indexOf(store), 1);
    const reopened = await another();
    expect((await reopened.subscription(T1))?.time).toBe("09:00");
    expect(await reopened.datasetVersion()).toBe(1);
  });

  it("tells every instance within 5 seconds that a story's data changed", async () => {
    const other = await another();
    const seen: string[] = [];
    const heard = new Promise<void>((resolve) => {
      other.onDatasetChange((story) => {
        seen.push(story);
        resolve();
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the listener's baseline
    const started = Date.now();
    expect(await store.bumpDatasetVersion("doj-2025")).toBe(1);
    await heard;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(seen).toEqual(["doj-2025"]);
    expect(await other.datasetVersion("doj-2025")).toBe(1);
    expect(await other.datasetVersion("commission-2017")).toBe(0);
  });

  it("tells an instance of a change made the moment it begins to listen", async () => {
    const other = await another();
    const heard = new Promise<string>((resolve) => other.onDatasetChange(resolve));
    await store.bumpDatasetVersion("doj-2025");
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("nothing"), 5_000));
    expect(await Promise.race([heard, timeout])).toBe("doj-2025");
  });

  const newDraft = (team: string, sha256: string, id = `d-${team}-${sha256}`) => ({
    id,
    team,
    sha256,
    article: "Ohio said no.\n",
    draft: '{"claims":[]}',
    story: null,
    createdBy: "UED",
    createdAt: "2026-11-20T12:00:00.000Z",
  });
  const published = (sourceId: string, draftId: string) => ({
    sourceId,
    story: "doj-2025",
    team: "T1",
    draftId,
    sha256: `sha-${sourceId}`,
    article: "Ohio said no.\n",
    entries: '{"source":{}}',
    publishedBy: "UED",
    publishedAt: "2026-11-20T13:00:00.000Z",
  });

  it("keeps one draft per article and workspace, and it survives a restart", async () => {
    const first = await store.createDraft(newDraft("T1", "abc"));
    expect(first.created).toBe(true);
    expect(first.draft.status).toBe("review");
    const again = await store.createDraft(newDraft("T1", "abc", "another-id"));
    expect(again).toEqual({ draft: first.draft, created: false });
    expect((await store.createDraft(newDraft("T2", "abc"))).created).toBe(true);
    await store.setDraftStory(first.draft.id, "doj-2025");
    await store.setReviewMessage(first.draft.id, "D1", "1.2");
    await store.decide({
      draftId: first.draft.id,
      index: 0,
      decision: "approved",
      stance: "refuses",
      decidedBy: "UED",
      decidedAt: "2026-11-20T12:01:00.000Z",
    });
    await store.decide({
      draftId: first.draft.id,
      index: 0,
      decision: "approved",
      stance: "public-only",
      decidedBy: "UED2",
      decidedAt: "2026-11-20T12:02:00.000Z",
    });
    const reopened = await another();
    expect(await reopened.intakeDraft(first.draft.id)).toMatchObject({
      story: "doj-2025",
      reviewChannel: "D1",
      reviewTs: "1.2",
      article: "Ohio said no.\n",
    });
    expect(await reopened.decisions(first.draft.id)).toEqual([
      expect.objectContaining({ index: 0, stance: "public-only", decidedBy: "UED2" }),
    ]);
  });

  it("publishes a draft once when two editors publish it at the same moment", async () => {
    const { draft } = await store.createDraft(newDraft("T1", "abc"));
    const other = await another();
    const results = await Promise.all([
      store.publishDraft(draft.id, published("005_aaaaaaaaaaaaaaaa", draft.id)),
      other.publishDraft(draft.id, published("005_bbbbbbbbbbbbbbbb", draft.id)).catch(() => false),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.publishedSources()).toHaveLength(1);
    expect((await store.intakeDraft(draft.id))?.status).toBe("published");
    const [source] = await other.publishedSources();
    expect(await other.publishedByHash(source?.sha256 ?? "")).toEqual(source);
  });

  it("keeps a draft's repairs in order, from every instance, and none once it is published", async () => {
    const { draft } = await store.createDraft(newDraft("T1", "abc"));
    const other = await another();
    const repair = (n: number, by: string) => ({
      draftId: draft.id,
      repair: JSON.stringify({ kind: "add", n }),
      madeBy: by,
      madeAt: `2026-11-20T12:0${n}:00.000Z`,
    });
    expect(await store.addRepair(repair(1, "UED"))).toBe(true);
    expect(await other.addRepair(repair(2, "UED2"))).toBe(true);
    const kept = await other.repairs(draft.id);
    expect(kept.map((r) => [JSON.parse(r.repair).n, r.madeBy])).toEqual([
      [1, "UED"],
      [2, "UED2"],
    ]);
    expect(kept[0]?.seq).toBeLessThan(kept[1]?.seq as number);
    expect(typeof kept[0]?.seq).toBe("number");
    expect(await store.repairs("no-such-draft")).toEqual([]);
    expect(await store.addRepair({ ...repair(3, "UED"), draftId: "no-such-draft" })).toBe(false);
    await store.publishDraft(draft.id, published("006_aaaaaaaaaaaaaaaa", draft.id));
    expect(await store.addRepair(repair(4, "UED"))).toBe(false);
    expect(await store.repairs(draft.id)).toHaveLength(2);
  });

  it("records a retraction once, editor stories once, and an audit log by state", async () => {
    const retraction = {
      sourceId: "005_aaaaaaaaaaaaaaaa",
      state: "OH",
      story: "doj-2025",
      reason: "misread",
      retractedBy: "UED",
      retractedAt: "2026-11-21T10:00:00.000Z",
    };
    expect(await store.retract(retraction)).toBe(true);
    expect(await store.retract({ ...retraction, reason: "again" })).toBe(false);
    expect(await store.retractions()).toEqual([retraction]);
    const story = {
      id: "x-2026",
      team: "T1",
      entry: '{"id":"x-2026"}',
      createdBy: "UED",
      createdAt: "2026-11-21T10:00:00.000Z",
    };
    expect(await store.addStory(story)).toBe(true);
    expect(await store.addStory({ ...story, team: "T2" })).toBe(false);
    expect(await store.editorStories()).toEqual([story]);
    const entry = {
      team: "T1",
      user: "UED",
      action: "publish",
      outcome: "ok" as const,
      story: "doj-2025",
      subject: "005_aaaaaaaaaaaaaaaa",
      states: ["OH", "PA"],
      detail: "2 claims",
      at: "2026-11-21T10:00:00.000Z",
    };
    await store.audit(entry);
    await store.audit({ ...entry, user: "UX", outcome: "refused", states: ["WA"], detail: "" });
    expect(await store.auditLog({ state: "PA" })).toEqual([entry]);
    expect((await store.auditLog()).map((e) => e.user)).toEqual(["UX", "UED"]);
  });

  it("keeps a channel's alerts per workspace, paused with the workspace, restarted afresh", async () => {
    await store.setAlerts(
      { ...T1, story: "doj-2025", createdBy: "U1" },
      at("2026-11-21T09:00:00Z"),
    );
    await store.setAlerts({ ...T2, story: null, createdBy: "U2" }, at("2026-11-21T09:30:00Z"));
    expect(await store.alertSubscription(T1)).toEqual({
      ...T1,
      story: "doj-2025",
      createdBy: "U1",
      createdAt: "2026-11-21T09:00:00.000Z",
      pausedReason: null,
    });
    await store.pauseAlerts(T1, "not_in_channel", at("2026-11-21T10:00:00Z"));
    expect((await store.activeAlertSubscriptions()).map((s) => s.team)).toEqual(["T2"]);
    await store.pauseTeam("T2", "app_uninstalled", at("2026-11-21T10:00:00Z"));
    expect(await store.activeAlertSubscriptions()).toEqual([]);
    await store.setAlerts({ ...T1, story: null, createdBy: "U3" }, at("2026-11-22T08:00:00Z"));
    expect(await store.alertSubscription(T1)).toMatchObject({
      story: null,
      createdAt: "2026-11-22T08:00:00.000Z",
      pausedReason: null,
    });
    expect(await store.alertsOff(T1)).toBe(true);
    expect(await store.alertsOff(T1)).toBe(false);
    expect(await store.alertSubscription(T1)).toBeNull();
  });

  it("lets one of many instances claim a publish's alert, once, across a restart", async () => {
    const stores = [store, await another(), await another()];
    const now = at("2026-11-21T10:00:00Z");
    const claims = await Promise.all(
      stores.map((s, i) => s.claimAlert(T1, "publish:x", `p${i}`, now, 60_000)),
    );
    expect(claims.filter((c) => c?.kind === "fresh")).toHaveLength(1);
    expect(claims.filter((c) => c === null)).toHaveLength(2);
    // A claim left by a process that stopped is taken over after the lease, saying since when.
    const later = at("2026-11-21T10:05:00Z");
    expect(await store.claimAlert(T1, "publish:x", "p9", later, 60_000)).toEqual({
      kind: "stale",
      since: "2026-11-21T10:00:00.000Z",
    });
    await store.markAlertSent(T1, "publish:x", "123.4", later);
    const reopened = await another();
    expect(await reopened.alertsSent(T1)).toEqual(["publish:x"]);
    expect(await reopened.alertsSent(T2)).toEqual([]);
    expect(await reopened.claimAlert(T1, "publish:x", "p1", at("2026-11-23T00:00:00Z"), 1)).toBe(
      null,
    );
    expect(await reopened.claimAlert(T1, "retract:x:OH", "p1", later, 60_000)).toEqual({
      kind: "fresh",
    });
    await reopened.releaseAlert(T1, "retract:x:OH");
    expect(await store.claimAlert(T1, "retract:x:OH", "p2", later, 60_000)).toEqual({
      kind: "fresh",
    });
  });

  it("keeps the page a draft was read from byte for byte, once, found again by its canonical or final address", async () => {
    const page = {
      draftId: "d-1",
      team: "T1",
      url: "https://news.example.com/amp/story?utm_source=x",
      finalUrl: "https://news.example.com/amp/story?utm_source=x",
      canonicalUrl: "https://news.example.com/story",
      fetchedAt: "2026-11-21T10:00:00.000Z",
      contentType: "text/html",
      sha256: "a".repeat(64),
      html: "<!doctype html><p>Ünïcödé “quotes” — and <b>markup</b>\r\n</p>",
      metadata: '{"outlet":{"value":"The Courier","from":"JSON-LD"}}',
    };
    await store.savePage(page);
    await store.savePage({ ...page, html: "changed" });
    expect(await store.fetchedPage("d-1")).toEqual(page);
    expect(await store.fetchedPage("d-2")).toBeNull();
    await store.savePage({
      ...page,
      draftId: "d-2",
      team: "T2",
      canonicalUrl: "https://news.example.com/other",
    });
    expect(
      (await store.pagesByUrl("https://news.example.com/story")).map((p) => p.draftId),
    ).toEqual(["d-1"]);
    expect((await store.pagesByUrl(page.finalUrl)).map((p) => p.draftId)).toEqual(["d-1", "d-2"]);
    const reopened = await another();
    expect(await reopened.fetchedPage("d-1")).toEqual(page);
  });
}
