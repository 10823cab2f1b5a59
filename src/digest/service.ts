import { createHash, randomUUID } from "node:crypto";
import type { PublishEvent } from "../changes/publishes.js";
import type { Dataset } from "../domain/dataset.js";
import type { SlackMessage } from "../render/blocks.js";
import type { ChannelRef, Store, Subscription } from "../store/store.js";
import { localDateTime } from "./local-time.js";
import { buildDigest, type Digest, type PreviousDigest, type RetractionNote } from "./model.js";
import { type PostResult, sendClaimed } from "./send-once.js";

export type { PostResult } from "./send-once.js";

/**
 * What the digest needs from Slack, implemented on Slack's side. `post` throws when the failure
 * may pass (network, 5xx and 429 after the client's own retries); the day is tried again.
 */
export interface DigestPoster {
  post(where: ChannelRef, message: SlackMessage, digest: Digest): Promise<PostResult>;
  /** The ts of this day's digest if it is already in the channel (posted at or after `since`). */
  findPosted(where: ChannelRef, localDate: string, since: Date): Promise<string | null>;
}

export interface DigestLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface DigestServiceOptions {
  store: Store;
  /**
   * The data a channel's digest is built from now: the story the subscription names, else the
   * channel's, else the default (it changes when an editor publishes).
   */
  dataset: (where: ChannelRef & { story?: string | null }) => Promise<Dataset>;
  /** Claims editors retracted, for the digest's corrections. */
  retractions?: () => readonly RetractionNote[];
  /** A story's publishes and retractions that changed an answer, for "what changed". */
  events?: (dataset: Dataset) => readonly PublishEvent[];
  poster: DigestPoster;
  render: (digest: Digest) => SlackMessage;
  logger: DigestLogger;
  clock?: () => Date;
  /** A claim older than this is taken to belong to a process that died mid-send. */
  claimLeaseMs?: number;
  /** Channels posted to at once; Slack's limit is per channel, so many can go together. */
  concurrency?: number;
}

export type SendOutcome =
  | "sent"
  | "not-due"
  | "already-sent"
  | "claimed-elsewhere"
  | "found-posted"
  | "paused"
  | "failed";

const key = (ref: ChannelRef) => `${ref.team}/${ref.channel}`;

/**
 * Sends each subscribed channel exactly one digest per local day: due once the local time has
 * reached the subscription's time (so a late start still sends that day's), claimed in the store
 * before posting, and recorded as sent only after Slack accepted it. A claim left by a process
 * that died mid-send is taken over only after checking the channel for that day's digest, so a
 * crash between Slack's acceptance and the record does not post it twice.
 */
export class DigestService {
  private readonly claimant = randomUUID();
  private readonly clock: () => Date;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  /**
   * Digests composed in this run, by day and previous digest: most channels get the same one,
   * so it is built and rendered once, not once per channel.
   */
  private composed = new Map<string, { digest: Digest; message: SlackMessage }>();

  constructor(private readonly options: DigestServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.leaseMs = options.claimLeaseMs ?? 10 * 60_000;
    this.concurrency = options.concurrency ?? 64;
  }

  /** Called every minute by the scheduler; sends every digest that is due, keyed team/channel. */
  async runDue(): Promise<Map<string, SendOutcome>> {
    const outcomes = new Map<string, SendOutcome>();
    this.composed = new Map();
    const queue = await this.options.store.activeSubscriptions();
    let next = 0;
    const worker = async () => {
      while (next < queue.length) {
        const sub = queue[next++] as Subscription;
        const outcome = await this.sendIfDue(sub).catch((error: Error): SendOutcome => {
          this.options.logger.error(`Digest for ${key(sub)} failed: ${error.message}`);
          return "failed";
        });
        outcomes.set(key(sub), outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
    return outcomes;
  }

  /** Today's digest for a channel as it would be sent now (for `/voterdata digest`). */
  async preview(
    where: ChannelRef,
    timeZone: string,
    options: { subscribed: boolean; story?: string | null },
  ): Promise<Digest> {
    const { date } = localDateTime(this.clock(), timeZone);
    const previous = options.subscribed ? await this.options.store.lastSent(where, date) : null;
    const story = options.story ?? null;
    const dataset = await this.options.dataset({ ...where, story });
    return buildDigest(
      dataset,
      date,
      previous,
      this.options.retractions?.(),
      this.options.events?.(dataset),
    );
  }

  private compose(
    dataset: Dataset,
    localDate: string,
    previous: PreviousDigest | null,
  ): { digest: Digest; message: SlackMessage } {
    const since = previous
      ? `${previous.localDate}:${previous.sentAt ?? ""}:${createHash("sha1").update(previous.items.join("\n")).digest("hex")}`
      : "first";
    // Each dataset (one story, as published now) is its own object, so it keys the cache too.
    const cacheKey = `${datasetKey(dataset)}|${localDate}|${since}`;
    let composed = this.composed.get(cacheKey);
    if (!composed) {
      const digest = buildDigest(
        dataset,
        localDate,
        previous,
        this.options.retractions?.(),
        this.options.events?.(dataset),
      );
      composed = { digest, message: this.options.render(digest) };
      this.composed.set(cacheKey, composed);
    }
    return composed;
  }

  async sendIfDue(sub: Subscription): Promise<SendOutcome> {
    const { store, logger } = this.options;
    const now = this.clock();
    const local = localDateTime(now, sub.timeZone);
    if (local.time < sub.time) return "not-due";
    if (await store.isSent(sub, local.date)) return "already-sent";
    const claim = await store.claimDigest(sub, local.date, this.claimant, now, this.leaseMs);
    if (!claim) return "claimed-elsewhere";
    const { digest, message } = this.compose(
      await this.options.dataset(sub),
      local.date,
      await store.lastSent(sub, local.date),
    );
    const { poster } = this.options;
    return sendClaimed({
      claim,
      findPosted: (since) => poster.findPosted(sub, local.date, since),
      post: () => poster.post(sub, message, digest),
      markSent: (ts) => store.markSent(sub, local.date, ts, digest.items, this.clock()),
      release: () => store.release(sub, local.date),
      pause: (code) => store.pause(sub, code, this.clock()),
      what: `Digest for ${local.date} in ${key(sub)}`,
      logger,
    });
  }
}

const datasetKeys = new WeakMap<Dataset, number>();
let nextDatasetKey = 0;

/** A number for each dataset object, so composed digests never outlive the data they show. */
function datasetKey(dataset: Dataset): number {
  let key = datasetKeys.get(dataset);
  if (key === undefined) {
    key = nextDatasetKey++;
    datasetKeys.set(dataset, key);
  }
  return key;
}
