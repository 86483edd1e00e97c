import { createPrivateKey } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { wizardKeys, wizardSessions, wizardStateParts } from "@/lib/db/schema";
import { privateKeyPem } from "@/lib/keys";
import { downloadOnce, withPrivateKey } from "@/lib/keys/store";
import { loadState, mutateSession, resolveSession, type SessionDeps } from "@/lib/session/engine";
import { openTestDb } from "../support/db";
import { depsFor, TestJar, withNewKey, withVendor } from "../support/session";

/**
 * The private key at rest and on its way out: encrypted in wizard_keys under SESSION_SECRET with the session
 * id bound in, readable only through the signer's door, downloadable once even when two requests race.
 */
let handle: DbHandle;
let deps: SessionDeps;

// Opening PGlite (WASM) and migrating takes seconds on a busy machine.
beforeAll(async () => {
  handle = await openTestDb();
  deps = depsFor(handle);
}, 120_000);
afterAll(() => handle.close());

async function sessionWithKey(kid = "sbw-at-rest") {
  const jar = new TestJar();
  let made: Awaited<ReturnType<typeof withNewKey>> | undefined;
  await mutateSession(deps, jar, async ({ state }) => {
    made = await withNewKey(withVendor(state), kid);
    return { state: made.state, privateKey: made.privateKey, data: null };
  });
  const session = (await resolveSession(deps, jar))!;
  return { jar, session, key: made!.key };
}

function hex(b: Buffer): string {
  return b.toString("hex");
}

describe("private key at rest", () => {
  it("is stored encrypted: the row shows neither the DER, its base64, the PEM body nor the JWK d", async () => {
    const { session, key } = await sessionWithKey();
    const [row] = await handle.db.select().from(wizardKeys).where(eq(wizardKeys.sessionId, session.id));
    expect(row).toBeDefined();
    const der = key.pkcs8;
    const jwk = createPrivateKey({ key: der, format: "der", type: "pkcs8" }).export({ format: "jwk" });
    const pemBody = privateKeyPem(der)
      .split("\n")
      .filter((l) => l && !l.startsWith("-----"));
    const blob = row!.privateKeyEnc;
    const asText = [blob.toString("latin1"), blob.toString("base64"), blob.toString("base64url"), hex(blob)];
    expect(blob.includes(der)).toBe(false);
    // Any 16-byte piece of the DER would do to recognise it; none is there.
    for (let i = 0; i + 16 <= der.length; i += 16) expect(blob.includes(der.subarray(i, i + 16))).toBe(false);
    for (const text of asText) {
      expect(text).not.toContain(der.toString("base64").slice(0, 64));
      expect(text).not.toContain(jwk.d!);
      for (const line of pemBody) expect(text).not.toContain(line);
    }
    // Nor is it in the state parts, nor anywhere in the database's text of the session's rows.
    const parts = await handle.db
      .select()
      .from(wizardStateParts)
      .where(eq(wizardStateParts.sessionId, session.id));
    const stored = JSON.stringify(parts);
    expect(stored).toContain(key.meta.kid);
    expect(stored).not.toContain(jwk.d!);
    expect(stored).not.toContain(der.toString("base64").slice(0, 64));
    expect(stored).not.toMatch(/privatePkcs8/);
  });

  it("opens for its own session only: a row copied to another session id does not decrypt", async () => {
    const a = await sessionWithKey("sbw-own");
    const b = await sessionWithKey("sbw-other");
    const store = { db: handle.db, secret: deps.secret };
    const n = await withPrivateKey(store, a.session.id, "sbw-own", (k) => k.export({ format: "jwk" }).n);
    expect(n).toBe(a.key.meta.publicJwk.n);

    const [rowA] = await handle.db.select().from(wizardKeys).where(eq(wizardKeys.sessionId, a.session.id));
    await handle.db
      .update(wizardKeys)
      .set({ kid: rowA!.kid, privateKeyEnc: rowA!.privateKeyEnc })
      .where(eq(wizardKeys.sessionId, b.session.id));
    await expect(withPrivateKey(store, b.session.id, "sbw-own", () => "opened")).rejects.toThrow();
    // And under another secret not even its own session opens it.
    await expect(
      withPrivateKey({ ...store, secret: `${deps.secret}-changed` }, a.session.id, "sbw-own", () => "x"),
    ).rejects.toThrow();
  });

  it("is read only for the kid the state has: a signer asking for another kid gets nothing", async () => {
    const { session } = await sessionWithKey("sbw-kid-check");
    const store = { db: handle.db, secret: deps.secret };
    await expect(withPrivateKey(store, session.id, "someone-elses-kid", () => "x")).rejects.toThrow(
      /no private key/,
    );
  });
});

describe("one-time download", () => {
  it("two racing requests: exactly one gets the PEM, the other is refused", async () => {
    const { session, jar, key } = await sessionWithKey("sbw-race");
    const store = { db: handle.db, secret: deps.secret };
    const results = await Promise.all([downloadOnce(store, session.id), downloadOnce(store, session.id)]);
    const pems = results.filter((r) => r.kind === "pem");
    expect(pems).toHaveLength(1);
    expect(results.filter((r) => r.kind === "alreadyDownloaded")).toHaveLength(1);
    expect(pems[0]!.kind === "pem" && pems[0]!.pem).toBe(privateKeyPem(key.pkcs8));
    // The state shows it as downloaded (from wizard_keys.downloaded_at), and a third try is refused too.
    const loaded = await loadState(deps, await resolveSession(deps, jar));
    expect(loaded.state.key?.downloaded).toBe(true);
    expect((await downloadOnce(store, session.id)).kind).toBe("alreadyDownloaded");
  });

  it("twenty at once still hand out one PEM", async () => {
    const { session } = await sessionWithKey("sbw-race-20");
    const store = { db: handle.db, secret: deps.secret };
    const results = await Promise.all(Array.from({ length: 20 }, () => downloadOnce(store, session.id)));
    expect(results.filter((r) => r.kind === "pem")).toHaveLength(1);
  });

  it("a session without a key, or no session, has nothing to download", async () => {
    const jar = new TestJar();
    await mutateSession(deps, jar, async ({ state }) => ({ state: withVendor(state), data: null }));
    const session = await resolveSession(deps, jar);
    const store = { db: handle.db, secret: deps.secret };
    expect((await downloadOnce(store, session!.id)).kind).toBe("none");
    expect((await downloadOnce(store, null)).kind).toBe("none");
  });

  it("forgetting the key deletes it with its metadata, in one write", async () => {
    const { session, jar } = await sessionWithKey("sbw-forget");
    await mutateSession(deps, jar, async ({ state }) => {
      const { key: _gone, ...rest } = state;
      return { state: rest, data: null };
    });
    const keys = await handle.db.select().from(wizardKeys).where(eq(wizardKeys.sessionId, session.id));
    expect(keys).toHaveLength(0);
    expect((await loadState(deps, session)).state.key).toBeUndefined();
    const sessions = await handle.db.select({ n: sql<number>`count(*)` }).from(wizardSessions);
    expect(Number(sessions[0]!.n)).toBeGreaterThan(0);
  });
});
