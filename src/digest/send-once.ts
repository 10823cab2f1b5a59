import type { DigestClaim } from "../store/store.js";

/** What came of one post: accepted (with its ts), or refused for good (the bot cannot post there). */
export type PostResult =
  | { kind: "posted"; ts: string | null }
  | { kind: "cannot-post"; code: string };

/** The steps of one claimed send, each bound to its message and channel by the caller. */
export interface ClaimedSend {
  /** The claim this process holds: fresh, or taken over from one that died mid-send. */
  claim: Exclude<DigestClaim, null>;
  /** The ts of the message if it is already in the channel (posted at or after `since`). */
  findPosted(since: Date): Promise<string | null>;
  /** Throws when the failure may pass (network, 5xx, 429 after the client's retries). */
  post(): Promise<PostResult>;
  markSent(ts: string | null): Promise<void>;
  release(): Promise<void>;
  pause(code: string): Promise<void>;
  /** "Digest for 2026-11-27 in T1/C1": how the log names this send. */
  what: string;
  logger: { info(m: string): void; warn(m: string): void; error(m: string): void };
}

export type ClaimedOutcome = "sent" | "found-posted" | "paused" | "failed";

/**
 * Posts a message this process has claimed, so it reaches the channel once: a claim taken over
 * after a crash first looks for the message in the channel; a failure that may pass gives the
 * claim back for the next run; a refusal for good pauses the channel before the claim is given
 * back (so no other instance takes it and posts); the send is recorded only after Slack accepted.
 * The digest and alerts on publish both send this way.
 */
export async function sendClaimed(send: ClaimedSend): Promise<ClaimedOutcome> {
  const { claim, logger, what } = send;
  let result: PostResult;
  try {
    if (claim.kind === "stale") {
      const ts = await send.findPosted(new Date(claim.since)).catch((error: Error) => {
        // Without the history scopes (an install from before them) the check cannot run.
        logger.warn(`Could not check for ${what} already posted (${error.message}); posting it`);
        return null;
      });
      if (ts) {
        await send.markSent(ts);
        logger.warn(`${what} was already posted; recorded it`);
        return "found-posted";
      }
    }
    result = await send.post();
  } catch (error) {
    await send.release().catch(() => {});
    logger.error(`${what} failed; it will be tried again: ${(error as Error).message}`);
    return "failed";
  }
  if (result.kind === "cannot-post") {
    await send.pause(result.code);
    await send.release();
    logger.warn(`${what} paused: Slack said ${result.code}`);
    return "paused";
  }
  // Should this fail, the claim stays: after the lease the channel is checked before a resend.
  await send.markSent(result.ts);
  logger.info(`${what} sent`);
  return "sent";
}
