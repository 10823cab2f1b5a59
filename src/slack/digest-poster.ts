import type { webApi } from "@slack/bolt";
import type { DigestPoster } from "../digest/service.js";
import type { Dataset } from "../domain/dataset.js";
import type { ChannelRef } from "../store/store.js";
import { CANNOT_POST, slackErrorCode } from "./slack-errors.js";

/** Marks each digest message, so a channel's history says whether a day's digest is there. */
export const DIGEST_EVENT_TYPE = "voterdata_digest";

/** Errors after which posting to that workspace cannot work until someone acts. */
const WORKSPACE_GONE = new Set(["account_inactive", "token_revoked", "invalid_auth", "not_authed"]);

interface DigestMetadata {
  event_type?: string;
  event_payload?: { local_date?: unknown };
}

/**
 * Posts digests with the workspace's own token, the map in the digest's thread, and says which
 * refusals are for good (the subscription is paused) rather than worth another try.
 */
export function slackDigestPoster(
  clientFor: (team: string) => Promise<webApi.WebClient>,
  dataset: (story: string | null) => Dataset,
  warn: (message: string) => void,
): DigestPoster {
  return {
    async post({ team, channel }: ChannelRef, message, digest) {
      const client = await clientFor(team);
      let ts: string | null;
      try {
        const posted = await client.chat.postMessage({
          channel,
          unfurl_links: false,
          ...message,
          metadata: {
            event_type: DIGEST_EVENT_TYPE,
            event_payload: { local_date: digest.localDate },
          },
        });
        ts = posted.ts ?? null;
      } catch (error) {
        const code = slackErrorCode(error);
        if (code && (CANNOT_POST.has(code) || WORKSPACE_GONE.has(code)))
          return { kind: "cannot-post", code };
        throw error;
      }
      // The digest itself is delivered; a failed map upload is reported, not retried as a
      // second digest.
      // The map's layout and renderer load with the first digest, not at start-up.
      const { uploadMap } = await import("./map-upload.js");
      await uploadMap(client, dataset(digest.story?.id ?? null), {
        channel,
        ...(ts ? { threadTs: ts } : {}),
      }).catch((error: Error) =>
        warn(`Digest map for ${team}/${channel} not uploaded: ${error.message}`),
      );
      return { kind: "posted", ts };
    },

    async findPosted({ team, channel }, localDate, since) {
      const client = await clientFor(team);
      const history = await client.conversations.history({
        channel,
        // A minute of slack for clocks that disagree.
        oldest: String(Math.floor(since.getTime() / 1000) - 60),
        include_all_metadata: true,
        limit: 200,
      });
      const found = history.messages?.find((m) => {
        const metadata = (m as { metadata?: DigestMetadata }).metadata;
        return (
          metadata?.event_type === DIGEST_EVENT_TYPE &&
          metadata.event_payload?.local_date === localDate
        );
      });
      return found?.ts ?? null;
    },
  };
}
