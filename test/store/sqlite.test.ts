import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite.js";
import { storeBehaviour } from "./store.behaviour.js";

describe("SQLite store", () => {
  storeBehaviour(async () => {
    const dir = mkdtempSync(join(tmpdir(), "voterdata-store-"));
    const path = join(dir, "voterdata.db");
    return {
      open: async () => new SqliteStore(path, { pollMs: 200 }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
      // The file's bytes, and the write-ahead log's, where fresh rows sit until a checkpoint.
      rawInstallations: async () =>
        [path, `${path}-wal`]
          .filter((file) => existsSync(file))
          .map((file) => readFileSync(file).toString("latin1"))
          .join("\n"),
    };
  });

  it("keeps a database written before workspaces, for the workspace that adopts it", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "voterdata-store-")), "old.db");
    const old = new Database(path);
    old.exec(`CREATE TABLE subscriptions (channel TEXT PRIMARY KEY, time TEXT NOT NULL,
      time_zone TEXT NOT NULL, subscribed_by TEXT NOT NULL, created_at TEXT NOT NULL,
      paused_reason TEXT, paused_at TEXT);
      CREATE TABLE digests (channel TEXT NOT NULL, local_date TEXT NOT NULL, status TEXT NOT NULL,
      claimed_by TEXT NOT NULL, claimed_at TEXT NOT NULL, sent_at TEXT, message_ts TEXT,
      items TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (channel, local_date));
      INSERT INTO subscriptions VALUES ('C1', '08:00', 'UTC', 'U1', '2026-11-01T00:00:00.000Z', NULL, NULL);
      INSERT INTO digests VALUES ('C1', '2026-11-02', 'sent', 'x', '2026-11-02T08:00:00.000Z',
        '2026-11-02T08:00:01.000Z', '1.2', '["source:a"]');
      PRAGMA user_version = 1;`);
    old.close();
    const store = new SqliteStore(path);
    expect(await store.hasUnownedRows()).toBe(true);
    await store.adoptUnownedRows("T1");
    expect(await store.hasUnownedRows()).toBe(false);
    const ref = { team: "T1", channel: "C1" };
    expect((await store.subscription(ref))?.time).toBe("08:00");
    expect((await store.lastSent(ref))?.items).toEqual(["source:a"]);
    await store.close();
  });

  it("names DATABASE_PATH when the file cannot be opened", () => {
    const dir = mkdtempSync(join(tmpdir(), "voterdata-store-"));
    expect(() => new SqliteStore(dir)).toThrow(
      `Cannot open the database at ${dir} (DATABASE_PATH)`,
    );
  });
});
