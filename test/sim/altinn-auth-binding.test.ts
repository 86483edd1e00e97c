import { generateKeyPairSync, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestSim } from "@/test/support/sim";
import { call, mintAccessToken, newSim } from "@/test/support/sim";
import {
  BASE,
  pendingRequest,
  problem,
  registerSystem,
  requestBody,
  SYSTEM_ID,
  systemBody,
  token,
  VENDOR,
} from "./altinn-helpers";

let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const SR = `${BASE}/systemregister/vendor`;
const REQ = `${BASE}/systemuser/request/vendor`;

describe("401 vs 403", () => {
  it("401 with an empty body without a token, with garbage, with an expired token or one signed by another key", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const foreign = await new SignJWT({
      client_id: "x",
      scope: "altinn:authentication/systemregister.write",
      consumer: { authority: "iso6523-actorid-upis", ID: `0192:${VENDOR}` },
    })
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer(sim.issuer)
      .setIssuedAt()
      .setExpirationTime("2m")
      .sign(privateKey);
    const expired = await mintAccessToken(sim, {
      vendorOrgno: VENDOR,
      scope: "altinn:authentication/systemregister.write",
      lifetime: -30,
    });
    for (const bearer of [undefined, "garbage", expired, foreign]) {
      const res = await call(sim, "GET", SR, { bearer });
      expect(res.status).toBe(401);
      expect(await res.text()).toBe("");
    }
  });

  it.each([
    ["GET", SR, "altinn:authentication/systemuser.request.write"],
    ["POST", SR, "altinn:authentication/systemuser.request.write"],
    ["POST", REQ, "altinn:authentication/systemuser.request.read"],
    ["GET", `${REQ}/${randomUUID()}`, "altinn:authentication/systemuser.request.write"],
    ["DELETE", `${REQ}/${randomUUID()}`, "altinn:authentication/systemuser.request.read"],
    [
      "GET",
      `${BASE}/systemuser/vendor/byquery?system-id=a&orgno=b`,
      "altinn:authentication/systemuser.request.read",
    ],
    [
      "GET",
      `${BASE}/systemuser/vendor/bysystem/${SYSTEM_ID}`,
      "altinn:authentication/systemuser.request.write",
    ],
  ])("403 with an empty body: %s %s with only %s", async (method, path, scope) => {
    const res = await call(sim, method, path, {
      bearer: await token(sim, VENDOR, scope),
      json: method === "POST" ? {} : undefined,
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe("");
  });

  it("AUTH-00023 (401) when the token's consumer is not a 0192 organisation", async () => {
    await registerSystem(sim);
    const bearer = await token(sim, VENDOR, "altinn:authentication/systemuser.request.write", {
      consumer: { authority: "iso6523-actorid-upis", ID: "9908:123456789" },
    });
    const res = await call(sim, "POST", REQ, { bearer, json: requestBody() });
    expect(res.status).toBe(401);
    expect(await problem(res)).toMatchObject({
      code: "AUTH-00023",
      type: "urn:altinn:error:AUTH-00023",
      statusDescription: "Unauthorized",
    });
  });

  it("unknown routes answer an empty 404, known routes with another method an empty 405", async () => {
    const bearer = await token(sim);
    expect((await call(sim, "GET", `${BASE}/nope`, { bearer })).status).toBe(404);
    expect((await call(sim, "GET", "/sim/altinn/other", { bearer })).status).toBe(404);
    const res = await call(sim, "PATCH", SR, { bearer });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
  });
});

describe("model binding (ASP.NET ValidationProblemDetails)", () => {
  const post = async (
    path: string,
    init: { json?: unknown; body?: string; headers?: Record<string, string> },
  ) => call(sim, "POST", path, { ...init, bearer: await token(sim) });

  it("415 for a body that is not JSON by content type", async () => {
    const res = await post(SR, {
      body: "id=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(415);
    expect(await problem(res)).toMatchObject({ status: 415, title: "Unsupported Media Type" });
  });

  it("an empty body, malformed JSON and a JSON null", async () => {
    const empty = await post(SR, { body: "", headers: { "content-type": "application/json" } });
    expect((await problem(empty)).errors).toEqual({
      "": ["A non-empty request body is required."],
      registerNewSystem: ["The registerNewSystem field is required."],
    });
    const malformed = await post(SR, { body: "{not json", headers: { "content-type": "application/json" } });
    const m = await problem(malformed);
    expect(malformed.status).toBe(400);
    expect(m).toMatchObject({
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
      title: "One or more validation errors occurred.",
      status: 400,
    });
    expect(Object.keys(m.errors!)).toEqual(["$", "registerNewSystem"]);
    const nul = await post(SR, { json: null });
    expect((await problem(nul)).errors).toEqual({
      registerNewSystem: ["The registerNewSystem field is required."],
    });
  });

  it("missing C# `required` members are reported at $", async () => {
    const res = await post(SR, { json: { id: SYSTEM_ID } });
    const p = await problem(res);
    expect(p.errors!.$![0]).toContain(
      "missing required properties, including the following: vendor, name, description",
    );
    const req = await post(REQ, { json: { externalRef: "x" } });
    expect((await problem(req)).errors!.$![0]).toContain("systemId, partyOrgNo");
  });

  it("the first value of a wrong JSON type stops deserialisation, at its path", async () => {
    const res = await post(SR, { json: systemBody({ isVisible: "yes", clientId: [1] }) });
    const p = await problem(res);
    expect(Object.keys(p.errors!)).toEqual(["$.clientId[0]", "registerNewSystem"]);
    expect(p.errors!["$.clientId[0]"]![0]).toMatch(
      /^The JSON value could not be converted to System.String\. Path: \$\.clientId\[0\]/,
    );
    const nested = await post(SR, { json: systemBody({ rights: [{ resource: [{ id: 5, value: "x" }] }] }) });
    expect(Object.keys((await problem(nested)).errors!)).toEqual([
      "$.rights[0].resource[0].id",
      "registerNewSystem",
    ]);
  });

  it("data annotations: null or empty required strings, per property", async () => {
    const res = await post(SR, {
      json: systemBody({
        id: "",
        vendor: { ID: null },
        name: null,
        rights: [{ resource: [{ id: "urn:altinn:resource", value: " " }] }],
      }),
    });
    expect((await problem(res)).errors).toEqual({
      Id: ["The Id field is required."],
      "Vendor.ID": ["The ID field is required."],
      Name: ["The Name field is required."],
      "Rights[0].Resource[0].Value": ["The Value field is required."],
    });
    const req = await post(REQ, { json: { systemId: null, partyOrgNo: "" } });
    expect((await problem(req)).errors).toEqual({
      SystemId: ["The SystemId field is required."],
      PartyOrgNo: ["The PartyOrgNo field is required."],
    });
  });
});

describe("keys that are also Object.prototype names", () => {
  it("keeps a __proto__ name key as data and never touches Object.prototype", async () => {
    const body = JSON.stringify(systemBody()).replace(
      '"name":{',
      '"name":{"__proto__":{"polluted":"yes"},"constructor":"c",',
    );
    const bad = await call(sim, "POST", SR, {
      bearer: await token(sim),
      body,
      headers: { "content-type": "application/json" },
    });
    expect(bad.status).toBe(400);
    const ok = body.replace('{"polluted":"yes"}', '"p"');
    const res = await call(sim, "POST", SR, {
      bearer: await token(sim),
      body: ok,
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(200);
    const got = await call(sim, "GET", `${SR}/${SYSTEM_ID}`, { bearer: await token(sim) });
    const text = await got.text();
    expect(text).toContain('"__proto__":"p"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("never a 5xx for garbage", () => {
  const garbage: unknown[] = [
    0,
    "x",
    [],
    [null],
    {},
    { id: 1 },
    { id: "0192", vendor: { ID: "0192" }, name: {}, description: {} },
    {
      id: "a",
      vendor: { ID: "" },
      name: { nb: null },
      description: { x: "y" },
      rights: null,
      accessPackages: null,
      clientId: null,
    },
    {
      id: "a",
      vendor: {},
      name: {},
      description: {},
      rights: [{}],
      accessPackages: [{}, { urn: null }],
      allowedRedirectUrls: [null],
    },
    { systemId: "x", partyOrgNo: "y", rights: [{ resource: null }], accessPackages: [{ urn: 5 }] },
    { systemId: SYSTEM_ID, partyOrgNo: "313367002", rights: [{ resource: [] }], redirectUrl: "::::" },
    { systemId: SYSTEM_ID, partyOrgNo: "313367002", externalRef: "", rights: [], accessPackages: [{}] },
  ];
  const paths = [
    ["POST", SR],
    ["PUT", `${SR}/${SYSTEM_ID}`],
    ["PUT", `${SR}/${SYSTEM_ID}/rights`],
    ["PUT", `${SR}/${SYSTEM_ID}/accesspackages`],
    ["POST", REQ],
  ] as const;

  it("answers every combination with a 2xx or 4xx", async () => {
    expect((await registerSystem(sim)).status).toBe(200);
    await pendingRequest(sim, { externalRef: "other" }).catch(() => undefined);
    const bearer = await token(sim);
    for (const [method, path] of paths) {
      for (const body of garbage) {
        const res = await call(sim, method, path, { bearer, json: body });
        expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      }
    }
    for (const path of [
      `${REQ}/%00`,
      `${REQ}/byexternalref/%E2%80%8B/x/y`,
      `${REQ}/bysystem/${SYSTEM_ID}?token=eyJ4Ijox`,
      `${BASE}/systemuser/vendor/bysystem/${SYSTEM_ID}?token=IngiIg`,
      `${BASE}/systemuser/vendor/byquery?system-id=&orgno=&external-ref=`,
    ]) {
      const res = await call(sim, "GET", path, { bearer });
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
