import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "abcdef0123456789abcdef" };

function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("configuration was accepted");
}

describe("configuration", () => {
  it("applies defaults and picks HTTP mode without an app token", () => {
    expect(loadConfig(base)).toMatchObject({
      PORT: 3000,
      LOG_LEVEL: "info",
      socketMode: false,
      DATABASE_PATH: "./var/voterdata.db",
      DIGEST_TZ: "America/New_York",
    });
    expect(loadConfig({ ...base, SLACK_APP_TOKEN: "xapp-1" }).socketMode).toBe(true);
  });

  it("reads PUBLIC_URL without its trailing slash, and WEB_PORT as a number", () => {
    expect(loadConfig(base).PUBLIC_URL).toBeUndefined();
    expect(loadConfig(base).WEB_PORT).toBeUndefined();
    const config = loadConfig({
      ...base,
      PUBLIC_URL: "https://news.example.org/",
      WEB_PORT: "8080",
    });
    expect(config).toMatchObject({ PUBLIC_URL: "https://news.example.org", WEB_PORT: 8080 });
  });

  it("reads FETCH_ALLOW_HOSTS, and a bad value stops start-up naming it", () => {
    expect(loadConfig(base).FETCH_ALLOW_HOSTS).toEqual([]);
    expect(
      loadConfig({ ...base, FETCH_ALLOW_HOSTS: "cms.newsroom.internal, 127.0.0.1:8080" })
        .FETCH_ALLOW_HOSTS,
    ).toEqual([
      { host: "cms.newsroom.internal", port: null },
      { host: "127.0.0.1", port: 8080 },
    ]);
    expect(problem({ ...base, FETCH_ALLOW_HOSTS: "https://cms.internal/" })).toMatch(
      /^Configuration error:\n- FETCH_ALLOW_HOSTS must list host or host:port/,
    );
  });

  it.each([
    [{}, "SLACK_BOT_TOKEN is missing"],
    [
      { SLACK_BOT_TOKEN: "xoxp-1", SLACK_SIGNING_SECRET: "abcdef0123456789" },
      "SLACK_BOT_TOKEN must be a bot token",
    ],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, "SLACK_SIGNING_SECRET is missing"],
    [{ ...base, PORT: "eighty" }, "PORT must be a whole number"],
    [{ ...base, PORT: "70000" }, "PORT must be a port number"],
    [{ ...base, LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of"],
    [{ ...base, SLACK_API_URL: "not a url" }, "SLACK_API_URL must be a URL"],
    [{ ...base, SLACK_APP_TOKEN: "xoxb-2" }, "SLACK_APP_TOKEN must be an app-level token"],
    [{ ...base, DIGEST_TZ: "Mars/Olympus" }, "DIGEST_TZ must be an IANA time zone"],
    [
      { ...base, PUBLIC_URL: "voterdata.example.org" },
      "PUBLIC_URL must be an absolute http(s) URL",
    ],
    [{ ...base, PUBLIC_URL: "javascript:alert(1)" }, "PUBLIC_URL must be an absolute http(s) URL"],
    [{ ...base, PUBLIC_URL: "https://a.example/?x=1" }, "PUBLIC_URL must not carry a query"],
    [{ ...base, WEB_PORT: "web" }, "WEB_PORT must be a whole number"],
    [{ ...base, DATABASE_URL: "mysql://u:pw@db/x" }, "DATABASE_URL must be a PostgreSQL URL"],
    [{ ...base, SLACK_CLIENT_ID: "123.456" }, "SLACK_CLIENT_SECRET is missing"],
    [
      { ...base, SLACK_CLIENT_ID: "123.456", SLACK_CLIENT_SECRET: "0123456789abcdef0123" },
      "SLACK_STATE_SECRET is missing",
    ],
    [
      {
        ...base,
        SLACK_CLIENT_ID: "123.456",
        SLACK_CLIENT_SECRET: "0123456789abcdef0123",
        SLACK_STATE_SECRET: "a-long-random-state-secret",
      },
      "TOKEN_ENCRYPTION_KEY is missing",
    ],
    [{ ...base, TOKEN_ENCRYPTION_KEY: "hunter2" }, "TOKEN_ENCRYPTION_KEY must be 32 random bytes"],
    [
      { ...base, TOKEN_ENCRYPTION_KEY_PREVIOUS: "ab".repeat(31) },
      "TOKEN_ENCRYPTION_KEY_PREVIOUS must be 32 random bytes",
    ],
  ])("rejects %j naming the variable", (env, message) => {
    expect(problem(env as Record<string, string>)).toContain(message);
  });

  it("never shows a database password in its messages", () => {
    const message = problem({ ...base, DATABASE_URL: "mysql://editor:hunter2x@db.example/x" });
    expect(message).toContain("DATABASE_URL must be a PostgreSQL URL");
    expect(message).not.toContain("hunter2x");
    expect(loadConfig({ ...base, DATABASE_URL: "postgresql://u:p@127.0.0.1/v" }).DATABASE_URL).toBe(
      "postgresql://u:p@127.0.0.1/v",
    );
  });

  it("runs for many workspaces with the three OAuth settings and no bot token", () => {
    const config = loadConfig({
      SLACK_SIGNING_SECRET: base.SLACK_SIGNING_SECRET,
      SLACK_CLIENT_ID: "123.456",
      SLACK_CLIENT_SECRET: "0123456789abcdef0123",
      SLACK_STATE_SECRET: "a-long-random-state-secret",
      TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    });
    expect(config.tokenKeys?.current).toEqual(Buffer.alloc(32, 7));
    expect(config.oauth).toEqual({
      clientId: "123.456",
      clientSecret: "0123456789abcdef0123",
      stateSecret: "a-long-random-state-secret",
    });
    expect(loadConfig(base).oauth).toBeNull();
  });
});
