import { describe, expect, it } from "vitest";
import { compareRights, singleResourceId } from "@/lib/altinn/rights-compare";
import { resourceRight } from "@/lib/payloads/system-registration";

const P = "urn:altinn:accesspackage:";
const krav = resourceRight("ske-krav-og-betalinger");
const bolig = resourceRight("ske-innrapportering-boligselskap");
const pk = (n: string) => ({ urn: `${P}${n}` });

describe("compareRights (contracts-more §2)", () => {
  it("is null when the standard system user holds exactly what the system offers, in any order", () => {
    const system = { rights: [krav, bolig], accessPackages: [pk("skattegrunnlag")] };
    const user = { rights: [bolig, krav], accessPackages: [pk("skattegrunnlag")] };
    expect(compareRights(system, user, "standard")).toBeNull();
  });

  it("requires what the system gained and marks unwanted what it dropped", () => {
    const system = { rights: [krav, bolig], accessPackages: [pk("a-ordning")] };
    const user = { rights: [krav, resourceRight("old-resource")], accessPackages: [pk("skattegrunnlag")] };
    expect(compareRights(system, user, "standard")).toEqual({
      kind: "change-request",
      requiredRights: ["ske-innrapportering-boligselskap"],
      unwantedRights: ["old-resource"],
      requiredAccessPackages: [`${P}a-ordning`],
      unwantedAccessPackages: [`${P}skattegrunnlag`],
      notAssignable: [],
      notExpressible: [],
    });
  });

  it("never asks a standard user for a client-only package (AUTH-00064); alone that is no change", () => {
    const system = { rights: [krav], accessPackages: [pk("regnskapsforer-lonn"), pk("skattegrunnlag")] };
    expect(
      compareRights(system, { rights: [krav], accessPackages: [pk("skattegrunnlag")] }, "standard"),
    ).toBeNull();
    const change = compareRights(system, { rights: [], accessPackages: [] }, "standard");
    expect(change).toMatchObject({
      kind: "change-request",
      requiredRights: ["ske-krav-og-betalinger"],
      requiredAccessPackages: [`${P}skattegrunnlag`],
      notAssignable: [`${P}regnskapsforer-lonn`],
    });
  });

  it("keeps packages the wizard does not know (Altinn judges them) and reports multi-resource rights", () => {
    const appRight = {
      resource: [
        { id: "urn:altinn:org", value: "skd" },
        { id: "urn:altinn:app", value: "x" },
      ],
    };
    const change = compareRights(
      { rights: [appRight], accessPackages: [pk("jordbruk")] },
      { rights: [], accessPackages: [] },
      "standard",
    );
    expect(change).toMatchObject({
      requiredRights: [],
      requiredAccessPackages: [`${P}jordbruk`],
      notExpressible: [appRight],
    });
  });

  it("an agent system user cannot be changed: a difference in delegable packages asks for a new one", () => {
    const system = {
      rights: [krav],
      accessPackages: [pk("regnskapsforer-lonn"), pk("a-ordning"), pk("klientadministrator")],
    };
    // Rights and non-delegable packages do not concern agent users (contracts-more §1.1–1.2).
    expect(
      compareRights(
        system,
        { rights: [], accessPackages: [pk("regnskapsforer-lonn"), pk("a-ordning")] },
        "agent",
      ),
    ).toBeNull();
    expect(
      compareRights(
        system,
        { rights: [], accessPackages: [pk("regnskapsforer-lonn"), pk("skattegrunnlag")] },
        "agent",
      ),
    ).toEqual({
      kind: "new-agent-system-user",
      missingAccessPackages: [`${P}a-ordning`],
      extraAccessPackages: [`${P}skattegrunnlag`],
    });
  });

  it("reads a right's single resource id, or null for any other shape", () => {
    expect(singleResourceId(krav)).toBe("ske-krav-og-betalinger");
    expect(singleResourceId({ resource: [] })).toBeNull();
    expect(singleResourceId({ resource: [{ id: "urn:altinn:org", value: "skd" }] })).toBeNull();
  });
});
