import { describe, expect, it } from "vitest";
import { withSavedSystem } from "@/lib/altinn/session";
import { buildSystemRegistration } from "@/lib/payloads/system-registration";
import { fieldErrors } from "@/lib/schemas/common";
import { systemFormSchemaFor, type SystemFormValues } from "@/lib/schemas/system";
import { initialState } from "@/lib/session/state";

/** Step 4 for standard and agent system users (contracts-more §1.1–1.2). */
const P = "urn:altinn:accesspackage:";
const ctx = { vendorOrgNo: "314500008", clientId: "e6c868ef-d9d6-4847-ba25-409bbd040540" };
const standard: SystemFormValues = {
  kind: "standard",
  idSuffix: "regnskap",
  name: { nb: "Regnskap", nn: "", en: "" },
  description: { nb: "Beskrivelse", nn: "", en: "" },
  rights: ["ske-innrapportering-boligselskap"],
  accessPackages: ["skattegrunnlag"],
  isVisible: true,
  allowedRedirectUrls: [{ url: "https://vendor.example/cb" }],
};
const agent: SystemFormValues = {
  ...standard,
  kind: "agent",
  accessPackages: ["regnskapsforer-med-signeringsrettighet", "skattegrunnlag"],
};
const schema = systemFormSchemaFor("test");
const errors = (v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? {} : fieldErrors(r.error);
};

describe("buildSystemRegistration per kind", () => {
  it("standard: rights, packages and isVisible as chosen; no kind means standard", () => {
    const body = buildSystemRegistration(standard, ctx);
    expect(body).toMatchObject({
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligselskap" }] }],
      accessPackages: [{ urn: `${P}skattegrunnlag` }],
      isVisible: true,
    });
    const { kind: _kind, ...legacy } = standard;
    expect(buildSystemRegistration(legacy, ctx)).toEqual(body);
  });

  it("agent: packages only, no single rights, never visible (AUTH.VLD-00018)", () => {
    expect(buildSystemRegistration(agent, ctx)).toMatchObject({
      id: "314500008_regnskap",
      rights: [],
      accessPackages: [{ urn: `${P}regnskapsforer-med-signeringsrettighet` }, { urn: `${P}skattegrunnlag` }],
      isVisible: false,
    });
  });

  it("records the kind in the session with the saved system", () => {
    const state = withSavedSystem(initialState("simulator"), buildSystemRegistration(agent, ctx), 5, "agent");
    expect(state.system).toMatchObject({ systemId: "314500008_regnskap", kind: "agent", savedAt: 5 });
  });
});

describe("step 4 schema per kind", () => {
  it("accepts both kinds with the packages each may hold", () => {
    expect(schema.safeParse(standard).success).toBe(true);
    expect(schema.safeParse(agent).success).toBe(true);
  });

  it("refuses a client-only package for standard users (AUTH-00064)", () => {
    expect(errors({ ...standard, accessPackages: ["forretningsforer-eiendom"] })).toEqual({
      accessPackages: ["validation.notForKind"],
    });
  });

  it("an agent system needs at least one package, whatever its rights (AUTH-00058)", () => {
    expect(errors({ ...agent, accessPackages: [] })).toEqual({ accessPackages: ["validation.chooseOne"] });
    expect(errors({ ...agent, kind: "other" })).toEqual({ kind: ["validation.invalid"] });
  });
});
