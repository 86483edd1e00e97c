import "server-only";
import { generateKeyPair, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { simSigningKeys } from "@/lib/db/schema";

/**
 * The simulated Maskinporten's signing key: one row for the whole database, so every instance (and every
 * sandbox) signs with the same key and a token from one instance verifies on another. Created once:
 * insert-or-read, so two instances starting together end up with the same key.
 */
const KEY_ID = "maskinporten";

export interface StoredSigningKey {
  kid: string;
  pkcs8Pem: string;
}

export async function loadOrCreateSigningKey(db: DbOrTx): Promise<StoredSigningKey> {
  const existing = await readKey(db);
  if (existing) return existing;
  // Generated off the event loop (libuv's pool): RSA key generation takes tens to hundreds of milliseconds.
  const pkcs8Pem = await new Promise<string>((resolve, reject) =>
    generateKeyPair(
      "rsa",
      {
        modulusLength: 2048,
        privateKeyEncoding: { format: "pem", type: "pkcs8" },
        publicKeyEncoding: { format: "pem", type: "spki" },
      },
      (err, _publicKey, privateKey) => (err ? reject(err) : resolve(privateKey)),
    ),
  );
  await db
    .insert(simSigningKeys)
    .values({ id: KEY_ID, kid: `sim-mp-${randomUUID().slice(0, 8)}`, pkcs8Pem })
    .onConflictDoNothing();
  const stored = await readKey(db);
  if (!stored) throw new Error("the simulator's signing key could not be stored");
  return stored;
}

async function readKey(db: DbOrTx): Promise<StoredSigningKey | undefined> {
  const rows = await db
    .select({ kid: simSigningKeys.kid, pkcs8Pem: simSigningKeys.pkcs8Pem })
    .from(simSigningKeys)
    .where(eq(simSigningKeys.id, KEY_ID));
  return rows[0];
}
