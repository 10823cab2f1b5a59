import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { Draft } from "../../src/draft/types.js";
import { INTAKE_ACTION } from "../../src/render/review.js";
import type { RecordedCall } from "../../src/testkit/fake-slack.js";
import { type Harness, messageText, startHarness } from "./harness.js";

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

export const addValues = (fields: {
  file?: Record<string, unknown>;
  text?: string;
  url?: string;
}) => ({
  file: { value: { type: "file_input", files: fields.file ? [fields.file] : [] } },
  text: { value: { type: "plain_text_input", value: fields.text ?? null } },
  outlet: { value: { type: "plain_text_input", value: null } },
  url: { value: { type: "url_text_input", value: fields.url ?? null } },
  date: { value: { type: "datepicker", selected_date: null } },
  story: { value: { type: "static_select", selected_option: { value: "propose" } } },
});

/** "Add to VoterData" (the message shortcut) on a message in #politics. */
export function addShortcut(h: Harness, userId: string, message: Record<string, unknown>) {
  const ts = String(message.ts ?? "1.1");
  return {
    type: "message_action",
    callback_id: "add_voterdata_source",
    team: { id: "T1", domain: "newsroom" },
    user: user(userId),
    channel: { id: "C1", name: "politics" },
    message: { type: "message", ts, user: "U5", ...message },
    message_ts: ts,
    response_url: h.fake.responseUrl("shortcut"),
    trigger_id: "4.5.6",
    token: "legacy",
  };
}

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

/** Clicks a button of a message as `userId` and returns the modal Slack was asked to open. */
export async function openedModal<Modal>(
  h: Harness,
  userId: string,
  posted: RecordedCall,
  action: Record<string, unknown>,
): Promise<Modal> {
  const mark = h.fake.mark();
  await h.action(click(h, userId, posted, action));
  return (await h.fake.next("views.open", mark)).body.view as Modal;
}

/** A reader's `/voterdata <text>`: the reply's text. */
export async function replyTo(h: Harness, text: string, userId = "U2"): Promise<string> {
  const id = `ask${Math.random().toString(36).slice(2)}`;
  const mark = h.fake.mark();
  await h.command(text, { user_id: userId, response_url: h.fake.responseUrl(id) });
  return messageText((await h.fake.next(`/respond/${id}`, mark)).body);
}

/** The form came back with errors (the modal stays open): the message per field. */
export function formErrors(answer: { body: string }): Record<string, string> {
  const body = JSON.parse(answer.body) as {
    response_action?: string;
    errors?: Record<string, string>;
  };
  expect(body.response_action).toBe("errors");
  return body.errors ?? {};
}

/**
 * A refused act on a draft changed nothing: no repair kept, no review updated since `mark`, and
 * the audit log holds `times` refusals of `action` by `userId`.
 */
export async function expectRefusedUnchanged(
  h: Harness,
  draftId: string,
  mark: number,
  refusal: { user: string; action: string; times: number },
): Promise<void> {
  expect(await h.runtime.deps.store.repairs(draftId)).toEqual([]);
  expect(h.fake.since("chat.update", mark)).toEqual([]);
  const refused = (await h.runtime.deps.store.auditLog()).filter(
    (e) => e.outcome === "refused" && e.user === refusal.user && e.action === refusal.action,
  );
  expect(refused).toHaveLength(refusal.times);
}

/**
 * The app with `editor` as its editor (pushed on `running` to be stopped) and a draft of
 * `article` in review under the default story.
 */
export async function reviewedDraft(running: Harness[], article: Buffer, editor: string) {
  const database = join(mkdtempSync(join(tmpdir(), "voterdata-review-")), "voterdata.db");
  const h = await startHarness({ EDITORS: editor, DATABASE_PATH: database });
  running.push(h);
  const posted = await draftByFile(h, editor, article);
  const draftId = buttonValue(posted, INTAKE_ACTION.publish);
  const story = h.runtime.deps.library.current().defaultStory.story.id;
  const mark = h.fake.mark();
  await h.action(
    click(h, editor, posted, {
      type: "static_select",
      action_id: INTAKE_ACTION.story,
      selected_option: { value: `${draftId}|${story}` },
    }),
  );
  await h.fake.next("chat.update", mark);
  const row = await h.runtime.deps.store.intakeDraft(draftId);
  const draft = Draft.parse(JSON.parse(row?.draft ?? "{}"));
  return { h, posted, draftId, draft, database };
}
