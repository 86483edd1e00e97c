import { describe, expect, it } from "vitest";
import { diffSystem, definitionFingerprint } from "@/lib/altinn/diff";
import {
  buildSystemRegistration,
  registrationToFormValues,
  rightResourceIds,
  accessPackageNames,
} from "@/lib/payloads/system-registration";
import { KNOWN_ACCESS_PACKAGES, KNOWN_RESOURCES, type SystemFormValues } from "@/lib/schemas/system";

const values: SystemFormValues = {
  idSuffix: "skatt_demo_system",
  name: { nb: "Skatteetatens Test SBS", nn: "", en: " " },
  description: { nb: "En beskrivelse av systemet", nn: "Ei skildring", en: "" },
  rights: ["ske-innrapportering-boligselskap"],
  accessPackages: [],
  isVisible: true,
  allowedRedirectUrls: [],
};
const ctx = { vendorOrgNo: "974761076", clientId: "e6c868ef-d9d6-4847-ba25-409bbd040540" };

describe("buildSystemRegistration", () => {
  it("builds Skatteetaten's documented example (contracts §2.4) from the form values", () => {
    expect(buildSystemRegistration(values, ctx)).toEqual({
      id: "974761076_skatt_demo_system",
      vendor: { ID: "0192:974761076" },
      name: { nb: "Skatteetatens Test SBS" },
      description: { nb: "En beskrivelse av systemet", nn: "Ei skildring" },
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligselskap" }] }],
      accessPackages: [],
      clientId: ["e6c868ef-d9d6-4847-ba25-409bbd040540"],
      isVisible: true,
      allowedRedirectUrls: [],
    });
  });

  it("prefixes the id with the vendor orgno and trims texts and URLs", () => {
    const reg = buildSystemRegistration(
      {
        ...values,
        idSuffix: " abc ",
        name: { nb: " Navn ", nn: " Namn ", en: " Name " },
        accessPackages: ["skattegrunnlag"],
        isVisible: false,
        allowedRedirectUrls: [{ url: " https://vendor.example/cb " }],
      },
      ctx,
    );
    expect(reg.id).toBe("974761076_abc");
    expect(reg.name).toEqual({ nb: "Navn", nn: "Namn", en: "Name" });
    expect(reg.accessPackages).toEqual([{ urn: "urn:altinn:accesspackage:skattegrunnlag" }]);
    expect(reg.isVisible).toBe(false);
    expect(reg.allowedRedirectUrls).toEqual(["https://vendor.example/cb"]);
  });

  it("sends no client id rather than an empty string when step 3 has none", () => {
    expect(buildSystemRegistration(values, { ...ctx, clientId: null }).clientId).toEqual([]);
  });

  it("round-trips through registrationToFormValues", () => {
    const full: SystemFormValues = {
      ...values,
      name: { nb: "A", nn: "B", en: "C" },
      description: { nb: "D", nn: "E", en: "F" },
      rights: ["ske-krav-og-betalinger", "ske-innrapportering-boligselskap"],
      accessPackages: ["skattegrunnlag"],
      allowedRedirectUrls: [{ url: "https://x.example/a" }],
    };
    const reg = buildSystemRegistration(full, ctx);
    expect(
      registrationToFormValues(reg, ctx.vendorOrgNo, {
        resources: KNOWN_RESOURCES,
        accessPackages: KNOWN_ACCESS_PACKAGES,
      }),
    ).toEqual(full);
    expect(rightResourceIds(reg.rights)).toEqual(full.rights);
    expect(accessPackageNames(reg.accessPackages)).toEqual(["skattegrunnlag"]);
  });

  it("drops what the form cannot show when prefilling (another prefix, unknown resources)", () => {
    const reg = buildSystemRegistration({ ...values, rights: ["ske-krav-og-betalinger"] }, ctx);
    const back = registrationToFormValues(
      {
        ...reg,
        id: "111111111_other",
        rights: [...reg.rights, { resource: [{ id: "urn:altinn:resource", value: "unknown-x" }] }],
      },
      ctx.vendorOrgNo,
      { resources: KNOWN_RESOURCES, accessPackages: KNOWN_ACCESS_PACKAGES },
    );
    expect(back.idSuffix).toBe("");
    expect(back.rights).toEqual(["ske-krav-og-betalinger"]);
  });
});

describe("diffSystem", () => {
  const stored = buildSystemRegistration(
    {
      ...values,
      name: { nb: "Gammelt", nn: "Gamalt", en: "" },
      allowedRedirectUrls: [{ url: "https://a.example/x" }],
    },
    ctx,
  );

  it("finds no change between equal definitions", () => {
    expect(diffSystem(stored, stored)).toEqual([]);
  });

  it("lists changed, added and removed fields one by one, including what a PUT would drop", () => {
    const next = buildSystemRegistration(
      {
        ...values,
        name: { nb: "Nytt", nn: "", en: "New" },
        rights: ["ske-krav-og-betalinger"],
        isVisible: false,
        allowedRedirectUrls: [{ url: "https://b.example/y" }],
      },
      { ...ctx, clientId: "other-client" },
    );
    const changes = diffSystem(stored, next);
    const byField = Object.fromEntries(changes.map((c) => [c.field, c]));
    expect(Object.keys(byField)).toEqual([
      "name.nb",
      "name.nn",
      "name.en",
      "rights",
      "clientId",
      "isVisible",
      "allowedRedirectUrls",
    ]);
    expect(byField["name.nn"]).toMatchObject({ before: "Gamalt", after: null });
    expect(byField["name.en"]).toMatchObject({ before: null, after: "New" });
    expect(byField.rights).toMatchObject({
      added: ["ske-krav-og-betalinger"],
      removed: ["ske-innrapportering-boligselskap"],
    });
    expect(byField.clientId).toMatchObject({ added: ["other-client"], removed: [ctx.clientId] });
    expect(byField.isVisible).toMatchObject({ before: "true", after: "false" });
  });

  it("fingerprints a stored definition so a confirmed update applies only to the reviewed version", () => {
    expect(definitionFingerprint(stored)).toBe(definitionFingerprint({ ...stored }));
    expect(definitionFingerprint(stored)).not.toBe(definitionFingerprint({ ...stored, isVisible: false }));
  });
});
