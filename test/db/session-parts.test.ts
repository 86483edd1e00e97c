import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { wizardStateParts } from "@/lib/db/schema";
import { putPrivateKey } from "@/lib/keys/store";
import { loadState, mutateSession, resolveSession, type SessionDeps } from "@/lib/session/engine";
import { partDef } from "@/lib/session/parts";
import { initialState } from "@/lib/session/state";
import { markDone } from "@/lib/steps";
import { openTestDb } from "../support/db";
import { depsFor, TestJar, withNewKey, withVendor } from "../support/session";

/**
 * The state as stored parts: an old part is migrated when read, a part that cannot be read is kept and
 * explained (which step redoes it) instead of being silently reset, and only changed parts are written.
 */
let handle: DbHandle;
let deps: SessionDeps;

// Opening PGlite (WASM) and migrating takes seconds on a busy machine.
beforeAll(async () => {
  handle = await openTestDb();
  deps = depsFor(handle);
}, 120_000);
afterAll(() => handle.close());

async function newSession() {
  const jar = new TestJar();
  await mutateSession(deps, jar, async ({ state }) => ({
    state: markDone(withVendor(state), "onboarding"),
    data: null,
  }));
  return { jar, session: (await resolveSession(deps, jar))! };
}

async function partRow(sessionId: string, part: string) {
  const [row] = await handle.db
    .select()
    .from(wizardStateParts)
    .where(and(eq(wizardStateParts.sessionId, sessionId), eq(wizardStateParts.part, part)));
  return row;
}

async function putRaw(sessionId: string, part: string, schemaVersion: number, data: unknown) {
  await handle.db
    .insert(wizardStateParts)
    .values({ sessionId, part, schemaVersion, data })
    .onConflictDoUpdate({
      target: [wizardStateParts.sessionId, wizardStateParts.part],
      set: { schemaVersion, data },
    });
}

describe("state parts", () => {
  it("writes only the parts a change touched, each with its schema version", async () => {
    const { jar, session } = await newSession();
    const before = await partRow(session.id, "onboarding");
    await mutateSession(deps, jar, async ({ state }) => ({
      state: { ...state, scopes: { "skatteetaten:kravogbetalinger": "granted" } },
      data: null,
    }));
    expect((await partRow(session.id, "onboarding"))!.version).toBe(before!.version);
    expect(await partRow(session.id, "scopes")).toMatchObject({ schemaVersion: 1, version: 2 });
    expect(await partRow(session.id, "client")).toBeUndefined();
  });

  it("saves text with a NUL character (jsonb cannot hold U+0000) instead of failing", async () => {
    const { jar, session } = await newSession();
    await mutateSession(deps, jar, async ({ state }) => ({
      state: { ...state, vendor: { orgno: "314500008", name: "A\u0000B" } },
      data: null,
    }));
    expect((await loadState(deps, session)).state.vendor?.name).toBe("A\uFFFDB");
  });

  it("migrates a part of an older schema version when it is read, and writes it back in the new shape", async () => {
    const { jar, session } = await newSession();
    const made = await withNewKey(initialState("simulator"), "sbw-migrated");
    await putPrivateKey(handle.db, session.id, "sbw-migrated", made.privateKey, deps.secret, true);
    // Version 1 of the client part is the first release's: the private key inside, `downloaded` beside it.
    await putRaw(session.id, "client", 1, {
      key: { ...made.state.key, privatePkcs8: made.privateKey.toString("base64"), downloaded: true },
      client: { clientId: "c-1", scopes: [], origin: "self-service", kid: "sbw-migrated" },
    });
    const loaded = await loadState(deps, session);
    expect(loaded.state.notices).toEqual([]);
    expect(loaded.state.key).toEqual({ ...made.state.key, downloaded: true });
    expect(loaded.state.client?.clientId).toBe("c-1");
    expect(JSON.stringify(loaded.state)).not.toContain("privatePkcs8");

    await mutateSession(deps, jar, async ({ state }) => ({
      state: { ...state, client: { ...state.client!, clientId: "c-2" } },
      data: null,
    }));
    const row = await partRow(session.id, "client");
    expect(row!.schemaVersion).toBe(partDef("client").version);
    expect(JSON.stringify(row!.data)).not.toContain("privatePkcs8");
    expect((row!.data as { key: object }).key).not.toHaveProperty("downloaded");
  });

  it("explains an unreadable part instead of dropping it, keeps it, and lets the step rewrite it", async () => {
    const { jar, session } = await newSession();
    await putRaw(session.id, "scopes", 1, { apis: ["no-such-api"], scopes: "not a record" });
    const loaded = await loadState(deps, session);
    expect(loaded.state.apis).toEqual([]);
    expect(loaded.state.vendor?.orgno).toBe("314500008");
    expect(loaded.state.notices).toEqual([
      {
        kind: "partLost",
        id: "part:scopes:unreadable",
        part: "scopes",
        reason: "unreadable",
        redo: "scopes",
      },
    ]);

    // A change elsewhere leaves the unreadable part as it was (so it is not silently lost)…
    await mutateSession(deps, jar, async ({ state }) => ({
      state: { ...state, prerequisites: { orgNumber: true } },
      data: null,
    }));
    expect((await partRow(session.id, "scopes"))!.data).toEqual({
      apis: ["no-such-api"],
      scopes: "not a record",
    });
    expect((await loadState(deps, session)).state.notices).toHaveLength(1);

    // …until the step that owns it is done again, which replaces it; the notice goes.
    await mutateSession(deps, jar, async ({ state }) => ({
      state: { ...state, apis: ["kravogbetalinger"] },
      data: null,
    }));
    const after = await loadState(deps, session);
    expect(after.state.apis).toEqual(["kravogbetalinger"]);
    expect(after.state.notices).toEqual([]);
  });

  it("explains a part written by a newer version, or too old to migrate", async () => {
    const { session } = await newSession();
    await putRaw(session.id, "system", 99, { system: { whatever: true } });
    await putRaw(session.id, "calls", 0, { calls: [] });
    const { state } = await loadState(deps, session);
    expect(state.notices.map((n) => n.kind === "partLost" && [n.part, n.reason, n.redo])).toEqual([
      ["system", "tooNew", "system"],
      ["calls", "tooOld", "call"],
    ]);
  });

  it("says the key is missing when the state names a key the key store does not have", async () => {
    const { session } = await newSession();
    const made = await withNewKey(initialState("simulator"), "sbw-orphan");
    await putRaw(session.id, "client", 2, { key: { ...made.state.key, downloaded: undefined } });
    const { state } = await loadState(deps, session);
    expect(state.key).toBeUndefined();
    expect(state.notices).toMatchObject([
      { kind: "partLost", part: "client", reason: "keyMissing", redo: "client" },
    ]);
  });

  it("keeps an imported notice until it is dismissed, and never stores the derived ones", async () => {
    const { jar, session } = await newSession();
    await putRaw(session.id, "token", 99, {});
    await mutateSession(deps, jar, async ({ state }) => ({
      state: {
        ...state,
        notices: [
          ...state.notices,
          { kind: "imported", id: "imported:1", at: 1, simulatorReset: false, redo: [] },
        ],
      },
      data: null,
    }));
    expect((await partRow(session.id, "notices"))!.data).toEqual({
      notices: [{ kind: "imported", id: "imported:1", at: 1, simulatorReset: false, redo: [] }],
    });
    expect((await loadState(deps, session)).state.notices.map((n) => n.id)).toEqual([
      "imported:1",
      "part:token:tooNew",
    ]);
  });
});
