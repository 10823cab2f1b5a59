import type { webApi } from "@slack/bolt";
import { MAX_ARTICLE_BYTES } from "../draft/input.js";
import type { StoryChoice } from "../intake/review-model.js";
import type { Actor, ReviewState, SubmitResult } from "../intake/service.js";
import type { SlackMessage } from "../render/blocks.js";
import { reviewMessage } from "../render/review.js";
import type { AppDeps } from "./deps.js";
import { noteMessage } from "./replies.js";
import { CANNOT_POST, slackErrorCode } from "./slack-errors.js";

/** A file as Slack describes it in a message, a file_input or files.info. */
export interface SlackFile {
  id?: string;
  name?: string;
  mimetype?: string;
  size?: number;
  url_private?: string;
}

/** Thrown when a file cannot be taken as an article; the message is for the editor. */
export class FileRefused extends Error {}

const isText = (file: SlackFile) =>
  /\.txt$/i.test(file.name ?? "") || (file.mimetype ?? "").startsWith("text/plain");

/**
 * The bytes of a shared file, from url_private with the bot token: a .txt file of at most 1 MB
 * (decodeArticle then refuses binary and non-UTF-8 text).
 */
export async function downloadArticle(
  client: webApi.WebClient,
  token: string | undefined,
  shared: SlackFile,
): Promise<Uint8Array> {
  const file =
    shared.url_private || !shared.id
      ? shared
      : ((await client.files.info({ file: shared.id })).file as SlackFile);
  if (!isText(file)) {
    throw new FileRefused(
      `${file.name ?? "That file"} is not a .txt file; save the article as plain text.`,
    );
  }
  if ((file.size ?? 0) > MAX_ARTICLE_BYTES) {
    throw new FileRefused(
      `${file.name ?? "The file"} is ${(file.size ?? 0).toLocaleString("en-US")} bytes; the limit is 1 MB.`,
    );
  }
  if (!file.url_private || !token) throw new FileRefused("Slack did not give the file's address.");
  const response = await fetch(file.url_private, {
    headers: { authorization: `Bearer ${token}` },
    redirect: "manual",
  });
  if (!response.ok) {
    throw new FileRefused(
      `Could not download ${file.name ?? "the file"} from Slack (HTTP ${response.status}).`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new FileRefused(`${file.name ?? "The file"} is over 1 MB; the limit is 1 MB.`);
  }
  return bytes;
}

export function storyChoices(deps: AppDeps): StoryChoice[] {
  return deps.library.current().stories.map((s) => ({ id: s.story.id, title: s.story.title }));
}

/** The editor's DM with the app. */
async function directChannel(client: webApi.WebClient, user: string): Promise<string> {
  const opened = await client.conversations.open({ users: user });
  return opened.channel?.id ?? user;
}

/** Tells the editor something privately, in their DM with the app. */
export async function tellEditor(
  client: webApi.WebClient,
  user: string,
  message: string | SlackMessage,
): Promise<void> {
  const body = typeof message === "string" ? noteMessage(message) : message;
  await client.chat.postMessage({ channel: await directChannel(client, user), ...body });
}

/** Posts a draft for review (REVIEW_CHANNEL, else the editor's DM) and remembers where. */
export async function postReview(
  deps: AppDeps,
  client: webApi.WebClient,
  actor: Actor,
  review: ReviewState,
): Promise<void> {
  const message = { unfurl_links: false, ...reviewMessage(deps.intake.reviewModel(review)) };
  const post = (channel: string) => client.chat.postMessage({ channel, ...message });
  const dm = async () => directChannel(client, actor.user);
  let channel = deps.reviewChannel ?? (await dm());
  let posted: Awaited<ReturnType<typeof post>>;
  try {
    posted = await post(channel);
  } catch (error) {
    // REVIEW_CHANNEL is one workspace's channel: elsewhere (or if the bot was removed from it)
    // the draft comes to the editor's DM instead of staying unseen.
    const code = slackErrorCode(error);
    if (!deps.reviewChannel || !code || !CANNOT_POST.has(code)) throw error;
    channel = await dm();
    posted = await post(channel);
  }
  if (posted.ts)
    await deps.store.setReviewMessage(review.row.id, posted.channel ?? channel, posted.ts);
}

/** What the editor hears after handing an article over. */
export async function deliverSubmission(
  deps: AppDeps,
  client: webApi.WebClient,
  actor: Actor,
  result: SubmitResult,
): Promise<void> {
  switch (result.kind) {
    case "refused":
    case "invalid":
      return tellEditor(client, actor.user, `Nothing was added: ${result.message}`);
    case "duplicate":
      return tellEditor(client, actor.user, result.message);
    case "in-review":
      await tellEditor(
        client,
        actor.user,
        "This article is already in review (the same text); here is its draft again.",
      );
      return postReview(deps, client, actor, result.review);
    case "drafted":
      return postReview(deps, client, actor, result.review);
  }
}
