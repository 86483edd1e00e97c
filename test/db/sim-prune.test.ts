import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { simIdempotency, simSandboxes } from "@/lib/db/schema";
import { getIdempotency, rememberIdempotency } from "@/lib/simulator/db/idempotency";
import { isJtiUsed, markJtiUsed } from "@/lib/simulator/db/jtis";
import { findOrg } from "@/lib/simulator/db/orgs";
import { IDEMPOTENCY_KEEP_MS, MAX_CLOCK_SKEW_MS, pruneSimulator } from "@/lib/simulator/db/prune";
import { ensureSandbox, findSandbox } from "@/lib/simulator/db/sandboxes";
import { maybePrune } from "@/lib/simulator/housekeeping";
import { createSimulator } from "@/lib/simulator/sim";
import { openTestDb } from "../support/db";
import { newSandboxId, PUBLIC_URL } from "../support/sim";

/**
 * Housekeeping: idle sandboxes go with their whole world, used grant ids go once no clock skew can bring their
 * grant back, idempotency records go after a day; everything else stays.
 */
let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
});

const DAY = 24 * 3600 * 1000;
const scope = (sandboxId: string) => ({ db: h.db, sandboxId });

async function sandboxLastUsed(daysAgo: number, now: number): Promise<string> {
  const id = newSandboxId();
  await ensureSandbox(h.db, id, 600);
  await h.db
    .update(simSandboxes)
    .set({ lastUsedAt: new Date(now - daysAgo * DAY) })
    .where(eq(simSandboxes.id, id));
  return id;
}

describe("pruning", () => {
  it("deletes sandboxes idle for longer than the configured days, with their world, and keeps the others", async () => {
    const now = Date.now();
    const idle = await sandboxLastUsed(31, now);
    const recent = await sandboxLastUsed(29, now);
    await markJtiUsed(scope(idle), "j", now + 130_000, now);
    const result = await pruneSimulator(h.db, { nowMs: now, idleDays: 30 });
    expect(result.sandboxes).toBeGreaterThanOrEqual(1);
    expect(await findSandbox(h.db, idle)).toBeUndefined();
    expect(await findOrg(scope(idle), "313367002")).toBeUndefined();
    expect(await isJtiUsed(scope(idle), "j", now)).toBe(false);
    expect(await findSandbox(h.db, recent)).toBeDefined();
  });

  it("deletes used grant ids once no clock skew can bring their grant back, not before", async () => {
    const now = Date.now();
    const s = scope(await sandboxLastUsed(0, now));
    await markJtiUsed(s, "old", now - MAX_CLOCK_SKEW_MS - 60_000, now - MAX_CLOCK_SKEW_MS - 200_000);
    await markJtiUsed(s, "expired-but-skewable", now - 60_000, now - 200_000);
    await markJtiUsed(s, "live", now + 130_000, now);
    await pruneSimulator(h.db, { nowMs: now, idleDays: 30 });
    const far = now - 2 * MAX_CLOCK_SKEW_MS;
    expect(await isJtiUsed(s, "old", far)).toBe(false);
    expect(await isJtiUsed(s, "expired-but-skewable", far)).toBe(true);
    expect(await isJtiUsed(s, "live", now)).toBe(true);
  });

  it("deletes idempotency records older than a day", async () => {
    const now = Date.now();
    const s = scope(await sandboxLastUsed(0, now));
    const record = (key: string) => ({ key, bodyHash: "h", status: 200, body: { ok: true }, created: now });
    await rememberIdempotency(s, record("old"));
    await rememberIdempotency(s, record("new"));
    await h.db
      .update(simIdempotency)
      .set({ createdAt: new Date(now - IDEMPOTENCY_KEEP_MS - 1000) })
      .where(eq(simIdempotency.key, "old"));
    await pruneSimulator(h.db, { nowMs: now, idleDays: 30 });
    expect(await getIdempotency(s, "old")).toBeUndefined();
    expect(await getIdempotency(s, "new")).toBeDefined();
  });

  it("runs from request handling at most once per interval, never on every request", async () => {
    const core = await createSimulator({
      db: h.db,
      publicUrl: PUBLIC_URL,
      requestTimeoutSeconds: 600,
      pruneEveryMs: 60_000,
    });
    const idle = await sandboxLastUsed(40, Date.now());
    maybePrune(core);
    const first = core.housekeeping.lastRunMs;
    expect(first).toBeGreaterThan(0);
    maybePrune(core);
    maybePrune(core);
    expect(core.housekeeping.lastRunMs).toBe(first);
    await expect.poll(() => core.housekeeping.running, { timeout: 10_000 }).toBe(false);
    expect(await findSandbox(h.db, idle)).toBeUndefined();
  });
});
