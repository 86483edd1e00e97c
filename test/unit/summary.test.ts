import { describe, expect, it } from "vitest";
import type { Environment } from "@/lib/environments";
import { initialState, type WizardState } from "@/lib/session/state";
import { buildSummary, summaryFileName } from "@/lib/summary/build";

const PRIVATE = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-private-key-material";
const MODULUS = "sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1Wl";
const ACCESS_TOKEN_LIKE = "eyJraWQiOiJzaW0iLCJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6Inh4In0.c2lnbmF0dXJl";

const env = {
  maskinporten: { issuer: "https://test.maskinporten.no/", tokenEndpoint: "", jwksUri: "", metadataUrl: "" },
  altinn: { platformUrl: "https://platform.tt02.altinn.no/authentication/api/v1/", uiUrl: "" },
  skatteetaten: {
    kravogbetalinger: "https://kravogbetalinger.api.skatteetaten-test.no/v1",
    "innrapportering-boligselskap": "https://innrapporteringboligselskap.api.skatteetaten-test.no/v1",
  },
} as unknown as Environment;

function state(): WizardState {
  return {
    ...initialState("test"),
    vendor: { orgno: "974761076", name: "SKATTEETATEN" },
    apis: ["kravogbetalinger"],
    scopes: { "skatteetaten:kravogbetalinger": "granted" },
    // The state holds no private key any more; one smuggled in must still never reach the output.
    key: {
      kid: "kid-1",
      privatePkcs8: PRIVATE,
      publicJwk: { kty: "RSA", n: MODULUS, e: "AQAB", kid: "kid-1", alg: "RS256", use: "sig" },
      source: "generated",
      createdAt: 0,
      downloaded: true,
    } as WizardState["key"],
    client: {
      clientId: "client-1",
      scopes: ["skatteetaten:kravogbetalinger"],
      origin: "manual",
      kid: "kid-1",
    },
    system: {
      systemId: "974761076_demo",
      kind: "standard",
      registration: {
        id: "974761076_demo",
        clientId: ["client-1"],
        rights: [{ resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }],
      },
      savedAt: 1000,
    },
    request: {
      id: "req-1",
      systemId: "974761076_demo",
      partyOrgNo: "313367002",
      externalRef: "ref-1",
      rights: [],
      redirectUrl: null,
      status: "Accepted",
      confirmUrl: "https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id=req-1",
      createdAt: 0,
      checkedAt: 2000,
    },
    systemUser: {
      id: "su-1",
      reporteeOrgNo: "313367002",
      externalRef: "ref-1",
      systemId: "974761076_demo",
      userType: "standard",
    },
    systemUserToken: {
      at: 3000,
      header: { alg: "RS256", kid: "mp" },
      claims: {
        scope: "skatteetaten:kravogbetalinger",
        exp: 123,
        authorization_details: [
          { type: "urn:altinn:systemuser", systemuser_id: ["su-1"], system_id: "974761076_demo" },
        ],
      },
      clockOffsetSeconds: 0,
      durationMs: 10,
    },
    calls: [
      {
        api: "kravogbetalinger",
        method: "GET",
        url: "https://kravogbetalinger.api.skatteetaten-test.no/v1/regnskapssystem/313367002/aapnekrav",
        status: 200,
        correlationId: "corr-1",
        durationMs: 42,
        at: 4000,
        ok: true,
        body: `{"token":"${ACCESS_TOKEN_LIKE}"}`,
      },
    ],
  };
}

describe("buildSummary", () => {
  const summary = buildSummary(state(), env, 5000);
  const text = JSON.stringify(summary);

  it("holds what was set up", () => {
    expect(summary.environment).toMatchObject({
      id: "test",
      maskinportenIssuer: "https://test.maskinporten.no/",
    });
    expect(summary.vendor).toEqual({ orgno: "974761076", name: "SKATTEETATEN" });
    expect(summary.client).toMatchObject({ clientId: "client-1", kid: "kid-1" });
    expect(summary.system).toMatchObject({
      systemId: "974761076_demo",
      clientId: ["client-1"],
      rights: ["ske-krav-og-betalinger"],
    });
    expect(summary.request).toMatchObject({
      id: "req-1",
      status: "Accepted",
      partyOrgNo: "313367002",
      externalRef: "ref-1",
    });
    expect(summary.systemUser).toMatchObject({ id: "su-1", userType: "standard" });
    expect(summary.systemUserToken).toMatchObject({
      systemUserId: "su-1",
      systemId: "974761076_demo",
      scope: "skatteetaten:kravogbetalinger",
    });
    expect(summary.calls).toEqual([
      expect.objectContaining({
        api: "kravogbetalinger",
        method: "GET",
        status: 200,
        ok: true,
        correlationId: "corr-1",
      }),
    ]);
    expect(summary.apis[0]).toMatchObject({ scope: "skatteetaten:kravogbetalinger", scopeStatus: "granted" });
    expect(summary.steps.onboarding).toBeDefined();
  });

  it("never holds key material or tokens", () => {
    expect(text).not.toContain(PRIVATE);
    expect(text).not.toContain(MODULUS);
    expect(text).not.toContain(ACCESS_TOKEN_LIKE);
    expect(text).not.toMatch(/privatePkcs8|accessToken|access_token|"body"/);
  });

  it("works for a fresh session", () => {
    const s = buildSummary(initialState(), env, 0);
    expect(s.client).toBeNull();
    expect(s.calls).toEqual([]);
  });

  it("names the download after the environment and date", () => {
    expect(summaryFileName(state(), Date.UTC(2026, 2, 1))).toBe("systembruker-test-2026-03-01.json");
  });
});
