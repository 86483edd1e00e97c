import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client";
import { wizardSessions, wizardStateParts } from "../db/schema";
import { deletePrivateKey, putPrivateKey, storedKeyStatus } from "../keys/store";
import type { PartChange, PartRow } from "./parts";

/**
 * Every query the session layer makes on wizard_sessions and wizard_state_parts. Writes are one short
 * transaction each, opened only after all outbound calls are done: PGlite has a single connection and the
 * simulator answers from the same process and database, so a transaction held across a call would wait on
 * itself.
 */
export interface SessionRow {
  id: string;
  sandboxId: string;
  lastSeenAt: Date;
}

export async function findSession(db: Db, handleHash: string): Promise<SessionRow | null> {
  const [row] = await db
    .select({
      id: wizardSessions.id,
      sandboxId: wizardSessions.sandboxId,
      lastSeenAt: wizardSessions.lastSeenAt,
    })
    .from(wizardSessions)
    .where(eq(wizardSessions.handleHash, handleHash));
  return row ?? null;
}

/** Marks the session used. Reads call it at most every few minutes per session, writes always. */
export async function touchSession(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .update(wizardSessions)
    .set({ lastSeenAt: sql`now()` })
    .where(eq(wizardSessions.id, id))
    .returning({ id: wizardSessions.id });
  return rows.length > 0;
}

export async function createSession(
  db: DbOrTx,
  s: { id: string; handleHash: string; sandboxId: string },
): Promise<void> {
  await db.insert(wizardSessions).values(s);
}

/** Deletes the session; its state parts and its key go with it (ON DELETE CASCADE). */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(wizardSessions).where(eq(wizardSessions.id, id));
}

export async function readSessionData(
  db: Db,
  id: string,
): Promise<{ rows: PartRow[]; storedKey: { kid: string; downloaded: boolean } | null }> {
  const [rows, storedKey] = await Promise.all([
    db
      .select({
        part: wizardStateParts.part,
        schemaVersion: wizardStateParts.schemaVersion,
        data: wizardStateParts.data,
        version: wizardStateParts.version,
      })
      .from(wizardStateParts)
      .where(eq(wizardStateParts.sessionId, id)),
    storedKeyStatus(db, id),
  ]);
  return { rows, storedKey };
}

export type KeyChange =
  { kind: "set"; kid: string; pkcs8: Buffer; downloaded?: boolean } | { kind: "delete" };

export interface WritePlan {
  parts: PartChange[];
  key: KeyChange | null;
}

class Conflict extends Error {}
class Gone extends Error {}

/**
 * Writes the changed parts if each is still at the version it was read at, and the key change with them,
 * all or nothing. "conflict": another request wrote one of those parts first (read again and redo);
 * "gone": the session was deleted meanwhile ("start over" in another tab).
 */
export async function writeChanges(
  db: Db,
  sessionId: string,
  plan: WritePlan,
  secret: string,
  create?: { handleHash: string; sandboxId: string },
): Promise<"ok" | "conflict" | "gone"> {
  try {
    await db.transaction(async (tx) => {
      // Creating or touching the session row first also makes concurrent writers of one session queue on it.
      if (create) await createSession(tx, { id: sessionId, ...create });
      else if (!(await touchSession(tx, sessionId))) throw new Gone();
      for (const c of plan.parts) {
        const written =
          c.expected === null
            ? await tx
                .insert(wizardStateParts)
                .values({ sessionId, part: c.part, schemaVersion: c.schemaVersion, data: c.data, version: 1 })
                .onConflictDoNothing()
                .returning({ part: wizardStateParts.part })
            : await tx
                .update(wizardStateParts)
                .set({
                  schemaVersion: c.schemaVersion,
                  data: c.data,
                  version: sql`${wizardStateParts.version} + 1`,
                  updatedAt: sql`now()`,
                })
                .where(
                  and(
                    eq(wizardStateParts.sessionId, sessionId),
                    eq(wizardStateParts.part, c.part),
                    eq(wizardStateParts.version, c.expected),
                  ),
                )
                .returning({ part: wizardStateParts.part });
        if (written.length === 0) throw new Conflict();
      }
      if (plan.key?.kind === "set")
        await putPrivateKey(tx, sessionId, plan.key.kid, plan.key.pkcs8, secret, plan.key.downloaded);
      else if (plan.key?.kind === "delete") await deletePrivateKey(tx, sessionId);
    });
    return "ok";
  } catch (e) {
    if (e instanceof Conflict) return "conflict";
    if (e instanceof Gone) return "gone";
    throw e;
  }
}

/** Deletes sessions (with their state and keys) unused for longer than `idleDays`. Returns how many. */
export async function pruneIdleSessions(db: Db, idleDays: number): Promise<number> {
  const cutoff = new Date(Date.now() - idleDays * 24 * 3600 * 1000);
  const rows = await db
    .delete(wizardSessions)
    .where(lt(wizardSessions.lastSeenAt, cutoff))
    .returning({ id: wizardSessions.id });
  return rows.length;
}
