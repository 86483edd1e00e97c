import "server-only";
import { and, asc, count, eq, ilike, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { simOrgs } from "@/lib/db/schema";
import { SYNTHETIC_ORGS, type SyntheticOrg } from "../orgs";
import { encodeText } from "./codec";
import type { SimScope } from "./scope";

/** The sandbox's organisation register: the synthetic organisations, copied in when the sandbox is made. */
export async function seedOrgs(db: DbOrTx, sandboxId: string): Promise<void> {
  await db
    .insert(simOrgs)
    .values(
      SYNTHETIC_ORGS.map((o, position) => ({
        sandboxId,
        orgno: o.orgno,
        name: o.name,
        role: o.role,
        position,
        data: o,
      })),
    )
    .onConflictDoNothing();
}

export async function findOrg(scope: SimScope, orgno: string): Promise<SyntheticOrg | undefined> {
  const rows = await scope.db
    .select({ data: simOrgs.data })
    .from(simOrgs)
    .where(and(eq(simOrgs.sandboxId, scope.sandboxId), eq(simOrgs.orgno, encodeText(orgno))));
  return rows[0]?.data;
}

/** Several organisations by number, in one query. */
export async function findOrgs(
  scope: SimScope,
  orgnos: readonly string[],
): Promise<Map<string, SyntheticOrg>> {
  const rows = await scope.db
    .select({ data: simOrgs.data })
    .from(simOrgs)
    .where(and(eq(simOrgs.sandboxId, scope.sandboxId), inArray(simOrgs.orgno, orgnos.map(encodeText))));
  return new Map(rows.map((r) => [r.data.orgno, r.data]));
}

export interface OrgFilter {
  orgnos?: string[];
  /** Part of the name, any case. */
  name?: string;
  role?: SyntheticOrg["role"];
  offset: number;
  limit: number;
}

/** One page of the register in listing order, and how many match in all. */
export async function searchOrgs(
  scope: SimScope,
  filter: OrgFilter,
): Promise<{ orgs: SyntheticOrg[]; total: number }> {
  const where: SQL[] = [eq(simOrgs.sandboxId, scope.sandboxId)];
  if (filter.orgnos) where.push(inArray(simOrgs.orgno, filter.orgnos.map(encodeText)));
  if (filter.role) where.push(eq(simOrgs.role, filter.role));
  if (filter.name) where.push(ilike(simOrgs.name, `%${escapeLike(encodeText(filter.name))}%`));
  const cond = and(...where);
  const [total] = await scope.db.select({ n: count() }).from(simOrgs).where(cond);
  const rows = await scope.db
    .select({ data: simOrgs.data })
    .from(simOrgs)
    .where(cond)
    .orderBy(asc(simOrgs.position), asc(simOrgs.orgno))
    .limit(filter.limit)
    .offset(filter.offset);
  return { orgs: rows.map((r) => r.data), total: Number(total?.n ?? 0) };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
