import type { webApi } from "@slack/bolt";
import type { DigestPoster } from "../digest/service.js";
import type { Dataset } from "../domain/dataset.js";
import type { ChannelRef } from "../store/store.js";
import { findMarked, postMarked } from "./marked-posts.js";

/** Marks each digest message, so a channel's history says whether a day's digest is there. */
export const DIGEST_EVENT_TYPE = "voterdata_digest";

const mark = (localDate: string) => ({
  event_type: DIGEST_EVENT_TYPE,
  event_payload: { local_date: localDate },
});

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
      const result = await postMarked(client, channel, message, mark(digest.localDate));
      if (result.kind === "cannot-post") return result;
      // The digest itself is delivered; a failed map upload is reported, not retried as a
      // second digest.
      // The map's layout and renderer load with the first digest, not at start-up.
      const { uploadMap } = await import("./map-upload.js");
      await uploadMap(client, dataset(digest.story?.id ?? null), {
        channel,
        ...(result.ts ? { threadTs: result.ts } : {}),
      }).catch((error: Error) =>
        warn(`Digest map for ${team}/${channel} not uploaded: ${error.message}`),
      );
      return result;
    },

    async findPosted({ team, channel }, localDate, since) {
      return findMarked(await clientFor(team), channel, mark(localDate), since);
    },
  };
}
