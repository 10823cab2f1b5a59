import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, loadConfig } from "../../src/config.js";
import { createRuntime, type Runtime, type RuntimeOptions } from "../../src/slack/runtime.js";
import { FakeSlack } from "../../src/testkit/fake-slack.js";
import { commandBody, FORM, JSON_TYPE, postSigned } from "../../src/testkit/signed.js";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export interface Harness {
  fake: FakeSlack;
  runtime: Runtime;
  url: string;
  config: Config;
  command(text: string, fields?: Record<string, string>): Promise<number>;
  /** An Events API callback; `envelope` overrides its fields (team_id "T1" by default). */
  event(
    event: Record<string, unknown>,
    eventId?: string,
    envelope?: Record<string, unknown>,
  ): Promise<number>;
  action(payload: Record<string, unknown>): Promise<number>;
  /** An interaction whose HTTP answer matters (a modal's `response_action: errors`). */
  actionResponse(payload: Record<string, unknown>): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

let eventCounter = 0;

/** The real app on a free loopback port, talking to a fake Slack Web API. */
export async function startHarness(
  env: Record<string, string> = {},
  options: RuntimeOptions = {},
  existingFake?: FakeSlack,
): Promise<Harness> {
  const fake = existingFake ?? new FakeSlack();
  if (!existingFake) await fake.start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "voterdata-db-")), "voterdata.db"),
    ...env,
  });
  const runtime = await createRuntime(config, { schedule: false, ...options });
  const { port } = await runtime.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  return {
    fake,
    runtime,
    url,
    config,
    async command(text, fields = {}) {
      const body = commandBody({ text, response_url: fake.responseUrl(), ...fields });
      return (await postSigned(url, SECRET, body, FORM)).status;
    },
    async event(event, eventId = `Ev${++eventCounter}`, envelope = {}) {
      const body = JSON.stringify({
        token: "legacy",
        team_id: "T1",
        api_app_id: "A1",
        type: "event_callback",
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        event,
        ...envelope,
      });
      return (await postSigned(url, SECRET, body, JSON_TYPE)).status;
    },
    async action(payload) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return (await postSigned(url, SECRET, body, FORM)).status;
    },
    async actionResponse(payload) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return postSigned(url, SECRET, body, FORM);
    },
    async stop() {
      await runtime.stop();
      if (!existingFake) await fake.stop();
    },
  };
}

/** All the text a Slack message shows: fallback, section and context texts, headers, buttons. */
export function messageText(body: Record<string, unknown>): string {
  const parts: string[] = [String(body.text ?? "")];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "text" && typeof v === "string") parts.push(v);
        else walk(v);
      }
    }
  };
  walk(body.blocks);
  return parts.join("\n");
}

/** The Block Kit fields the tests read. */
export interface SentBlock {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: { text: string } | string; value?: string }[];
}

export function blocksOf(body: Record<string, unknown>): SentBlock[] {
  return (body.blocks ?? []) as SentBlock[];
}

/** A button click on an ephemeral card in channel C1, as Slack posts it (block_actions). */
export function blockAction(
  fake: FakeSlack,
  actionId: string,
  value: string,
  label: string,
  extra: Record<string, unknown> = {},
) {
  return {
    type: "block_actions",
    user: { id: "U1", username: "reporter", name: "reporter", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy",
    team: { id: "T1", domain: "newsroom" },
    channel: { id: "C1", name: "politics" },
    container: { type: "message", message_ts: "1.1", channel_id: "C1", is_ephemeral: true },
    trigger_id: "1.2.3",
    response_url: fake.responseUrl("action"),
    actions: [
      {
        type: "button",
        action_id: actionId,
        block_id: "b1",
        text: { type: "plain_text", text: label },
        value,
        action_ts: "1.3",
      },
    ],
    ...extra,
  };
}
