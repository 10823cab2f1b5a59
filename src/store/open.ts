import type { Store } from "./store.js";
import type { TokenKeys } from "./token-cipher.js";

export interface StoreSettings {
  DATABASE_URL?: string | undefined;
  DATABASE_PATH: string;
  /** With keys, installations' tokens are sealed at rest (OAuth mode). */
  tokenKeys?: TokenKeys | null;
}

/**
 * PostgreSQL when DATABASE_URL is set (several instances), else the SQLite file. Only the
 * engine in use is loaded. With token keys, installations stored in the clear are sealed now and
 * a key that does not open the others stops here (TokenKeyError), before any request.
 */
export async function openStore(
  settings: StoreSettings,
  onError: (error: Error) => void = () => {},
): Promise<Store> {
  const engine = await openEngine(settings, onError);
  if (!settings.tokenKeys) return engine;
  const { TokenCipher, sealStoredTokens, withSealedTokens } = await import("./token-cipher.js");
  const cipher = new TokenCipher(settings.tokenKeys);
  try {
    await sealStoredTokens(engine, cipher);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return withSealedTokens(engine, cipher);
}

async function openEngine(
  settings: StoreSettings,
  onError: (error: Error) => void,
): Promise<Store> {
  if (settings.DATABASE_URL) {
    const { PostgresStore } = await import("./postgres.js");
    return PostgresStore.open(settings.DATABASE_URL, { onError });
  }
  const { SqliteStore } = await import("./sqlite.js");
  return new SqliteStore(settings.DATABASE_PATH, { onError });
}
