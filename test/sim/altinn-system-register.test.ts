import { beforeEach, describe, expect, it } from "vitest";
import type { Sim } from "@/lib/simulator/sim";
import { call, newSim } from "@/test/support/sim";
import { BASE, OTHER_VENDOR, problem, registerSystem, SYSTEM_ID, systemBody, token, VENDOR, vldCodes } from "./altinn-helpers";

let sim: Sim;
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
      json: { ID: `  ${SYSTEM_ID} `, VENDOR: { id: ` 0192:${VENDOR}` }, Name: { nb: "X" }, description: { nb: "Y" } },
    });
    expect(res.status).toBe(200);
    const got = (await (await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer })).json()) as Record<string, unknown>;
    expect(got).toMatchObject({ id: SYSTEM_ID, rights: [], accessPackages: [], clientId: [], isVisible: true, allowedRedirectUrls: [] });
  });

  it("AUTH.VLD-00000: a vendor that is not 0192: is answered alone, before every other check", async () => {
    const res = await registerSystem(sim, { vendor: { ID: `0193:${VENDOR}` }, id: "has space", allowedRedirectUrls: ["http://x.no"] });
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
      { code: "AUTH.VLD-00000", title: "the org number identifier is not valid ISO6523 identifier", paths: ["/registersystemrequest/vendor/id"] },
    ]);
  });

  it.each([
    ["AUTH.VLD-00013", { id: `${VENDOR}_with space` }, "/registersystemrequest/systemid"],
    ["AUTH.VLD-00001", { id: `999999999_system` }, "/registersystemrequest/systemid"],
    ["AUTH.VLD-00005", { allowedRedirectUrls: ["http://vendor.example/cb"] }, "/registersystemrequest/allowedredirecturls"],
    ["AUTH.VLD-00005", { allowedRedirectUrls: ["/relative/path"] }, "/registersystemrequest/allowedredirecturls"],
    ["AUTH.VLD-00009", { rights: [{ resource: [{ id: "urn:altinn:app", value: "ske-krav-og-betalinger" }] }] }, "/registersystemrequest/rights/resource"],
    ["AUTH.VLD-00003", { rights: [{ resource: [{ id: "urn:altinn:resource", value: "finnes-ikke" }] }] }, "/registersystemrequest/rights/resource"],
    [
      "AUTH.VLD-00017",
      { rights: [{ resource: [{ id: "urn:altinn:resource", value: "altinn-maskinporten-schema-demo" }] }] },
      "/registersystemrequest/rights/resource",
    ],
    [
      "AUTH.VLD-00006",
      { rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }, { resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }] },
      "/registersystemrequest/rights/resource",
    ],
    ["AUTH.VLD-00008", { accessPackages: [{ urn: "urn:altinn:accesspackage:finnes-ikke" }] }, "/registersystemrequest/accesspackages"],
    ["AUTH.VLD-00008", { accessPackages: [{ urn: "skattegrunnlag" }] }, "/registersystemrequest/accesspackages"],
    [
      "AUTH.VLD-00007",
      { accessPackages: [{ urn: "urn:altinn:accesspackage:skattegrunnlag" }, { urn: "urn:altinn:accesspackage:skattegrunnlag" }] },
      "/registersystemrequest/accesspackages",
    ],
    [
      "AUTH.VLD-00018",
      { isVisible: true, accessPackages: [{ urn: "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet" }] },
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
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "nope-1" }] }, { resource: [{ id: "urn:altinn:resource", value: "nope-2" }] }],
    });
    const p = await problem(res);
    expect(p.validationErrors![0]).toMatchObject({ code: "AUTH.VLD-00003", "ResourceIds Not Found : ": "nope-1 | nope-2" });
  });

  it("collects every error in Altinn's order", async () => {
    const res = await registerSystem(sim, {
      id: `${VENDOR}_a b`,
      allowedRedirectUrls: ["ftp://x"],
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "nope" }] }],
      accessPackages: [{ urn: "urn:altinn:accesspackage:nope" }],
    });
    expect(await vldCodes(res)).toEqual(["AUTH.VLD-00013", "AUTH.VLD-00005", "AUTH.VLD-00003", "AUTH.VLD-00008"]);
  });

  it("accepts loopback http redirect URLs (documented simulator deviation) and client packages when not visible", async () => {
    const res = await registerSystem(sim, {
      allowedRedirectUrls: ["http://localhost:3000/customer", "http://127.0.0.1/cb", "https://vendor.example/cb"],
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

describe("GET / DELETE systemregister/vendor/{systemId}", () => {
  it("GET: 404 ProblemDetails when unknown, 403 empty for another vendor's system", async () => {
    const missing = await call(sim, "GET", url("/nope"), { bearer: await token(sim) });
    expect(missing.status).toBe(404);
    expect(await problem(missing)).toMatchObject({ status: 404, title: "Not Found", type: "https://tools.ietf.org/html/rfc9110#section-15.5.5" });
    await registerSystem(sim);
    const foreign = await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer: await token(sim, OTHER_VENDOR) });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toBe("");
  });

  it("DELETE soft-deletes: succeeded, gone from the list, still readable with isDeleted", async () => {
    await registerSystem(sim);
    const bearer = await token(sim);
    const del = await call(sim, "DELETE", url(`/${SYSTEM_ID}`), { bearer });
    expect(del.status).toBe(200);
    expect(await del.json()).toEqual({ succeeded: true });
    expect(await (await call(sim, "GET", url(), { bearer })).json()).toEqual([]);
    expect(await (await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer })).json()).toMatchObject({ isDeleted: true });
  });

  it("DELETE of an unknown system: ASP.NET's ValidationProblem with errors.return", async () => {
    const res = await call(sim, "DELETE", url("/nope"), { bearer: await token(sim) });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual({ return: ["System not found"] });
  });

  it("DELETE of another vendor's system: 403", async () => {
    await registerSystem(sim);
    expect((await call(sim, "DELETE", url(`/${SYSTEM_ID}`), { bearer: await token(sim, OTHER_VENDOR) })).status).toBe(403);
  });
});

describe("PUT systemregister/vendor/{systemId}", () => {
  const put = async (body: unknown, id = SYSTEM_ID, vendor = VENDOR) =>
    call(sim, "PUT", url(`/${id}`), { json: body, bearer: await token(sim, vendor) });

  beforeEach(async () => {
    expect((await registerSystem(sim)).status).toBe(200);
  });

  it("replaces the whole definition", async () => {
    const res = await put(systemBody({ rights: [], clientId: ["new-client"], name: { nb: "Nytt navn" }, isVisible: false }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ succeeded: true });
    const got = await (await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer: await token(sim) })).json();
    expect(got).toMatchObject({ rights: [], clientId: ["new-client"], name: { nb: "Nytt navn" }, isVisible: false });
  });

  it("404 plain string when unknown, or when the body's vendor differs from the stored one", async () => {
    const unknown = await put(systemBody({ id: `${VENDOR}_nope` }), `${VENDOR}_nope`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(`System with ID '${VENDOR}_nope' not found.`);
    const vendor = await put(systemBody({ vendor: { ID: `0192:${OTHER_VENDOR}` } }));
    expect(vendor.status).toBe(404);
  });

  it("403 for another vendor's system (checked before the body's vendor)", async () => {
    const res = await put(systemBody(), SYSTEM_ID, OTHER_VENDOR);
    expect(res.status).toBe(403);
  });

  it("AUTH.VLD-00012 when the body id differs from the URL", async () => {
    const res = await put(systemBody({ id: `${VENDOR}_other` }));
    expect((await problem(res)).validationErrors).toEqual([
      { code: "AUTH.VLD-00012", title: "The system ID in the request body does not match the system ID in the URL", paths: ["/registersystemrequest/systemid"] },
    ]);
  });

  it("AUTH.VLD-00011 for duplicate client ids, AUTH.VLD-00004 for one another live system holds", async () => {
    expect(await vldCodes(await put(systemBody({ clientId: ["a", "A"] })))).toEqual(["AUTH.VLD-00011"]);
    await registerSystem(sim, { id: `${VENDOR}_two`, clientId: ["taken"] });
    expect(await vldCodes(await put(systemBody({ clientId: ["taken"] })))).toEqual(["AUTH.VLD-00004"]);
  });

  it("400 plain string for a deleted system", async () => {
    await call(sim, "DELETE", url(`/${SYSTEM_ID}`), { bearer: await token(sim) });
    const res = await put(systemBody());
    expect(res.status).toBe(400);
    expect(await res.text()).toBe("Cannot update a system marked as deleted.");
  });

  it("validates rights and packages against the body's isVisible", async () => {
    const res = await put(systemBody({ accessPackages: [{ urn: "urn:altinn:accesspackage:ansvarlig-revisor" }] }));
    expect(await vldCodes(res)).toEqual(["AUTH.VLD-00018"]);
  });

  it("PUT …/rights and …/accesspackages replace one part", async () => {
    const bearer = await token(sim);
    const rights = await call(sim, "PUT", url(`/${SYSTEM_ID}/rights`), {
      bearer,
      json: [{ resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligsameie" }] }],
    });
    expect(await rights.json()).toEqual({ succeeded: true });
    const packages = await call(sim, "PUT", url(`/${SYSTEM_ID}/accesspackages`), {
      bearer,
      json: [{ urn: "urn:altinn:accesspackage:skattegrunnlag" }],
    });
    expect(await packages.json()).toEqual({ succeeded: true });
    const got = await (await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer })).json();
    expect(got).toMatchObject({
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligsameie" }] }],
      accessPackages: [{ urn: "urn:altinn:accesspackage:skattegrunnlag" }],
    });
    // Client packages are checked against the stored isVisible (true).
    const client = await call(sim, "PUT", url(`/${SYSTEM_ID}/accesspackages`), {
      bearer,
      json: [{ urn: "urn:altinn:accesspackage:revisormedarbeider" }],
    });
    expect(await vldCodes(client)).toEqual(["AUTH.VLD-00018"]);
    const unknown = await call(sim, "PUT", url(`/nope/rights`), { bearer, json: [] });
    expect(unknown.status).toBe(404);
  });
});
