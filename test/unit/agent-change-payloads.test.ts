import { describe, expect, it } from "vitest";
import { agentRequestValuesSchema, buildAgentRequest } from "@/lib/payloads/agent-request";
import {
  buildChangeRequest,
  changeRequestValuesSchema,
  changeValuesFrom,
} from "@/lib/payloads/change-request";
import { fieldErrors } from "@/lib/schemas/common";

const P = "urn:altinn:accesspackage:";
const SYSTEM = "314500008_regnskap";

describe("buildAgentRequest (contracts-more §1.4)", () => {
  it("builds the body with package URNs and no rights; empty optional texts are left out", () => {
    expect(
      buildAgentRequest({
        systemId: SYSTEM,
        partyOrgNo: " 314250052 ",
        accessPackages: ["regnskapsforer-lonn", "a-ordning"],
        externalRef: "",
        integrationTitle: " ",
        redirectUrl: "",
      }),
    ).toEqual({
      systemId: SYSTEM,
      partyOrgNo: "314250052",
      accessPackages: [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }],
    });
    expect(
      buildAgentRequest({
        systemId: SYSTEM,
        partyOrgNo: "314250052",
        accessPackages: ["skattegrunnlag"],
        externalRef: "firma-1",
        integrationTitle: "Lønn for klienter",
        redirectUrl: "https://vendor.example/cb",
      }),
    ).toMatchObject({
      externalRef: "firma-1",
      integrationTitle: "Lønn for klienter",
      redirectUrl: "https://vendor.example/cb",
    });
  });

  it("refuses what Altinn would refuse, with i18n keys: no package, an admin-only package, a bad orgno", () => {
    const r = agentRequestValuesSchema.safeParse({
      systemId: SYSTEM,
      partyOrgNo: "314250053",
      accessPackages: ["klientadministrator"],
      externalRef: "12345678901",
    });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)).toEqual({
      partyOrgNo: ["validation.orgnoMod11"],
      "accessPackages.0": ["validation.notForKind"],
      externalRef: ["validation.externalRefPersonal"],
    });
    // A package the wizard does not know goes to Altinn, which knows more of them.
    expect(
      agentRequestValuesSchema.safeParse({
        systemId: SYSTEM,
        partyOrgNo: "314250052",
        accessPackages: ["jordbruk"],
      }).success,
    ).toBe(true);
    expect(
      fieldErrors(
        agentRequestValuesSchema.safeParse({
          systemId: SYSTEM,
          partyOrgNo: "314250052",
          accessPackages: ["a b"],
        }).error!,
      ),
    ).toEqual({ "accessPackages.0": ["validation.invalid"] });
    const none = agentRequestValuesSchema.safeParse({
      systemId: SYSTEM,
      partyOrgNo: "314250052",
      accessPackages: [],
    });
    expect(fieldErrors(none.error!)).toEqual({ accessPackages: ["validation.chooseOne"] });
    expect(() =>
      buildAgentRequest({ systemId: SYSTEM, partyOrgNo: "314250052", accessPackages: [] }),
    ).toThrow();
  });
});

describe("buildChangeRequest (contracts-more §2)", () => {
  it("one resource per right, every list present, duplicates collapsed", () => {
    expect(
      buildChangeRequest({
        requiredRights: ["ske-innrapportering-boligselskap", "ske-innrapportering-boligselskap"],
        unwantedRights: [],
        requiredAccessPackages: [`${P}a-ordning`],
        unwantedAccessPackages: [`${P}skattegrunnlag`],
        redirectUrl: "",
      }),
    ).toEqual({
      requiredRights: [
        { resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligselskap" }] },
      ],
      unwantedRights: [],
      requiredAccessPackages: [{ urn: `${P}a-ordning` }],
      unwantedAccessPackages: [{ urn: `${P}skattegrunnlag` }],
    });
  });

  it("takes a compared change and a redirect", () => {
    const values = changeValuesFrom(
      {
        kind: "change-request",
        requiredRights: ["ske-krav-og-betalinger"],
        unwantedRights: [],
        requiredAccessPackages: [],
        unwantedAccessPackages: [],
        notAssignable: [],
        notExpressible: [],
      },
      "https://vendor.example/cb",
    );
    expect(buildChangeRequest(values).redirectUrl).toBe("https://vendor.example/cb");
  });

  it("refuses an empty change, a client-only required package, one both required and unwanted", () => {
    const empty = changeRequestValuesSchema.safeParse({
      requiredRights: [],
      unwantedRights: [],
      requiredAccessPackages: [],
      unwantedAccessPackages: [],
    });
    expect(fieldErrors(empty.error!)).toEqual({ requiredRights: ["validation.chooseOne"] });
    const bad = changeRequestValuesSchema.safeParse({
      requiredRights: ["x"],
      unwantedRights: ["x"],
      requiredAccessPackages: [`${P}regnskapsforer-lonn`, "a-ordning"],
      unwantedAccessPackages: [],
      redirectUrl: "ftp://x",
    });
    expect(fieldErrors(bad.error!)).toEqual({
      unwantedRights: ["validation.duplicate"],
      "requiredAccessPackages.0": ["validation.notForKind"],
      "requiredAccessPackages.1": ["validation.invalid"],
      redirectUrl: ["validation.url"],
    });
  });
});
