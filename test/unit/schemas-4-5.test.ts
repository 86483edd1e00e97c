import { LOCALES } from "@/lib/i18n/types";
import { describe, expect, it } from "vitest";
import { checkAgainstSystem, customerFormSchema, type CustomerFormValues } from "@/lib/schemas/customer";
import { fieldErrors } from "@/lib/schemas/common";
import { redirectUrlProblem, systemFormSchemaFor, type SystemFormValues } from "@/lib/schemas/system";
import { common } from "@/lib/i18n/messages/common";
import { translateMessage } from "@/lib/i18n/translate";

const system: SystemFormValues = {
  idSuffix: "regnskap_demo",
  name: { nb: "Demo", nn: "", en: "" },
  description: { nb: "Beskrivelse", nn: "", en: "" },
  rights: ["ske-krav-og-betalinger"],
  accessPackages: [],
  isVisible: true,
  allowedRedirectUrls: [{ url: "https://vendor.example/cb" }],
};

function errorsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, v: unknown) {
  const r = schema.safeParse(v);
  return r.success ? {} : fieldErrors(r.error as never);
}

describe("step 4 schema", () => {
  const sim = systemFormSchemaFor("simulator");
  const test = systemFormSchemaFor("test");

  it("accepts a complete registration", () => {
    expect(test.safeParse(system).success).toBe(true);
  });

  it("requires nb name and description, but not nn and en", () => {
    const e = errorsOf(test, {
      ...system,
      name: { nb: " ", nn: "x", en: "y" },
      description: { nb: "", nn: "", en: "" },
    });
    expect(e["name.nb"]).toEqual(["validation.required"]);
    expect(e["description.nb"]).toEqual(["validation.required"]);
    expect(e["name.nn"]).toBeUndefined();
  });

  it("refuses spaces in the id suffix (AUTH.VLD-00013) but lets other characters through as Altinn does", () => {
    expect(errorsOf(test, { ...system, idSuffix: "my system" }).idSuffix).toEqual(["validation.noSpaces"]);
    expect(test.safeParse({ ...system, idSuffix: "Team-Auth" }).success).toBe(true);
  });

  it("requires https redirect URLs outside the simulator, and allows http on loopback in it", () => {
    const local = { ...system, allowedRedirectUrls: [{ url: "http://127.0.0.1:3150/customer/return" }] };
    expect(errorsOf(test, local)["allowedRedirectUrls.0.url"]).toEqual(["validation.httpsUrl"]);
    expect(sim.safeParse(local).success).toBe(true);
    const remoteHttp = { ...system, allowedRedirectUrls: [{ url: "http://vendor.example/cb" }] };
    expect(errorsOf(sim, remoteHttp)["allowedRedirectUrls.0.url"]).toEqual(["validation.httpsOrLocalUrl"]);
    expect(redirectUrlProblem("not a url", true)).toBe("validation.url");
    expect(redirectUrlProblem("http://localhost:3000/x", true)).toBeNull();
  });

  it("flags duplicate redirect URLs and a system with neither rights nor packages", () => {
    const e = errorsOf(test, {
      ...system,
      rights: [],
      allowedRedirectUrls: [{ url: "https://a.example/x" }, { url: "https://a.example/x" }],
    });
    expect(e.rights).toEqual(["validation.chooseOne"]);
    expect(e["allowedRedirectUrls.1.url"]).toEqual(["validation.duplicate"]);
  });

  it("refuses resources and packages that are not in the catalogue", () => {
    const e = errorsOf(test, { ...system, rights: ["evil"], accessPackages: ["nope"] });
    expect(e["rights.0"]).toEqual(["validation.invalid"]);
    expect(e["accessPackages.0"]).toEqual(["validation.invalid"]);
  });

  it("has a translation for every message key it can produce, in every language", () => {
    const keys = [
      "validation.required",
      "validation.noSpaces",
      "validation.httpsUrl",
      "validation.httpsOrLocalUrl",
      "validation.duplicate",
      "validation.chooseOne",
      "validation.url",
      "validation.tooLong",
      "validation.invalid",
      "validation.externalRefChars",
      "validation.externalRefPersonal",
      "validation.notOffered",
      "validation.orgnoMod11",
      "validation.orgnoFormat",
    ];
    for (const locale of LOCALES) {
      for (const k of keys) expect(translateMessage(k, common[locale].validation)).not.toBe(k);
    }
  });
});

describe("step 5 schema", () => {
  const ok: CustomerFormValues = {
    partyOrgNo: "313367002",
    externalRef: "3f0e1c9a-2b7d-4c1e-9a55-0d6a4f1b2c3d",
    rights: ["ske-krav-og-betalinger"],
    accessPackages: [],
    redirectUrl: "",
  };

  it("accepts a valid request", () => {
    expect(customerFormSchema.safeParse(ok).success).toBe(true);
  });

  it("checks the customer's organisation number with MOD11", () => {
    expect(errorsOf(customerFormSchema, { ...ok, partyOrgNo: "313367003" }).partyOrgNo).toEqual([
      "validation.orgnoMod11",
    ]);
    expect(errorsOf(customerFormSchema, { ...ok, partyOrgNo: "1234" }).partyOrgNo?.[0]).toBe(
      "validation.orgnoFormat",
    );
  });

  it("keeps externalRef opaque: URL-safe characters, not a national identity number", () => {
    expect(errorsOf(customerFormSchema, { ...ok, externalRef: "a/b" }).externalRef).toEqual([
      "validation.externalRefChars",
    ]);
    expect(errorsOf(customerFormSchema, { ...ok, externalRef: "01017012345" }).externalRef).toEqual([
      "validation.externalRefPersonal",
    ]);
  });

  it("needs at least one right or package", () => {
    expect(errorsOf(customerFormSchema, { ...ok, rights: [] }).rights).toEqual(["validation.chooseOne"]);
  });

  it("allows only the registered system's rights, packages and redirect URLs", () => {
    const offer = {
      rights: ["ske-krav-og-betalinger"],
      accessPackages: [],
      allowedRedirectUrls: ["https://v.example/cb"],
    };
    expect(checkAgainstSystem(ok, offer)).toBeNull();
    expect(checkAgainstSystem({ ...ok, redirectUrl: "https://v.example/cb" }, offer)).toBeNull();
    expect(
      checkAgainstSystem(
        {
          ...ok,
          rights: ["ske-innrapportering-boligselskap"],
          accessPackages: ["skattegrunnlag"],
          redirectUrl: "https://evil.example/",
        },
        offer,
      ),
    ).toEqual({
      rights: ["validation.notOffered"],
      accessPackages: ["validation.notOffered"],
      redirectUrl: ["validation.notOffered"],
    });
  });
});
