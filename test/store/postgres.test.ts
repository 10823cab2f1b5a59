import { expect, it } from "vitest";
import { PostgresStore } from "../../src/store/postgres.js";
import { describePostgres, freshDatabase, TEST_DATABASE_URL } from "../helpers/postgres.js";
import { storeBehaviour } from "./store.behaviour.js";

describePostgres(
  "PostgreSQL store",
  () => {
    storeBehaviour(async () => {
      const db = await freshDatabase();
      return { open: () => PostgresStore.open(db.url, { pollMs: 500 }), drop: db.drop };
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
