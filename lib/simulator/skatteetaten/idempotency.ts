import { own } from "../http";
import { createHash } from "node:crypto";
import type { Sim } from "../sim";
import type { SimIdempotencyRecord } from "../types";

/**
 * The innrapportering APIs' idempotencyKey: "Flere etterfølgende POST kall med samme request-body og samme
 * idempotencyKey vil gi den samme responsen. Kun det første ... vil behandles." A key reused with another
 * body is refused (GLD_019). Only accepted submissions are recorded, so a rejected one can be corrected
 * and sent again with the same key. Keys are scoped per API and vendor, so one vendor never receives
 * another's receipt.
 */
const KEEP_MS = 7 * 24 * 3600 * 1000;

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

export function lookup(sim: Sim, key: string, hash: string): Lookup {
  const record = own(sim.store.get().idempotency, key);
  if (!record) return { kind: "new" };
  return record.bodyHash === hash ? { kind: "replay", record } : { kind: "conflict" };
}

/**
 * Stores the answer unless a concurrent request with the same key got there first; returns what is on
 * record afterwards (which decides the answer, so two racing identical calls see one receipt).
 */
export async function remember(sim: Sim, record: SimIdempotencyRecord, prefix: string): Promise<Lookup> {
  return sim.store.mutate((s) => {
    for (const [k, r] of Object.entries(s.idempotency)) {
      if (k.startsWith(prefix) && record.created - r.created > KEEP_MS) delete s.idempotency[k];
    }
    const existing = own(s.idempotency, record.key);
    if (existing) {
      return existing.bodyHash === record.bodyHash
        ? { kind: "replay", record: existing }
        : { kind: "conflict" };
    }
    s.idempotency[record.key] = record;
    return { kind: "new" };
  });
}
