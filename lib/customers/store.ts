import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { wizardCustomers } from "../db/schema";
import { systemKindSchema } from "../session/state";
import type { Customer, CustomerChange, CustomerRequestBody, Holdings } from "./model";

/**
 * Every read and write of wizard_customers. One customer is one row keyed by (session, system, orgno): an
 * upsert of one customer never touches another's row, so two tabs adding different customers both keep
 * theirs, and a withdrawal changes one row. Writes come after the outbound calls (see lib/session/store.ts).
 */
type Row = typeof wizardCustomers.$inferSelect;

function toCustomer(r: Row): Customer {
  const kind = systemKindSchema.safeParse(r.requestKind);
  return {
    systemId: r.systemId,
    orgNo: r.orgNo,
    kind: kind.success ? kind.data : "standard",
    externalRef: r.externalRef,
    requestId: r.requestId,
    status: r.status,
    confirmUrl: r.confirmUrl,
    request: r.request as CustomerRequestBody,
    systemUserId: r.systemUserId,
    held: (r.held as Holdings | null) ?? null,
    change: (r.changeRequest as CustomerChange | null) ?? null,
    errorCode: r.errorCode,
    createdAt: r.createdAt.getTime(),
    updatedAt: r.updatedAt.getTime(),
    checkedAt: r.checkedAt?.getTime() ?? null,
  };
}

function toRow(sessionId: string, c: Customer): typeof wizardCustomers.$inferInsert {
  return {
    sessionId,
    systemId: c.systemId,
    orgNo: c.orgNo,
    requestKind: c.kind,
    externalRef: c.externalRef,
    requestId: c.requestId,
    status: c.status,
    confirmUrl: c.confirmUrl,
    request: c.request,
    systemUserId: c.systemUserId,
    held: c.held,
    changeRequest: c.change,
    errorCode: c.errorCode,
    createdAt: new Date(c.createdAt),
    updatedAt: new Date(c.updatedAt),
    checkedAt: c.checkedAt === null ? null : new Date(c.checkedAt),
  };
}

/** The system's customers in this session, the most recently changed first. */
export async function listCustomers(db: DbOrTx, sessionId: string, systemId: string): Promise<Customer[]> {
  const rows = await db
    .select()
    .from(wizardCustomers)
    .where(and(eq(wizardCustomers.sessionId, sessionId), eq(wizardCustomers.systemId, systemId)))
    .orderBy(desc(wizardCustomers.updatedAt), wizardCustomers.orgNo);
  return rows.map(toCustomer);
}

export async function findCustomer(
  db: DbOrTx,
  sessionId: string,
  systemId: string,
  orgNo: string,
): Promise<Customer | null> {
  const [row] = await db
    .select()
    .from(wizardCustomers)
    .where(
      and(
        eq(wizardCustomers.sessionId, sessionId),
        eq(wizardCustomers.systemId, systemId),
        eq(wizardCustomers.orgNo, orgNo),
      ),
    );
  return row ? toCustomer(row) : null;
}

/** Inserts or replaces these customers (one statement, in batches so hundreds stay one round trip each). */
export async function saveCustomers(db: DbOrTx, sessionId: string, list: readonly Customer[]): Promise<void> {
  for (let i = 0; i < list.length; i += 200) {
    const batch = list.slice(i, i + 200).map((c) => toRow(sessionId, c));
    await db
      .insert(wizardCustomers)
      .values(batch)
      .onConflictDoUpdate({
        target: [wizardCustomers.sessionId, wizardCustomers.systemId, wizardCustomers.orgNo],
        set: {
          requestKind: sql`excluded.request_kind`,
          externalRef: sql`excluded.external_ref`,
          requestId: sql`excluded.request_id`,
          status: sql`excluded.status`,
          confirmUrl: sql`excluded.confirm_url`,
          request: sql`excluded.request`,
          systemUserId: sql`excluded.system_user_id`,
          held: sql`excluded.held`,
          changeRequest: sql`excluded.change_request`,
          errorCode: sql`excluded.error_code`,
          updatedAt: sql`excluded.updated_at`,
          checkedAt: sql`excluded.checked_at`,
        },
      });
  }
}

/** Adds the customer only when the session has no row for it yet (bringing in a saved single request). */
export async function insertCustomerIfMissing(db: DbOrTx, sessionId: string, c: Customer): Promise<void> {
  await db.insert(wizardCustomers).values(toRow(sessionId, c)).onConflictDoNothing();
}
