import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALTINN_SCOPES } from "@/lib/catalogue";
import { openDb, type DbHandle } from "@/lib/db/client";
import { isJtiUsed, markJtiUsed } from "@/lib/simulator/db/jtis";
import { ensureSandbox } from "@/lib/simulator/db/sandboxes";
import { createSimulator } from "@/lib/simulator/sim";
import { openTestDb, usingRealPostgres } from "../support/db";
import { call, newSandboxId, newSim, PUBLIC_URL, type TestSim } from "../support/sim";
import { requestToken, setupVendor, signGrant, type Vendor } from "../support/vendor";

/**
 * Used grant ids (what replaced the file journal): a jti is a row, recorded before the token is answered, so
 * it stays used across a restart, on another instance and between concurrent requests.
 */
let h: DbHandle & { url?: string };
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
});

const scope = (sandboxId: string) => ({ db: h.db, sandboxId });
const NOW = Date.parse("2030-01-01T00:00:00Z");

describe("sim_used_jtis", () => {
  it("takes a jti once, remembers it until it expires, then lets it be taken again", async () => {
    const s = scope(newSandboxId());
    await ensureSandbox(h.db, s.sandboxId, 600);
    expect(await markJtiUsed(s, "j1", NOW + 130_000, NOW)).toBe(true);
    expect(await markJtiUsed(s, "j1", NOW + 130_000, NOW)).toBe(false);
    expect(await isJtiUsed(s, "j1", NOW + 129_000)).toBe(true);
    expect(await isJtiUsed(s, "j1", NOW + 130_000)).toBe(false);
    expect(await markJtiUsed(s, "j1", NOW + 400_000, NOW + 200_000)).toBe(true);
    expect(await markJtiUsed(s, "j1", NOW + 400_000, NOW + 200_000)).toBe(false);
  });

  it("is per sandbox", async () => {
    const [a, b] = [scope(newSandboxId()), scope(newSandboxId())];
    await ensureSandbox(h.db, a.sandboxId, 600);
    await ensureSandbox(h.db, b.sandboxId, 600);
    expect(await markJtiUsed(a, "same", NOW + 130_000, NOW)).toBe(true);
    expect(await markJtiUsed(b, "same", NOW + 130_000, NOW)).toBe(true);
  });

  it("gives a jti to exactly one of many concurrent uses", async () => {
    const s = scope(newSandboxId());
    await ensureSandbox(h.db, s.sandboxId, 600);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => markJtiUsed(s, "raced", NOW + 130_000, NOW)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

/** A vendor set up in a sandbox, a grant it has used once, and the token it got. */
async function usedGrant(sim: TestSim): Promise<{ vendor: Vendor; grant: string; token: string }> {
  const vendor = await setupVendor(sim, { orgno: "314500008", scopes: [...ALTINN_SCOPES] });
  const grant = signGrant(sim, vendor);
  const first = await requestToken(sim, grant);
  expect(first.status).toBe(200);
  return { vendor, grant, token: ((await first.json()) as { access_token: string }).access_token };
}

async function expectReplayRefused(sim: TestSim, grant: string, token: string): Promise<void> {
  const again = await requestToken(sim, grant);
  expect(again.status).toBe(400);
  expect(((await again.json()) as { error_description: string }).error_description).toMatch(/\(MP-012\)$/);
  // The token from before the restart still verifies: the signing key is in the database too.
  const list = await call(sim, "GET", "/sim/altinn/authentication/api/v1/systemregister/vendor", {
    bearer: token,
  });
  expect(list.status).toBe(200);
}

describe("a grant replayed after a restart", () => {
  it("is refused by the embedded database reopened from its data folder", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sbw-jti-restart-"));
    try {
      let handle = await openDb({ dataDir: dir });
      const before = await newSim({
        core: await createSimulator({ db: handle.db, publicUrl: PUBLIC_URL, requestTimeoutSeconds: 600 }),
      });
      const { grant, token } = await usedGrant(before);
      await handle.close();

      handle = await openDb({ dataDir: dir });
      const core = await createSimulator({
        db: handle.db,
        publicUrl: PUBLIC_URL,
        requestTimeoutSeconds: 600,
      });
      expect(core.signing.kid).toBe(before.signing.kid);
      await expectReplayRefused(await newSim({ core, sandboxId: before.sandboxId }), grant, token);
      await handle.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(!usingRealPostgres())(
    "is refused by another instance on the same PostgreSQL server, and after the first one restarts",
    async () => {
      const first = await openDb({ url: h.url! });
      const second = await openDb({ url: h.url! });
      try {
        const a = await newSim({
          core: await createSimulator({ db: first.db, publicUrl: PUBLIC_URL, requestTimeoutSeconds: 600 }),
        });
        const { grant, token } = await usedGrant(a);
        const coreB = await createSimulator({
          db: second.db,
          publicUrl: PUBLIC_URL,
          requestTimeoutSeconds: 600,
        });
        expect(coreB.signing.kid).toBe(a.signing.kid);
        await expectReplayRefused(await newSim({ core: coreB, sandboxId: a.sandboxId }), grant, token);

        await first.close();
        const reopened = await openDb({ url: h.url! });
        try {
          const coreA = await createSimulator({
            db: reopened.db,
            publicUrl: PUBLIC_URL,
            requestTimeoutSeconds: 600,
          });
          await expectReplayRefused(await newSim({ core: coreA, sandboxId: a.sandboxId }), grant, token);
        } finally {
          await reopened.close();
        }
      } finally {
        await second.close();
        await first.close().catch(() => undefined);
      }
    },
    60_000,
  );
});
