import { createHash } from "node:crypto";
import { getIdempotency, rememberIdempotency } from "../db/idempotency";
import type { SimScope } from "../db/scope";
import type { SimIdempotencyRecord } from "../types";

/**
 * The innrapportering APIs' idempotencyKey: "Flere etterfølgende POST kall med samme request-body og samme
 * idempotencyKey vil gi den samme responsen. Kun det første ... vil behandles." A key reused with another
 * body is refused (GLD_019). Only accepted submissions are recorded, so a rejected one can be corrected
 * and sent again with the same key. Keys are scoped per API and vendor, so one vendor never receives
 * another's receipt. Records are kept a day (pruned with the rest: db/prune.ts).
 */

export function recordKey(api: string, vendorOrgno: string, idempotencyKey: string): string {
  return `${api}:${vendorOrgno}:${idempotencyKey.toLowerCase()}`;
}

/** Hash of the request as it matters: the path's year and the body's JSON value (key order and spacing ignored). */
export function requestHash(year: string, body: unknown): string {
  return createHash("sha256")
    .update(`${year}\n${canonicalJson(body)}`)
    .digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export type Lookup =
  { kind: "new" } | { kind: "replay"; record: SimIdempotencyRecord } | { kind: "conflict" };

export async function lookup(scope: SimScope, key: string, hash: string): Promise<Lookup> {
  const record = await getIdempotency(scope, key);
  if (!record) return { kind: "new" };
  return record.bodyHash === hash ? { kind: "replay", record } : { kind: "conflict" };
}

/**
 * Stores the answer unless a concurrent request with the same key got there first; returns what is on
 * record afterwards (which decides the answer, so two racing identical calls see one receipt).
 */
export async function remember(scope: SimScope, record: SimIdempotencyRecord): Promise<Lookup> {
  const stored = await rememberIdempotency(scope, record);
  if (stored === record) return { kind: "new" };
  return stored.bodyHash === record.bodyHash ? { kind: "replay", record: stored } : { kind: "conflict" };
}
