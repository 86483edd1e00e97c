import { describe, expect, it } from "vitest";
import { buildAccessRequest } from "@/lib/payloads/access-request";

describe("buildAccessRequest", () => {
  it("builds the documented request body (contracts §2.7)", () => {
    expect(
      buildAccessRequest({
        systemId: "974761076_skatt_demo_system",
        partyOrgNo: "313367002",
        externalRef: "min_ref",
        rights: ["ske-innrapportering-boligselskap"],
        accessPackages: [],
        redirectUrl: "https://vendor.example/altinn/callback",
      }),
    ).toEqual({
      systemId: "974761076_skatt_demo_system",
      partyOrgNo: "313367002",
      externalRef: "min_ref",
      rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligselskap" }] }],
      accessPackages: [],
      redirectUrl: "https://vendor.example/altinn/callback",
    });
  });

  it("leaves redirectUrl out when none is chosen, and uses the field name externalRef (not externalReference)", () => {
    const body = buildAccessRequest({
      systemId: "s",
      partyOrgNo: " 313367002 ",
      externalRef: " ref ",
      rights: [],
      accessPackages: ["skattegrunnlag"],
      redirectUrl: "  ",
    });
    expect(body).not.toHaveProperty("redirectUrl");
    expect(body).not.toHaveProperty("externalReference");
    expect(body.partyOrgNo).toBe("313367002");
    expect(body.externalRef).toBe("ref");
    expect(body.accessPackages).toEqual([{ urn: "urn:altinn:accesspackage:skattegrunnlag" }]);
  });
});
