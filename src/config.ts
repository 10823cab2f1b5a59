import * as z from "zod";
import { isTimeZone } from "./digest/local-time.js";
import { AllowHosts } from "./fetch/allow-hosts.js";
import { parseTokenKey, TOKEN_KEY_HINT, type TokenKeys } from "./store/token-cipher.js";

/**
 * The app's configuration, from the environment (and .env). Every variable is listed in
 * .env.example; a missing or malformed one stops start-up with a message that names it.
 */
const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const ConfigSchema = z.object({
  // Required unless OAuth is configured (checked in loadConfig).
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-/, "must be a bot token starting with xoxb-")),
  SLACK_SIGNING_SECRET: optional(
    z.string().regex(/^[0-9a-zA-Z]{16,}$/, "must be the app's signing secret (letters and digits)"),
  ),
  SLACK_APP_TOKEN: optional(
    z.string().regex(/^xapp-/, "must be an app-level token starting with xapp-"),
  ),
  PORT: z.preprocess(
    (v) => (v === undefined || v === "" ? 3000 : Number(v)),
    z.int("must be a whole number").min(0).max(65535, "must be a port number (0-65535)"),
  ),
  HOST: z.preprocess((v) => (v === undefined || v === "" ? "0.0.0.0" : v), z.string()),
  LOG_LEVEL: z.preprocess(
    (v) => (v === undefined || v === "" ? "info" : String(v).toLowerCase()),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }),
  ),
  SLACK_API_URL: optional(z.url({ error: "must be a URL such as https://slack.com/api/" })),
  DATABASE_PATH: z.preprocess(
    (v) => (v === undefined || v === "" ? "./var/voterdata.db" : v),
    z.string(),
  ),
  // Only a zone the operator set is checked: the check loads time-zone data (~15 ms of start-up).
  DIGEST_TZ: z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : v),
    z
      .string()
      .refine(isTimeZone, "must be an IANA time zone such as America/New_York")
      .default("America/New_York"),
  ),
  // Where readers reach the web pages; cards link to their sources there. No trailing slash.
  PUBLIC_URL: optional(
    z
      .url({
        protocol: /^https?$/,
        error: "must be an absolute http(s) URL such as https://voterdata.example.org",
      })
      .refine((url) => !/[?#]/.test(url), "must not carry a query or a fragment")
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  WEB_PORT: z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : Number(v)),
    z.int("must be a whole number").min(0).max(65535, "must be a port number (0-65535)").optional(),
  ),
  // The story a question goes to when neither the query nor the channel names one.
  DEFAULT_STORY: optional(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a story id such as commission-2017"),
  ),
  // Editors' intake: who may add, review, publish and retract articles from Slack (either or both;
  // with neither set, intake is off), and where drafts go for review (else the editor's DM).
  EDITORS: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean)
        : [],
    z.array(
      z
        .string()
        .regex(/^[UW][A-Z0-9]{2,}$/, "must list Slack user ids such as U024BE7LH, comma-separated"),
    ),
  ),
  EDITOR_USERGROUP: optional(
    z.string().regex(/^S[A-Z0-9]{2,}$/, "must be a Slack user group id such as S0614TZR7"),
  ),
  REVIEW_CHANNEL: optional(
    z.string().regex(/^[CG][A-Z0-9]{2,}$/, "must be a Slack channel id such as C024BE91L"),
  ),
  // Adding articles by their link: hosts exempt from the internal-address check (a newsroom's
  // intranet CMS, tests), as host or host:port, comma-separated.
  FETCH_ALLOW_HOSTS: AllowHosts,
  // Scale-out: PostgreSQL for several instances, and OAuth for many workspaces.
  DATABASE_URL: optional(
    // The value is never echoed: it may hold a password.
    z
      .string()
      .refine(
        (v) => /^postgres(ql)?:\/\/[^/]/.test(v) && URL.canParse(v),
        "must be a PostgreSQL URL such as postgres://user:password@host:5432/voterdata",
      ),
  ),
  SLACK_CLIENT_ID: optional(
    z.string().regex(/^\d+\.\d+$/, "must be the app's client ID (digits.digits)"),
  ),
  SLACK_CLIENT_SECRET: optional(
    z.string().regex(/^[0-9a-f]{16,}$/i, "must be the app's client secret"),
  ),
  SLACK_STATE_SECRET: optional(
    z.string().min(16, "must be at least 16 characters (any random string)"),
  ),
  // OAuth installs' tokens are encrypted at rest under this key; the previous one is only read.
  TOKEN_ENCRYPTION_KEY: optional(
    z.string().refine((v) => parseTokenKey(v) !== null, TOKEN_KEY_HINT),
  ),
  TOKEN_ENCRYPTION_KEY_PREVIOUS: optional(
    z.string().refine((v) => parseTokenKey(v) !== null, TOKEN_KEY_HINT),
  ),
});

const OAUTH_VARIABLES = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;

export type Config = z.infer<typeof ConfigSchema> & {
  socketMode: boolean;
  /** Set when the app is distributable (OAuth); else it serves the one SLACK_BOT_TOKEN workspace. */
  oauth: { clientId: string; clientSecret: string; stateSecret: string } | null;
  /** The keys installations' tokens are sealed with; set whenever OAuth is. */
  tokenKeys: TokenKeys | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n- ${problems.join("\n- ")}\nSee .env.example for every variable.`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => `${String(i.path[0] ?? "configuration")} ${i.message}`),
    );
  }
  const oauth = oauthSettings(result.data);
  const socketMode = Boolean(result.data.SLACK_APP_TOKEN);
  if (!socketMode && !result.data.SLACK_SIGNING_SECRET) {
    throw new ConfigError([
      "SLACK_SIGNING_SECRET is missing: HTTP mode verifies every request with it (or set SLACK_APP_TOKEN for Socket Mode)",
    ]);
  }
  return { ...result.data, socketMode, oauth, tokenKeys: tokenKeys(result.data, oauth !== null) };
}

/** OAuth stores every workspace's tokens, so it needs the key that encrypts them. */
function tokenKeys(data: z.infer<typeof ConfigSchema>, oauth: boolean): TokenKeys | null {
  if (!oauth) return null;
  if (!data.TOKEN_ENCRYPTION_KEY)
    throw new ConfigError([
      "TOKEN_ENCRYPTION_KEY is missing: OAuth installs' tokens are encrypted at rest under it (make one with: openssl rand -hex 32)",
    ]);
  const previous = data.TOKEN_ENCRYPTION_KEY_PREVIOUS;
  return {
    current: parseTokenKey(data.TOKEN_ENCRYPTION_KEY) as Buffer,
    previous: previous ? parseTokenKey(previous) : null,
  };
}

/** All three OAuth variables, or none; without them SLACK_BOT_TOKEN is required. */
function oauthSettings(data: z.infer<typeof ConfigSchema>): Config["oauth"] {
  const missing = OAUTH_VARIABLES.filter((name) => !data[name]);
  if (missing.length === OAUTH_VARIABLES.length) {
    if (!data.SLACK_BOT_TOKEN)
      throw new ConfigError([
        "SLACK_BOT_TOKEN is missing: the bot token (xoxb-...) from the app's OAuth & Permissions page (or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for many workspaces)",
      ]);
    return null;
  }
  if (missing.length > 0)
    throw new ConfigError(
      missing.map(
        (name) => `${name} is missing: OAuth needs ${OAUTH_VARIABLES.join(", ")} all set`,
      ),
    );
  return {
    clientId: data.SLACK_CLIENT_ID as string,
    clientSecret: data.SLACK_CLIENT_SECRET as string,
    stateSecret: data.SLACK_STATE_SECRET as string,
  };
}
