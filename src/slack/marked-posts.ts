import type { webApi } from "@slack/bolt";
import type { PostResult } from "../digest/service.js";
import type { SlackMessage } from "../render/blocks.js";
import { CANNOT_POST, slackErrorCode } from "./slack-errors.js";

/**
 * Messages the app posts at most once per channel (a day's digest, a publish's alert), each
 * marked with metadata so the channel's history says whether one is already there.
 */
export interface Mark {
  event_type: string;
  event_payload: Record<string, string>;
}

/** Errors after which posting to that workspace cannot work until someone acts. */
const WORKSPACE_GONE = new Set(["account_inactive", "token_revoked", "invalid_auth", "not_authed"]);

/**
 * Posts a marked message. A refusal another try will not fix (the channel or the workspace is
 * gone to the app) comes back as `cannot-post`; any other failure is thrown, to be retried.
 */
export async function postMarked(
  client: webApi.WebClient,
  channel: string,
  message: SlackMessage,
  mark: Mark,
): Promise<PostResult> {
  try {
    const posted = await client.chat.postMessage({
      channel,
      unfurl_links: false,
      ...message,
      metadata: mark,
    });
    return { kind: "posted", ts: posted.ts ?? null };
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && (CANNOT_POST.has(code) || WORKSPACE_GONE.has(code))) {
      return { kind: "cannot-post", code };
    }
    throw error;
  }
}

/** The ts of a message with this mark posted at or after `since`, or null. */
export async function findMarked(
  client: webApi.WebClient,
  channel: string,
  mark: Mark,
  since: Date,
): Promise<string | null> {
  const history = await client.conversations.history({
    channel,
    // A minute of slack for clocks that disagree.
    oldest: String(Math.floor(since.getTime() / 1000) - 60),
    include_all_metadata: true,
    limit: 200,
  });
  const found = history.messages?.find((m) => {
    const metadata = (m as { metadata?: { event_type?: string; event_payload?: unknown } })
      .metadata;
    const payload = (metadata?.event_payload ?? {}) as Record<string, unknown>;
    return (
      metadata?.event_type === mark.event_type &&
      Object.entries(mark.event_payload).every(([key, value]) => payload[key] === value)
    );
  });
  return found?.ts ?? null;
}
