import "server-only";
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { simRequests, simSystems } from "@/lib/db/schema";
import type { SimRequest, SimSystem } from "../types";
import { decodeJson, decodeText, encodeJson, encodeText } from "./codec";
import type { SimScope } from "./scope";

/** System-user requests: by id, by the external key (systemId, partyOrgNo, externalRef) and by system. */
const notDeleted = sql`(${simRequests.data}->>'isDeleted')::boolean is not true`;

/**
 * Standard and agent requests share the table; Altinn's reads filter on the type, so a standard GET of an
 * agent id is 404 AUTH-00010 and the other way round (contracts-more §1.3). The generic DELETE does not.
 */
export type RequestKind = "standard" | "agent";
function ofKind(kind: RequestKind) {
  return kind === "agent"
    ? sql`${simRequests.data}->>'userType' = 'agent'`
    : sql`(${simRequests.data}->>'userType') is distinct from 'agent'`;
}

/** The request unless it is deleted. */
export async function findRequest(scope: SimScope, id: string): Promise<SimRequest | undefined> {
  const rows = await scope.db
    .select({ data: simRequests.data })
    .from(simRequests)
    .where(and(eq(simRequests.sandboxId, scope.sandboxId), eq(simRequests.id, encodeText(id)), notDeleted));
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/** A request with the vendor of the system it names (null when there is no such system), read in one query. */
export interface RequestWithVendor {
  request: SimRequest;
  systemVendorOrgNo: string | null;
}

/**
 * The request unless it is deleted, found by id or by the external key (the newest), with its system's vendor:
 * what Altinn's GET endpoints need to answer AUTH-00010 / AUTH-00011 / 200.
 */
export async function findRequestWithVendor(
  scope: SimScope,
  by: { id: string } | { systemId: string; orgNo: string; externalRef: string },
  kind: RequestKind = "standard",
): Promise<RequestWithVendor | undefined> {
  const key =
    "id" in by
      ? [eq(simRequests.id, encodeText(by.id))]
      : [
          eq(simRequests.systemId, encodeText(by.systemId)),
          eq(simRequests.partyOrgNo, encodeText(by.orgNo)),
          eq(simRequests.externalRef, encodeText(by.externalRef)),
        ];
  const rows = await scope.db
    .select({ data: simRequests.data, vendor: simSystems.vendorOrgNo })
    .from(simRequests)
    .leftJoin(
      simSystems,
      and(eq(simSystems.sandboxId, simRequests.sandboxId), eq(simSystems.systemId, simRequests.systemId)),
    )
    .where(and(eq(simRequests.sandboxId, scope.sandboxId), ...key, notDeleted, ofKind(kind)))
    .orderBy(desc(sql`${simRequests.data}->>'created'`), desc(simRequests.createdAt))
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  return {
    request: decodeJson(row.data),
    systemVendorOrgNo: row.vendor === null ? null : decodeText(row.vendor),
  };
}

/** The request unless it is deleted, with the system it names (if any), in one query. */
export async function findRequestWithSystem(
  scope: SimScope,
  id: string,
  kind: RequestKind = "standard",
): Promise<{ request: SimRequest; system: SimSystem | undefined } | undefined> {
  const rows = await scope.db
    .select({ data: simRequests.data, system: simSystems.data })
    .from(simRequests)
    .leftJoin(
      simSystems,
      and(eq(simSystems.sandboxId, simRequests.sandboxId), eq(simSystems.systemId, simRequests.systemId)),
    )
    .where(
      and(
        eq(simRequests.sandboxId, scope.sandboxId),
        eq(simRequests.id, encodeText(id)),
        notDeleted,
        ofKind(kind),
      ),
    )
    .limit(1);
  const row = rows[0];
  if (!row) return undefined;
  return { request: decodeJson(row.data), system: row.system ? decodeJson(row.system) : undefined };
}

/** The request as stored, deleted or not. */
export async function getRequestRecord(scope: SimScope, id: string): Promise<SimRequest | undefined> {
  const rows = await scope.db
    .select({ data: simRequests.data })
    .from(simRequests)
    .where(and(eq(simRequests.sandboxId, scope.sandboxId), eq(simRequests.id, encodeText(id))));
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/** The newest request (not deleted) for the external key. */
export async function findRequestByKey(
  scope: SimScope,
  systemId: string,
  orgNo: string,
  externalRef: string,
  kind: RequestKind = "standard",
): Promise<SimRequest | undefined> {
  const rows = await scope.db
    .select({ data: simRequests.data })
    .from(simRequests)
    .where(
      and(
        eq(simRequests.sandboxId, scope.sandboxId),
        eq(simRequests.systemId, encodeText(systemId)),
        eq(simRequests.partyOrgNo, encodeText(orgNo)),
        eq(simRequests.externalRef, encodeText(externalRef)),
        notDeleted,
        ofKind(kind),
      ),
    )
    .orderBy(desc(sql`${simRequests.data}->>'created'`), desc(simRequests.createdAt))
    .limit(1);
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/** Up to `limit` requests of the system (not deleted) with ids after `afterId`, in id order. */
export async function listRequestsBySystem(
  scope: SimScope,
  systemId: string,
  afterId: string,
  limit: number,
  kind: RequestKind = "standard",
): Promise<SimRequest[]> {
  const rows = await scope.db
    .select({ data: simRequests.data })
    .from(simRequests)
    .where(
      and(
        eq(simRequests.sandboxId, scope.sandboxId),
        eq(simRequests.systemId, encodeText(systemId)),
        gt(simRequests.id, encodeText(afterId)),
        notDeleted,
        ofKind(kind),
      ),
    )
    .orderBy(asc(simRequests.id))
    .limit(limit);
  return rows.map((r) => decodeJson(r.data));
}

/** Inserts or replaces the request (the key columns never change after creation). */
export async function putRequest(scope: SimScope, r: SimRequest): Promise<void> {
  await scope.db
    .insert(simRequests)
    .values({
      sandboxId: scope.sandboxId,
      id: encodeText(r.id),
      systemId: encodeText(r.systemId),
      partyOrgNo: encodeText(r.partyOrgNo),
      externalRef: encodeText(r.externalRef),
      data: encodeJson(r),
    })
    .onConflictDoUpdate({ target: [simRequests.sandboxId, simRequests.id], set: { data: encodeJson(r) } });
}
