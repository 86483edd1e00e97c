import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ALTINN_SCOPES, requiredScopes } from "@/lib/catalogue";
import { resetConfigForTests } from "@/lib/config";
import { getEnvironment, type Environment } from "@/lib/environments";
import { diagnose } from "@/lib/errors";
import { ServiceError } from "@/lib/http/service-error";
import { generateKey, privateKeyObject, type NewKey, type PublicKeyView } from "@/lib/keys";
import { clearTokenCache } from "@/lib/maskinporten/cache";
import { keyObjectSigner, type GrantSigner } from "@/lib/maskinporten/signer";
import { getSystemUserToken, getVendorToken, tokenRequestCount } from "@/lib/maskinporten/tokens";
import { ensureSimulatorClient } from "@/lib/samarbeid/ensure-client";
import { selfServiceClient, selfServiceLogin } from "@/lib/samarbeid/client";
import type { TestSim } from "@/test/support/sim";
import { initialState, type WizardState } from "@/lib/session/state";
import { call, dispatch, newSim, PUBLIC_URL } from "../support/sim";
import { grantScope } from "@/lib/simulator/db/grants";
import { withdrawGrants } from "../support/sim-state";

/**
 * The Maskinporten and self-service clients against the simulator, over its HTTP handler: `fetch` is
 * replaced by one that hands each request to the simulator, so the clients run exactly as in the app.
 */
const VENDOR = "314500008";
let sim: TestSim;
let env: Environment;

/** The key as the state holds it (public metadata) and a signer holding its private part, as a session's does. */
function view(key: NewKey): PublicKeyView {
  return { ...key.meta, downloaded: false };
}
function signerOf(key: NewKey): GrantSigner {
  return keyObjectSigner(
    privateKeyObject(key.pkcs8),
    `test:${key.meta.kid}:${key.meta.publicJwk.n.slice(0, 24)}`,
  );
}

function stateWith(key: PublicKeyView, clientId: string): WizardState {
  return {
    ...initialState("simulator"),
    vendor: { orgno: VENDOR, name: null },
    apis: ["kravogbetalinger"],
    key,
    client: { clientId, scopes: requiredScopes(["kravogbetalinger"]), origin: "self-service", kid: key.kid },
  };
}

async function expectServiceError(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error("expected a ServiceError");
}

beforeAll(async () => {
  process.env.PUBLIC_URL = PUBLIC_URL;
  resetConfigForTests();
  // The wizard's simulator URLs are the shared sandbox's (un-prefixed /sim/… paths).
  sim = await newSim({ shared: true });
  env = getEnvironment("simulator", { sandbox: null });
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) =>
    dispatch(sim, new Request(input, init)),
  );
});

afterAll(() => {
  vi.unstubAllGlobals();
  resetConfigForTests();
});

beforeEach(() => clearTokenCache());

async function vendorWithClient(orgno = VENDOR, kid = `kid-${Math.random().toString(36).slice(2, 10)}`) {
  const bearer = await selfServiceLogin(env, orgno);
  const api = selfServiceClient(env, bearer);
  const scopes = requiredScopes(["kravogbetalinger"]);
  for (const s of scopes) await api.grantScope(s);
  const newKey = await generateKey(kid);
  const key = view(newKey);
  const signer = signerOf(newKey);
  const client = await ensureSimulatorClient(env, orgno, key, scopes, undefined);
  return {
    api,
    key,
    signer,
    client,
    state: { ...stateWith(key, client.clientId), vendor: { orgno, name: null } },
  };
}

describe("self-service client (simulator)", () => {
  it("creates a client once and finds it again after a lost answer", async () => {
    const { key, client } = await vendorWithClient("314501373");
    expect(client.created).toBe(true);
    const again = await ensureSimulatorClient(env, "314501373", key, client.scopes, undefined);
    expect(again).toMatchObject({ clientId: client.clientId, created: false });
    const api = selfServiceClient(env, await selfServiceLogin(env, "314501373"));
    expect((await api.listClients()).filter((c) => c.client_id === client.clientId)).toHaveLength(1);
    const jwks = await api.getJwks(client.clientId);
    expect(jwks.keys.map((k) => k.kid)).toEqual([key.kid]);
  });

  it("replaces the key set when the key changes", async () => {
    const { api, client, state } = await vendorWithClient("991825827");
    const newKey = view(await generateKey(`rotated-${Date.now()}`));
    await ensureSimulatorClient(env, "991825827", newKey, client.scopes, state.client);
    expect((await api.getJwks(client.clientId)).keys.map((k) => k.kid)).toEqual([newKey.kid]);
  });

  it("refuses a scope the organisation was not granted, filed for the doctor", async () => {
    const api = selfServiceClient(env, await selfServiceLogin(env, "310904473"));
    const e = await expectServiceError(
      api.createClient({ client_name: "x", description: "y", scopes: ["skatteetaten:kravogbetalinger"] }),
    );
    expect(e).toMatchObject({
      service: "samarbeid",
      status: 400,
      error: "invalid_scope",
      code: "DS-SCOPE-NOT-GRANTED",
    });
    expect(diagnose(e.toJSON(), "nb").title).toMatch(/ikke tildelt/);
  });
});

describe("Maskinporten tokens (simulator)", () => {
  it("gets a vendor token with the three Altinn scopes, decoded, with a clock offset", async () => {
    const { state, signer, client } = await vendorWithClient();
    const before = tokenRequestCount();
    const token = await getVendorToken(state, env, signer, { fresh: true });
    expect(tokenRequestCount()).toBe(before + 1);
    expect(token.fromCache).toBe(false);
    expect(token.header).toMatchObject({ alg: "RS256", kid: sim.signing.kid });
    expect(token.claims).toMatchObject({
      iss: sim.issuer,
      client_id: client.clientId,
      client_amr: "private_key_jwt",
      consumer: { authority: "iso6523-actorid-upis", ID: `0192:${VENDOR}` },
      token_type: "Bearer",
    });
    expect(String(token.claims.scope).split(" ").sort()).toEqual([...ALTINN_SCOPES].sort());
    expect(Math.abs(token.clockOffsetSeconds ?? 99)).toBeLessThanOrEqual(1);
    expect(token.grant.header).toEqual({ alg: "RS256", kid: state.key!.kid });
    expect(Object.keys(token.grant.claims).sort()).toEqual(["aud", "exp", "iat", "iss", "jti", "scope"]);
    expect(token.grant.claims.aud).toBe(sim.issuer);
    expect(token.expiresAt).toBeGreaterThan(Date.now() + 60_000);
  });

  it("serves the cached token until shortly before expiry, and a fresh one on request", async () => {
    const { state, signer } = await vendorWithClient();
    const first = await getVendorToken(state, env, signer);
    const count = tokenRequestCount();
    const cached = await getVendorToken(state, env, signer);
    expect(cached).toMatchObject({
      fromCache: true,
      clockOffsetSeconds: null,
      accessToken: first.accessToken,
    });
    expect(tokenRequestCount()).toBe(count);
    const fresh = await getVendorToken(state, env, signer, { fresh: true });
    expect(fresh.fromCache).toBe(false);
    expect(fresh.grant.claims.jti).not.toBe(first.grant.claims.jti);
    expect(tokenRequestCount()).toBe(count + 1);
  });

  it("does not share a cached token with someone who has the client id and kid but another key", async () => {
    const { state, signer } = await vendorWithClient();
    await getVendorToken(state, env, signer);
    const other = await generateKey(state.key!.kid);
    const impostor = { ...state, key: view(other) };
    const e = await expectServiceError(getVendorToken(impostor, env, signerOf(other)));
    expect(e.code).toBe("MP-124");
  });

  it("throws ServiceError with the MP id for Maskinporten's errors", async () => {
    const { state, signer } = await vendorWithClient();
    const unknownClient = await expectServiceError(
      getVendorToken({ ...state, client: { ...state.client!, clientId: "no-such-client" } }, env, signer),
    );
    expect(unknownClient).toMatchObject({
      service: "maskinporten",
      status: 400,
      error: "invalid_grant",
      code: "MP-100",
    });

    const never = await generateKey("never-uploaded-kid");
    const otherKey = { ...state, key: view(never) };
    expect((await expectServiceError(getVendorToken(otherKey, env, signerOf(never)))).code).toBe("MP-120");

    await withdrawGrants(sim, VENDOR, [ALTINN_SCOPES[0]]);
    const notGranted = await expectServiceError(getVendorToken(state, env, signer, { fresh: true }));
    expect(notGranted).toMatchObject({ error: "invalid_scope", code: "MP-250" });
    expect(diagnose(notGranted.toJSON(), "en")).toMatchObject({
      code: "MP-250",
      title: "The organisation has not been granted the scope",
    });
    await grantScope(sim, VENDOR, ALTINN_SCOPES[0]);
  });

  it("reports MP-130 when the clocks disagree by more than 10 seconds", async () => {
    const { state, signer } = await vendorWithClient();
    await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 60 } });
    try {
      const e = await expectServiceError(getVendorToken(state, env, signer, { fresh: true }));
      expect(e.code).toBe("MP-130");
      expect(diagnose(e.toJSON(), "nb").code).toBe("MP-130");
    } finally {
      await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 0 } });
    }
  });

  it("measures the offset from the Date header when the clocks differ a little", async () => {
    const { state, signer } = await vendorWithClient();
    await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 7 } });
    try {
      const token = await getVendorToken(state, env, signer, { fresh: true });
      expect(token.clockOffsetSeconds).toBeGreaterThanOrEqual(6);
      expect(token.clockOffsetSeconds).toBeLessThanOrEqual(8);
    } finally {
      await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 0 } });
    }
  });

  it("asks for a system-user token with authorization_details and reports MP-303 without a system user", async () => {
    const { state, signer } = await vendorWithClient();
    const e = await expectServiceError(
      getSystemUserToken(state, env, signer, {
        partyOrgNo: "313367002",
        externalRef: "ref-1",
        scopes: ["skatteetaten:kravogbetalinger"],
      }),
    );
    expect(e).toMatchObject({ error: "invalid_altinn_customer_configuration", code: "MP-303" });
    expect(diagnose(e.toJSON(), "nb").code).toBe("MP-303");
  });

  it("needs a key and a client in the state", async () => {
    const { key, signer } = await vendorWithClient();
    await expect(getVendorToken(initialState("simulator"), env, signer)).rejects.toThrow(/nøkkel/);
    await expect(getVendorToken({ ...initialState("simulator"), key }, env, signer)).rejects.toThrow(
      /klient/,
    );
  });
});
