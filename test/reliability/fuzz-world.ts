import { randomUUID } from "node:crypto";
import { API_LIST } from "@/lib/apis";
import { ALTINN_SCOPES, SKATTEETATEN_APIS } from "@/lib/catalogue";
import type { TestSim } from "@/test/support/sim";
import { call, mintAccessToken, newSim } from "../support/sim";
import { requestToken, setupVendor, signGrant, type Vendor } from "../support/vendor";
import { putSystemUser, systemsOf } from "../support/sim-state";

/**
 * A simulator with something in it for the fuzz tests to hit: a vendor with a client and key, a portal
 * login, access tokens with and without the right scopes, and (where the simulated Altinn already accepts
 * them) a registered system and a pending request, plus a system user. Ids of all of these are handed to
 * the path generators so the fuzz reaches the code behind the "not found" checks.
 */
export const VENDOR_ORGNO = "314500008";
export const OTHER_VENDOR_ORGNO = "314501373";
export const CUSTOMER_ORGNO = "313367002";
const KRAV = SKATTEETATEN_APIS.kravogbetalinger;
const BOLIG = SKATTEETATEN_APIS["innrapportering-boligselskap"];

export interface World {
  sim: TestSim;
  vendor: Vendor;
  portalTokens: string[];
  /** Altinn vendor tokens: every scope, and tokens lacking one or belonging to another vendor. */
  altinnTokens: string[];
  /** Skatteetaten tokens: system-user shaped, with and without a real system user. */
  skatteetatenTokens: string[];
  ids: {
    clients: string[];
    systems: string[];
    requests: string[];
    systemUsers: string[];
    externalRefs: string[];
  };
}

export async function buildWorld(): Promise<World> {
  const sim = await newSim();
  const vendor = await setupVendor(sim, {
    orgno: VENDOR_ORGNO,
    scopes: [...ALTINN_SCOPES, KRAV.scope, BOLIG.scope],
  });
  const tokenRes = await requestToken(sim, signGrant(sim, vendor, { scope: ALTINN_SCOPES.join(" ") }));
  const vendorToken = ((await tokenRes.json()) as { access_token: string }).access_token;

  const mint = (scope: string, orgno = VENDOR_ORGNO, extra?: Record<string, unknown>) =>
    mintAccessToken(sim, { vendorOrgno: orgno, scope, clientId: vendor.clientId, extra });
  const altinnTokens = [
    vendorToken,
    await mint(ALTINN_SCOPES.join(" "), OTHER_VENDOR_ORGNO),
    await mint(ALTINN_SCOPES[0]),
    await mint(KRAV.scope),
    await mintAccessToken(sim, { vendorOrgno: VENDOR_ORGNO, scope: ALTINN_SCOPES.join(" "), lifetime: -60 }),
  ];

  const ids: World["ids"] = {
    clients: [vendor.clientId],
    systems: [],
    requests: [],
    systemUsers: [],
    externalRefs: [],
  };
  const systemId = `${VENDOR_ORGNO}_fuzz_system`;
  // Both APIs' rights, so the fuzz reaches each Skatteetaten API's own validation, not just its 403.
  const rights = [KRAV.resource, BOLIG.resource].map((value) => ({
    resource: [{ id: "urn:altinn:resource", value }],
  }));
  const created = await call(sim, "POST", "/sim/altinn/authentication/api/v1/systemregister/vendor", {
    bearer: vendorToken,
    json: {
      id: systemId,
      vendor: { ID: `0192:${VENDOR_ORGNO}` },
      name: { nb: "Fuzz", nn: "Fuzz", en: "Fuzz" },
      description: { nb: "Fuzz", nn: "Fuzz", en: "Fuzz" },
      rights,
      accessPackages: [],
      clientId: [vendor.clientId],
      isVisible: true,
      allowedRedirectUrls: ["https://vendor.example/callback"],
    },
  });
  if (created.ok) {
    ids.systems.push(systemId);
    const externalRef = randomUUID();
    ids.externalRefs.push(externalRef);
    const req = await call(sim, "POST", "/sim/altinn/authentication/api/v1/systemuser/request/vendor", {
      bearer: vendorToken,
      json: {
        systemId,
        partyOrgNo: CUSTOMER_ORGNO,
        externalRef,
        rights,
        redirectUrl: "https://vendor.example/callback",
      },
    });
    if (req.ok) ids.requests.push(((await req.json()) as { id: string }).id);
  }
  // A system user as the approval page would leave it, written directly (the approval is a browser page).
  const systemUserId = randomUUID();
  const suRef = randomUUID();
  const internalId = (await systemsOf(sim)).find((s) => s.id === systemId)?.internalId;
  if (internalId) {
    await putSystemUser(sim, {
      id: systemUserId,
      integrationTitle: "Fuzz",
      systemId,
      systemInternalId: internalId,
      productName: "",
      reporteeOrgNo: CUSTOMER_ORGNO,
      supplierOrgno: VENDOR_ORGNO,
      supplierName: "REGNSKAPSKLAR LEVERANDØR AS",
      externalRef: suRef,
      // Every registered API's right (written directly, as the approval would leave it), so each is reachable.
      rights: API_LIST.map((a) => ({ resource: [{ id: "urn:altinn:resource", value: a.resource }] })),
      accessPackages: [],
      userType: "standard",
      created: new Date(sim.now()).toISOString(),
      isDeleted: false,
    });
    ids.systemUsers.push(systemUserId);
    ids.externalRefs.push(suRef);
  }

  const details = (suId: string) => ({
    authorization_details: [
      {
        type: "urn:altinn:systemuser",
        systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${CUSTOMER_ORGNO}` },
        systemuser_id: [suId],
        system_id: systemId,
        externalRef: suRef,
      },
    ],
  });
  const skatteetatenTokens = [
    await mint(`${KRAV.scope} ${BOLIG.scope}`, VENDOR_ORGNO, details(systemUserId)),
    await mint(`${KRAV.scope} ${BOLIG.scope}`, VENDOR_ORGNO, details(randomUUID())),
    await mint(KRAV.scope),
    await mint(BOLIG.scope, VENDOR_ORGNO, details(systemUserId)),
    // Every registered API's scope, so the newer innrapportering APIs are fuzzed past the token checks.
    await mint(API_LIST.map((a) => a.scope).join(" "), VENDOR_ORGNO, details(systemUserId)),
  ];

  return { sim, vendor, portalTokens: [vendor.portalToken], altinnTokens, skatteetatenTokens, ids };
}
