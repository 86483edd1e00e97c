import { decodeJwt } from "jose";
import { beforeEach, describe, expect, it } from "vitest";
import { ALTINN_SCOPES } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import { newSim } from "../support/sim";
import {
  requestToken,
  seedSystemUser,
  setupVendor,
  signGrant,
  systemUserDetails,
  type Vendor,
} from "../support/vendor";
import { expectMpError } from "./maskinporten-helpers";
import { patchSystem, patchSystemUser } from "../support/sim-state";

const VENDOR = "314500008";
const CUSTOMER = "310702641";
const SCOPE = "skatteetaten:kravogbetalinger";

let sim: TestSim;
let vendor: Vendor;

beforeEach(async () => {
  sim = await newSim();
  vendor = await setupVendor(sim, { orgno: VENDOR, scopes: [...ALTINN_SCOPES, SCOPE] });
});

const grantFor = (details: unknown) =>
  signGrant(sim, vendor, { scope: SCOPE, authorization_details: details });

describe("simulated Maskinporten: authorization_details shape (rules 21–23)", () => {
  it("21: not an array of exactly one object is MP-301", async () => {
    const one = systemUserDetails(CUSTOMER)[0]!;
    for (const details of [one, [], [one, one], ["x"], null]) {
      const res = await requestToken(sim, grantFor(details));
      await expectMpError(
        res,
        "invalid_authorization_details",
        "MP-301",
        "authorization_details must be an array with one element",
      );
    }
  });

  it("21: a type other than urn:altinn:systemuser is MP-301", async () => {
    const res = await requestToken(
      sim,
      grantFor([{ ...systemUserDetails(CUSTOMER)[0], type: "urn:altinn:consent" }]),
    );
    await expectMpError(
      res,
      "invalid_authorization_details",
      "MP-301",
      "Unsupported authorization_details type urn:altinn:consent",
    );
  });

  it("22: an unknown field in the object or in systemuser_org is MP-302", async () => {
    const res = await requestToken(sim, grantFor(systemUserDetails(CUSTOMER, { systemuser_id: ["x"] })));
    const text = await expectMpError(res, "invalid_authorization_details", "MP-302");
    expect(text).toBe("Unknown field systemuser_id in authorization_details (MP-302)");
    const nested = [
      {
        type: "urn:altinn:systemuser",
        systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${CUSTOMER}`, name: "x" },
      },
    ];
    await expectMpError(
      await requestToken(sim, grantFor(nested)),
      "invalid_authorization_details",
      "MP-302",
      "Unknown field systemuser_org.name",
    );
  });

  it("23: a missing or invalid systemuser_org or externalRef is MP-303 (invalid_authorization_details)", async () => {
    const cases: [unknown, string][] = [
      [[{ type: "urn:altinn:systemuser" }], "systemuser_org"],
      [
        [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523", ID: `0192:${CUSTOMER}` } }],
        "systemuser_org.authority",
      ],
      [
        [
          {
            type: "urn:altinn:systemuser",
            systemuser_org: { authority: "iso6523-actorid-upis", ID: CUSTOMER },
          },
        ],
        "systemuser_org.ID",
      ],
      [
        [
          {
            type: "urn:altinn:systemuser",
            systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:12345" },
          },
        ],
        "systemuser_org.ID",
      ],
      [systemUserDetails(CUSTOMER, { externalRef: "" }), "externalRef"],
      [systemUserDetails(CUSTOMER, { externalRef: 42 }), "externalRef"],
    ];
    for (const [details, field] of cases) {
      const res = await requestToken(sim, grantFor(details));
      await expectMpError(
        res,
        "invalid_authorization_details",
        "MP-303",
        `Invalid value for ${field} in authorization_details`,
      );
    }
  });
});

describe("simulated Maskinporten: system-user resolution (rule 24, contracts §1.7)", () => {
  const reason = "Could not find a system user for the given authorization_details: ";

  it("24: no system lists the client id", async () => {
    await seedSystemUser(sim, vendor, { customer: CUSTOMER, clientIds: ["another-client"] });
    const res = await requestToken(sim, grantFor(systemUserDetails(CUSTOMER)));
    await expectMpError(
      res,
      "invalid_altinn_customer_configuration",
      "MP-303",
      `${reason}no system has this client id`,
    );
  });

  it("24: a system of another vendor, or a deleted system, does not count", async () => {
    const { internalId } = await seedSystemUser(sim, vendor, {
      customer: CUSTOMER,
      vendorOrgNo: "991825827",
    });
    await expectMpError(
      await requestToken(sim, grantFor(systemUserDetails(CUSTOMER))),
      "invalid_altinn_customer_configuration",
      "MP-303",
      `${reason}no system has this client id`,
    );
    await patchSystem(sim, internalId, (s) => ({ ...s, vendorOrgNo: VENDOR, isDeleted: true }));
    await expectMpError(
      await requestToken(sim, grantFor(systemUserDetails(CUSTOMER))),
      "invalid_altinn_customer_configuration",
      "MP-303",
      `${reason}no system has this client id`,
    );
  });

  it("24: no approved system user for the customer", async () => {
    await seedSystemUser(sim, vendor, { customer: "313367002" });
    const res = await requestToken(sim, grantFor(systemUserDetails(CUSTOMER)));
    await expectMpError(
      res,
      "invalid_altinn_customer_configuration",
      "MP-303",
      `${reason}no approved system user for the org`,
    );
  });

  it("24: a deleted system user does not count", async () => {
    const { systemUserId } = await seedSystemUser(sim, vendor, { customer: CUSTOMER });
    await patchSystemUser(sim, systemUserId, (u) => ({ ...u, isDeleted: true }));
    const res = await requestToken(sim, grantFor(systemUserDetails(CUSTOMER)));
    await expectMpError(
      res,
      "invalid_altinn_customer_configuration",
      "MP-303",
      `${reason}no approved system user for the org`,
    );
  });

  it("24: externalRef does not match (also when the grant omits it and the request had one)", async () => {
    await seedSystemUser(sim, vendor, { customer: CUSTOMER, externalRef: "ref-1" });
    for (const details of [
      systemUserDetails(CUSTOMER, { externalRef: "ref-2" }),
      systemUserDetails(CUSTOMER),
    ]) {
      const res = await requestToken(sim, grantFor(details));
      await expectMpError(
        res,
        "invalid_altinn_customer_configuration",
        "MP-303",
        `${reason}externalRef does not match`,
      );
    }
  });

  it("issues a system-user token like the real TT02 one, externalRef defaulting to the customer", async () => {
    const { systemId, systemUserId } = await seedSystemUser(sim, vendor, { customer: CUSTOMER });
    const res = await requestToken(sim, grantFor(systemUserDetails(CUSTOMER)));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; expires_in: number; scope: string };
    expect(body.expires_in).toBe(120);
    expect(body.scope).toBe(SCOPE);
    const claims = decodeJwt(body.access_token);
    expect(claims.authorization_details).toEqual([
      {
        type: "urn:altinn:systemuser",
        systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${CUSTOMER}` },
        systemuser_id: [systemUserId],
        system_id: systemId,
      },
    ]);
    expect(claims.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${VENDOR}` });
    expect(claims.client_id).toBe(vendor.clientId);
    expect(claims.exp! - claims.iat!).toBe(120);
    expect(claims.supplier).toBeUndefined();
  });

  it("echoes externalRef when the grant had one, and accepts a lowercase systemuser_org.id", async () => {
    await seedSystemUser(sim, vendor, { customer: CUSTOMER, externalRef: "ed1c38f4" });
    const details = [
      {
        type: "urn:altinn:systemuser",
        systemuser_org: { authority: "iso6523-actorid-upis", id: `0192:${CUSTOMER}` },
        externalRef: "ed1c38f4",
      },
    ];
    const res = await requestToken(sim, grantFor(details));
    expect(res.status).toBe(200);
    const claims = decodeJwt(((await res.json()) as { access_token: string }).access_token);
    const detail = (claims.authorization_details as Record<string, unknown>[])[0]!;
    expect(detail.externalRef).toBe("ed1c38f4");
    expect(detail.systemuser_org).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${CUSTOMER}` });
  });

  it("checks scopes before authorization_details", async () => {
    const res = await requestToken(
      sim,
      signGrant(sim, vendor, {
        scope: "skatteetaten:innrapporteringboligselskap",
        authorization_details: "x",
      }),
    );
    await expectMpError(res, "invalid_scope", "MP-200");
  });
});
