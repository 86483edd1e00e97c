import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { simChangeRequests } from "@/lib/db/schema";
import type { SimChangeRequest } from "../types";
import { decodeJson, encodeJson, encodeText } from "./codec";
import type { SimScope } from "./scope";

/** Change requests (contracts-more §2): by correlation-id, by the system user's key, and by system. */
const notDeleted = sql`(${simChangeRequests.data}->>'isDeleted')::boolean is not true`;

export async function findChangeRequest(scope: SimScope, id: string): Promise<SimChangeRequest | undefined> {
  const rows = await scope.db
    .select({ data: simChangeRequests.data })
    .from(simChangeRequests)
    .where(
      and(
        eq(simChangeRequests.sandboxId, scope.sandboxId),
        eq(simChangeRequests.id, encodeText(id)),
        notDeleted,
      ),
    );
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/** Any change request of the external key. Altinn's SQL has no ORDER BY; the simulator takes the newest. */
export async function findChangeRequestByKey(
  scope: SimScope,
  systemId: string,
  orgNo: string,
  externalRef: string,
): Promise<SimChangeRequest | undefined> {
  const rows = await scope.db
    .select({ data: simChangeRequests.data })
    .from(simChangeRequests)
    .where(
      and(
        eq(simChangeRequests.sandboxId, scope.sandboxId),
        eq(simChangeRequests.systemId, encodeText(systemId)),
        sql`${simChangeRequests.data}->>'partyOrgNo' = ${encodeText(orgNo)}`,
        sql`${simChangeRequests.data}->>'externalRef' = ${encodeText(externalRef)}`,
        notDeleted,
      ),
    )
    .orderBy(sql`${simChangeRequests.createdAt} desc`)
    .limit(1);
  return rows[0] ? decodeJson(rows[0].data) : undefined;
}

/** The first `limit` change requests of the system in creation order (Altinn ignores the page token). */
export async function listChangeRequestsBySystem(
  scope: SimScope,
  systemId: string,
  limit: number,
): Promise<SimChangeRequest[]> {
  const rows = await scope.db
    .select({ data: simChangeRequests.data })
    .from(simChangeRequests)
    .where(
      and(
        eq(simChangeRequests.sandboxId, scope.sandboxId),
        eq(simChangeRequests.systemId, encodeText(systemId)),
        notDeleted,
      ),
    )
    .orderBy(asc(simChangeRequests.createdAt), asc(simChangeRequests.id))
    .limit(limit);
  return rows.map((r) => decodeJson(r.data));
}

export async function putChangeRequest(scope: SimScope, r: SimChangeRequest): Promise<void> {
  await scope.db
    .insert(simChangeRequests)
    .values({
      sandboxId: scope.sandboxId,
      id: encodeText(r.id),
      systemId: encodeText(r.systemId),
      systemUserId: encodeText(r.systemUserId),
      data: encodeJson(r),
    })
    .onConflictDoUpdate({
      target: [simChangeRequests.sandboxId, simChangeRequests.id],
      set: { data: encodeJson(r) },
    });
}
