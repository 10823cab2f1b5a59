import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";

/** A channel's daily digest subscription. */
export interface Subscription {
  channel: string;
  time: string;
  timeZone: string;
  subscribedBy: string;
  createdAt: string;
  pausedReason: string | null;
}

export interface DigestRecord {
  channel: string;
  localDate: string;
  status: "claimed" | "sent";
  sentAt: string | null;
  messageTs: string | null;
  /** The dataset items this digest reported as known, for "new since the last digest". */
  items: string[];
}

export class StoreError extends Error {}

/** Schema migrations, applied in order; PRAGMA user_version records how many have run. */
const MIGRATIONS = [
  `CREATE TABLE subscriptions (
     channel TEXT PRIMARY KEY,
     time TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     subscribed_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     paused_reason TEXT,
     paused_at TEXT
   );
   CREATE TABLE digests (
     channel TEXT NOT NULL,
     local_date TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
     claimed_by TEXT NOT NULL,
     claimed_at TEXT NOT NULL,
     sent_at TEXT,
     message_ts TEXT,
     items TEXT NOT NULL DEFAULT '[]',
     PRIMARY KEY (channel, local_date)
   );`,
];

/**
 * Subscriptions and the record of every digest sent, in SQLite (WAL), so nothing is lost across
 * restarts and two processes sharing the file never send the same digest twice.
 */
export class Store {
  private readonly db: Database.Database;

  constructor(path: string) {
    try {
      if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
      this.db = new Database(path);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("busy_timeout = 5000");
      this.migrate();
    } catch (error) {
      throw new StoreError(
        `Cannot open the database at ${path} (DATABASE_PATH): ${(error as Error).message}`,
      );
    }
  }

  close(): void {
    this.db.close();
  }

  private migrate(): void {
    const version = this.db.pragma("user_version", { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v] as string);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  subscribe(sub: Omit<Subscription, "pausedReason" | "createdAt">, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO subscriptions (channel, time, time_zone, subscribed_by, created_at)
         VALUES (@channel, @time, @timeZone, @subscribedBy, @now)
         ON CONFLICT (channel) DO UPDATE SET time = @time, time_zone = @timeZone,
           subscribed_by = @subscribedBy, paused_reason = NULL, paused_at = NULL`,
      )
      .run({ ...sub, now: now.toISOString() });
  }

  unsubscribe(channel: string): boolean {
    return this.db.prepare("DELETE FROM subscriptions WHERE channel = ?").run(channel).changes > 0;
  }

  subscription(channel: string): Subscription | null {
    const row = this.db.prepare(`${SELECT_SUBSCRIPTION} WHERE channel = ?`).get(channel);
    return (row as Subscription | undefined) ?? null;
  }

  activeSubscriptions(): Subscription[] {
    return this.db
      .prepare(`${SELECT_SUBSCRIPTION} WHERE paused_reason IS NULL ORDER BY channel`)
      .all() as Subscription[];
  }

  pause(channel: string, reason: string, now: Date): void {
    this.db
      .prepare("UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE channel = ?")
      .run(reason, now.toISOString(), channel);
  }

  /**
   * Claims the channel's digest for a local day before anything is posted. Only one claim can
   * win (the primary key); a claim left by a process that died is taken over after `leaseMs`.
   */
  claim(channel: string, localDate: string, claimant: string, now: Date, leaseMs: number): boolean {
    const at = now.toISOString();
    const stale = new Date(now.getTime() - leaseMs).toISOString();
    const inserted = this.db
      .prepare(
        `INSERT INTO digests (channel, local_date, status, claimed_by, claimed_at)
         VALUES (?, ?, 'claimed', ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(channel, localDate, claimant, at).changes;
    if (inserted > 0) return true;
    return (
      this.db
        .prepare(
          `UPDATE digests SET claimed_by = ?, claimed_at = ?
           WHERE channel = ? AND local_date = ? AND status = 'claimed' AND claimed_at < ?`,
        )
        .run(claimant, at, channel, localDate, stale).changes > 0
    );
  }

  /** Recorded only after Slack accepted the message. */
  markSent(
    channel: string,
    localDate: string,
    messageTs: string | null,
    items: string[],
    now: Date,
  ): void {
    this.db
      .prepare(
        `UPDATE digests SET status = 'sent', sent_at = ?, message_ts = ?, items = ?
         WHERE channel = ? AND local_date = ?`,
      )
      .run(now.toISOString(), messageTs, JSON.stringify(items), channel, localDate);
  }

  /** Gives a claim back after a failed send, so the next run tries again the same day. */
  release(channel: string, localDate: string): void {
    this.db
      .prepare("DELETE FROM digests WHERE channel = ? AND local_date = ? AND status = 'claimed'")
      .run(channel, localDate);
  }

  isSent(channel: string, localDate: string): boolean {
    const row = this.db
      .prepare("SELECT 1 FROM digests WHERE channel = ? AND local_date = ? AND status = 'sent'")
      .get(channel, localDate);
    return row !== undefined;
  }

  lastSent(channel: string, beforeDate?: string): DigestRecord | null {
    const row = this.db
      .prepare(
        `SELECT channel, local_date AS localDate, status, sent_at AS sentAt, message_ts AS messageTs, items
         FROM digests WHERE channel = ? AND status = 'sent' AND local_date < ?
         ORDER BY local_date DESC LIMIT 1`,
      )
      .get(channel, beforeDate ?? "9999-12-31") as
      | (Omit<DigestRecord, "items"> & { items: string })
      | undefined;
    return row ? { ...row, items: JSON.parse(row.items) as string[] } : null;
  }

  digestsFor(channel: string): DigestRecord[] {
    const rows = this.db
      .prepare(
        `SELECT channel, local_date AS localDate, status, sent_at AS sentAt, message_ts AS messageTs, items
         FROM digests WHERE channel = ? ORDER BY local_date`,
      )
      .all(channel) as (Omit<DigestRecord, "items"> & { items: string })[];
    return rows.map((r) => ({ ...r, items: JSON.parse(r.items) as string[] }));
  }
}

const SELECT_SUBSCRIPTION = `SELECT channel, time, time_zone AS timeZone, subscribed_by AS subscribedBy,
  created_at AS createdAt, paused_reason AS pausedReason FROM subscriptions`;
