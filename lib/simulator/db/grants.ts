import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { simScopeGrants } from "@/lib/db/schema";
import { decodeText, encodeText } from "./codec";
import { affected, type SimScope } from "./scope";

/** Scopes granted to organisations (the scope owners' decision), in the order they were granted. */
export async function grantedScopes(scope: SimScope, orgno: string): Promise<string[]> {
  const rows = await scope.db
    .select({ scope: simScopeGrants.scope })
    .from(simScopeGrants)
    .where(and(eq(simScopeGrants.sandboxId, scope.sandboxId), eq(simScopeGrants.orgno, encodeText(orgno))))
    .orderBy(asc(simScopeGrants.grantedAt), asc(simScopeGrants.scope));
  return rows.map((r) => decodeText(r.scope));
}

/** Grants the scope; false when the organisation had it already. One statement, so no lock is needed. */
export async function grantScope(scope: SimScope, orgno: string, name: string): Promise<boolean> {
  const rows = await scope.db
    .insert(simScopeGrants)
    .values({ sandboxId: scope.sandboxId, orgno: encodeText(orgno), scope: encodeText(name) })
    .onConflictDoNothing()
    .returning({ scope: simScopeGrants.scope });
  return rows.length > 0;
}

/** Withdraws the scope; false when the organisation did not have it. */
export async function withdrawScope(scope: SimScope, orgno: string, name: string): Promise<boolean> {
  const result = await scope.db
    .delete(simScopeGrants)
    .where(
      and(
        eq(simScopeGrants.sandboxId, scope.sandboxId),
        eq(simScopeGrants.orgno, encodeText(orgno)),
        eq(simScopeGrants.scope, encodeText(name)),
      ),
    );
  return affected(result) > 0;
}
