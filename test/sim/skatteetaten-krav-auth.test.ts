import { beforeEach, describe, expect, it } from "vitest";
import type { TestSim } from "@/test/support/sim";
import { call, mintAccessToken, newSim } from "../support/sim";
import {
  CUSTOMER,
  expectSkeError as expectError,
  KRAV,
  kravPath,
  seedSystemUser,
  systemUserToken,
  VENDOR,
} from "./skatteetaten-support";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

async function tokenFor(
  orgno: string,
  opts: { apis?: ("kravogbetalinger" | "innrapportering-boligselskap")[] } = {},
) {
  const user = await seedSystemUser(sim, { orgno, apis: opts.apis });
  return { user, token: await systemUserToken(sim, { scope: KRAV.scope, user }) };
}

describe("Krav og betalinger: authentication (401 KB-004)", () => {
  it("refuses a call without a token, with a correlation id in header and body", async () => {
    const res = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"));
    const body = await expectError(res, 401, "KB-004");
    expect(body.korrelasjonsid).toMatch(UUID);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });
  it("refuses a token not signed by Maskinporten", async () => {
    const res = await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), {
      bearer: "eyJhbGciOiJub25lIn0.e30.",
    });
    await expectError(res, 401, "KB-004");
  });
  it("refuses an expired token", async () => {
    const user = await seedSystemUser(sim, { orgno: CUSTOMER });
    const token = await systemUserToken(sim, { scope: KRAV.scope, user, lifetime: -30 });
    await expectError(
      await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token }),
      401,
      "KB-004",
    );
  });
});

describe("Krav og betalinger: authorisation (403 DAS-008)", () => {
  it("needs the API's scope", async () => {
    const user = await seedSystemUser(sim, { orgno: CUSTOMER });
    const token = await systemUserToken(sim, { scope: "skatteetaten:innrapporteringboligselskap", user });
    const body = await expectError(
      await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token }),
      403,
      "DAS-008",
    );
    expect(body.melding).toContain("skatteetaten:kravogbetalinger");
  });
  it("needs a system user in the token", async () => {
    const token = await mintAccessToken(sim, { vendorOrgno: VENDOR, scope: KRAV.scope });
    const body = await expectError(
      await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token }),
      403,
      "DAS-008",
    );
    expect(body.melding).toMatch(/systembruker/i);
  });
  it("needs the system user to exist and not be deleted", async () => {
    const unknown = await systemUserToken(sim, {
      scope: KRAV.scope,
      details: [
        {
          type: "urn:altinn:systemuser",
          systemuser_org: { ID: `0192:${CUSTOMER}` },
          systemuser_id: ["nope"],
        },
      ],
    });
    await expectError(
      await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: unknown }),
      403,
      "DAS-008",
    );
    const deleted = await seedSystemUser(sim, { orgno: CUSTOMER, isDeleted: true });
    const token = await systemUserToken(sim, { scope: KRAV.scope, user: deleted });
    await expectError(
      await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token }),
      403,
      "DAS-008",
    );
  });
  it("needs the system user to hold ske-krav-og-betalinger", async () => {
    const { token } = await tokenFor(CUSTOMER, { apis: ["innrapportering-boligselskap"] });
    const body = await expectError(
      await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token }),
      403,
      "DAS-008",
    );
    expect(body.melding).toContain("ske-krav-og-betalinger");
  });
  it("only answers for the system user's own organisation", async () => {
    const { token } = await tokenFor(CUSTOMER);
    const body = await expectError(
      await call(sim, "GET", kravPath("310702641", "aapnekrav"), { bearer: token }),
      403,
      "DAS-008",
    );
    expect(body.melding).toContain("310702641");
  });
  it("reads systemuser_org.id in lowercase as Altinn's docs write it", async () => {
    const user = await seedSystemUser(sim, { orgno: CUSTOMER });
    const token = await systemUserToken(sim, { scope: KRAV.scope, user, idKey: "id" });
    expect((await call(sim, "GET", kravPath(CUSTOMER, "aapnekrav"), { bearer: token })).status).toBe(200);
  });
});
