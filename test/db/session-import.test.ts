import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { wizardKeys, wizardStateParts } from "@/lib/db/schema";
import { generateKey, privateKeyPem } from "@/lib/keys";
import { downloadOnce, withPrivateKey } from "@/lib/keys/store";
import { seal, sessionKey, splitChunks } from "@/lib/session/crypto";
import {
  hasImportableCookies,
  loadState,
  openSession,
  resolveSession,
  type SessionDeps,
} from "@/lib/session/engine";
import { SESSION_COOKIE } from "@/lib/session/handle";
import { openTestDb } from "../support/db";
import { depsFor, SECRET, TestJar } from "../support/session";

/**
 * A browser that still holds the first release's sealed state cookies: the state moves into a new database
 * session (its key encrypted into wizard_keys), the old cookies are deleted, and what could not come along
 * (the simulator's old world) is explained rather than silently missing.
 */
let handle: DbHandle;
let deps: SessionDeps;

// Opening PGlite (WASM) and migrating takes seconds on a busy machine.
beforeAll(async () => {
  handle = await openTestDb();
  deps = depsFor(handle);
}, 120_000);
afterAll(() => handle.close());

/** A state as the first release kept it in its cookies, private key included. */
async function firstReleaseState(env: "simulator" | "test") {
  const { meta, pkcs8 } = await generateKey("sbw-20250101-legacy");
  const state = {
    v: 1,
    env,
    vendor: { orgno: "314500008", name: "LEVERANDØR AS" },
    prerequisites: env === "test" ? { orgNumber: true } : {},
    apis: ["kravogbetalinger"],
    scopes: { "skatteetaten:kravogbetalinger": "granted" },
    key: { ...meta, privatePkcs8: pkcs8.toString("base64"), downloaded: false },
    client: {
      clientId: "4c1f0e6a-2b3c-4d5e-8f90-a1b2c3d4e5f6",
      scopes: [],
      origin: "self-service",
      kid: meta.kid,
    },
    // Long, incompressible names: the sealed state then spans several cookies, as it did for real users.
    system: {
      systemId: "314500008_demo",
      registration: { id: "314500008_demo", name: { nb: randomBytes(6000).toString("base64") } },
      savedAt: 1,
    },
    calls: [],
    done: { onboarding: { at: 1, fp: "x" }, scopes: { at: 2, fp: "y" }, client: { at: 3, fp: "z" } },
  };
  return { state, pkcs8 };
}

async function legacyJar(value: unknown, secret = SECRET): Promise<TestJar> {
  const chunks = splitChunks(await seal(value, sessionKey(secret)));
  return new TestJar(Object.fromEntries(chunks.map((c, i) => [`sbw.${i}`, c])));
}

describe("importing the first release's cookies", () => {
  it("on the simulator: keeps vendor, APIs and key, drops the old simulated world and says which steps to redo", async () => {
    const { state: legacy, pkcs8 } = await firstReleaseState("simulator");
    const jar = await legacyJar(legacy);
    expect(jar.get("sbw.1")).toBeDefined();
    expect(await hasImportableCookies(deps, jar)).toBe(true);

    const session = await openSession(deps, jar);
    expect(session).not.toBeNull();
    expect([...jar.values.keys()]).toEqual([SESSION_COOKIE]);
    expect(Buffer.byteLength(jar.header())).toBeLessThanOrEqual(200);

    const { state } = await loadState(deps, await resolveSession(deps, jar));
    expect(state).toMatchObject({
      env: "simulator",
      vendor: legacy.vendor,
      apis: ["kravogbetalinger"],
      scopes: {},
    });
    expect(state.key).toMatchObject({ kid: legacy.key.kid, downloaded: false });
    expect(state.key).not.toHaveProperty("privatePkcs8");
    expect(state.client).toBeUndefined();
    expect(state.system).toBeUndefined();
    expect(Object.keys(state.done)).toEqual(["onboarding"]);
    expect(state.notices).toMatchObject([
      {
        kind: "imported",
        simulatorReset: true,
        redo: ["scopes", "client", "system", "customer", "token", "call"],
      },
    ]);

    // The key came along encrypted: it signs, it downloads once, and it is in no state part.
    const store = { db: handle.db, secret: deps.secret };
    const n = await withPrivateKey(store, session!.id, legacy.key.kid, (k) => k.export({ format: "jwk" }).n);
    expect(n).toBe(legacy.key.publicJwk.n);
    const [row] = await handle.db.select().from(wizardKeys).where(eq(wizardKeys.sessionId, session!.id));
    expect(row!.privateKeyEnc.includes(pkcs8)).toBe(false);
    const parts = await handle.db
      .select()
      .from(wizardStateParts)
      .where(eq(wizardStateParts.sessionId, session!.id));
    expect(JSON.stringify(parts)).not.toContain(legacy.key.privatePkcs8.slice(0, 60));
    const download = await downloadOnce(store, session!.id);
    expect(download.kind === "pem" && download.pem).toBe(privateKeyPem(pkcs8));

    // Done once: the next request has the session cookie and no old ones.
    expect(await hasImportableCookies(deps, jar)).toBe(false);
    expect((await openSession(deps, jar))!.id).toBe(session!.id);
  });

  it("in the test environment: everything comes along, nothing to redo", async () => {
    const { state: legacy } = await firstReleaseState("test");
    legacy.key.downloaded = true;
    const jar = await legacyJar(legacy);
    const session = await openSession(deps, jar);
    const { state } = await loadState(deps, session);
    expect(state.client?.clientId).toBe(legacy.client.clientId);
    expect(state.system?.systemId).toBe("314500008_demo");
    expect(state.scopes).toEqual(legacy.scopes);
    expect(state.key?.downloaded).toBe(true);
    expect(state.notices).toMatchObject([{ kind: "imported", simulatorReset: false, redo: [] }]);
    expect((await downloadOnce({ db: handle.db, secret: deps.secret }, session!.id)).kind).toBe(
      "alreadyDownloaded",
    );
  });

  it("a part of the old state that does not fit is kept (without any key) and explained", async () => {
    const { state: legacy } = await firstReleaseState("test");
    const jar = await legacyJar({ ...legacy, calls: [{ api: "no-such-api" }] });
    const session = await openSession(deps, jar);
    const { state } = await loadState(deps, session);
    expect(state.client?.clientId).toBe(legacy.client.clientId);
    expect(state.notices.map((n) => n.kind === "partLost" && [n.part, n.reason])).toContainEqual([
      "calls",
      "unreadable",
    ]);
  });

  it("cookies sealed under another secret, or garbage, are not imported but are deleted", async () => {
    const { state: legacy } = await firstReleaseState("test");
    for (const jar of [
      await legacyJar(legacy, "another-secret-that-is-long-enough-0123456789"),
      new TestJar({ "sbw.0": "garbage" }),
    ]) {
      expect(await hasImportableCookies(deps, jar)).toBe(false);
      expect(await openSession(deps, jar)).toBeNull();
      expect([...jar.values.keys()]).toEqual([]);
    }
  });
});
