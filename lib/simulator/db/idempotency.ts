import "server-only";
import { and, eq } from "drizzle-orm";
import { simIdempotency } from "@/lib/db/schema";
import type { SimIdempotencyRecord } from "../types";
import { decodeJson, encodeJson, encodeText } from "./codec";
import type { SimScope } from "./scope";

/** Skatteetaten's idempotencyKey records, by key (primary key). */
export async function getIdempotency(
  scope: SimScope,
  key: string,
): Promise<SimIdempotencyRecord | undefined> {
  const rows = await scope.db
    .select({ data: simIdempotency.data })
    .from(simIdempotency)
    .where(and(eq(simIdempotency.sandboxId, scope.sandboxId), eq(simIdempotency.key, encodeText(key))));
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/**
 * Stores the record unless one with its key exists; returns what is on record afterwards. One insert decides,
 * so two racing identical calls (on one instance or two) see one receipt.
 */
export async function rememberIdempotency(
  scope: SimScope,
  record: SimIdempotencyRecord,
): Promise<SimIdempotencyRecord> {
  const inserted = await scope.db
    .insert(simIdempotency)
    .values({ sandboxId: scope.sandboxId, key: encodeText(record.key), data: encodeJson(record) })
    .onConflictDoNothing()
    .returning({ key: simIdempotency.key });
  if (inserted.length > 0) return record;
  return (await getIdempotency(scope, record.key)) ?? record;
}
