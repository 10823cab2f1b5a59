import type { Store } from "../store/store.js";

/**
 * A bounded, expiring record of event ids already handled. Slack retries an event when the
 * reply is slow; a retry of a seen id is dropped so nobody gets the answer twice.
 */
export class SeenEvents {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records the id; returns false when it was already seen (and has not expired). */
  firstTime(id: string): boolean {
    const now = this.now();
    const at = this.seen.get(id);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(id);
    this.seen.set(id, now);
    this.evict(now);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  // Insertion order is age order, so the oldest are at the front.
  private evict(now: number): void {
    for (const [id, at] of this.seen) {
      if (this.seen.size <= this.max && now - at < this.ttlMs) break;
      this.seen.delete(id);
    }
  }
}

/**
 * Event ids handled by any instance, in the store (with expiry), so a retry Slack sends to
 * another instance is dropped too. A local memory in front answers this instance's own repeats
 * without a round trip.
 */
export class HandledEvents {
  private readonly local: SeenEvents;

  constructor(
    private readonly store: Pick<Store, "firstSeen">,
    private readonly clock: () => Date,
    private readonly onError: (error: Error) => void,
    private readonly ttlMs = 15 * 60_000,
  ) {
    this.local = new SeenEvents(ttlMs);
  }

  /** True when no instance has handled the id yet (and records it). */
  async firstTime(id: string): Promise<boolean> {
    if (!this.local.firstTime(id)) return false;
    try {
      return await this.store.firstSeen(id, this.clock(), this.ttlMs);
    } catch (error) {
      // Better a rare second answer than a lost one: the event is handled and the failure told.
      this.onError(error as Error);
      return true;
    }
  }
}
