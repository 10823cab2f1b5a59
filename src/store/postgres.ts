import type { Installation, InstallationQuery } from "@slack/bolt";
import pg from "pg";
import { ALERT_SUBSCRIPTION_COLUMNS, ALERTS_SCHEMA } from "./alerts-schema.js";
import { ChangeFeed } from "./change-feed.js";
import { maskDatabaseUrl } from "./database-url.js";
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
 * Versioned migrations, applied at start in order under an advisory lock, so two instances
 * starting together apply each once; schema_migrations records which have run. A new table is a
 * new numbered entry at the end (never edit one that has shipped).
 */
const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE subscriptions (
       team TEXT NOT NULL, channel TEXT NOT NULL, story TEXT,
       time TEXT NOT NULL, time_zone TEXT NOT NULL, subscribed_by TEXT NOT NULL,
       created_at TIMESTAMPTZ NOT NULL, paused_reason TEXT, paused_at TIMESTAMPTZ,
       PRIMARY KEY (team, channel)
     );
     CREATE TABLE digests (
       team TEXT NOT NULL, channel TEXT NOT NULL, local_date TEXT NOT NULL,
       status TEXT NOT NULL CHECK (status IN ('claimed', 'sent')),
       claimed_by TEXT NOT NULL, claimed_at TIMESTAMPTZ NOT NULL,
       sent_at TIMESTAMPTZ, message_ts TEXT, items JSONB NOT NULL DEFAULT '[]',
       PRIMARY KEY (team, channel, local_date)
     );
     CREATE TABLE channel_settings (
       team TEXT NOT NULL, channel TEXT NOT NULL, story TEXT, PRIMARY KEY (team, channel)
     );
     CREATE TABLE handled_events (id TEXT PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL);
     CREATE INDEX handled_events_expiry ON handled_events (expires_at);
     CREATE TABLE installations (
       enterprise_id TEXT NOT NULL, team_id TEXT NOT NULL, data JSONB NOT NULL,
       installed_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (enterprise_id, team_id)
     );
     CREATE TABLE dataset_versions (story TEXT PRIMARY KEY, version BIGINT NOT NULL);`,
  },
  // Editors' intake: drafts per workspace, decisions, published sources (shared by every
  // workspace), retractions, stories created in Slack and the audit log.
  { version: 2, sql: intakeSchema("BIGSERIAL PRIMARY KEY") },
  // Editors' repairs of drafts in review.
  { version: 3, sql: repairsSchema("BIGSERIAL PRIMARY KEY") },
  // Alerts on publish: each channel's setting and each publish's alert, claimed then sent.
  { version: 4, sql: ALERTS_SCHEMA },
  // Pages fetched for articles added by their link.
  { version: 5, sql: PAGES_SCHEMA },
  // The Enterprise Grid organisation of each workspace seen, for org-wide installs' digests.
  {
    version: 6,
    sql: "CREATE TABLE enterprise_teams (team_id TEXT PRIMARY KEY, enterprise_id TEXT NOT NULL);",
  },
];

/** Any fixed number: the advisory lock key that serialises migrations across instances. */
const MIGRATION_LOCK = 7_210_417;
const NOTIFY_CHANNEL = "voterdata_dataset";

/** Errors that mean the connection, not the query, failed: worth retrying. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
]);

function isConnectionError(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  if (code && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
    message ?? "",
  );
}

export interface PostgresOptions {
  /** Told about every retried query and lost LISTEN connection. */
  onError?: (error: Error) => void;
  /** Attempts for a query whose connection failed (default 6, backing off up to about 10 s). */
  attempts?: number;
  /** Polling interval of the dataset version check behind LISTEN/NOTIFY (default 2 s). */
  pollMs?: number;
  poolSize?: number;
}

const INTAKE = columns();

/** The tables of messages sent once per channel, and the column that names each message. */
const SENDS = {
  digest: { table: "digests", key: "local_date" },
  alert: { table: "alert_sends", key: "event_id" },
} as const;
type SendTable = (typeof SENDS)[keyof typeof SENDS];
const SUBSCRIPTION_COLUMNS = `team, channel, story, time, time_zone AS "timeZone",
  subscribed_by AS "subscribedBy", created_at AS "createdAt", paused_reason AS "pausedReason"`;
const DIGEST_COLUMNS = `team, channel, local_date AS "localDate", status, sent_at AS "sentAt",
  message_ts AS "messageTs", items`;

type SubscriptionRow = Omit<Subscription, "createdAt"> & { createdAt: Date };
type DigestRow = Omit<DigestRecord, "sentAt"> & { sentAt: Date | null };
const subscription = (row: SubscriptionRow): Subscription => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});
const digestRecord = (row: DigestRow): DigestRecord => ({
  ...row,
  sentAt: row.sentAt?.toISOString() ?? null,
});

/** The engine for several instances and many workspaces: PostgreSQL at DATABASE_URL. */
export class PostgresStore implements Store {
  readonly engine = "postgres";
  private readonly pool: pg.Pool;
  private readonly feed: ChangeFeed;
  private readonly onError: (error: Error) => void;
  private listener: pg.Client | null = null;
  private listening = false;
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly options: PostgresOptions,
  ) {
    this.onError = options.onError ?? (() => {});
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
    });
    // An idle connection that drops is replaced by the pool; without a handler it would crash.
    this.pool.on("error", (error) => this.onError(error));
    this.feed = new ChangeFeed(() => this.versions(), options.pollMs ?? 2_000, this.onError);
  }

  /** Connects, checks the credentials and applies migrations; failures name DATABASE_URL. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(url, options);
    try {
      await store.migrate();
      // The versions as opened are the baseline: a change another instance makes before this
      // one's first listener subscribes is still told to it.
      await store.feed.check();
    } catch (error) {
      await store.pool.end().catch(() => {});
      throw new StoreError(
        `Cannot use the database at ${maskDatabaseUrl(url)} (DATABASE_URL): ${(error as Error).message}`,
      );
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
      );
      const done = new Set(
        (await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map(
          (r) => r.version,
        ),
      );
      for (const { version, sql } of MIGRATIONS) {
        if (done.has(version)) continue;
        await client.query(sql);
        await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [version]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** A query, retried with backoff while the database is unreachable; each retry is reported. */
  private async query<R extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    const attempts = this.options.attempts ?? 6;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.pool.query<R>(text, values);
      } catch (error) {
        if (!isConnectionError(error) || attempt >= attempts || this.closed) throw error;
        const wait = Math.min(200 * 2 ** (attempt - 1), 4_000);
        this.onError(
          new Error(
            `Database connection failed (${(error as Error).message}); retry ${attempt} of ${attempts - 1} in ${wait} ms`,
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  async createDraft(d: NewIntakeDraft): Promise<{ draft: IntakeDraft; created: boolean }> {
    const inserted = await this.query(
      `INSERT INTO intake_drafts (id, team, sha256, article, draft, story, status, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'review', $7, $8) ON CONFLICT (team, sha256) DO NOTHING`,
      [d.id, d.team, d.sha256, d.article, d.draft, d.story, d.createdBy, d.createdAt],
    );
    const { rows } = await this.query<IntakeDraft>(
      `SELECT ${INTAKE.draft} FROM intake_drafts WHERE team = $1 AND sha256 = $2`,
      [d.team, d.sha256],
    );
    return { draft: rows[0] as IntakeDraft, created: (inserted.rowCount ?? 0) > 0 };
  }

  async intakeDraft(id: string): Promise<IntakeDraft | null> {
    const { rows } = await this.query<IntakeDraft>(
      `SELECT ${INTAKE.draft} FROM intake_drafts WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setReviewMessage(id: string, channel: string, ts: string): Promise<void> {
    await this.query("UPDATE intake_drafts SET review_channel = $1, review_ts = $2 WHERE id = $3", [
      channel,
      ts,
      id,
    ]);
  }

  async setDraftStory(id: string, story: string | null): Promise<void> {
    await this.query("UPDATE intake_drafts SET story = $1 WHERE id = $2", [story, id]);
  }

  async decide(d: ClaimDecision): Promise<void> {
    await this.query(
      `INSERT INTO intake_decisions (draft_id, claim_index, decision, stance, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (draft_id, claim_index) DO UPDATE SET decision = EXCLUDED.decision,
         stance = EXCLUDED.stance, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at`,
      [d.draftId, d.index, d.decision, d.stance, d.decidedBy, d.decidedAt],
    );
  }

  async decisions(draftId: string): Promise<ClaimDecision[]> {
    const { rows } = await this.query<ClaimDecision>(
      `SELECT ${INTAKE.decision} FROM intake_decisions WHERE draft_id = $1 ORDER BY claim_index`,
      [draftId],
    );
    return rows;
  }

  async addRepair(r: NewDraftRepair): Promise<boolean> {
    const result = await this.query(
      `INSERT INTO intake_repairs (draft_id, repair, made_by, made_at)
       SELECT $1, $2, $3, $4
       WHERE EXISTS (SELECT 1 FROM intake_drafts WHERE id = $1 AND status = 'review')`,
      [r.draftId, r.repair, r.madeBy, r.madeAt],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async repairs(draftId: string): Promise<DraftRepair[]> {
    const { rows } = await this.query<DraftRepair>(
      `SELECT ${INTAKE.repair} FROM intake_repairs WHERE draft_id = $1 ORDER BY seq`,
      [draftId],
    );
    // BIGSERIAL comes back as text.
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  }

  async publishDraft(draftId: string, s: PublishedSource): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      // The row lock makes a second publisher wait, then see the status it no longer matches.
      const changed = await client.query(
        "UPDATE intake_drafts SET status = 'published', source_id = $1 WHERE id = $2 AND status = 'review'",
        [s.sourceId, draftId],
      );
      if ((changed.rowCount ?? 0) === 0) {
        await client.query("ROLLBACK");
        return false;
      }
      await client.query(
        `INSERT INTO published_sources (source_id, story, team, draft_id, sha256, article, entries, published_by, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          s.sourceId,
          s.story,
          s.team,
          s.draftId,
          s.sha256,
          s.article,
          s.entries,
          s.publishedBy,
          s.publishedAt,
        ],
      );
      await client.query("COMMIT");
      return true;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async publishedSources(): Promise<PublishedSource[]> {
    const { rows } = await this.query<PublishedSource>(
      `SELECT ${INTAKE.published} FROM published_sources ORDER BY published_at, source_id`,
    );
    return rows;
  }

  async publishedByHash(sha256: string): Promise<PublishedSource | null> {
    const { rows } = await this.query<PublishedSource>(
      `SELECT ${INTAKE.published} FROM published_sources WHERE sha256 = $1`,
      [sha256],
    );
    return rows[0] ?? null;
  }

  async retract(r: Retraction): Promise<boolean> {
    const result = await this.query(
      `INSERT INTO retractions (source_id, state, story, reason, retracted_by, retracted_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (source_id, state) DO NOTHING`,
      [r.sourceId, r.state, r.story, r.reason, r.retractedBy, r.retractedAt],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async retractions(): Promise<Retraction[]> {
    const { rows } = await this.query<Retraction>(
      `SELECT ${INTAKE.retraction} FROM retractions ORDER BY retracted_at`,
    );
    return rows;
  }

  async addStory(story: EditorStory): Promise<boolean> {
    const result = await this.query(
      `INSERT INTO editor_stories (id, team, entry, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [story.id, story.team, story.entry, story.createdBy, story.createdAt],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async editorStories(): Promise<EditorStory[]> {
    const { rows } = await this.query<EditorStory>(
      `SELECT ${INTAKE.story} FROM editor_stories ORDER BY created_at, id`,
    );
    return rows;
  }

  async audit(e: AuditEntry): Promise<void> {
    await this.query(
      `INSERT INTO audit_log (team, user_id, action, outcome, story, subject, states, detail, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        e.team,
        e.user,
        e.action,
        e.outcome,
        e.story,
        e.subject,
        statesText(e.states),
        e.detail,
        e.at,
      ],
    );
  }

  async auditLog(
    filter: { state?: string; limit?: number; team?: string } = {},
  ): Promise<AuditEntry[]> {
    const { rows } = await this.query<AuditRow>(
      `SELECT ${INTAKE.audit} FROM audit_log WHERE ($1::text IS NULL OR states LIKE $2)
       AND ($4::text IS NULL OR team = $4) ORDER BY seq DESC LIMIT $3`,
      [filter.state ?? null, `%,${filter.state ?? ""},%`, filter.limit ?? 100, filter.team ?? null],
    );
    return rows.map(auditEntry);
  }

  async savePage(p: StoredPage): Promise<void> {
    await this.query(
      `INSERT INTO fetched_pages (draft_id, team, url, final_url, canonical_url, fetched_at, content_type, sha256, html, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (draft_id) DO NOTHING`,
      [
        p.draftId,
        p.team,
        p.url,
        p.finalUrl,
        p.canonicalUrl,
        p.fetchedAt,
        p.contentType,
        p.sha256,
        p.html,
        p.metadata,
      ],
    );
  }

  async fetchedPage(draftId: string): Promise<StoredPage | null> {
    const { rows } = await this.query<StoredPage>(
      `SELECT ${PAGE_COLUMNS} FROM fetched_pages WHERE draft_id = $1`,
      [draftId],
    );
    return rows[0] ?? null;
  }

  async pagesByUrl(url: string): Promise<StoredPage[]> {
    const { rows } = await this.query<StoredPage>(
      `SELECT ${PAGE_COLUMNS} FROM fetched_pages WHERE canonical_url = $1 OR final_url = $1
       ORDER BY fetched_at, draft_id`,
      [url],
    );
    return rows;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.feed.stop();
    await this.listener?.end().catch(() => {});
    this.listener = null;
    await this.pool.end();
  }

  async adoptUnownedRows(team: string): Promise<void> {
    await this.query("UPDATE subscriptions SET team = $1 WHERE team = ''", [team]);
    await this.query("UPDATE digests SET team = $1 WHERE team = ''", [team]);
  }

  async hasUnownedRows(): Promise<boolean> {
    const { rows } = await this.query<{ found: boolean }>(
      "SELECT EXISTS (SELECT 1 FROM subscriptions WHERE team = '') OR EXISTS (SELECT 1 FROM digests WHERE team = '') AS found",
    );
    return rows[0]?.found === true;
  }

  async subscribe(sub: NewSubscription, now: Date): Promise<void> {
    await this.query(
      `INSERT INTO subscriptions (team, channel, story, time, time_zone, subscribed_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (team, channel) DO UPDATE SET story = $3, time = $4, time_zone = $5,
         subscribed_by = $6, paused_reason = NULL, paused_at = NULL`,
      [sub.team, sub.channel, sub.story ?? null, sub.time, sub.timeZone, sub.subscribedBy, now],
    );
  }

  async unsubscribe({ team, channel }: ChannelRef): Promise<boolean> {
    const result = await this.query("DELETE FROM subscriptions WHERE team = $1 AND channel = $2", [
      team,
      channel,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async subscription({ team, channel }: ChannelRef): Promise<Subscription | null> {
    const { rows } = await this.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE team = $1 AND channel = $2`,
      [team, channel],
    );
    return rows[0] ? subscription(rows[0]) : null;
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    const { rows } = await this.query<SubscriptionRow>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE paused_reason IS NULL ORDER BY team, channel`,
    );
    return rows.map(subscription);
  }

  async pause({ team, channel }: ChannelRef, reason: string, now: Date): Promise<void> {
    await this.query(
      "UPDATE subscriptions SET paused_reason = $1, paused_at = $2 WHERE team = $3 AND channel = $4",
      [reason, now, team, channel],
    );
  }

  async pauseTeam(team: string, reason: string, now: Date): Promise<number> {
    await this.query(
      "UPDATE alert_subscriptions SET paused_reason = $1, paused_at = $2 WHERE team = $3 AND paused_reason IS NULL",
      [reason, now.toISOString(), team],
    );
    const result = await this.query(
      "UPDATE subscriptions SET paused_reason = $1, paused_at = $2 WHERE team = $3 AND paused_reason IS NULL",
      [reason, now, team],
    );
    return result.rowCount ?? 0;
  }

  async channelStory({ team, channel }: ChannelRef): Promise<string | null> {
    const { rows } = await this.query<{ story: string | null }>(
      "SELECT story FROM channel_settings WHERE team = $1 AND channel = $2",
      [team, channel],
    );
    return rows[0]?.story ?? null;
  }

  async setChannelStory({ team, channel }: ChannelRef, story: string | null): Promise<void> {
    await this.query(
      `INSERT INTO channel_settings (team, channel, story) VALUES ($1, $2, $3)
       ON CONFLICT (team, channel) DO UPDATE SET story = EXCLUDED.story`,
      [team, channel, story],
    );
  }

  async claimDigest(
    ref: ChannelRef,
    localDate: string,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<DigestClaim> {
    // Digests keep their times as timestamptz.
    const stale = new Date(now.getTime() - leaseMs);
    return this.claimSend(SENDS.digest, ref, localDate, claimant, now, stale);
  }

  async markSent(
    { team, channel }: ChannelRef,
    localDate: string,
    messageTs: string | null,
    items: string[],
    now: Date,
  ): Promise<void> {
    await this.query(
      `UPDATE digests SET status = 'sent', sent_at = $1, message_ts = $2, items = $3
       WHERE team = $4 AND channel = $5 AND local_date = $6`,
      [now, messageTs, JSON.stringify(items), team, channel, localDate],
    );
  }

  async release(ref: ChannelRef, localDate: string): Promise<void> {
    await this.releaseSend(SENDS.digest, ref, localDate);
  }

  async isSent({ team, channel }: ChannelRef, localDate: string): Promise<boolean> {
    const { rowCount } = await this.query(
      "SELECT 1 FROM digests WHERE team = $1 AND channel = $2 AND local_date = $3 AND status = 'sent'",
      [team, channel, localDate],
    );
    return (rowCount ?? 0) > 0;
  }

  async lastSent({ team, channel }: ChannelRef, beforeDate?: string): Promise<DigestRecord | null> {
    const { rows } = await this.query<DigestRow>(
      `SELECT ${DIGEST_COLUMNS} FROM digests
       WHERE team = $1 AND channel = $2 AND status = 'sent' AND local_date < $3
       ORDER BY local_date DESC LIMIT 1`,
      [team, channel, beforeDate ?? "9999-12-31"],
    );
    return rows[0] ? digestRecord(rows[0]) : null;
  }

  async digestsFor({ team, channel }: ChannelRef): Promise<DigestRecord[]> {
    const { rows } = await this.query<DigestRow>(
      `SELECT ${DIGEST_COLUMNS} FROM digests WHERE team = $1 AND channel = $2 ORDER BY local_date`,
      [team, channel],
    );
    return rows.map(digestRecord);
  }

  async firstSeen(eventId: string, now: Date, ttlMs: number): Promise<boolean> {
    const { rowCount } = await this.query(
      `INSERT INTO handled_events (id, expires_at) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at
       WHERE handled_events.expires_at <= $3`,
      [eventId, new Date(now.getTime() + ttlMs), now],
    );
    return (rowCount ?? 0) > 0;
  }

  async purgeSeen(now: Date): Promise<void> {
    await this.query("DELETE FROM handled_events WHERE expires_at <= $1", [now]);
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const { enterprise, team } = keyOfInstallation(installation);
    await this.query(
      `INSERT INTO installations (enterprise_id, team_id, data, installed_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (enterprise_id, team_id) DO UPDATE SET data = EXCLUDED.data, installed_at = now()`,
      [enterprise, team, JSON.stringify(installation)],
    );
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const { enterprise, team } = installationKey(query);
    const { rows } = await this.query<{ data: Installation }>(
      "SELECT data FROM installations WHERE enterprise_id = $1 AND team_id = $2",
      [enterprise, team],
    );
    if (!rows[0]) throw new InstallationNotFound(`No installation for ${team || enterprise}`);
    return rows[0].data;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const { enterprise, team } = installationKey(query);
    await this.query("DELETE FROM installations WHERE enterprise_id = $1 AND team_id = $2", [
      enterprise,
      team,
    ]);
  }

  async installations(): Promise<Installation[]> {
    const { rows } = await this.query<{ data: Installation }>(
      "SELECT data FROM installations ORDER BY enterprise_id, team_id",
    );
    return rows.map((row) => row.data);
  }

  async scrubInstallations(): Promise<void> {
    // Rewrites the table, so dead row versions holding old tokens leave the data files.
    await this.query("VACUUM FULL installations");
  }

  async rememberEnterprise(team: string, enterprise: string): Promise<void> {
    await this.query(
      `INSERT INTO enterprise_teams (team_id, enterprise_id) VALUES ($1, $2)
       ON CONFLICT (team_id) DO UPDATE SET enterprise_id = EXCLUDED.enterprise_id`,
      [team, enterprise],
    );
  }

  async enterpriseOf(team: string): Promise<string | null> {
    const { rows } = await this.query<{ enterprise_id: string }>(
      "SELECT enterprise_id FROM enterprise_teams WHERE team_id = $1",
      [team],
    );
    return rows[0]?.enterprise_id ?? null;
  }

  async teamsOf(enterprise: string): Promise<string[]> {
    const { rows } = await this.query<{ team_id: string }>(
      "SELECT team_id FROM enterprise_teams WHERE enterprise_id = $1 ORDER BY team_id",
      [enterprise],
    );
    return rows.map((row) => row.team_id);
  }

  async datasetVersion(story?: string): Promise<number> {
    const versions = await this.versions();
    if (story !== undefined) return versions.get(story) ?? 0;
    let total = 0;
    for (const v of versions.values()) total += v;
    return total;
  }

  async bumpDatasetVersion(story: string = DEFAULT_STORY): Promise<number> {
    const { rows } = await this.query<{ version: string }>(
      `WITH bumped AS (
         INSERT INTO dataset_versions (story, version) VALUES ($1, 1)
         ON CONFLICT (story) DO UPDATE SET version = dataset_versions.version + 1
         RETURNING version)
       SELECT version, pg_notify('${NOTIFY_CHANNEL}', $1) FROM bumped`,
      [story],
    );
    void this.feed.check();
    return Number(rows[0]?.version ?? 0);
  }

  onDatasetChange(callback: (story: string) => void): () => void {
    void this.listen();
    return this.feed.subscribe(callback);
  }

  /** LISTEN on a connection of its own; the version poll covers the gaps while it reconnects. */
  private async listen(): Promise<void> {
    if (this.listening || this.closed) return;
    this.listening = true;
    const client = new pg.Client({ connectionString: this.url });
    let failed = false;
    const retry = (error: Error) => {
      if (failed) return;
      failed = true;
      this.onError(new Error(`Lost the LISTEN connection (${error.message}); reconnecting`));
      this.listener = null;
      client.end().catch(() => {});
      this.listening = false;
      setTimeout(() => void this.listen(), 1_000).unref();
    };
    client.on("error", retry);
    client.on("notification", () => void this.feed.check());
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      if (this.closed) await client.end();
      else this.listener = client;
    } catch (error) {
      if (!this.closed) retry(error as Error);
    }
  }

  async setAlerts(
    sub: Omit<AlertSubscription, "createdAt" | "pausedReason">,
    now: Date,
  ): Promise<void> {
    await this.query(
      `INSERT INTO alert_subscriptions (team, channel, story, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team, channel) DO UPDATE SET story = $3, created_by = $4,
         created_at = $5, paused_reason = NULL, paused_at = NULL`,
      [sub.team, sub.channel, sub.story, sub.createdBy, now.toISOString()],
    );
  }

  async alertsOff({ team, channel }: ChannelRef): Promise<boolean> {
    const result = await this.query(
      "DELETE FROM alert_subscriptions WHERE team = $1 AND channel = $2",
      [team, channel],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async alertSubscription({ team, channel }: ChannelRef): Promise<AlertSubscription | null> {
    const { rows } = await this.query<AlertSubscription>(
      `SELECT ${ALERT_SUBSCRIPTION_COLUMNS} FROM alert_subscriptions WHERE team = $1 AND channel = $2`,
      [team, channel],
    );
    return rows[0] ?? null;
  }

  async activeAlertSubscriptions(): Promise<AlertSubscription[]> {
    const { rows } = await this.query<AlertSubscription>(
      `SELECT ${ALERT_SUBSCRIPTION_COLUMNS} FROM alert_subscriptions
       WHERE paused_reason IS NULL ORDER BY team, channel`,
    );
    return rows;
  }

  async pauseAlerts({ team, channel }: ChannelRef, reason: string, now: Date): Promise<void> {
    await this.query(
      "UPDATE alert_subscriptions SET paused_reason = $1, paused_at = $2 WHERE team = $3 AND channel = $4",
      [reason, now.toISOString(), team, channel],
    );
  }

  async claimAlert(
    ref: ChannelRef,
    eventId: string,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<DigestClaim> {
    // Alerts keep their times as ISO text, the same in both engines.
    const stale = new Date(now.getTime() - leaseMs).toISOString();
    return this.claimSend(SENDS.alert, ref, eventId, claimant, now.toISOString(), stale);
  }

  async markAlertSent(
    { team, channel }: ChannelRef,
    eventId: string,
    messageTs: string | null,
    now: Date,
  ): Promise<void> {
    await this.query(
      `UPDATE alert_sends SET status = 'sent', sent_at = $1, message_ts = $2
       WHERE team = $3 AND channel = $4 AND event_id = $5`,
      [now.toISOString(), messageTs, team, channel, eventId],
    );
  }

  async releaseAlert(ref: ChannelRef, eventId: string): Promise<void> {
    await this.releaseSend(SENDS.alert, ref, eventId);
  }

  /**
   * Claims one message for a channel (a day's digest, a publish's alert) before it is posted:
   * fresh when no one has, stale when a claim older than the lease belongs to a process that
   * died mid-send, else null. Times come as the table keeps them (timestamptz or ISO text).
   */
  private async claimSend(
    { table, key }: SendTable,
    { team, channel }: ChannelRef,
    value: string,
    claimant: string,
    at: Date | string,
    stale: Date | string,
  ): Promise<DigestClaim> {
    const inserted = await this.query(
      `INSERT INTO ${table} (team, channel, ${key}, status, claimed_by, claimed_at)
       VALUES ($1, $2, $3, 'claimed', $4, $5) ON CONFLICT DO NOTHING`,
      [team, channel, value, claimant, at],
    );
    if ((inserted.rowCount ?? 0) > 0) return { kind: "fresh" };
    // One statement: the row lock and the re-checked condition let one instance take it over.
    const { rows } = await this.query<{ since: Date | string }>(
      `UPDATE ${table} t SET claimed_by = $4, claimed_at = $5
       FROM (SELECT claimed_at FROM ${table}
             WHERE team = $1 AND channel = $2 AND ${key} = $3 FOR UPDATE) old
       WHERE t.team = $1 AND t.channel = $2 AND t.${key} = $3
         AND t.status = 'claimed' AND t.claimed_at < $6
       RETURNING old.claimed_at AS since`,
      [team, channel, value, claimant, at, stale],
    );
    const since = rows[0]?.since;
    if (since === undefined) return null;
    return { kind: "stale", since: since instanceof Date ? since.toISOString() : since };
  }

  /** Gives a claim back after a failed post; a sent message stays recorded. */
  private async releaseSend(
    { table, key }: SendTable,
    { team, channel }: ChannelRef,
    value: string,
  ) {
    await this.query(
      `DELETE FROM ${table} WHERE team = $1 AND channel = $2 AND ${key} = $3 AND status = 'claimed'`,
      [team, channel, value],
    );
  }

  async alertsSent({ team, channel }: ChannelRef): Promise<string[]> {
    const { rows } = await this.query<{ id: string }>(
      "SELECT event_id AS id FROM alert_sends WHERE team = $1 AND channel = $2 AND status = 'sent'",
      [team, channel],
    );
    return rows.map((r) => r.id);
  }

  private async versions(): Promise<Map<string, number>> {
    const { rows } = await this.query<{ story: string; version: string }>(
      "SELECT story, version FROM dataset_versions",
    );
    return new Map(rows.map((r) => [r.story, Number(r.version)]));
  }
}
