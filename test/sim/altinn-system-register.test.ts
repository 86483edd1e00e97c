import { beforeEach, describe, expect, it } from "vitest";
import type { TestSim } from "@/test/support/sim";
import { call, newSim } from "@/test/support/sim";
import {
  BASE,
  OTHER_VENDOR,
  problem,
  registerSystem,
  SYSTEM_ID,
  systemBody,
  token,
  VENDOR,
  vldCodes,
} from "./altinn-helpers";

let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const url = (suffix = "") => `${BASE}/systemregister/vendor${suffix}`;

describe("POST systemregister/vendor", () => {
  it("answers 200 with the new internal GUID as a JSON string, and the system reads back in Altinn's shapes", async () => {
    const res = await registerSystem(sim);
    expect(res.status).toBe(200);
    const guid = (await res.json()) as string;
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    const bearer = await token(sim);
    const one = await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer });
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual({
      id: SYSTEM_ID,
      vendor: { ID: `0192:${VENDOR}` },
      name: systemBody().name,
      description: systemBody().description,
      rights: systemBody().rights,
      accessPackages: [],
      isDeleted: false,
      clientId: systemBody().clientId,
      isVisible: true,
      allowedRedirectUrls: systemBody().allowedRedirectUrls,
    });

    const list = await call(sim, "GET", url(), { bearer });
    expect(await list.json()).toEqual([
      {
        systemId: SYSTEM_ID,
        systemVendorOrgNumber: VENDOR,
        systemVendorOrgName: "",
        name: systemBody().name,
        description: systemBody().description,
        rights: systemBody().rights,
        accessPackages: [],
        isVisible: true,
      },
    ]);
    // Another vendor's list does not include it.
    const other = await call(sim, "GET", url(), { bearer: await token(sim, OTHER_VENDOR) });
    expect(await other.json()).toEqual([]);
  });

  it("binds property names case-insensitively, trims scalar strings and applies the defaults", async () => {
    const bearer = await token(sim);
    const res = await call(sim, "POST", url(), {
      bearer,
      json: {
        ID: `  ${SYSTEM_ID} `,
        VENDOR: { id: ` 0192:${VENDOR}` },
        Name: { nb: "X" },
        description: { nb: "Y" },
      },
    });
    expect(res.status).toBe(200);
    const got = (await (await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer })).json()) as Record<
      string,
      unknown
    >;
    expect(got).toMatchObject({
      id: SYSTEM_ID,
      rights: [],
      accessPackages: [],
      clientId: [],
      isVisible: true,
      allowedRedirectUrls: [],
    });
  });

  it("AUTH.VLD-00000: a vendor that is not 0192: is answered alone, before every other check", async () => {
    const res = await registerSystem(sim, {
      vendor: { ID: `0193:${VENDOR}` },
      id: "has space",
      allowedRedirectUrls: ["http://x.no"],
    });
    expect(res.status).toBe(400);
    const p = await problem(res);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(p).toMatchObject({
      type: "urn:altinn:error:STD-00000",
      title: "One or more validation errors occurred.",
      status: 400,
      code: "STD-00000",
      statusDescription: "Bad Request",
    });
    expect(p.traceId).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(p.validationErrors).toEqual([
      {
        code: "AUTH.VLD-00000",
        title: "the org number identifier is not valid ISO6523 identifier",
        paths: ["/registersystemrequest/vendor/id"],
      },
    ]);
  });

  it.each([
    ["AUTH.VLD-00013", { id: `${VENDOR}_with space` }, "/registersystemrequest/systemid"],
    ["AUTH.VLD-00001", { id: `999999999_system` }, "/registersystemrequest/systemid"],
    [
      "AUTH.VLD-00005",
      { allowedRedirectUrls: ["http://vendor.example/cb"] },
      "/registersystemrequest/allowedredirecturls",
    ],
    [
      "AUTH.VLD-00005",
      { allowedRedirectUrls: ["/relative/path"] },
      "/registersystemrequest/allowedredirecturls",
    ],
    [
      "AUTH.VLD-00009",
      { rights: [{ resource: [{ id: "urn:altinn:app", value: "ske-krav-og-betalinger" }] }] },
      "/registersystemrequest/rights/resource",
    ],
    [
      "AUTH.VLD-00003",
      { rights: [{ resource: [{ id: "urn:altinn:resource", value: "finnes-ikke" }] }] },
      "/registersystemrequest/rights/resource",
    ],
    [
      "AUTH.VLD-00017",
      { rights: [{ resource: [{ id: "urn:altinn:resource", value: "altinn-maskinporten-schema-demo" }] }] },
      "/registersystemrequest/rights/resource",
    ],
    [
      "AUTH.VLD-00006",
      {
        rights: [
          { resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] },
          { resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] },
        ],
      },
      "/registersystemrequest/rights/resource",
    ],
    [
      "AUTH.VLD-00008",
      { accessPackages: [{ urn: "urn:altinn:accesspackage:finnes-ikke" }] },
      "/registersystemrequest/accesspackages",
    ],
    [
      "AUTH.VLD-00008",
      { accessPackages: [{ urn: "skattegrunnlag" }] },
      "/registersystemrequest/accesspackages",
    ],
    [
      "AUTH.VLD-00007",
      {
        accessPackages: [
          { urn: "urn:altinn:accesspackage:skattegrunnlag" },
          { urn: "urn:altinn:accesspackage:skattegrunnlag" },
        ],
      },
      "/registersystemrequest/accesspackages",
    ],
    [
      "AUTH.VLD-00018",
      {
        isVisible: true,
        accessPackages: [{ urn: "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet" }],
      },
      "/registersystemrequest/accesspackages",
    ],
  ])("%s at its path", async (code, overrides, path) => {
    const res = await registerSystem(sim, overrides);
    expect(res.status).toBe(400);
    const p = await problem(res);
    expect(p.validationErrors).toHaveLength(1);
    expect(p.validationErrors![0]).toMatchObject({ code, paths: [path] });
  });

  it("names the offending resources in the item's extension data", async () => {
    const res = await registerSystem(sim, {
      rights: [
        { resource: [{ id: "urn:altinn:resource", value: "nope-1" }] },
        { resource: [{ id: "urn:altinn:resource", value: "nope-2" }] },
      ],
    });
    const p = await problem(res);
    expect(p.validationErrors![0]).toMatchObject({
      code: "AUTH.VLD-00003",
      "ResourceIds Not Found : ": "nope-1 | nope-2",
    });
  });

  it("collects every error in Altinn's order", async () => {
    const res = await registerSystem(sim, {
      id: `${VENDOR}_a b`,
      allowedRedirectUrls: ["ftp://x"],
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "nope" }] }],
      accessPackages: [{ urn: "urn:altinn:accesspackage:nope" }],
    });
    expect(await vldCodes(res)).toEqual([
      "AUTH.VLD-00013",
      "AUTH.VLD-00005",
      "AUTH.VLD-00003",
      "AUTH.VLD-00008",
    ]);
  });

  it("accepts loopback http redirect URLs (documented simulator deviation) and client packages when not visible", async () => {
    const res = await registerSystem(sim, {
      allowedRedirectUrls: [
        "http://localhost:3000/customer",
        "http://127.0.0.1/cb",
        "https://vendor.example/cb",
      ],
      isVisible: false,
      accessPackages: [{ urn: "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet" }],
    });
    expect(res.status).toBe(200);
  });

  it("AUTH.VLD-00002 for an existing id, also when that system is deleted", async () => {
    expect((await registerSystem(sim)).status).toBe(200);
    expect(await vldCodes(await registerSystem(sim, { clientId: [] }))).toEqual(["AUTH.VLD-00002"]);
    await call(sim, "DELETE", url(`/${SYSTEM_ID}`), { bearer: await token(sim) });
    expect(await vldCodes(await registerSystem(sim, { clientId: [] }))).toEqual(["AUTH.VLD-00002"]);
  });

  it("AUTH.VLD-00004 while another live system holds the client id; free again once that system is deleted", async () => {
    expect((await registerSystem(sim)).status).toBe(200);
    expect(await vldCodes(await registerSystem(sim, { id: `${VENDOR}_second` }))).toEqual(["AUTH.VLD-00004"]);
    await call(sim, "DELETE", url(`/${SYSTEM_ID}`), { bearer: await token(sim) });
    expect((await registerSystem(sim, { id: `${VENDOR}_second` })).status).toBe(200);
  });

  it("AUTH.VLD-00004 is Altinn's validation problem as Altinn writes it: STD-00000 around the item, no system named", async () => {
    expect((await registerSystem(sim)).status).toBe(200);
    const res = await registerSystem(sim, { id: `${VENDOR}_second` });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Record<string, unknown>;
    // ValidationProblemBuilder's shape (contracts §2.11); the item carries only code, title and path
    // (SystemRegisterController.ValidateRegisteredSystem adds SystemRegister_ClientID_Exists with no extension).
    expect(body).toMatchObject({
      type: "urn:altinn:error:STD-00000",
      title: "One or more validation errors occurred.",
      status: 400,
      code: "STD-00000",
      statusDescription: "Bad Request",
      validationErrors: [
        {
          code: "AUTH.VLD-00004",
          title: "One of the client id is already tagged with an existing system",
          paths: ["/registersystemrequest/clientid"],
        },
      ],
    });
    expect(Object.keys((body.validationErrors as object[])[0]!).sort()).toEqual(["code", "paths", "title"]);
    expect(JSON.stringify(body)).not.toContain(SYSTEM_ID);
  });

  it("403 with an empty body when the body's vendor is not the token's, even when there are validation errors", async () => {
    const res = await registerSystem(sim, { id: "x y" }, OTHER_VENDOR);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe("");
  });

  it("the admin scope may register for another vendor", async () => {
    const bearer = await token(sim, OTHER_VENDOR, "altinn:authentication/systemregister.admin");
    const res = await call(sim, "POST", url(), { bearer, json: systemBody() });
    expect(res.status).toBe(200);
  });

  it("409 with a plain string when the body repeats a client id", async () => {
    const res = await registerSystem(sim, { clientId: ["c-1", "c-1"] });
    expect(res.status).toBe(409);
    expect(await res.text()).toBe(`The System already exist: ${SYSTEM_ID}`);
  });
});
