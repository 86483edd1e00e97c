import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { simUsedJtis } from "@/lib/db/schema";
import { encodeText } from "./codec";
import type { SimScope } from "./scope";

/**
 * Maskinporten's used grant ids. The primary key (sandbox, jti) is what makes a grant single-use: recording
 * is one insert, committed before the token is answered, so a replay after a restart, on another instance or
 * in a concurrent request finds the row. A row whose time is up (by the simulator's clock) may be taken
 * again, as the grant could no longer pass the exp check anyway.
 */
export async function markJtiUsed(
  scope: SimScope,
  jti: string,
  untilMs: number,
  nowMs: number,
): Promise<boolean> {
  const rows = await scope.db
    .insert(simUsedJtis)
    .values({ sandboxId: scope.sandboxId, jti: encodeText(jti), expiresAt: new Date(untilMs) })
    .onConflictDoUpdate({
      target: [simUsedJtis.sandboxId, simUsedJtis.jti],
      set: { expiresAt: new Date(untilMs) },
      setWhere: sql`${simUsedJtis.expiresAt} <= ${new Date(nowMs).toISOString()}::timestamptz`,
    })
    .returning({ jti: simUsedJtis.jti });
  return rows.length > 0;
}

/** Whether the jti is used and still remembered at `nowMs` (the simulator's clock). */
export async function isJtiUsed(scope: SimScope, jti: string, nowMs: number): Promise<boolean> {
  const rows = await scope.db
    .select({ jti: simUsedJtis.jti })
    .from(simUsedJtis)
    .where(
      and(
        eq(simUsedJtis.sandboxId, scope.sandboxId),
        eq(simUsedJtis.jti, encodeText(jti)),
        gt(simUsedJtis.expiresAt, new Date(nowMs)),
      ),
    );
  return rows.length > 0;
}
