import { z } from "zod";

/**
 * The app's configuration, from the environment (and .env). Every variable is listed in
 * .env.example; a missing or malformed one stops start-up with a message that names it.
 */
const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const ConfigSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({
      error: "is missing: the bot token (xoxb-...) from the app's OAuth & Permissions page",
    })
    .regex(/^xoxb-/, "must be a bot token starting with xoxb-"),
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
  DIGEST_TZ: z.preprocess(
    (v) => (v === undefined || v === "" ? "America/New_York" : v),
    z.string().refine(isTimeZone, "must be an IANA time zone such as America/New_York"),
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
});

export type Config = z.infer<typeof ConfigSchema> & { socketMode: boolean };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n- ${problems.join("\n- ")}\nSee .env.example for every variable.`);
    this.name = "ConfigError";
  }
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => `${String(i.path[0] ?? "configuration")} ${i.message}`),
    );
  }
  const socketMode = Boolean(result.data.SLACK_APP_TOKEN);
  if (!socketMode && !result.data.SLACK_SIGNING_SECRET) {
    throw new ConfigError([
      "SLACK_SIGNING_SECRET is missing: HTTP mode verifies every request with it (or set SLACK_APP_TOKEN for Socket Mode)",
    ]);
  }
  return { ...result.data, socketMode };
}
