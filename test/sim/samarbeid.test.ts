import { beforeEach, describe, expect, it } from "vitest";
import { ALTINN_SCOPES, JWT_BEARER_GRANT } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import { call, mintAccessToken, newSim } from "../support/sim";
import { portalLogin } from "../support/vendor";
import { clientOf, grantsOf, setClockSkew } from "../support/sim-state";

const ORG = "314500008";
const OTHER = "314501373";
const SCOPE = "skatteetaten:kravogbetalinger";

let sim: TestSim;
let token: string;

beforeEach(async () => {
  sim = await newSim();
  token = await portalLogin(sim, ORG);
});

const clientBody = (over: Record<string, unknown> = {}) => ({
  integration_type: "maskinporten",
  client_name: "Regnskap Sky",
  description: "Systembruker-klient",
  token_endpoint_auth_method: "private_key_jwt",
  grant_types: [JWT_BEARER_GRANT],
  scopes: [...ALTINN_SCOPES],
  ...over,
});

async function grant(scope: string, bearer = token) {
  return call(sim, "POST", "/sim/samarbeid/scopes/access", { json: { scope }, bearer });
}

async function expectDsError(res: Response, status: number, error: string, descriptionMatch?: RegExp) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: string; error_description: string };
  expect(body.error).toBe(error);
  expect(typeof body.error_description).toBe("string");
  if (descriptionMatch) expect(body.error_description).toMatch(descriptionMatch);
}

describe("simulated self-service: login", () => {
  it("logs in any valid MOD11 organisation", async () => {
    const res = await call(sim, "POST", "/sim/samarbeid/login", { json: { orgno: OTHER } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
    expect(typeof body.access_token).toBe("string");
  });

  it("refuses a bad orgno, a failed MOD11 check and a non-JSON body with 400", async () => {
    for (const json of [{ orgno: "12345" }, { orgno: "314500009" }, {}, { orgno: 314500008 }]) {
      await expectDsError(await call(sim, "POST", "/sim/samarbeid/login", { json }), 400, "invalid_request");
    }
    await expectDsError(
      await call(sim, "POST", "/sim/samarbeid/login", {
        body: "orgno=314500008",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      400,
      "invalid_request",
    );
  });

  it("needs the login's bearer everywhere else (401), and not a Maskinporten token", async () => {
    await expectDsError(await call(sim, "GET", "/sim/samarbeid/clients/"), 401, "invalid_token");
    await expectDsError(
      await call(sim, "GET", "/sim/samarbeid/clients/", { bearer: "garbage" }),
      401,
      "invalid_token",
    );
    const mp = await mintAccessToken(sim, { vendorOrgno: ORG, scope: "idporten:dcr.write" });
    await expectDsError(
      await call(sim, "GET", "/sim/samarbeid/scopes/access", { bearer: mp }),
      401,
      "invalid_token",
    );
  });

  it("expires the login by the simulator's clock", async () => {
    await setClockSkew(sim, 3601);
    await expectDsError(
      await call(sim, "GET", "/sim/samarbeid/clients/", { bearer: token }),
      401,
      "invalid_token",
    );
  });
});

describe("simulated self-service: scope access", () => {
  it("grants a known scope to the logged-in org (201, then 200) and lists it", async () => {
    const first = await grant(SCOPE);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ scope: SCOPE, consumer_orgno: ORG, state: "APPROVED" });
    expect((await grant(SCOPE)).status).toBe(200);
    await grant("digdir:dialogporten");
    const list = await call(sim, "GET", "/sim/samarbeid/scopes/access", { bearer: token });
    expect(((await list.json()) as { scope: string }[]).map((g) => g.scope)).toEqual([
      SCOPE,
      "digdir:dialogporten",
    ]);
    expect(await grantsOf(sim, ORG)).toEqual([SCOPE, "digdir:dialogporten"]);
    expect(await grantsOf(sim, OTHER)).toEqual([]);
  });

  it("refuses an unknown scope or a malformed body with 400", async () => {
    await expectDsError(await grant("skatteetaten:ukjent"), 400, "invalid_scope", /Unknown scope/);
    await expectDsError(
      await call(sim, "POST", "/sim/samarbeid/scopes/access", { json: { scopes: [SCOPE] }, bearer: token }),
      400,
      "invalid_request",
    );
  });
});

describe("simulated self-service: clients", () => {
  beforeEach(async () => {
    for (const s of ALTINN_SCOPES) await grant(s);
  });

  it("creates a client (201, full model), with or without the trailing slash, and lists the org's clients", async () => {
    const res = await call(sim, "POST", "/sim/samarbeid/clients/", { json: clientBody(), bearer: token });
    expect(res.status).toBe(201);
    const client = (await res.json()) as Record<string, unknown>;
    expect(client).toMatchObject({
      client_name: "Regnskap Sky",
      description: "Systembruker-klient",
      integration_type: "maskinporten",
      token_endpoint_auth_method: "private_key_jwt",
      grant_types: [JWT_BEARER_GRANT],
      scopes: [...ALTINN_SCOPES],
      client_orgno: ORG,
      active: true,
    });
    expect(client.client_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(typeof client.created).toBe("string");
    expect(client.last_updated).toBe(client.created);

    expect(
      (await call(sim, "POST", "/sim/samarbeid/clients", { json: clientBody(), bearer: token })).status,
    ).toBe(201);
    const list = (await (
      await call(sim, "GET", "/sim/samarbeid/clients/", { bearer: token })
    ).json()) as unknown[];
    expect(list).toHaveLength(2);
    const other = await portalLogin(sim, OTHER);
    expect(await (await call(sim, "GET", "/sim/samarbeid/clients/", { bearer: other })).json()).toEqual([]);
  });

  it("refuses a client with a scope the org has not been granted", async () => {
    const res = await call(sim, "POST", "/sim/samarbeid/clients/", {
      json: clientBody({ scopes: [SCOPE] }),
      bearer: token,
    });
    await expectDsError(
      res,
      400,
      "invalid_scope",
      new RegExp(`${ORG} has not been granted access to the scope\\(s\\) ${SCOPE}`),
    );
  });

  it("refuses a wrong integration_type, auth method, grant type, scopes or missing fields", async () => {
    const bad = [
      clientBody({ integration_type: "idporten" }),
      clientBody({ token_endpoint_auth_method: "client_secret_basic" }),
      clientBody({ grant_types: ["client_credentials"] }),
      clientBody({ scopes: "altinn:x" }),
      clientBody({ scopes: [1] }),
      clientBody({ client_name: "" }),
      clientBody({ description: undefined }),
      clientBody({ integration_type: undefined }),
      clientBody({ client_orgno: OTHER }),
    ];
    for (const json of bad) {
      await expectDsError(
        await call(sim, "POST", "/sim/samarbeid/clients/", { json, bearer: token }),
        400,
        "invalid_client_metadata",
      );
    }
    await expectDsError(
      await call(sim, "POST", "/sim/samarbeid/clients/", { json: [1], bearer: token }),
      400,
      "invalid_request",
    );
  });

  it("reads and updates an own client; integration_type cannot change; foreign is 403, unknown 404", async () => {
    const created = (await (
      await call(sim, "POST", "/sim/samarbeid/clients/", { json: clientBody(), bearer: token })
    ).json()) as { client_id: string };
    const path = `/sim/samarbeid/clients/${created.client_id}`;
    expect(
      ((await (await call(sim, "GET", path, { bearer: token })).json()) as { client_id: string }).client_id,
    ).toBe(created.client_id);

    await grant(SCOPE);
    const put = await call(sim, "PUT", path, {
      json: clientBody({ scopes: [...ALTINN_SCOPES, SCOPE], client_name: "Nytt navn" }),
      bearer: token,
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ client_name: "Nytt navn", scopes: [...ALTINN_SCOPES, SCOPE] });
    expect((await clientOf(sim, created.client_id)).scopes).toContain(SCOPE);

    await expectDsError(
      await call(sim, "PUT", path, { json: { integration_type: "idporten" }, bearer: token }),
      400,
      "invalid_client_metadata",
      /cannot be changed/,
    );
    await expectDsError(
      await call(sim, "PUT", path, { json: { scopes: ["digdir:dialogporten"] }, bearer: token }),
      400,
      "invalid_scope",
    );

    const other = await portalLogin(sim, OTHER);
    await expectDsError(await call(sim, "GET", path, { bearer: other }), 403, "access_denied");
    await expectDsError(
      await call(sim, "PUT", path, { json: clientBody(), bearer: other }),
      403,
      "access_denied",
    );
    await expectDsError(
      await call(sim, "GET", "/sim/samarbeid/clients/00000000-0000-4000-8000-000000000000", {
        bearer: token,
      }),
      404,
      "not_found",
    );
  });

  it("answers wrong methods with 405 and unknown paths with 404", async () => {
    expect((await call(sim, "DELETE", "/sim/samarbeid/clients/", { bearer: token })).status).toBe(405);
    expect((await call(sim, "POST", "/sim/samarbeid/clients/abc", { bearer: token })).status).toBe(405);
    expect((await call(sim, "GET", "/sim/samarbeid/login")).status).toBe(405);
    expect((await call(sim, "GET", "/sim/samarbeid/nothing", { bearer: token })).status).toBe(404);
    expect((await call(sim, "GET", "/sim/samarbeid/clients/a/b", { bearer: token })).status).toBe(404);
  });
});
