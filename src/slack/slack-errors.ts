/** Slack's error code from a Web API failure ("not_in_channel"), or null for other errors. */
export function slackErrorCode(error: unknown): string | null {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === "string" ? data.error : null;
}

/** Errors that retrying will not fix: the bot cannot post in that channel. */
export const CANNOT_POST = new Set(["not_in_channel", "channel_not_found", "is_archived"]);

export function cannotPostMessage(code: string): string {
  switch (code) {
    case "is_archived":
      return "I can't post there: the channel is archived.";
    case "channel_not_found":
      return "I can't post there: I can't see that channel (for a private channel, invite me first).";
    default:
      return "I can't post there because I'm not in the channel. Invite me with `/invite @VoterData`, then try again.";
  }
}

/**
 * Runs a post to a channel. When Slack says the bot cannot post there, returns the plain reason
 * for the person who asked; every other error is thrown on, to be retried or reported.
 */
export async function reasonIfCannotPost(post: () => Promise<unknown>): Promise<string | null> {
  try {
    await post();
    return null;
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && CANNOT_POST.has(code)) return cannotPostMessage(code);
    throw error;
  }
}
