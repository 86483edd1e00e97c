import "server-only";
import type { KeyObject } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { wizardKeys } from "../db/schema";
import { MissingKeyError, signGrant, type GrantSigner } from "../maskinporten/signer";
import { decryptPrivateKey, encryptPrivateKey } from "./at-rest";
import { privateKeyObject, privateKeyPem } from "./index";

/**
 * The only code that reads wizard_keys.private_key_enc. The signer gets a KeyObject for the length of one
 * signature (`withPrivateKey`); the one-time download gets the PEM once, enforced by the database
 * (`downloadOnce`). Nothing here keeps a decrypted key after it returns.
 */
export interface KeyStore {
  db: Db;
  /** The master secret (SESSION_SECRET, or the one generated into the data folder). */
  secret: string;
}

/** Stores (or replaces) the session's key, not yet downloaded. Runs inside the state write's transaction. */
export async function putPrivateKey(
  tx: DbOrTx,
  sessionId: string,
  kid: string,
  pkcs8: Buffer,
  secret: string,
  downloaded = false,
): Promise<void> {
  const privateKeyEnc = encryptPrivateKey(pkcs8, sessionId, secret);
  const downloadedAt = downloaded ? new Date() : null;
  await tx
    .insert(wizardKeys)
    .values({ sessionId, kid, privateKeyEnc, downloadedAt })
    .onConflictDoUpdate({
      target: wizardKeys.sessionId,
      set: { kid, privateKeyEnc, downloadedAt, createdAt: sql`now()` },
    });
}

export async function deletePrivateKey(tx: DbOrTx, sessionId: string): Promise<void> {
  await tx.delete(wizardKeys).where(eq(wizardKeys.sessionId, sessionId));
}

/** What the state may know of the stored key: which one it is and whether it was downloaded. */
export async function storedKeyStatus(
  db: DbOrTx,
  sessionId: string,
): Promise<{ kid: string; downloaded: boolean } | null> {
  const [row] = await db
    .select({ kid: wizardKeys.kid, downloadedAt: wizardKeys.downloadedAt })
    .from(wizardKeys)
    .where(eq(wizardKeys.sessionId, sessionId));
  return row ? { kid: row.kid, downloaded: row.downloadedAt !== null } : null;
}

/** Lends the session's private key (kid `kid`) to `fn`, decrypted for that call only. */
export async function withPrivateKey<T>(
  store: KeyStore,
  sessionId: string,
  kid: string,
  fn: (key: KeyObject) => Promise<T> | T,
): Promise<T> {
  const [row] = await store.db
    .select({ kid: wizardKeys.kid, enc: wizardKeys.privateKeyEnc })
    .from(wizardKeys)
    .where(eq(wizardKeys.sessionId, sessionId));
  if (!row || row.kid !== kid) throw new MissingKeyError();
  return fn(privateKeyObject(decryptPrivateKey(row.enc, sessionId, store.secret)));
}

/** The grant signer of one session: each signature reads and decrypts its key anew. */
export function sessionSigner(store: () => Promise<KeyStore>, sessionId: string | null): GrantSigner {
  return {
    id: `session:${sessionId ?? "-"}`,
    async sign(header, claims) {
      if (!sessionId) throw new MissingKeyError();
      return withPrivateKey(await store(), sessionId, header.kid, (key) => signGrant(key, header, claims));
    },
  };
}

export type DownloadResult =
  { kind: "pem"; kid: string; pem: string } | { kind: "alreadyDownloaded" } | { kind: "none" };

/**
 * The one-time download. Marking the key downloaded and reading it is one statement, so of two requests
 * racing (two tabs, a double click, a replayed request) exactly one gets the PEM.
 */
export async function downloadOnce(store: KeyStore, sessionId: string | null): Promise<DownloadResult> {
  if (!sessionId) return { kind: "none" };
  const [row] = await store.db
    .update(wizardKeys)
    .set({ downloadedAt: sql`now()` })
    .where(and(eq(wizardKeys.sessionId, sessionId), isNull(wizardKeys.downloadedAt)))
    .returning({ kid: wizardKeys.kid, enc: wizardKeys.privateKeyEnc });
  if (!row)
    return (await storedKeyStatus(store.db, sessionId)) ? { kind: "alreadyDownloaded" } : { kind: "none" };
  const pem = privateKeyPem(decryptPrivateKey(row.enc, sessionId, store.secret));
  return { kind: "pem", kid: row.kid, pem };
}
