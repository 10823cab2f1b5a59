import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { FakeSlack } from "../../src/testkit/fake-slack.js";
import { commandBody, FORM, postSigned } from "../../src/testkit/signed.js";
import { APP_MAIN, spawnApp } from "../../src/testkit/spawn-app.js";

/** What `npm start` runs, with a bad environment; these read stderr. */
function start(env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), "voterdata-start-")); // no .env here
  const result = spawnSync(process.execPath, [APP_MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 15_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe("start-up with bad configuration", () => {
  it("stops and names a missing variable", () => {
    const { code, stderr } = start({});
    expect(code).toBe(1);
    expect(stderr).toContain("SLACK_BOT_TOKEN is missing");
  });

  it("stops and names a malformed variable", () => {
    const { code, stderr } = start({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "abcdef0123456789",
      PORT: "http",
    });
    expect(code).toBe(1);
    expect(stderr).toContain("PORT must be a whole number");
  });

  it("stops and names a database path that cannot be opened", () => {
    const file = join(mkdtempSync(join(tmpdir(), "voterdata-db-")), "not-a-dir");
    writeFileSync(file, "");
    const { code, stderr } = start({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "abcdef0123456789",
      DATABASE_PATH: join(file, "voterdata.db"),
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `Cannot open the database at ${join(file, "voterdata.db")} (DATABASE_PATH)`,
    );
  });
});

describe("start-up with OAuth and encrypted tokens", () => {
  const oauth = {
    SLACK_SIGNING_SECRET: "abcdef0123456789",
    SLACK_CLIENT_ID: "123.456",
    SLACK_CLIENT_SECRET: "0123456789abcdef0123",
    SLACK_STATE_SECRET: "state-secret-for-the-tests",
  };

  it("stops and names TOKEN_ENCRYPTION_KEY when it is missing", () => {
    const { code, stderr } = start(oauth);
    expect(code).toBe(1);
    expect(stderr).toContain("TOKEN_ENCRYPTION_KEY is missing");
  });

  it("stops, in one plain message, under a key that does not fit the stored installations", async () => {
    const DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "voterdata-db-")), "voterdata.db");
    const store = await openStore({
      DATABASE_PATH,
      tokenKeys: { current: randomBytes(32), previous: null },
    });
    await store.storeInstallation({
      team: { id: "T7" },
      enterprise: undefined,
      user: { id: "U1", token: undefined, scopes: undefined },
      bot: { id: "B1", userId: "UBOT", token: "xoxb-T7-secret", scopes: [] },
      isEnterpriseInstall: false,
    });
    await store.close();
    const { code, stderr } = start({
      ...oauth,
      DATABASE_PATH,
      TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      /^TOKEN_ENCRYPTION_KEY does not fit the stored installations: 1 of 1 \(T7\)/,
    );
    expect(stderr).not.toContain("at ");
  });
});

describe("start-up against an unreachable database", () => {
  it("stops naming DATABASE_URL, with the password masked", async () => {
    // A loopback port nobody listens on: the connection is refused.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const { code, stderr } = start({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: "abcdef0123456789",
      DATABASE_URL: `postgres://voterdata:hunter2secret@127.0.0.1:${port}/voterdata`,
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `Cannot use the database at postgres://voterdata:***@127.0.0.1:${port}/voterdata (DATABASE_URL)`,
    );
    expect(stderr).not.toContain("hunter2secret");
  });
});

describe("start-up against Slack", () => {
  it("stops with a plain message when Slack refuses the bot token", async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.fail("auth.test", { body: { ok: false, error: "invalid_auth" } });
    const cwd = mkdtempSync(join(tmpdir(), "voterdata-start-"));
    const env = {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: "xoxb-revoked",
      SLACK_SIGNING_SECRET: "abcdef0123456789",
      SLACK_API_URL: fake.apiUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_PATH: join(cwd, "voterdata.db"),
    };
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [APP_MAIN],
        { cwd, env, timeout: 15_000 },
        (_e, _out, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });
    await fake.stop();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
  });
});

describe("npm start in HTTP mode", () => {
  it("reads .env, listens, answers a signed /voterdata, and stops on SIGTERM", async () => {
    const fake = new FakeSlack();
    await fake.start();
    const cwd = mkdtempSync(join(tmpdir(), "voterdata-start-"));
    const secret = "abcdef0123456789abcdef";
    writeFileSync(
      join(cwd, ".env"),
      [
        "SLACK_BOT_TOKEN=xoxb-from-dotenv",
        `SLACK_SIGNING_SECRET=${secret}`,
        `SLACK_API_URL=${fake.apiUrl}`,
        "PORT=0",
        "HOST=127.0.0.1",
        "LOG_LEVEL=info",
        `DATABASE_PATH=${join(cwd, "var", "voterdata.db")}`,
      ].join("\n"),
    );
    const app = await spawnApp(APP_MAIN, {}, { cwd });
    try {
      const mark = fake.mark();
      const body = commandBody({ text: "Ohio", response_url: fake.responseUrl("smoke") });
      expect((await postSigned(app.url, secret, body, FORM)).status).toBe(200);
      const reply = await fake.next("/respond/smoke", mark);
      expect(JSON.stringify(reply.body)).toContain("Ohio: public data only");
      expect(await app.stop()).toBe(0);
    } finally {
      await app.stop();
      await fake.stop();
    }
  });
});
