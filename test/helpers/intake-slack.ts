import { expect } from "vitest";
import type { RecordedCall } from "../../src/testkit/fake-slack.js";
import type { Harness } from "./harness.js";

/** Interaction payloads of editors' intake, as Slack posts them. */

export const user = (id: string) => ({ id, team_id: "T1", name: id.toLowerCase() });

/** A modal submitted (view_submission) with its values by block id. */
export function submission(
  userId: string,
  callbackId: string,
  values: Record<string, unknown>,
  metadata = "",
  blocks: unknown[] = [],
) {
  return {
    type: "view_submission",
    team: { id: "T1", domain: "newsroom" },
    user: user(userId),
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "2.3.4",
    view: {
      id: "V1",
      type: "modal",
      callback_id: callbackId,
      private_metadata: metadata,
      hash: "h",
      blocks,
      state: { values },
    },
  };
}

export const addValues = (fields: { file?: Record<string, unknown>; text?: string }) => ({
  file: { value: { type: "file_input", files: fields.file ? [fields.file] : [] } },
  text: { value: { type: "plain_text_input", value: fields.text ?? null } },
  outlet: { value: { type: "plain_text_input", value: null } },
  url: { value: { type: "url_text_input", value: null } },
  date: { value: { type: "datepicker", selected_date: null } },
  story: { value: { type: "static_select", selected_option: { value: "propose" } } },
});

/** The ts chat.postMessage gave a message (the fake numbers them in call order). */
export function messageTs(message: RecordedCall): string {
  return String(message.reply?.ts ?? "");
}

/** A click on a button or select of a message the app posted. */
export function click(
  h: Harness,
  userId: string,
  message: RecordedCall,
  action: Record<string, unknown>,
  responseId = "click",
) {
  return {
    type: "block_actions",
    team: { id: "T1", domain: "newsroom" },
    user: user(userId),
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "3.4.5",
    channel: { id: String(message.body.channel) },
    container: {
      type: "message",
      message_ts: messageTs(message),
      channel_id: message.body.channel,
    },
    message: { ts: messageTs(message), blocks: message.body.blocks },
    response_url: h.fake.responseUrl(responseId),
    actions: [{ action_ts: "1", block_id: "b", ...action }],
  };
}

type Button = { action_id?: string; value?: string; type: string };
export const elementsOf = (call: RecordedCall) =>
  ((call.body.blocks ?? []) as { elements?: Button[]; accessory?: Button }[]).flatMap((b) => [
    ...(b.elements ?? []),
    ...(b.accessory ? [b.accessory] : []),
  ]);
export const buttonValue = (call: RecordedCall, actionId: string, nth = 0) =>
  elementsOf(call).filter((e) => e.action_id === actionId)[nth]?.value ?? "";

/** Submits an article as a file and returns the review message posted for it. */
export async function draftByFile(
  h: Harness,
  userId: string,
  article: Buffer,
  fileId = "F1",
): Promise<RecordedCall> {
  const file = h.fake.addFile(fileId, article, "article.txt");
  const mark = h.fake.mark();
  expect(await h.action(submission(userId, "intake_add", addValues({ file })))).toBe(200);
  return h.fake.next("chat.postMessage", mark);
}
