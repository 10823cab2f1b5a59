import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, it } from "vitest";

/**
 * A real PostgreSQL for the tests, from TEST_DATABASE_URL (`bash .ci/run` starts a throwaway
 * one on loopback and sets it). Without it these tests are skipped, except under CI=true,
 * where that is a failure.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "";

export const HOW_TO_RUN_POSTGRES_TESTS =
  "PostgreSQL tests skipped: run them with TEST_DATABASE_URL=postgres://user@127.0.0.1:5432/postgres npm test, or bash .ci/run";

/** `describe` when a test database is configured; else skipped (or failed under CI). */
export function describePostgres(
  name: string,
  body: () => void,
  options: { announce?: boolean } = {},
): void {
  if (TEST_DATABASE_URL) {
    describe(name, body);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs TEST_DATABASE_URL under CI", () => {
        throw new Error("TEST_DATABASE_URL is not set; CI must run the PostgreSQL tests");
      });
    });
    return;
  }
  if (options.announce) console.log(HOW_TO_RUN_POSTGRES_TESTS);
  describe.skip(name, body);
}

/** A new, empty database on the test server, so tests share no state; dropped by `drop`. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `voterdata_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
