import type { Store } from "./store.js";

export interface StoreSettings {
  DATABASE_URL?: string | undefined;
  DATABASE_PATH: string;
}

/**
 * PostgreSQL when DATABASE_URL is set (several instances), else the SQLite file. Only the
 * engine in use is loaded.
 */
export async function openStore(
  settings: StoreSettings,
  onError: (error: Error) => void = () => {},
): Promise<Store> {
  if (settings.DATABASE_URL) {
    const { PostgresStore } = await import("./postgres.js");
    return PostgresStore.open(settings.DATABASE_URL, { onError });
  }
  const { SqliteStore } = await import("./sqlite.js");
  return new SqliteStore(settings.DATABASE_PATH, { onError });
}
