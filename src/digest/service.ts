import { randomUUID } from "node:crypto";
import type { Logger } from "@slack/bolt";
import type { Dataset } from "../domain/dataset.js";
import type { SlackMessage } from "../render/blocks.js";
import { CANNOT_POST, slackErrorCode } from "../slack/slack-errors.js";
import { localDateTime } from "./local-time.js";
import { buildDigest, type Digest } from "./model.js";
import type { Store, Subscription } from "./store.js";

/** What the digest needs from Slack: posting a message (the Web API client in production). */
export interface DigestPoster {
  post(channel: string, message: SlackMessage, digest: Digest): Promise<{ ts: string | null }>;
}

export interface DigestServiceOptions {
  store: Store;
  dataset: Dataset;
  poster: DigestPoster;
  render: (digest: Digest) => SlackMessage;
  logger: Pick<Logger, "info" | "warn" | "error">;
  clock?: () => Date;
  /** A claim older than this is taken to belong to a process that died mid-send. */
  claimLeaseMs?: number;
}

export type SendOutcome =
  | "sent"
  | "not-due"
  | "already-sent"
  | "claimed-elsewhere"
  | "paused"
  | "failed";

/**
 * Sends each subscribed channel exactly one digest per local day: due once the local time has
 * reached the subscription's time (so a late start still sends that day's), claimed in the
 * database before posting, and recorded as sent only after Slack accepted it.
 */
export class DigestService {
  private readonly claimant = randomUUID();
  private readonly clock: () => Date;
  private readonly leaseMs: number;

  constructor(private readonly options: DigestServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.leaseMs = options.claimLeaseMs ?? 10 * 60_000;
  }

  /** Called every minute by the scheduler; sends every digest that is due and not yet sent. */
  async runDue(): Promise<Map<string, SendOutcome>> {
    const outcomes = new Map<string, SendOutcome>();
    for (const sub of this.options.store.activeSubscriptions()) {
      outcomes.set(sub.channel, await this.sendIfDue(sub));
    }
    return outcomes;
  }

  /** Today's digest for a channel as it would be sent now (for `/voterdata digest`). */
  preview(channel: string | null, timeZone: string): Digest {
    const { date } = localDateTime(this.clock(), timeZone);
    const previous = channel ? this.options.store.lastSent(channel, date) : null;
    return buildDigest(this.options.dataset, date, previous);
  }

  async sendIfDue(sub: Subscription): Promise<SendOutcome> {
    const { store, logger } = this.options;
    const now = this.clock();
    const local = localDateTime(now, sub.timeZone);
    if (local.time < sub.time) return "not-due";
    if (store.isSent(sub.channel, local.date)) return "already-sent";
    if (!store.claim(sub.channel, local.date, this.claimant, now, this.leaseMs))
      return "claimed-elsewhere";
    const digest = buildDigest(
      this.options.dataset,
      local.date,
      store.lastSent(sub.channel, local.date),
    );
    try {
      const { ts } = await this.options.poster.post(
        sub.channel,
        this.options.render(digest),
        digest,
      );
      store.markSent(sub.channel, local.date, ts, digest.items, this.clock());
      logger.info(`Digest for ${local.date} sent to ${sub.channel}`);
      return "sent";
    } catch (error) {
      store.release(sub.channel, local.date);
      const code = slackErrorCode(error);
      if (code && CANNOT_POST.has(code)) {
        store.pause(sub.channel, code, this.clock());
        logger.warn(`Digest subscription for ${sub.channel} paused: Slack said ${code}`);
        return "paused";
      }
      logger.error(
        `Digest for ${sub.channel} on ${local.date} failed after retries; it will be tried again next minute: ${(error as Error).message}`,
      );
      return "failed";
    }
  }
}
