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

describe("GET / DELETE systemregister/vendor/{systemId}", () => {
  it("GET: 404 ProblemDetails when unknown, 403 empty for another vendor's system", async () => {
    const missing = await call(sim, "GET", url("/nope"), { bearer: await token(sim) });
    expect(missing.status).toBe(404);
    expect(await problem(missing)).toMatchObject({
      status: 404,
      title: "Not Found",
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    });
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
    expect(await (await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer })).json()).toMatchObject({
      isDeleted: true,
    });
  });

  it("DELETE of an unknown system: ASP.NET's ValidationProblem with errors.return", async () => {
    const res = await call(sim, "DELETE", url("/nope"), { bearer: await token(sim) });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual({ return: ["System not found"] });
  });

  it("DELETE of another vendor's system: 403", async () => {
    await registerSystem(sim);
    expect(
      (await call(sim, "DELETE", url(`/${SYSTEM_ID}`), { bearer: await token(sim, OTHER_VENDOR) })).status,
    ).toBe(403);
  });
});

describe("PUT systemregister/vendor/{systemId}", () => {
  const put = async (body: unknown, id = SYSTEM_ID, vendor = VENDOR) =>
    call(sim, "PUT", url(`/${id}`), { json: body, bearer: await token(sim, vendor) });

  beforeEach(async () => {
    expect((await registerSystem(sim)).status).toBe(200);
  });

  it("replaces the whole definition", async () => {
    const res = await put(
      systemBody({ rights: [], clientId: ["new-client"], name: { nb: "Nytt navn" }, isVisible: false }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ succeeded: true });
    const got = await (await call(sim, "GET", url(`/${SYSTEM_ID}`), { bearer: await token(sim) })).json();
    expect(got).toMatchObject({
      rights: [],
      clientId: ["new-client"],
      name: { nb: "Nytt navn" },
      isVisible: false,
    });
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
      {
        code: "AUTH.VLD-00012",
        title: "The system ID in the request body does not match the system ID in the URL",
        paths: ["/registersystemrequest/systemid"],
      },
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
    const res = await put(
      systemBody({ accessPackages: [{ urn: "urn:altinn:accesspackage:ansvarlig-revisor" }] }),
    );
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
