import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Installation } from "@slack/bolt";
import { keyOfInstallation, type Store } from "./store.js";

/**
 * Slack tokens encrypted at rest: every bot, user and refresh token of an installation is sealed
 * with AES-256-GCM under TOKEN_ENCRYPTION_KEY before it reaches a store engine, so a copied
 * database or backup hands over no workspace. GCM authenticates, so a wrong key fails loudly
 * instead of yielding a garbled token; the installation's key (enterprise/team) is bound in as
 * associated data, so a sealed token moved to another row does not open either.
 */

export const KEY_VARIABLE = "TOKEN_ENCRYPTION_KEY";
export const PREVIOUS_KEY_VARIABLE = "TOKEN_ENCRYPTION_KEY_PREVIOUS";

/** enc:v1:<key id>:<base64url of iv | tag | ciphertext>; Slack's own tokens start with xox. */
const SEALED = /^enc:v1:([0-9a-f]{8}):([A-Za-z0-9_-]+)$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The stored installations cannot be opened with the configured key(s); names the variable. */
export class TokenKeyError extends Error {
  override name = "TokenKeyError";
}

/** A 32-byte key written as 64 hex digits or as base64; null when it is neither. */
export function parseTokenKey(value: string): Buffer | null {
  const text = value.trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text, "base64");
    if (bytes.length === 32) return bytes;
  }
  return null;
}

export const TOKEN_KEY_HINT =
  "must be 32 random bytes as 64 hex digits or base64 (make one with: openssl rand -hex 32)";

export interface TokenKeys {
  current: Buffer;
  previous: Buffer | null;
}

/** The fields of an installation that hold a secret. */
type TokenField = ["bot" | "user", "token" | "refreshToken"];
const TOKEN_FIELDS: TokenField[] = [
  ["bot", "token"],
  ["bot", "refreshToken"],
  ["user", "token"],
  ["user", "refreshToken"],
];

export class TokenCipher {
  private readonly currentId: string;
  private readonly previousId: string | null;

  constructor(private readonly keys: TokenKeys) {
    this.currentId = keyId(keys.current);
    this.previousId = keys.previous ? keyId(keys.previous) : null;
  }

  /** A copy of the installation with every token sealed under the current key. */
  seal(installation: Installation): Installation {
    const context = contextOf(installation);
    return mapTokens(installation, (value) =>
      isSealed(value) ? value : this.sealToken(value, context),
    );
  }

  /** A copy with every token opened; plaintext (not yet migrated) passes through. */
  open(installation: Installation): Installation {
    const context = contextOf(installation);
    return mapTokens(installation, (value) => this.openToken(value, context).token);
  }

  /**
   * What it takes to have this installation sealed under the current key: "current" when it is,
   * "plaintext" or "previous" when it needs sealing again. Throws TokenKeyError when no key fits.
   */
  state(installation: Installation): "current" | "plaintext" | "previous" {
    const context = contextOf(installation);
    let state: "current" | "plaintext" | "previous" = "current";
    mapTokens(installation, (value) => {
      const opened = this.openToken(value, context);
      if (opened.under !== "current" && state !== "plaintext") state = opened.under;
      return value;
    });
    return state;
  }

  /** Re-sealed under the current key, whatever it was stored under. */
  reseal(installation: Installation): Installation {
    return this.seal(this.open(installation));
  }

  private sealToken(token: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.keys.current, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
    return `enc:v1:${this.currentId}:${sealed}`;
  }

  private openToken(
    value: string,
    context: string,
  ): { token: string; under: "current" | "previous" | "plaintext" } {
    const match = SEALED.exec(value);
    if (!match) return { token: value, under: "plaintext" };
    const [, id, data] = match as unknown as [string, string, string];
    const bytes = Buffer.from(data, "base64url");
    const candidates: [Buffer, "current" | "previous"][] = [];
    if (id === this.currentId) candidates.push([this.keys.current, "current"]);
    if (this.keys.previous && id === this.previousId)
      candidates.push([this.keys.previous, "previous"]);
    for (const [key, under] of candidates) {
      const token = decrypt(key, bytes, context);
      if (token !== null) return { token, under };
    }
    throw new TokenKeyError(
      `${KEY_VARIABLE} does not fit the stored installations: the token of ${context.replace(/^\/|\/$/g, "")} was encrypted under another key. ` +
        `Set ${KEY_VARIABLE} to the key it was stored with (during a rotation, the old one in ${PREVIOUS_KEY_VARIABLE}).`,
    );
  }
}

/**
 * The store with tokens sealed on the way in and opened on the way out; every other call goes
 * straight to the engine. A Proxy, so the Store interface can grow without touching this.
 */
export function withSealedTokens(store: Store, cipher: TokenCipher): Store {
  const sealed: Partial<Store> = {
    storeInstallation: (installation) => store.storeInstallation(cipher.seal(installation)),
    fetchInstallation: async (query) => cipher.open(await store.fetchInstallation(query)),
    installations: async () => (await store.installations()).map((i) => cipher.open(i)),
  };
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, property) {
      if (property in sealed) return sealed[property as keyof Store];
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      let method = bound.get(property);
      if (!method) {
        method = value.bind(target);
        bound.set(property, method);
      }
      return method;
    },
  });
}

/**
 * Seals what the store holds in the clear (installations from before encryption) and checks that
 * the key opens the rest, so a wrong key stops start-up rather than a request; with `rotate`, also
 * re-seals what the previous key sealed (`voterdata rotate-key`). `store` is the engine itself.
 */
export async function sealStoredTokens(
  store: Store,
  cipher: TokenCipher,
  options: { rotate?: boolean } = {},
): Promise<{ total: number; sealed: number; rotated: number }> {
  const installations = await store.installations();
  let sealed = 0;
  let rotated = 0;
  const unfit: string[] = [];
  for (const installation of installations) {
    let state: ReturnType<TokenCipher["state"]>;
    try {
      state = cipher.state(installation);
    } catch (error) {
      if (!(error instanceof TokenKeyError)) throw error;
      unfit.push(contextOf(installation).replace(/^\/|\/$/g, ""));
      continue;
    }
    if (state === "plaintext" || (state === "previous" && options.rotate)) {
      await store.storeInstallation(cipher.reseal(installation));
      if (state === "plaintext") sealed++;
      else rotated++;
    }
  }
  if (sealed + rotated > 0) await store.scrubInstallations();
  if (unfit.length > 0) {
    throw new TokenKeyError(
      `${KEY_VARIABLE} does not fit the stored installations: ${unfit.length} of ${installations.length} ` +
        `(${unfit.slice(0, 5).join(", ")}${unfit.length > 5 ? ", ..." : ""}) were encrypted under another key. ` +
        `Set ${KEY_VARIABLE} to the key they were stored with; to change keys, put the old one in ` +
        `${PREVIOUS_KEY_VARIABLE} and run voterdata rotate-key.`,
    );
  }
  return { total: installations.length, sealed, rotated };
}

function isSealed(value: string): boolean {
  return SEALED.test(value);
}

function decrypt(key: Buffer, bytes: Buffer, context: string): string | null {
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const body = bytes.subarray(IV_BYTES + TAG_BYTES);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null; // the tag does not verify: another key, or a tampered row
  }
}

/** Names a key without revealing it, so a stored token says which key sealed it. */
function keyId(key: Buffer): string {
  return createHash("sha256").update("voterdata-token-key").update(key).digest("hex").slice(0, 8);
}

/** The row an installation is stored under, bound into each of its sealed tokens. */
function contextOf(installation: Installation): string {
  const { enterprise, team } = keyOfInstallation(installation);
  return `${enterprise}/${team}`;
}

function mapTokens(installation: Installation, change: (value: string) => string): Installation {
  const copy = { ...installation } as Installation;
  for (const [holder, field] of TOKEN_FIELDS) {
    const part = copy[holder] as Record<string, unknown> | undefined;
    const value = part?.[field];
    if (typeof value !== "string" || value === "") continue;
    const changed = { ...(copy[holder] as object), [field]: change(value) };
    (copy as unknown as Record<string, unknown>)[holder] = changed;
  }
  return copy;
}
