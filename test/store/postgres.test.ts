import pg from "pg";
import { expect, it } from "vitest";
import { PostgresStore } from "../../src/store/postgres.js";
import { describePostgres, freshDatabase, TEST_DATABASE_URL } from "../helpers/postgres.js";
import { TcpProxy } from "../helpers/tcp-proxy.js";
import { storeBehaviour } from "./store.behaviour.js";

describePostgres(
  "PostgreSQL store",
  () => {
    storeBehaviour(async () => {
      const db = await freshDatabase();
      return {
        open: () => PostgresStore.open(db.url, { pollMs: 500 }),
        drop: db.drop,
        rawInstallations: async () => {
          const client = new pg.Client({ connectionString: db.url });
          await client.connect();
          try {
            const { rows } = await client.query("SELECT * FROM installations");
            return JSON.stringify(rows);
          } finally {
            await client.end();
          }
        },
      };
    });

    it("applies its migrations once when two instances start together", async () => {
      const db = await freshDatabase();
      const stores = await Promise.all([PostgresStore.open(db.url), PostgresStore.open(db.url)]);
      await stores[0].subscribe(
        { team: "T1", channel: "C1", time: "09:00", timeZone: "UTC", subscribedBy: "U1" },
        new Date(),
      );
      expect(await stores[1].subscription({ team: "T1", channel: "C1" })).not.toBeNull();
      for (const s of stores) await s.close();
      await db.drop();
    });

    it("retries and reports while the database is away, and carries on when it is back", async () => {
      const db = await freshDatabase();
      const target = new URL(db.url);
      const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
      await proxy.start();
      const viaProxy = new URL(db.url);
      viaProxy.port = String(proxy.port);
      const reported: string[] = [];
      const store = await PostgresStore.open(viaProxy.toString(), {
        onError: (error) => reported.push(error.message),
      });
      const ref = { team: "T1", channel: "C1" };
      await store.subscribe(
        { ...ref, time: "09:00", timeZone: "UTC", subscribedBy: "U1" },
        new Date(),
      );
      await proxy.cut();
      const pending = store.pause(ref, "not_in_channel", new Date());
      await new Promise((resolve) => setTimeout(resolve, 700));
      await proxy.start();
      await pending;
      expect((await store.subscription(ref))?.pausedReason).toBe("not_in_channel");
      expect(reported.some((m) => m.includes("retry 1 of"))).toBe(true);
      await store.close();
      await proxy.stop();
      await db.drop();
    });

    it("gives up on a query after its retries, with the error, rather than dropping it", async () => {
      const db = await freshDatabase();
      const target = new URL(db.url);
      const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
      await proxy.start();
      const viaProxy = new URL(db.url);
      viaProxy.port = String(proxy.port);
      const store = await PostgresStore.open(viaProxy.toString(), { attempts: 2 });
      await proxy.cut();
      await expect(store.isSent({ team: "T1", channel: "C1" }, "2026-11-21")).rejects.toThrow();
      await store.close();
      await db.drop();
    });

    it("stops start-up naming DATABASE_URL, with the password masked, when credentials are refused", async () => {
      const url = new URL(TEST_DATABASE_URL);
      url.username = "nobody_here";
      url.password = "s3cret-pass";
      const opening = PostgresStore.open(url.toString());
      await expect(opening).rejects.toThrow(/\(DATABASE_URL\)/);
      await expect(opening).rejects.toThrow("nobody_here:***@");
      await expect(opening).rejects.not.toThrow("s3cret-pass");
    });
  },
  { announce: true },
);
