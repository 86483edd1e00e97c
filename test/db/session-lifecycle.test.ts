import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { wizardKeys, wizardSessions, wizardStateParts } from "@/lib/db/schema";
import { downloadOnce } from "@/lib/keys/store";
import { loadState, mutateSession, resolveSession, startOver, type SessionDeps } from "@/lib/session/engine";
import { handleHash, SESSION_COOKIE } from "@/lib/session/handle";
import { pruneIdleSessions } from "@/lib/session/store";
import { openTestDb } from "../support/db";
import { depsFor, TestJar, withNewKey, withVendor } from "../support/session";

/**
 * The session handle's life: no row until the first write, a cookie that stays small and holds only a random
 * handle, "start over" that leaves an old copy of the cookie with nothing, and idle sessions pruned.
 */
let handle: DbHandle;
let deps: SessionDeps;

// Opening PGlite (WASM) and migrating takes seconds on a busy machine.
beforeAll(async () => {
  handle = await openTestDb();
  deps = depsFor(handle);
}, 120_000);
afterAll(() => handle.close());

async function countRows(sessionId: string) {
  const [s, p, k] = await Promise.all([
    handle.db.select().from(wizardSessions).where(eq(wizardSessions.id, sessionId)),
    handle.db.select().from(wizardStateParts).where(eq(wizardStateParts.sessionId, sessionId)),
    handle.db.select().from(wizardKeys).where(eq(wizardKeys.sessionId, sessionId)),
  ]);
  return { sessions: s.length, parts: p.length, keys: k.length };
}

async function sessionCount(): Promise<number> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)` }).from(wizardSessions);
  return Number(row!.n);
}

describe("session handle", () => {
  it("creates no session on reads or unchanged actions, one on the first write", async () => {
    const before = await sessionCount();
    const jar = new TestJar();
    expect(await resolveSession(deps, jar)).toBeNull();
    const fresh = await loadState(deps, null);
    expect(fresh.state.env).toBe("simulator");
    await mutateSession(deps, jar, async () => ({ data: "looked up" }));
    await mutateSession(deps, jar, async ({ state }) => ({ state, data: "unchanged" }));
    expect(await sessionCount()).toBe(before);
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();

    await mutateSession(deps, jar, async ({ state }) => ({ state: withVendor(state), data: null }));
    expect(await sessionCount()).toBe(before + 1);
    const session = await resolveSession(deps, jar);
    expect(session).not.toBeNull();
    expect((await loadState(deps, session)).state.vendor?.orgno).toBe("314500008");
  });

  it("is 32 random bytes in one small httpOnly, SameSite=Lax cookie; the database has only its SHA-256", async () => {
    const jar = new TestJar();
    const { state, privateKey } = await withNewKey(withVendor((await loadState(deps, null)).state));
    await mutateSession(deps, jar, async () => ({ state, privateKey, data: null }));
    const value = jar.get(SESSION_COOKIE)!;
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(value, "base64url")).toHaveLength(32);
    expect(jar.options.get(SESSION_COOKIE)).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
    });
    expect(Buffer.byteLength(jar.header())).toBeLessThanOrEqual(200);
    expect([...jar.values.keys()]).toEqual([SESSION_COOKIE]);

    const session = (await resolveSession(deps, jar))!;
    const [row] = await handle.db.select().from(wizardSessions).where(eq(wizardSessions.id, session.id));
    expect(row!.handleHash).toBe(handleHash(value));
    expect(JSON.stringify(row)).not.toContain(value);
    expect(row!.sandboxId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);

    // Over https the cookie is Secure.
    const secureJar = new TestJar();
    await mutateSession({ ...deps, secureCookies: true }, secureJar, async ({ state: s }) => ({
      state: withVendor(s),
      data: null,
    }));
    expect(secureJar.options.get(SESSION_COOKIE)?.secure).toBe(true);
  });

  it("never adopts a handle it did not issue: the first write gets a new one", async () => {
    const planted = Buffer.alloc(32, 7).toString("base64url");
    const jar = new TestJar({ [SESSION_COOKIE]: planted });
    expect(await resolveSession(deps, jar)).toBeNull();
    await mutateSession(deps, jar, async ({ state }) => ({ state: withVendor(state), data: null }));
    expect(jar.get(SESSION_COOKIE)).not.toBe(planted);
    expect(await resolveSession(deps, new TestJar({ [SESSION_COOKIE]: planted }))).toBeNull();
    // Odd cookie values never reach a query.
    expect(await resolveSession(deps, new TestJar({ [SESSION_COOKIE]: "'; drop table x; --" }))).toBeNull();
  });

  it("gives each session its own simulator sandbox", async () => {
    const a = new TestJar();
    const b = new TestJar();
    for (const jar of [a, b])
      await mutateSession(deps, jar, async ({ state }) => ({ state: withVendor(state), data: null }));
    const [sa, sb] = await Promise.all([resolveSession(deps, a), resolveSession(deps, b)]);
    expect(sa!.sandboxId).not.toBe(sb!.sandboxId);
  });
});

describe("start over", () => {
  it("deletes the session, its state and key; an old copy of the cookie gets no state and no key", async () => {
    const jar = new TestJar();
    const made = await withNewKey(withVendor((await loadState(deps, null)).state));
    await mutateSession(deps, jar, async () => ({
      state: made.state,
      privateKey: made.privateKey,
      data: null,
    }));
    const old = (await resolveSession(deps, jar))!;
    expect(await countRows(old.id)).toEqual({ sessions: 1, parts: 3, keys: 1 });
    const copy = jar.copy();

    await startOver(deps, jar);
    expect(await countRows(old.id)).toEqual({ sessions: 0, parts: 0, keys: 0 });
    expect(jar.get(SESSION_COOKIE)).not.toBe(copy.get(SESSION_COOKIE));

    // The copy: no session, the initial state, no key to download.
    expect(await resolveSession(deps, copy)).toBeNull();
    const seen = await loadState(deps, await resolveSession(deps, copy));
    expect(seen.state.vendor).toBeUndefined();
    expect(seen.state.key).toBeUndefined();
    expect((await downloadOnce({ db: handle.db, secret: deps.secret }, old.id)).kind).toBe("none");
    // A write through the copy does not bring the old session back: it starts another one.
    await mutateSession(deps, copy, async ({ state }) => ({
      state: withVendor(state, "310702641"),
      data: null,
    }));
    expect((await resolveSession(deps, copy))!.id).not.toBe(old.id);

    // The browser that started over has a new, empty session with a new sandbox.
    const fresh = (await resolveSession(deps, jar))!;
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.sandboxId).not.toBe(old.sandboxId);
    expect((await loadState(deps, fresh)).state.vendor).toBeUndefined();
  });
});

describe("idle sessions", () => {
  it("are deleted with their state and key after SESSION_IDLE_DAYS; recent ones stay", async () => {
    const idle = new TestJar();
    const made = await withNewKey(withVendor((await loadState(deps, null)).state));
    await mutateSession(deps, idle, async () => ({
      state: made.state,
      privateKey: made.privateKey,
      data: null,
    }));
    const recent = new TestJar();
    await mutateSession(deps, recent, async ({ state }) => ({ state: withVendor(state), data: null }));
    const idleSession = (await resolveSession(deps, idle))!;
    const recentSession = (await resolveSession(deps, recent))!;
    await handle.db
      .update(wizardSessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) })
      .where(eq(wizardSessions.id, idleSession.id));

    expect(await pruneIdleSessions(handle.db, 30)).toBeGreaterThanOrEqual(1);
    expect(await countRows(idleSession.id)).toEqual({ sessions: 0, parts: 0, keys: 0 });
    expect((await countRows(recentSession.id)).sessions).toBe(1);
    expect(await resolveSession(deps, idle)).toBeNull();
  });

  it("a session in use is marked seen, so it is not pruned", async () => {
    const jar = new TestJar();
    await mutateSession(deps, jar, async ({ state }) => ({ state: withVendor(state), data: null }));
    const session = (await resolveSession(deps, jar))!;
    const old = new Date(Date.now() - 29 * 24 * 3600 * 1000);
    await handle.db.update(wizardSessions).set({ lastSeenAt: old }).where(eq(wizardSessions.id, session.id));
    // A page view a day before expiry touches it.
    await resolveSession(deps, jar);
    const [row] = await handle.db.select().from(wizardSessions).where(eq(wizardSessions.id, session.id));
    expect(row!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
