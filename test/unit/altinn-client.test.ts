import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { altinnClient } from "@/lib/altinn/client";
import { parseAltinnProblem } from "@/lib/altinn/problem";
import { ALTINN_SCOPES } from "@/lib/catalogue";
import { resetConfigForTests } from "@/lib/config";
import { getEnvironment, isTrustedConfirmUrl, type Environment } from "@/lib/environments";
import { ServiceError } from "@/lib/http/service-error";
import { buildAccessRequest } from "@/lib/payloads/access-request";
import { buildSystemRegistration } from "@/lib/payloads/system-registration";
import type { SystemFormValues } from "@/lib/schemas/system";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import type { TestSim } from "@/test/support/sim";
import { dispatch, mintAccessToken, newSim, PUBLIC_URL } from "../support/sim";

const VENDOR = "314500008";
const OTHER_VENDOR = "314501373";
const CLIENT = "0b6a3c58-6f3e-4f7c-9a1e-3f1d2c4b5a60";

// The vendor token is minted by the simulator directly.
const token = { value: "" };
let sim: TestSim;
let env: Environment;

const form: SystemFormValues = {
  idSuffix: "regnskap_demo",
  name: { nb: "Regnskap Demo", nn: "Rekneskap Demo", en: "Accounting Demo" },
  description: { nb: "Beskrivelse", nn: "", en: "Description" },
  rights: ["ske-krav-og-betalinger"],
  accessPackages: [],
  isVisible: true,
  allowedRedirectUrls: [{ url: "https://vendor.example/return" }],
};

async function vendorToken(orgno = VENDOR): Promise<string> {
  return mintAccessToken(sim, { vendorOrgno: orgno, scope: ALTINN_SCOPES.join(" "), clientId: CLIENT });
}

beforeAll(async () => {
  process.env.PUBLIC_URL = PUBLIC_URL;
  resetConfigForTests();
  env = getEnvironment("simulator", { sandbox: null });
});

beforeEach(async () => {
  // The wizard's simulator URLs are the shared sandbox's (un-prefixed /sim/… paths).
  sim = await newSim({ shared: true });
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => dispatch(sim, new Request(url, init)));
  token.value = await vendorToken();
});

afterAll(() => vi.unstubAllGlobals());

describe("altinnClient against the simulator: system register", () => {
  it("creates a system (200 GUID), reads it back, lists it, and answers null for an unknown id", async () => {
    const altinn = altinnClient(env, token.value);
    const body = buildSystemRegistration(form, { vendorOrgNo: VENDOR, clientId: CLIENT });
    expect(await altinn.getSystem(body.id)).toBeNull();
    const guid = await altinn.createSystem(body);
    expect(guid).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await altinn.getSystem(body.id);
    expect(stored).toMatchObject({
      id: body.id,
      vendor: { ID: `0192:${VENDOR}` },
      clientId: [CLIENT],
      isDeleted: false,
    });
    expect(stored?.rights).toEqual(body.rights);
    expect((await altinn.listSystems()).map((s) => s.systemId)).toContain(body.id);
  });

  it("turns a validation problem into a ServiceError with each AUTH.VLD code and its path", async () => {
    const altinn = altinnClient(env, token.value);
    const bad = buildSystemRegistration(
      { ...form, idSuffix: "has space" },
      { vendorOrgNo: VENDOR, clientId: CLIENT },
    );
    const e = (await altinn
      .createSystem({ ...bad, id: "999999999_has space" })
      .catch((x: unknown) => x)) as ServiceError;
    expect(e).toBeInstanceOf(ServiceError);
    expect(e).toMatchObject({ service: "altinn", kind: "http", status: 400 });
    const codes = e.validationErrors.map((v) => v.code);
    expect(codes).toEqual(expect.arrayContaining(["AUTH.VLD-00013", "AUTH.VLD-00001"]));
    expect(e.validationErrors.every((v) => v.title.length > 0)).toBe(true);
  });

  it("refuses a client id that another system already uses (AUTH.VLD-00004)", async () => {
    const altinn = altinnClient(env, token.value);
    await altinn.createSystem(buildSystemRegistration(form, { vendorOrgNo: VENDOR, clientId: CLIENT }));
    const second = buildSystemRegistration(
      { ...form, idSuffix: "another" },
      { vendorOrgNo: VENDOR, clientId: CLIENT },
    );
    const e = (await altinn.createSystem(second).catch((x: unknown) => x)) as ServiceError;
    expect(e.validationErrors.map((v) => v.code)).toContain("AUTH.VLD-00004");
  });

  it("replaces the whole definition with PUT", async () => {
    const altinn = altinnClient(env, token.value);
    const body = buildSystemRegistration(form, { vendorOrgNo: VENDOR, clientId: CLIENT });
    await altinn.createSystem(body);
    await altinn.updateSystem(body.id, { ...body, name: { nb: "Nytt navn" }, allowedRedirectUrls: [] });
    const stored = await altinn.getSystem(body.id);
    expect(stored?.name).toEqual({ nb: "Nytt navn" });
    expect(stored?.allowedRedirectUrls).toEqual([]);
  });

  it("gives a ServiceError for an empty 401 (no valid token)", async () => {
    const e = (await altinnClient(env, "not-a-token")
      .listSystems()
      .catch((x: unknown) => x)) as ServiceError;
    expect(e).toMatchObject({ service: "altinn", status: 401, code: undefined });
  });
});

describe("altinnClient against the simulator: requests and system users", () => {
  let systemId: string;
  beforeEach(async () => {
    const body = buildSystemRegistration(form, { vendorOrgNo: VENDOR, clientId: CLIENT });
    await altinnClient(env, token.value).createSystem(body);
    systemId = body.id;
  });

  const request = (over: Partial<Parameters<typeof buildAccessRequest>[0]> = {}) =>
    buildAccessRequest({
      systemId,
      partyOrgNo: "313367002",
      externalRef: "ref-1",
      rights: ["ske-krav-og-betalinger"],
      accessPackages: [],
      redirectUrl: "https://vendor.example/return",
      ...over,
    });

  it("creates a request (201), then answers the same request with 200 for the same key", async () => {
    const altinn = altinnClient(env, token.value);
    const first = await altinn.createRequest(request());
    expect(first.created).toBe(true);
    expect(first.request).toMatchObject({
      systemId,
      partyOrgNo: "313367002",
      externalRef: "ref-1",
      status: "New",
    });
    expect(isTrustedConfirmUrl(env, first.request.confirmUrl)).toBe(true);
    const again = await altinn.createRequest(request());
    expect(again).toMatchObject({ created: false, request: { id: first.request.id } });
    expect((await altinn.getRequest(first.request.id))?.id).toBe(first.request.id);
    expect((await altinn.getRequestByExternalRef(systemId, "313367002", "ref-1"))?.id).toBe(first.request.id);
  });

  it("answers null for unknown and deleted requests (AUTH-00010)", async () => {
    const altinn = altinnClient(env, token.value);
    expect(await altinn.getRequest("6f1f4b3c-0000-4000-8000-000000000000")).toBeNull();
    expect(await altinn.getRequestByExternalRef(systemId, "313367002", "nope")).toBeNull();
    const { request: r } = await altinn.createRequest(request());
    await altinn.deleteRequest(r.id);
    expect(await altinn.getRequest(r.id)).toBeNull();
  });

  it("reports AUTH-00021 for a redirect URL the system does not allow", async () => {
    const e = (await altinnClient(env, token.value)
      .createRequest(request({ redirectUrl: "https://evil.example/x" }))
      .catch((x: unknown) => x)) as ServiceError;
    expect(e).toMatchObject({ status: 400, code: "AUTH-00021" });
    expect(e.description).toMatch(/RedirectUri/);
  });

  it("finds the system user after approval, and then refuses a new request for the key (AUTH-00004)", async () => {
    const altinn = altinnClient(env, token.value);
    const { request: r } = await altinn.createRequest(request());
    expect(await altinn.findSystemUser({ systemId, orgNo: "313367002", externalRef: "ref-1" })).toBeNull();
    await decideRequest(sim, { id: r.id, decision: "approve" });
    expect((await altinn.getRequest(r.id))?.status).toBe("Accepted");
    const su = await altinn.findSystemUser({ systemId, orgNo: "313367002", externalRef: "ref-1" });
    expect(su).toMatchObject({ systemId, reporteeOrgNo: "313367002", externalRef: "ref-1" });
    const e = (await altinn.createRequest(request()).catch((x: unknown) => x)) as ServiceError;
    expect(e.code).toBe("AUTH-00004");
  });

  it("does not let another vendor read the request", async () => {
    const { request: r } = await altinnClient(env, token.value).createRequest(request());
    const other = altinnClient(env, await vendorToken(OTHER_VENDOR));
    const e = await other.getRequest(r.id).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ServiceError);
  });
});

describe("parseAltinnProblem", () => {
  it("reads ProblemDetails v5 (title) and the legacy v4 shape (detail)", () => {
    expect(
      parseAltinnProblem(
        JSON.stringify({
          type: "urn:altinn:error:AUTH-00011",
          title: "The Id does not refer to a Registered System.",
          status: 404,
          code: "AUTH-00011",
        }),
      ),
    ).toMatchObject({
      code: "AUTH-00011",
      description: "The Id does not refer to a Registered System.",
    });
    expect(
      parseAltinnProblem(
        JSON.stringify({
          title: "Not Found",
          status: 404,
          detail: "The Id does not refer to a Registered System.",
          code: "AUTH-00011",
        }),
      ),
    ).toMatchObject({
      code: "AUTH-00011",
      description: "The Id does not refer to a Registered System.",
    });
    const v4 = parseAltinnProblem(
      JSON.stringify({
        title: "Bad Request",
        code: "STD-00000",
        validationErrors: [
          {
            code: "AUTH.VLD-00005",
            detail: "One or more of the redirect urls format is not valid.",
            paths: ["/registersystemrequest/allowedredirecturls"],
          },
        ],
      }),
    );
    expect(v4.validationErrors).toEqual([
      {
        code: "AUTH.VLD-00005",
        title: "One or more of the redirect urls format is not valid.",
        paths: ["/registersystemrequest/allowedredirecturls"],
      },
    ]);
  });

  it("reads ASP.NET model-binding errors, plain strings and empty bodies", () => {
    expect(
      parseAltinnProblem(
        JSON.stringify({
          title: "One or more validation errors occurred.",
          status: 400,
          errors: { Name: ["The Name field is required."] },
        }),
      ).description,
    ).toBe("One or more validation errors occurred. Name: The Name field is required.");
    expect(parseAltinnProblem("\"System with ID 'x' not found.\"").description).toBe(
      "System with ID 'x' not found.",
    );
    expect(parseAltinnProblem("The System already exist: x").description).toBe("The System already exist: x");
    expect(parseAltinnProblem("")).toEqual({ validationErrors: [] });
  });

  it("gives a malformed-answer ServiceError when a success body has the wrong shape", async () => {
    vi.stubGlobal(
      "fetch",
      async () =>
        new Response(JSON.stringify({ nope: true }), {
          status: 200,
          headers: { "content-type": "application/json" },
        }),
    );
    const e = (await altinnClient(env, "t")
      .getRequest("x")
      .catch((x: unknown) => x)) as ServiceError;
    expect(e).toMatchObject({ service: "altinn", kind: "malformed" });
  });
});
