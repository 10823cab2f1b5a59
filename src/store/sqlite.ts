import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Installation, InstallationQuery } from "@slack/bolt";
import Database from "better-sqlite3";
import { ALERT_SUBSCRIPTION_COLUMNS, ALERTS_SCHEMA } from "./alerts-schema.js";
import { ChangeFeed } from "./change-feed.js";
import {
  type AuditRow,
  auditEntry,
  columns,
  intakeSchema,
  repairsSchema,
  statesText,
} from "./intake-schema.js";
import { PAGE_COLUMNS, PAGES_SCHEMA } from "./pages-schema.js";
import {
  type AlertSubscription,
  type AuditEntry,
  type ChannelRef,
  type ClaimDecision,
  DEFAULT_STORY,
  type DigestClaim,
  type DigestRecord,
  type DraftRepair,
  type EditorStory,
  InstallationNotFound,
  type IntakeDraft,
  installationKey,
  keyOfInstallation,
  type NewDraftRepair,
  type NewIntakeDraft,
  type NewSubscription,
  type PublishedSource,
  type Retraction,
  type Store,
  type StoredPage,
  StoreError,
  type Subscription,
} from "./store.js";

/**
 * Versioned migrations, applied in order at open; PRAGMA user_version records how many have run.
 * A new table is a new entry at the end (never edit one that has shipped).
 */
const MIGRATIONS = [
  // 1: the single-workspace schema.
  `CREATE TABLE subscriptions (
     channel TEXT PRIMARY KEY, time TEXT NOT NULL, time_zone TEXT NOT NULL,
     subscribed_by TEXT NOT NULL, created_at TEXT NOT NULL, paused_reason TEXT, paused_at TEXT
   );
   CREATE TABLE digests (
     channel TEXT NOT NULL, local_date TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
     claimed_by TEXT NOT NULL, claimed_at TEXT NOT NULL, sent_at TEXT, message_ts TEXT,
     items TEXT NOT NULL DEFAULT '[]',
     PRIMARY KEY (channel, local_date)
   );`,
  // 2: rows keyed by workspace (team '' until the single workspace adopts them), stories,
  // handled event ids, installations and the dataset version.
  `CREATE TABLE subscriptions2 (
     team TEXT NOT NULL, channel TEXT NOT NULL, story TEXT,
     time TEXT NOT NULL, time_zone TEXT NOT NULL, subscribed_by TEXT NOT NULL,
     created_at TEXT NOT NULL, paused_reason TEXT, paused_at TEXT,
     PRIMARY KEY (team, channel)
   );
   INSERT INTO subscriptions2 (team, channel, time, time_zone, subscribed_by, created_at, paused_reason, paused_at)
     SELECT '', channel, time, time_zone, subscribed_by, created_at, paused_reason, paused_at FROM subscriptions;
   DROP TABLE subscriptions;
   ALTER TABLE subscriptions2 RENAME TO subscriptions;
   CREATE TABLE digests2 (
     team TEXT NOT NULL, channel TEXT NOT NULL, local_date TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
     claimed_by TEXT NOT NULL, claimed_at TEXT NOT NULL, sent_at TEXT, message_ts TEXT,
     items TEXT NOT NULL DEFAULT '[]',
     PRIMARY KEY (team, channel, local_date)
   );
   INSERT INTO digests2 SELECT '', channel, local_date, status, claimed_by, claimed_at, sent_at, message_ts, items FROM digests;
   DROP TABLE digests;
   ALTER TABLE digests2 RENAME TO digests;
   CREATE TABLE channel_settings (
     team TEXT NOT NULL, channel TEXT NOT NULL, story TEXT, PRIMARY KEY (team, channel)
   );
   CREATE TABLE handled_events (id TEXT PRIMARY KEY, expires_at TEXT NOT NULL);
   CREATE TABLE installations (
     enterprise_id TEXT NOT NULL, team_id TEXT NOT NULL, data TEXT NOT NULL, installed_at TEXT NOT NULL,
     PRIMARY KEY (enterprise_id, team_id)
   );
   CREATE TABLE dataset_versions (story TEXT PRIMARY KEY, version INTEGER NOT NULL);`,
  // 3: editors' intake: drafts per workspace, decisions, published sources (shared by every
  // workspace), retractions, stories created in Slack and the audit log.
  intakeSchema("INTEGER PRIMARY KEY AUTOINCREMENT"),
  // 4: editors' repairs of drafts in review.
  repairsSchema("INTEGER PRIMARY KEY AUTOINCREMENT"),
  // 5: alerts on publish: each channel's setting and each publish's alert, claimed then sent.
  ALERTS_SCHEMA,
  // 6: pages fetched for articles added by their link.
  PAGES_SCHEMA,
  // The Enterprise Grid organisation of each workspace seen, for org-wide installs' digests.
  "CREATE TABLE enterprise_teams (team_id TEXT PRIMARY KEY, enterprise_id TEXT NOT NULL);",
];

const INTAKE = columns();

/** The tables of messages sent once per channel, and the column that names each message. */
const SENDS = {
  digest: { table: "digests", key: "local_date" },
  alert: { table: "alert_sends", key: "event_id" },
} as const;
type SendTable = (typeof SENDS)[keyof typeof SENDS];
const SUBSCRIPTION_COLUMNS = `team, channel, story, time, time_zone AS timeZone,
  subscribed_by AS subscribedBy, created_at AS createdAt, paused_reason AS pausedReason`;
const DIGEST_COLUMNS = `team, channel, local_date AS localDate, status, sent_at AS sentAt,
  message_ts AS messageTs, items`;

type DigestRow = Omit<DigestRecord, "items"> & { items: string };
const digestRecord = (row: DigestRow): DigestRecord => ({
  ...row,
  items: JSON.parse(row.items) as string[],
});

/**
 * The embedded engine: one SQLite file (WAL) at DATABASE_PATH, for one instance. Processes that
 * share the file still send one digest (the claim's primary key) and see each other's changes.
 */
export class SqliteStore implements Store {
  readonly engine = "sqlite";
  private readonly db: Database.Database;
  private readonly feed: ChangeFeed;

  constructor(path: string, options: { pollMs?: number; onError?: (e: Error) => void } = {}) {
    try {
      if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
      this.db = new Database(path);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("busy_timeout = 5000");
      // Deleted and overwritten content is zeroed, so a replaced token leaves no trace in the file.
      this.db.pragma("secure_delete = ON");
      this.migrate();
    } catch (error) {
      throw new StoreError(
        `Cannot open the database at ${path} (DATABASE_PATH): ${(error as Error).message}`,
      );
    }
    this.feed = new ChangeFeed(
      async () => this.versions(),
      options.pollMs ?? 1_000,
      options.onError ?? (() => {}),
    );
    // (The versions as opened are the baseline, as in the PostgreSQL engine.)
    void this.feed.check();
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

  /** Statements are prepared once and reused: preparing costs more than running. */
  private readonly statements = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async createDraft(draft: NewIntakeDraft): Promise<{ draft: IntakeDraft; created: boolean }> {
    const created =
      this.db
        .prepare(
          `INSERT INTO intake_drafts (id, team, sha256, article, draft, story, status, created_by, created_at)
           VALUES (@id, @team, @sha256, @article, @draft, @story, 'review', @createdBy, @createdAt)
           ON CONFLICT (team, sha256) DO NOTHING`,
        )
        .run(draft).changes > 0;
    const row = this.db
      .prepare(`SELECT ${INTAKE.draft} FROM intake_drafts WHERE team = ? AND sha256 = ?`)
      .get(draft.team, draft.sha256) as IntakeDraft;
    return { draft: row, created };
  }

  async intakeDraft(id: string): Promise<IntakeDraft | null> {
    const row = this.db.prepare(`SELECT ${INTAKE.draft} FROM intake_drafts WHERE id = ?`).get(id);
    return (row as IntakeDraft | undefined) ?? null;
  }

  async setReviewMessage(id: string, channel: string, ts: string): Promise<void> {
    this.db
      .prepare("UPDATE intake_drafts SET review_channel = ?, review_ts = ? WHERE id = ?")
      .run(channel, ts, id);
  }

  async setDraftStory(id: string, story: string | null): Promise<void> {
    this.db.prepare("UPDATE intake_drafts SET story = ? WHERE id = ?").run(story, id);
  }

  async decide(d: ClaimDecision): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO intake_decisions (draft_id, claim_index, decision, stance, decided_by, decided_at)
         VALUES (@draftId, @index, @decision, @stance, @decidedBy, @decidedAt)
         ON CONFLICT (draft_id, claim_index) DO UPDATE SET decision = excluded.decision,
           stance = excluded.stance, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
      )
      .run(d);
  }

  async decisions(draftId: string): Promise<ClaimDecision[]> {
    return this.db
      .prepare(
        `SELECT ${INTAKE.decision} FROM intake_decisions WHERE draft_id = ? ORDER BY claim_index`,
      )
      .all(draftId) as ClaimDecision[];
  }

  async addRepair(r: NewDraftRepair): Promise<boolean> {
    return (
      this.prepare(
        `INSERT INTO intake_repairs (draft_id, repair, made_by, made_at)
         SELECT @draftId, @repair, @madeBy, @madeAt
         WHERE EXISTS (SELECT 1 FROM intake_drafts WHERE id = @draftId AND status = 'review')`,
      ).run(r).changes > 0
    );
  }

  async repairs(draftId: string): Promise<DraftRepair[]> {
    return this.prepare(
      `SELECT ${INTAKE.repair} FROM intake_repairs WHERE draft_id = ? ORDER BY seq`,
    ).all(draftId) as DraftRepair[];
  }

  async publishDraft(draftId: string, source: PublishedSource): Promise<boolean> {
    return this.db
      .transaction((): boolean => {
        const changed = this.db
          .prepare(
            "UPDATE intake_drafts SET status = 'published', source_id = ? WHERE id = ? AND status = 'review'",
          )
          .run(source.sourceId, draftId).changes;
        if (changed === 0) return false;
        this.db
          .prepare(
            `INSERT INTO published_sources (source_id, story, team, draft_id, sha256, article, entries, published_by, published_at)
             VALUES (@sourceId, @story, @team, @draftId, @sha256, @article, @entries, @publishedBy, @publishedAt)`,
          )
          .run(source);
        return true;
      })
      .immediate();
  }

  async publishedSources(): Promise<PublishedSource[]> {
    return this.db
      .prepare(`SELECT ${INTAKE.published} FROM published_sources ORDER BY published_at, source_id`)
      .all() as PublishedSource[];
  }

  async publishedByHash(sha256: string): Promise<PublishedSource | null> {
    const row = this.db
      .prepare(`SELECT ${INTAKE.published} FROM published_sources WHERE sha256 = ?`)
      .get(sha256);
    return (row as PublishedSource | undefined) ?? null;
  }

  async retract(r: Retraction): Promise<boolean> {
    return (
      this.db
        .prepare(
          `INSERT INTO retractions (source_id, state, story, reason, retracted_by, retracted_at)
           VALUES (@sourceId, @state, @story, @reason, @retractedBy, @retractedAt)
           ON CONFLICT (source_id, state) DO NOTHING`,
        )
        .run(r).changes > 0
    );
  }

  async retractions(): Promise<Retraction[]> {
    return this.db
      .prepare(`SELECT ${INTAKE.retraction} FROM retractions ORDER BY retracted_at`)
      .all() as Retraction[];
  }

  async addStory(story: EditorStory): Promise<boolean> {
    return (
      this.db
        .prepare(
          `INSERT INTO editor_stories (id, team, entry, created_by, created_at)
           VALUES (@id, @team, @entry, @createdBy, @createdAt) ON CONFLICT (id) DO NOTHING`,
        )
        .run(story).changes > 0
    );
  }

  async editorStories(): Promise<EditorStory[]> {
    return this.db
      .prepare(`SELECT ${INTAKE.story} FROM editor_stories ORDER BY created_at, id`)
      .all() as EditorStory[];
  }

  async audit(e: AuditEntry): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO audit_log (team, user_id, action, outcome, story, subject, states, detail, at)
         VALUES (@team, @user, @action, @outcome, @story, @subject, @states, @detail, @at)`,
      )
      .run({ ...e, states: statesText(e.states) });
  }

  async auditLog(
    filter: { state?: string; limit?: number; team?: string } = {},
  ): Promise<AuditEntry[]> {
    const rows = this.db
      .prepare(
        `SELECT ${INTAKE.audit} FROM audit_log WHERE (@state IS NULL OR states LIKE @like)
         AND (@team IS NULL OR team = @team) ORDER BY seq DESC LIMIT @limit`,
      )
      .all({
        state: filter.state ?? null,
        like: `%,${filter.state ?? ""},%`,
        limit: filter.limit ?? 100,
        team: filter.team ?? null,
      }) as AuditRow[];
    return rows.map(auditEntry);
  }

  async savePage(page: StoredPage): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO fetched_pages (draft_id, team, url, final_url, canonical_url, fetched_at, content_type, sha256, html, metadata)
         VALUES (@draftId, @team, @url, @finalUrl, @canonicalUrl, @fetchedAt, @contentType, @sha256, @html, @metadata)
         ON CONFLICT (draft_id) DO NOTHING`,
      )
      .run(page);
  }

  async fetchedPage(draftId: string): Promise<StoredPage | null> {
    const row = this.prepare(`SELECT ${PAGE_COLUMNS} FROM fetched_pages WHERE draft_id = ?`).get(
      draftId,
    );
    return (row as StoredPage | undefined) ?? null;
  }

  async pagesByUrl(url: string): Promise<StoredPage[]> {
    return this.prepare(
      `SELECT ${PAGE_COLUMNS} FROM fetched_pages WHERE canonical_url = ? OR final_url = ?
       ORDER BY fetched_at, draft_id`,
    ).all(url, url) as StoredPage[];
  }

  async close(): Promise<void> {
    this.feed.stop();
    this.db.close();
  }

  async adoptUnownedRows(team: string): Promise<void> {
    this.db.transaction(() => {
      this.prepare("UPDATE subscriptions SET team = ? WHERE team = ''").run(team);
      this.prepare("UPDATE digests SET team = ? WHERE team = ''").run(team);
    })();
  }

  async hasUnownedRows(): Promise<boolean> {
    return (
      (
        this.prepare(
          "SELECT EXISTS (SELECT 1 FROM subscriptions WHERE team = '') OR EXISTS (SELECT 1 FROM digests WHERE team = '') AS found",
        ).get() as { found: number }
      ).found === 1
    );
  }

  async subscribe(sub: NewSubscription, now: Date): Promise<void> {
    this.prepare(
      `INSERT INTO subscriptions (team, channel, story, time, time_zone, subscribed_by, created_at)
         VALUES (@team, @channel, @story, @time, @timeZone, @subscribedBy, @now)
         ON CONFLICT (team, channel) DO UPDATE SET story = @story, time = @time,
           time_zone = @timeZone, subscribed_by = @subscribedBy, paused_reason = NULL, paused_at = NULL`,
    ).run({ ...sub, story: sub.story ?? null, now: now.toISOString() });
  }

  async unsubscribe({ team, channel }: ChannelRef): Promise<boolean> {
    return (
      this.prepare("DELETE FROM subscriptions WHERE team = ? AND channel = ?").run(team, channel)
        .changes > 0
    );
  }

  async subscription({ team, channel }: ChannelRef): Promise<Subscription | null> {
    const row = this.prepare(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE team = ? AND channel = ?`,
    ).get(team, channel);
    return (row as Subscription | undefined) ?? null;
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    return this.prepare(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE paused_reason IS NULL ORDER BY team, channel`,
    ).all() as Subscription[];
  }

  async pause({ team, channel }: ChannelRef, reason: string, now: Date): Promise<void> {
    this.prepare(
      "UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE team = ? AND channel = ?",
    ).run(reason, now.toISOString(), team, channel);
  }

  async pauseTeam(team: string, reason: string, now: Date): Promise<number> {
    this.prepare(
      "UPDATE alert_subscriptions SET paused_reason = ?, paused_at = ? WHERE team = ? AND paused_reason IS NULL",
    ).run(reason, now.toISOString(), team);
    return this.prepare(
      "UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE team = ? AND paused_reason IS NULL",
    ).run(reason, now.toISOString(), team).changes;
  }

  async channelStory({ team, channel }: ChannelRef): Promise<string | null> {
    const row = this.prepare(
      "SELECT story FROM channel_settings WHERE team = ? AND channel = ?",
    ).get(team, channel) as { story: string | null } | undefined;
    return row?.story ?? null;
  }

  async setChannelStory({ team, channel }: ChannelRef, story: string | null): Promise<void> {
    this.prepare(
      `INSERT INTO channel_settings (team, channel, story) VALUES (?, ?, ?)
         ON CONFLICT (team, channel) DO UPDATE SET story = excluded.story`,
    ).run(team, channel, story);
  }

  async claimDigest(
    ref: ChannelRef,
    localDate: string,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<DigestClaim> {
    return this.claimSend(SENDS.digest, ref, localDate, claimant, now, leaseMs);
  }

  async markSent(
    { team, channel }: ChannelRef,
    localDate: string,
    messageTs: string | null,
    items: string[],
    now: Date,
  ): Promise<void> {
    this.prepare(
      `UPDATE digests SET status = 'sent', sent_at = ?, message_ts = ?, items = ?
         WHERE team = ? AND channel = ? AND local_date = ?`,
    ).run(now.toISOString(), messageTs, JSON.stringify(items), team, channel, localDate);
  }

  async release(ref: ChannelRef, localDate: string): Promise<void> {
    this.releaseSend(SENDS.digest, ref, localDate);
  }

  async isSent({ team, channel }: ChannelRef, localDate: string): Promise<boolean> {
    const row = this.prepare(
      "SELECT 1 FROM digests WHERE team = ? AND channel = ? AND local_date = ? AND status = 'sent'",
    ).get(team, channel, localDate);
    return row !== undefined;
  }

  async lastSent({ team, channel }: ChannelRef, beforeDate?: string): Promise<DigestRecord | null> {
    const row = this.prepare(
      `SELECT ${DIGEST_COLUMNS} FROM digests
         WHERE team = ? AND channel = ? AND status = 'sent' AND local_date < ?
         ORDER BY local_date DESC LIMIT 1`,
    ).get(team, channel, beforeDate ?? "9999-12-31") as DigestRow | undefined;
    return row ? digestRecord(row) : null;
  }

  async digestsFor({ team, channel }: ChannelRef): Promise<DigestRecord[]> {
    const rows = this.prepare(
      `SELECT ${DIGEST_COLUMNS} FROM digests WHERE team = ? AND channel = ? ORDER BY local_date`,
    ).all(team, channel) as DigestRow[];
    return rows.map(digestRecord);
  }

  async firstSeen(eventId: string, now: Date, ttlMs: number): Promise<boolean> {
    const at = now.toISOString();
    const expires = new Date(now.getTime() + ttlMs).toISOString();
    return (
      this.prepare(
        `INSERT INTO handled_events (id, expires_at) VALUES (?, ?)
           ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at
           WHERE handled_events.expires_at <= ?`,
      ).run(eventId, expires, at).changes > 0
    );
  }

  async purgeSeen(now: Date): Promise<void> {
    this.prepare("DELETE FROM handled_events WHERE expires_at <= ?").run(now.toISOString());
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const { enterprise, team } = keyOfInstallation(installation);
    this.prepare(
      `INSERT INTO installations (enterprise_id, team_id, data, installed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (enterprise_id, team_id) DO UPDATE SET data = excluded.data, installed_at = excluded.installed_at`,
    ).run(enterprise, team, JSON.stringify(installation), new Date().toISOString());
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const { enterprise, team } = installationKey(query);
    const row = this.prepare(
      "SELECT data FROM installations WHERE enterprise_id = ? AND team_id = ?",
    ).get(enterprise, team) as { data: string } | undefined;
    if (!row) throw new InstallationNotFound(`No installation for ${team || enterprise}`);
    return JSON.parse(row.data) as Installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const { enterprise, team } = installationKey(query);
    this.prepare("DELETE FROM installations WHERE enterprise_id = ? AND team_id = ?").run(
      enterprise,
      team,
    );
  }

  async installations(): Promise<Installation[]> {
    const rows = this.prepare(
      "SELECT data FROM installations ORDER BY enterprise_id, team_id",
    ).all() as { data: string }[];
    return rows.map((row) => JSON.parse(row.data) as Installation);
  }

  async scrubInstallations(): Promise<void> {
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  async rememberEnterprise(team: string, enterprise: string): Promise<void> {
    this.prepare(
      `INSERT INTO enterprise_teams (team_id, enterprise_id) VALUES (?, ?)
         ON CONFLICT (team_id) DO UPDATE SET enterprise_id = excluded.enterprise_id`,
    ).run(team, enterprise);
  }

  async enterpriseOf(team: string): Promise<string | null> {
    const row = this.prepare("SELECT enterprise_id FROM enterprise_teams WHERE team_id = ?").get(
      team,
    ) as { enterprise_id: string } | undefined;
    return row?.enterprise_id ?? null;
  }

  async teamsOf(enterprise: string): Promise<string[]> {
    const rows = this.prepare(
      "SELECT team_id FROM enterprise_teams WHERE enterprise_id = ? ORDER BY team_id",
    ).all(enterprise) as { team_id: string }[];
    return rows.map((row) => row.team_id);
  }

  async datasetVersion(story?: string): Promise<number> {
    const versions = this.versions();
    if (story !== undefined) return versions.get(story) ?? 0;
    let total = 0;
    for (const v of versions.values()) total += v;
    return total;
  }

  async bumpDatasetVersion(story: string = DEFAULT_STORY): Promise<number> {
    const row = this.prepare(
      `INSERT INTO dataset_versions (story, version) VALUES (?, 1)
         ON CONFLICT (story) DO UPDATE SET version = version + 1 RETURNING version`,
    ).get(story) as { version: number };
    void this.feed.check();
    return row.version;
  }

  onDatasetChange(callback: (story: string) => void): () => void {
    return this.feed.subscribe(callback);
  }

  async setAlerts(
    sub: Omit<AlertSubscription, "createdAt" | "pausedReason">,
    now: Date,
  ): Promise<void> {
    this.prepare(
      `INSERT INTO alert_subscriptions (team, channel, story, created_by, created_at)
         VALUES (@team, @channel, @story, @createdBy, @now)
         ON CONFLICT (team, channel) DO UPDATE SET story = @story, created_by = @createdBy,
           created_at = @now, paused_reason = NULL, paused_at = NULL`,
    ).run({ ...sub, now: now.toISOString() });
  }

  async alertsOff({ team, channel }: ChannelRef): Promise<boolean> {
    return (
      this.prepare("DELETE FROM alert_subscriptions WHERE team = ? AND channel = ?").run(
        team,
        channel,
      ).changes > 0
    );
  }

  async alertSubscription({ team, channel }: ChannelRef): Promise<AlertSubscription | null> {
    const row = this.prepare(
      `SELECT ${ALERT_SUBSCRIPTION_COLUMNS} FROM alert_subscriptions WHERE team = ? AND channel = ?`,
    ).get(team, channel);
    return (row as AlertSubscription | undefined) ?? null;
  }

  async activeAlertSubscriptions(): Promise<AlertSubscription[]> {
    return this.prepare(
      `SELECT ${ALERT_SUBSCRIPTION_COLUMNS} FROM alert_subscriptions
         WHERE paused_reason IS NULL ORDER BY team, channel`,
    ).all() as AlertSubscription[];
  }

  async pauseAlerts({ team, channel }: ChannelRef, reason: string, now: Date): Promise<void> {
    this.prepare(
      "UPDATE alert_subscriptions SET paused_reason = ?, paused_at = ? WHERE team = ? AND channel = ?",
    ).run(reason, now.toISOString(), team, channel);
  }

  async claimAlert(
    ref: ChannelRef,
    eventId: string,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<DigestClaim> {
    return this.claimSend(SENDS.alert, ref, eventId, claimant, now, leaseMs);
  }

  async markAlertSent(
    { team, channel }: ChannelRef,
    eventId: string,
    messageTs: string | null,
    now: Date,
  ): Promise<void> {
    this.prepare(
      `UPDATE alert_sends SET status = 'sent', sent_at = ?, message_ts = ?
         WHERE team = ? AND channel = ? AND event_id = ?`,
    ).run(now.toISOString(), messageTs, team, channel, eventId);
  }

  async releaseAlert(ref: ChannelRef, eventId: string): Promise<void> {
    this.releaseSend(SENDS.alert, ref, eventId);
  }

  /**
   * Claims one message for a channel (a day's digest, a publish's alert) before it is posted:
   * fresh when no one has, stale when a claim older than the lease belongs to a process that
   * died mid-send, else null; the check and the takeover are one transaction.
   */
  private claimSend(
    { table, key }: SendTable,
    { team, channel }: ChannelRef,
    value: string,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): DigestClaim {
    const at = now.toISOString();
    const stale = new Date(now.getTime() - leaseMs).toISOString();
    return this.db.transaction((): DigestClaim => {
      const inserted = this.prepare(
        `INSERT INTO ${table} (team, channel, ${key}, status, claimed_by, claimed_at)
           VALUES (?, ?, ?, 'claimed', ?, ?) ON CONFLICT DO NOTHING`,
      ).run(team, channel, value, claimant, at).changes;
      if (inserted > 0) return { kind: "fresh" };
      const previous = this.prepare(
        `SELECT claimed_at AS claimedAt FROM ${table}
           WHERE team = ? AND channel = ? AND ${key} = ? AND status = 'claimed' AND claimed_at < ?`,
      ).get(team, channel, value, stale) as { claimedAt: string } | undefined;
      if (!previous) return null;
      this.prepare(
        `UPDATE ${table} SET claimed_by = ?, claimed_at = ?
           WHERE team = ? AND channel = ? AND ${key} = ?`,
      ).run(claimant, at, team, channel, value);
      return { kind: "stale", since: previous.claimedAt };
    })();
  }

  /** Gives a claim back after a failed post; a sent message stays recorded. */
  private releaseSend({ table, key }: SendTable, { team, channel }: ChannelRef, value: string) {
    this.prepare(
      `DELETE FROM ${table} WHERE team = ? AND channel = ? AND ${key} = ? AND status = 'claimed'`,
    ).run(team, channel, value);
  }

  async alertsSent({ team, channel }: ChannelRef): Promise<string[]> {
    const rows = this.prepare(
      `SELECT event_id AS id FROM alert_sends WHERE team = ? AND channel = ? AND status = 'sent'`,
    ).all(team, channel) as { id: string }[];
    return rows.map((r) => r.id);
  }

  private versions(): Map<string, number> {
    const rows = this.prepare("SELECT story, version FROM dataset_versions").all() as {
      story: string;
      version: number;
    }[];
    return new Map(rows.map((r) => [r.story, r.version]));
  }
}
