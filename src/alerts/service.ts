import { randomUUID } from "node:crypto";
import type { PublishEvent } from "../changes/publishes.js";
import { type PostResult, sendClaimed } from "../digest/send-once.js";
import type { SlackMessage } from "../render/blocks.js";
import type { AlertSubscription, ChannelRef, Store } from "../store/store.js";

/** What alerts need from Slack: a post, and a look for an alert already in the channel. */
export interface AlertPoster {
  post(where: ChannelRef, message: SlackMessage, event: PublishEvent): Promise<PostResult>;
  /** The ts of this event's alert if it is already in the channel (posted at or after `since`). */
  findPosted(where: ChannelRef, eventId: string, since: Date): Promise<string | null>;
}

export interface AlertServiceOptions {
  store: Store;
  /** The publishes and retractions that moved an answer in the story a channel's alerts follow. */
  events: (sub: AlertSubscription) => Promise<PublishEvent[]>;
  render: (event: PublishEvent, where: ChannelRef) => SlackMessage;
  poster: AlertPoster;
  logger: { info(m: string): void; warn(m: string): void; error(m: string): void };
  clock?: () => Date;
  /** A claim older than this is taken to belong to a process that died mid-send. */
  claimLeaseMs?: number;
  /** Channels posted to at once; within a channel alerts go one by one, oldest first. */
  concurrency?: number;
}

export type AlertOutcome = { sent: number; paused: boolean; failed: boolean };

const key = (ref: ChannelRef) => `${ref.team}/${ref.channel}`;

/**
 * Posts each publish or retraction that moved an answer to every channel with alerts on, once:
 * only events from the moment alerts were turned on, claimed in the store before posting and
 * recorded after Slack accepted, as the digest is. Runs after every library rebuild (a publish
 * here or on another instance) and every minute, so an alert a crash interrupted still goes out.
 */
export class AlertService {
  private readonly claimant = randomUUID();
  private readonly clock: () => Date;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private running: Promise<Map<string, AlertOutcome>> | null = null;
  private again = false;

  constructor(private readonly options: AlertServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.leaseMs = options.claimLeaseMs ?? 10 * 60_000;
    this.concurrency = options.concurrency ?? 16;
  }

  /** One run at a time in this process; a call during a run runs once more after it. */
  async runDue(): Promise<Map<string, AlertOutcome>> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runAll().finally(() => {
      this.running = null;
    });
    const outcome = await this.running;
    if (this.again) {
      this.again = false;
      return this.runDue();
    }
    return outcome;
  }

  private async runAll(): Promise<Map<string, AlertOutcome>> {
    const outcomes = new Map<string, AlertOutcome>();
    const queue = await this.options.store.activeAlertSubscriptions();
    let next = 0;
    const worker = async () => {
      while (next < queue.length) {
        const sub = queue[next++] as AlertSubscription;
        outcomes.set(
          key(sub),
          await this.sendFor(sub).catch((error: Error) => {
            this.options.logger.error(`Alerts for ${key(sub)} failed: ${error.message}`);
            return { sent: 0, paused: false, failed: true };
          }),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
    return outcomes;
  }

  private async sendFor(sub: AlertSubscription): Promise<AlertOutcome> {
    const { store } = this.options;
    const sent = new Set(await store.alertsSent(sub));
    const due = (await this.options.events(sub)).filter(
      (e) => e.at >= sub.createdAt && !sent.has(e.id),
    );
    const outcome: AlertOutcome = { sent: 0, paused: false, failed: false };
    for (const event of due) {
      const result = await this.send(sub, event);
      if (result === "sent") outcome.sent++;
      if (result === "paused") return { ...outcome, paused: true };
      if (result === "failed") return { ...outcome, failed: true };
    }
    return outcome;
  }

  private async send(
    sub: AlertSubscription,
    event: PublishEvent,
  ): Promise<"sent" | "skipped" | "paused" | "failed"> {
    const { store, logger, poster } = this.options;
    const claim = await store.claimAlert(sub, event.id, this.claimant, this.clock(), this.leaseMs);
    if (!claim) return "skipped";
    // Another instance may have paused or turned off the channel's alerts since the run began.
    const current = await store.alertSubscription(sub);
    if (current?.pausedReason !== null || current.createdAt !== sub.createdAt) {
      await store.releaseAlert(sub, event.id);
      return "paused";
    }
    const outcome = await sendClaimed({
      claim,
      findPosted: (since) => poster.findPosted(sub, event.id, since),
      post: () => poster.post(sub, this.options.render(event, sub), event),
      markSent: (ts) => store.markAlertSent(sub, event.id, ts, this.clock()),
      release: () => store.releaseAlert(sub, event.id),
      pause: (code) => store.pauseAlerts(sub, code, this.clock()),
      what: `Alert ${event.id} for ${key(sub)}`,
      logger,
    });
    return outcome === "found-posted" ? "skipped" : outcome;
  }
}
