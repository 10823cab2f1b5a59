import { loadConfig } from "../config.js";
import type { Runtime } from "../slack/runtime.js";
import { createRuntime } from "../slack/runtime.js";
import type { FakeSlack } from "../testkit/fake-slack.js";
import { commandBody, FORM, postSigned } from "../testkit/signed.js";

const SECRET = "benchsecret0123456789abcdef";
export const BENCH_EDITOR = { team: "T1", user: "UBENCH" };

/** One app instance with BENCH_EDITOR as its editor, against the fake Slack, on `database`. */
export async function startEditorApp(
  fake: FakeSlack,
  database: string,
): Promise<{ runtime: Runtime; url: string }> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
    DATABASE_PATH: database,
    EDITORS: BENCH_EDITOR.user,
  });
  const runtime = await createRuntime(config, { schedule: false });
  const { port } = await runtime.start();
  return { runtime, url: `http://127.0.0.1:${port}/slack/events` };
}

/** A reader's `/voterdata <query>` to an app, timed until its reply reaches the response URL. */
export function readerLookups(
  fake: FakeSlack,
): (url: string, query: string) => Promise<{ text: string; ms: number }> {
  let asked = 0;
  return async (url, query) => {
    const id = `reader${++asked}`;
    const mark = fake.mark();
    const t = performance.now();
    const body = commandBody({
      text: query,
      user_id: "UREADER",
      response_url: fake.responseUrl(id),
    });
    await postSigned(url, SECRET, body, FORM);
    const reply = await fake.next(`/respond/${id}`, mark);
    return { text: JSON.stringify(reply.body), ms: performance.now() - t };
  };
}
