import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { simOrgs, simSandboxes } from "@/lib/db/schema";
import { getClient, kidUsedElsewhere, putClient } from "@/lib/simulator/db/clients";
import { decodeJson, decodeText, encodeJson, encodeText } from "@/lib/simulator/db/codec";
import { grantedScopes, grantScope } from "@/lib/simulator/db/grants";
import { findOrg } from "@/lib/simulator/db/orgs";
import {
  controlOf,
  ensureSandbox,
  findSandbox,
  resetSandbox,
  setControl,
  withSandboxLock,
} from "@/lib/simulator/db/sandboxes";
import { SYNTHETIC_ORGS } from "@/lib/simulator/orgs";
import type { SimClient } from "@/lib/simulator/types";
import { openTestDb } from "../support/db";
import { newSandboxId } from "../support/sim";

/**
 * The simulator's data layer against the database itself (PGlite, or PostgreSQL with TEST_DATABASE_URL): what
 * replaced the JSON store. Records read back exactly, sandboxes are created once with their register, and
 * read-modify-write under the sandbox lock loses nothing when many run at once.
 */
let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
});

const scope = (sandboxId: string) => ({ db: h.db, sandboxId });

function client(orgno: string, overrides: Partial<SimClient> = {}): SimClient {
  const now = new Date().toISOString();
  return {
    client_id: randomUUID(),
    orgno,
    integration_type: "maskinporten",
    client_name: "Klient",
    description: "Test",
    token_endpoint_auth_method: "private_key_jwt",
    grant_types: ["urn:ietf:params:oauth:grant-type:jwt-bearer"],
    scopes: [],
    created: now,
    last_updated: now,
    keys: [],
    ...overrides,
  };
}

describe("text that PostgreSQL cannot hold", () => {
  const nasty = [
    "",
    "plain",
    "\u0000",
    "a\u0000b",
    "\uE000",
    "\uE000e",
    "\ud800",
    "x\udfffy",
    "😀",
    "\ud83d\ude00\ud800",
  ];

  it("is encoded reversibly, and ordinary text is left alone", () => {
    for (const s of nasty) expect(decodeText(encodeText(s))).toBe(s);
    expect(encodeText("Regnskap Klar AS æøå 😀")).toBe("Regnskap Klar AS æøå 😀");
    expect(encodeText("a\u0000b")).not.toContain("\u0000");
    const value = { "\u0000": ["\ud800", { x: "\uE000" }], __proto__key: 1 };
    expect(decodeJson(encodeJson(value))).toEqual(value);
  });

  it("round-trips through a key column and the jsonb record", async () => {
    const sandbox = newSandboxId();
    await ensureSandbox(h.db, sandbox, 600);
    for (const s of nasty) {
      const c = client("314500008", {
        client_id: `id-${s}-${randomUUID()}`,
        client_name: `name ${s}`,
        keys: [{ jwk: { kty: "RSA", n: "n", e: "AQAB", kid: `kid ${s}` }, created: 1 }],
      });
      await putClient(scope(sandbox), c);
      expect(await getClient(scope(sandbox), c.client_id)).toEqual(c);
      expect(await kidUsedElsewhere(scope(sandbox), `kid ${s}`, "another")).toBe(true);
    }
  });

  it("keeps a key named __proto__ an own key and leaves Object.prototype alone", () => {
    const parsed = JSON.parse('{"__proto__": {"admin": true}}') as Record<string, unknown>;
    const back = decodeJson(encodeJson(parsed));
    expect(Object.hasOwn(back, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe("sandboxes", () => {
  it("are created once, with the synthetic organisations as their register, even when asked for at once", async () => {
    const id = newSandboxId();
    const rows = await Promise.all(Array.from({ length: 5 }, () => ensureSandbox(h.db, id, 600)));
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set([id]));
    const [orgs] = await h.db.select({ n: count() }).from(simOrgs).where(eq(simOrgs.sandboxId, id));
    expect(Number(orgs!.n)).toBe(SYNTHETIC_ORGS.length);
    expect(await findOrg(scope(id), "313367002")).toMatchObject({
      name: "RASK KREATIV TIGER AS",
      role: "customer",
    });
  });

  it("keep their own controls and state", async () => {
    const [a, b] = [newSandboxId(), newSandboxId()];
    await ensureSandbox(h.db, a, 600);
    await ensureSandbox(h.db, b, 600);
    await setControl(scope(a), { clockSkewSeconds: 42 });
    await grantScope(scope(a), "314500008", "altinn:x");
    expect(controlOf((await findSandbox(h.db, a))!).clockSkewSeconds).toBe(42);
    expect(controlOf((await findSandbox(h.db, b))!).clockSkewSeconds).toBe(0);
    expect(await grantedScopes(scope(b), "314500008")).toEqual([]);
  });

  it("reset forgets the world and keeps the register", async () => {
    const id = newSandboxId();
    await ensureSandbox(h.db, id, 600);
    await setControl(scope(id), { clockSkewSeconds: 5, requestTimeoutSeconds: 7 });
    const c = client("314500008");
    await putClient(scope(id), c);
    await resetSandbox(scope(id), 600);
    expect(await getClient(scope(id), c.client_id)).toBeUndefined();
    expect(controlOf((await findSandbox(h.db, id))!)).toEqual({
      clockSkewSeconds: 0,
      requestTimeoutSeconds: 600,
      faults: [],
    });
    expect(await findOrg(scope(id), "313367002")).toBeDefined();
  });

  it("serialise read-modify-write under the sandbox lock: nothing is lost when twenty run at once", async () => {
    const id = newSandboxId();
    await ensureSandbox(h.db, id, 600);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withSandboxLock(scope(id), async (locked) => {
          const row = await findSandbox(locked.db, id);
          const faults = controlOf(row!).faults;
          await setControl(locked, { faults: [...faults, { id: `f${i}`, service: "*", kind: "latency" }] });
        }),
      ),
    );
    const faults = controlOf((await findSandbox(h.db, id))!).faults;
    expect(faults.map((f) => f.id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `f${i}`).sort());
  });

  it("take the whole world with them when deleted (foreign keys cascade)", async () => {
    const id = newSandboxId();
    await ensureSandbox(h.db, id, 600);
    const c = client("314500008");
    await putClient(scope(id), c);
    await h.db.delete(simSandboxes).where(eq(simSandboxes.id, id));
    expect(await getClient(scope(id), c.client_id)).toBeUndefined();
    expect(await findOrg(scope(id), "313367002")).toBeUndefined();
  });
});
