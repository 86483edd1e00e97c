import { describe, expect, it } from "vitest";
import { mayActFor } from "@/lib/simulator/altinn/acting-for";
import type { SimSystemUser } from "@/lib/simulator/types";

/** mayActFor (contracts-more §1.7–1.8): the Skatteetaten simulator's question to Altinn Authorization. */
const P = "urn:altinn:accesspackage:";
const FIRM = "314500008";
const CLIENT = "313367002";
const OTHER = "310702641";

function user(overrides: Partial<SimSystemUser>): SimSystemUser {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    integrationTitle: "t",
    systemId: "x_y",
    systemInternalId: "i",
    productName: "",
    reporteeOrgNo: CLIENT,
    supplierOrgno: "991825827",
    supplierName: "",
    externalRef: CLIENT,
    rights: [],
    accessPackages: [],
    userType: "standard",
    created: "2026-01-01T00:00:00.000Z",
    isDeleted: false,
    ...overrides,
  };
}

describe("mayActFor", () => {
  it("standard: only for its reportee, by single right or covering package", () => {
    const byRight = user({
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-amelding" }] }],
    });
    expect(mayActFor(byRight, CLIENT, "ske-innrapportering-amelding")).toEqual({ ok: true, via: "right" });
    expect(mayActFor(byRight, OTHER, "ske-innrapportering-amelding")).toEqual({
      ok: false,
      reason: "not-reportee",
    });
    expect(mayActFor(byRight, CLIENT, "ske-innrapportering-boligsameie")).toEqual({
      ok: false,
      reason: "no-right",
    });
    const byPackage = user({ accessPackages: [{ urn: `${P}a-ordning` }] });
    expect(mayActFor(byPackage, CLIENT, "ske-innrapportering-amelding")).toEqual({
      ok: true,
      via: "package",
    });
    // Delegated clients mean nothing to a standard system user.
    expect(mayActFor(byPackage, OTHER, "ske-innrapportering-amelding", [OTHER]).ok).toBe(false);
    expect(mayActFor({ ...byPackage, isDeleted: true }, CLIENT, "ske-innrapportering-amelding")).toEqual({
      ok: false,
      reason: "deleted",
    });
  });

  it("agent: only for delegated clients, by the agent's packages, never for the firm itself", () => {
    const agent = user({
      userType: "agent",
      reporteeOrgNo: FIRM,
      accessPackages: [{ urn: `${P}regnskapsforer-lonn` }],
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligsameie" }] }],
    });
    expect(mayActFor(agent, CLIENT, "ske-innrapportering-amelding")).toEqual({
      ok: false,
      reason: "not-a-client",
    });
    expect(mayActFor(agent, CLIENT, "ske-innrapportering-amelding", [CLIENT])).toEqual({
      ok: true,
      via: "client-delegation",
    });
    expect(mayActFor(agent, FIRM, "ske-innrapportering-amelding", [CLIENT]).ok).toBe(false);
    // regnskapsforer-lonn does not cover boligsameie, and single rights do not count for agents.
    expect(mayActFor(agent, CLIENT, "ske-innrapportering-boligsameie", [CLIENT])).toEqual({
      ok: false,
      reason: "no-right",
    });
  });
});
