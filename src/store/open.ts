import { PostgresStore } from "./postgres.js";
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

export interface StoreSettings {
  DATABASE_URL?: string | undefined;
  DATABASE_PATH: string;
}

/** PostgreSQL when DATABASE_URL is set (several instances), else the SQLite file. */
export async function openStore(
  settings: StoreSettings,
  onError: (error: Error) => void = () => {},
): Promise<Store> {
  if (settings.DATABASE_URL) return PostgresStore.open(settings.DATABASE_URL, { onError });
  return new SqliteStore(settings.DATABASE_PATH, { onError });
}
