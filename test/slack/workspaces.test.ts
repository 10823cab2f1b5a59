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

async function reply(text: string, team: string): Promise<string> {
  const mark = fake.mark();
  await h.command(text, { team_id: team });
  return messageText((await fake.next("/respond", mark)).body);
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
