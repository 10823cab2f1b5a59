import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeSlack } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText, startHarness } from "../helpers/harness.js";

/** Many workspaces: Bolt's OAuth install against a fake oauth.v2.access, tokens per workspace. */
const OAUTH = {
  SLACK_BOT_TOKEN: "",
  SLACK_CLIENT_ID: "123.456",
  SLACK_CLIENT_SECRET: "0123456789abcdef0123",
  SLACK_STATE_SECRET: "state-secret-for-the-tests",
  LOG_LEVEL: "debug",
  TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
};
const T2 = { teamId: "T2", enterpriseId: undefined, isEnterpriseInstall: false };

let fake: FakeSlack;
let h: Harness;
let now: Date;
let logged: string[];

beforeEach(async () => {
  logged = [];
  for (const level of ["log", "debug", "info", "warn", "error"] as const)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    });
  fake = new FakeSlack();
  await fake.start();
  now = new Date("2026-11-21T14:00:00Z");
  h = await startHarness(OAUTH, { clock: () => now }, fake);
});
afterEach(async () => {
  await h.stop();
  await fake.stop();
  vi.restoreAllMocks();
});

const base = () => h.url.replace("/slack/events", "");

/** Starts an install at /slack/install: the state Slack would carry back, and its cookie. */
async function beginInstall(): Promise<{ state: string; cookie: string }> {
  const started = await fetch(`${base()}/slack/install`, { redirect: "manual" });
  expect(started.status).toBe(302);
  const location = new URL(started.headers.get("location") ?? "");
  expect(location.searchParams.get("client_id")).toBe("123.456");
  expect(location.searchParams.get("scope")).toContain("chat:write");
  return {
    state: location.searchParams.get("state") ?? "",
    cookie: (started.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
  };
}

const redirect = (query: string, cookie: string) =>
  fetch(`${base()}/slack/oauth_redirect?${query}`, { headers: { cookie }, redirect: "manual" });

async function reply(
  text: string,
  team: string,
  fields: Record<string, string> = {},
): Promise<string> {
  const mark = fake.mark();
  await h.command(text, { team_id: team, ...fields });
  return messageText((await fake.next("/respond", mark)).body);
}

async function install(): Promise<void> {
  const { state, cookie } = await beginInstall();
  const done = await redirect(`code=good-code&state=${encodeURIComponent(state)}`, cookie);
  expect(done.status).toBe(200);
}

/** The database file as a copy of it would read (with the write-ahead log beside it). */
function databaseBytes(): string {
  const path = h.config.DATABASE_PATH;
  return [path, `${path}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString("latin1"))
    .join("\n");
}

describe("many workspaces (OAuth)", () => {
  it("installs a workspace, then answers and posts its digest with its own token", async () => {
    const { state, cookie } = await beginInstall();
    const done = await redirect(`code=good-code&state=${encodeURIComponent(state)}`, cookie);
    expect(done.status).toBe(200);
    expect(fake.callsTo("oauth.v2.access")[0]?.body).toMatchObject({
      code: "good-code",
      client_id: "123.456",
    });
    const installed = await h.runtime.deps.store.fetchInstallation(T2);
    expect(installed.bot?.token).toBe("xoxb-T2-installed");

    expect(await reply("subscribe 09:00", "T2")).toContain("Subscribed");
    expect(fake.callsTo("conversations.info").at(-1)?.token).toBe("xoxb-T2-installed");

    now = new Date("2026-11-21T15:00:00Z");
    const outcomes = await h.runtime.deps.digest.runDue();
    expect(outcomes.get("T2/C1")).toBe("sent");
    const posts = fake.callsTo("chat.postMessage");
    expect(posts.map((p) => p.token)).toEqual(["xoxb-T2-installed"]);
    expect(logged.length).toBeGreaterThan(0); // debug logging was on
    expect(logged.join("\n")).not.toContain("xoxb-T2-installed");
  });

  it("keeps an installed workspace's token out of the database file", async () => {
    await install();
    expect(await reply("subscribe 09:00", "T2")).toContain("Subscribed");
    expect(databaseBytes()).toContain("T2");
    expect(databaseBytes()).not.toContain("xoxb-T2-installed");
  });

  it("will not start under a key that does not fit the stored installations, and says so", async () => {
    await install();
    await h.stop();
    const wrongKey = { ...OAUTH, DATABASE_PATH: h.config.DATABASE_PATH };
    wrongKey.TOKEN_ENCRYPTION_KEY = randomBytes(32).toString("hex");
    await expect(startHarness(wrongKey, {}, fake)).rejects.toThrow(
      "TOKEN_ENCRYPTION_KEY does not fit the stored installations: 1 of 1 (T2)",
    );
    // The right key, now kept as the previous one during a rotation, still serves the workspace.
    h = await startHarness(
      { ...wrongKey, TOKEN_ENCRYPTION_KEY_PREVIOUS: OAUTH.TOKEN_ENCRYPTION_KEY },
      { clock: () => now },
      fake,
    );
    expect(await reply("subscribe 09:00", "T2")).toContain("Subscribed");
    expect(fake.callsTo("conversations.info").at(-1)?.token).toBe("xoxb-T2-installed");
  });

  it("refuses an install whose state was not issued by this app", async () => {
    const { cookie } = await beginInstall();
    const forged = await redirect("code=good-code&state=forged-state", cookie);
    expect(forged.status).not.toBe(200);
    expect(fake.callsTo("oauth.v2.access")).toHaveLength(0);
    await expect(h.runtime.deps.store.fetchInstallation(T2)).rejects.toThrow("No installation");
  });

  it("keeps each workspace's subscriptions its own", async () => {
    for (const team of ["T1", "T2"])
      await h.runtime.deps.store.storeInstallation({
        team: { id: team },
        enterprise: undefined,
        user: { id: "U1", token: undefined, scopes: undefined },
        bot: { id: "B1", userId: "UBOT", token: `xoxb-${team}`, scopes: [] },
        isEnterpriseInstall: false,
      });
    fake.tokenTeams.set("xoxb-T1", "T1").set("xoxb-T2", "T2");
    await reply("subscribe 09:00", "T2");
    expect(await reply("subscriptions", "T1")).toContain("This channel has no digest subscription");
    expect(await reply("unsubscribe", "T1")).toContain("no digest subscription");
    expect(await reply("subscriptions", "T2")).toContain("Daily digest at 09:00");
  });

  it("forgets a workspace that uninstalls the app and pauses its digests", async () => {
    const { state, cookie } = await beginInstall();
    await redirect(`code=good-code&state=${encodeURIComponent(state)}`, cookie);
    await reply("subscribe 09:00", "T2");
    expect(
      await h.event({ type: "tokens_revoked", tokens: { bot: ["UBOT"] } }, "EvRevoke", {
        team_id: "T2",
      }),
    ).toBe(200);
    await expect
      .poll(
        async () =>
          (await h.runtime.deps.store.subscription({ team: "T2", channel: "C1" }))?.pausedReason,
      )
      .toBe("tokens_revoked");
    await expect(h.runtime.deps.store.fetchInstallation(T2)).rejects.toThrow("No installation");
    now = new Date("2026-11-21T15:00:00Z");
    await h.runtime.deps.digest.runDue();
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});

describe("an Enterprise Grid organisation installed org-wide", () => {
  const IN_ORG = { enterprise_id: "E1", is_enterprise_install: "true" };

  beforeEach(async () => {
    fake.install = { teamId: "", teamName: "", botToken: "xoxb-E1-org", enterpriseId: "E1" };
    await install();
  });

  it("answers a slash command from any of its workspaces with the organisation's token", async () => {
    expect(await reply("subscribe 09:00", "T7", IN_ORG)).toContain("Subscribed");
    expect(fake.callsTo("conversations.info").at(-1)?.token).toBe("xoxb-E1-org");
    expect(await reply("Ohio", "T8", IN_ORG)).toContain("Ohio");
  });

  it("answers a mention in one of its workspaces with the organisation's token", async () => {
    const mark = fake.mark();
    await h.event(
      { type: "app_mention", user: "U1", text: "<@UBOT> Ohio", ts: "1700.0003", channel: "C9" },
      "EvOrgMention",
      {
        team_id: "T8",
        enterprise_id: "E1",
        authorizations: [
          {
            enterprise_id: "E1",
            team_id: null,
            user_id: "UBOT",
            is_bot: true,
            is_enterprise_install: true,
          },
        ],
      },
    );
    const post = await fake.next("chat.postMessage", mark);
    expect(post.token).toBe("xoxb-E1-org");
    expect(messageText(post.body)).toContain("Ohio");
  });

  it("delivers the digest of a channel in one of its workspaces with the organisation's token", async () => {
    expect(await reply("subscribe 09:00", "T7", IN_ORG)).toContain("Subscribed");
    now = new Date("2026-11-21T15:00:00Z");
    const outcomes = await h.runtime.deps.digest.runDue();
    expect(outcomes.get("T7/C1")).toBe("sent");
    const posts = fake.callsTo("chat.postMessage");
    expect(posts.map((p) => p.token)).toEqual(["xoxb-E1-org"]);
    expect(posts[0]?.body.channel).toBe("C1");
  });

  it("pauses the digests of every workspace in the organisation when it uninstalls the app", async () => {
    for (const team of ["T7", "T8"])
      expect(await reply("subscribe 09:00", team, IN_ORG)).toContain("Subscribed");
    expect(
      await h.event({ type: "app_uninstalled" }, "EvOrgUninstall", {
        team_id: "T7",
        enterprise_id: "E1",
        authorizations: [
          {
            enterprise_id: "E1",
            team_id: null,
            user_id: "UBOT",
            is_bot: true,
            is_enterprise_install: true,
          },
        ],
        is_enterprise_install: true,
      }),
    ).toBe(200);
    for (const team of ["T7", "T8"])
      await expect
        .poll(
          async () =>
            (await h.runtime.deps.store.subscription({ team, channel: "C1" }))?.pausedReason,
        )
        .toBe("app_uninstalled");
    await expect(
      h.runtime.deps.store.fetchInstallation({
        teamId: undefined,
        enterpriseId: "E1",
        isEnterpriseInstall: true,
      }),
    ).rejects.toThrow("No installation");
    now = new Date("2026-11-21T15:00:00Z");
    await h.runtime.deps.digest.runDue();
    expect(fake.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("still finds the organisation's token for a digest after a restart", async () => {
    await reply("subscribe 09:00", "T7", IN_ORG);
    await h.stop();
    h = await startHarness(
      { ...OAUTH, DATABASE_PATH: h.config.DATABASE_PATH },
      { clock: () => now },
      fake,
    );
    now = new Date("2026-11-21T15:00:00Z");
    expect((await h.runtime.deps.digest.runDue()).get("T7/C1")).toBe("sent");
    expect(fake.callsTo("chat.postMessage").at(-1)?.token).toBe("xoxb-E1-org");
  });
});
