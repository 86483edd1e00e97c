import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { wizardSessions } from "@/lib/db/schema";
import {
  ConcurrentUpdateError,
  loadState,
  MAX_ATTEMPTS,
  mutateSession,
  resolveSession,
  writePlan,
  type SessionDeps,
} from "@/lib/session/engine";
import type { SessionRow } from "@/lib/session/store";
import { writeChanges } from "@/lib/session/store";
import type { WizardState } from "@/lib/session/state";
import { openTestDb } from "../support/db";
import { depsFor, TestJar, withVendor } from "../support/session";

/**
 * Two tabs (or two app instances) changing one session at once never lose an update: writes name the part
 * versions they read, a stale write is refused and re-run on fresh state, and requests of one session in
 * one process take turns.
 */
let handle: DbHandle;
let deps: SessionDeps;

// Opening PGlite (WASM) and migrating takes seconds on a busy machine.
beforeAll(async () => {
  handle = await openTestDb();
  deps = depsFor(handle);
}, 120_000);
afterAll(() => handle.close());

async function newSession(): Promise<{ jar: TestJar; session: SessionRow }> {
  const jar = new TestJar();
  await mutateSession(deps, jar, async ({ state }) => ({ state: withVendor(state), data: null }));
  return { jar, session: (await resolveSession(deps, jar))! };
}

/** What another instance would do: read, change, write with the versions it read (no in-process turn). */
async function otherInstanceWrites(session: SessionRow, change: (s: WizardState) => WizardState) {
  const loaded = await loadState(deps, session);
  return writeChanges(
    deps.db,
    session.id,
    writePlan(loaded, { state: change(loaded.state), data: null })!,
    deps.secret,
  );
}

describe("concurrent updates of one session", () => {
  it("two instances changing different parts: both are kept", async () => {
    const { session } = await newSession();
    const a = await loadState(deps, session);
    const b = await loadState(deps, session);
    const planA = writePlan(a, {
      state: { ...a.state, apis: ["kravogbetalinger", "innrapportering-boligselskap"] },
      data: null,
    })!;
    const planB = writePlan(b, { state: { ...b.state, prerequisites: { orgNumber: true } }, data: null })!;
    expect(await writeChanges(deps.db, session.id, planA, deps.secret)).toBe("ok");
    expect(await writeChanges(deps.db, session.id, planB, deps.secret)).toBe("ok");
    const { state } = await loadState(deps, session);
    expect(state.apis).toEqual(["kravogbetalinger", "innrapportering-boligselskap"]);
    expect(state.prerequisites).toEqual({ orgNumber: true });
  });

  it("two instances changing the same part: the second write is detected as stale and refused", async () => {
    const { session } = await newSession();
    const a = await loadState(deps, session);
    const b = await loadState(deps, session);
    const planA = writePlan(a, { state: { ...a.state, scopes: { "scope:a": "granted" } }, data: null })!;
    const planB = writePlan(b, { state: { ...b.state, scopes: { "scope:b": "ordered" } }, data: null })!;
    const [ra, rb] = await Promise.all([
      writeChanges(deps.db, session.id, planA, deps.secret),
      writeChanges(deps.db, session.id, planB, deps.secret),
    ]);
    expect([ra, rb].sort()).toEqual(["conflict", "ok"]);
    const { state } = await loadState(deps, session);
    expect([{ "scope:a": "granted" }, { "scope:b": "ordered" }]).toContainEqual(state.scopes);
  });

  it("a change overtaken on the same part is re-run on the fresh state, so neither update is lost", async () => {
    const { jar, session } = await newSession();
    let runs = 0;
    await mutateSession(deps, jar, async ({ state }) => {
      runs++;
      // The first time, another instance grants a scope between this read and this write.
      if (runs === 1)
        expect(
          await otherInstanceWrites(session, (s) => ({
            ...s,
            scopes: { ...s.scopes, "scope:other": "granted" },
          })),
        ).toBe("ok");
      return { state: { ...state, scopes: { ...state.scopes, "scope:mine": "ordered" } }, data: null };
    });
    expect(runs).toBe(2);
    expect((await loadState(deps, session)).state.scopes).toEqual({
      "scope:other": "granted",
      "scope:mine": "ordered",
    });
  });

  it("gives up with ConcurrentUpdateError when it is overtaken every time", async () => {
    const { jar, session } = await newSession();
    let runs = 0;
    const attempt = mutateSession(deps, jar, async ({ state }) => {
      runs++;
      await otherInstanceWrites(session, (s) => ({ ...s, scopes: { [`scope:${runs}`]: "granted" } }));
      return { state: { ...state, scopes: { "scope:mine": "ordered" } }, data: null };
    });
    await expect(attempt).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect(runs).toBe(MAX_ATTEMPTS);
  });

  it("two tabs on one instance take turns: each sees the other's write, nothing is lost", async () => {
    const { jar, session } = await newSession();
    const tab = (name: string, delay: number) =>
      mutateSession(deps, jar.copy(), async ({ state }) => {
        // An outbound call in the middle of the change, as the actions have.
        await new Promise((r) => setTimeout(r, delay));
        return { state: { ...state, scopes: { ...state.scopes, [name]: "granted" } }, data: name };
      });
    await Promise.all(Array.from({ length: 6 }, (_, i) => tab(`scope:${i}`, 20 - i * 3)));
    expect(Object.keys((await loadState(deps, session)).state.scopes).sort()).toEqual(
      Array.from({ length: 6 }, (_, i) => `scope:${i}`),
    );
  });

  it("a session ended meanwhile (start over in another tab) is not silently recreated", async () => {
    const { jar, session } = await newSession();
    const attempt = mutateSession(deps, jar, async ({ state }) => {
      await deps.db.delete(wizardSessions).where(eq(wizardSessions.id, session.id));
      return { state: { ...state, apis: [] }, data: null };
    });
    await expect(attempt).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect(await resolveSession(deps, jar)).toBeNull();
  });
});
