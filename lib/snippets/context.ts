import { ALTINN_SCOPES, SKATTEETATEN_APIS } from "../catalogue";
import type { Environment } from "../environments";
import { buildTestSubmission } from "../payloads/boligselskap";
import type { WizardState } from "../session/state";
import { PLACEHOLDER, type SnippetContext } from "./types";

/**
 * The snippets' values from the wizard state and the environment's URLs. Pure. Only identifiers go in —
 * client id, kid, system id, org numbers, externalRef, the JSON bodies sent — never the key or a token.
 */
export function defaultIncomeYear(now: number = Date.now()): number {
  return new Date(now).getUTCFullYear() - 1;
}

export function snippetContext(
  state: WizardState,
  env: Pick<Environment, "maskinporten" | "altinn" | "skatteetaten">,
  opts: { inntektsaar?: number; now?: number } = {},
): SnippetContext {
  const vendorOrgNo = state.vendor?.orgno ?? PLACEHOLDER.vendorOrgNo;
  const clientId = state.client?.clientId ?? PLACEHOLDER.clientId;
  const kid = state.client?.kid ?? state.key?.kid ?? PLACEHOLDER.kid;
  const systemId = state.system?.systemId ?? state.request?.systemId ?? PLACEHOLDER.systemId;
  const customerOrgNo = state.request?.partyOrgNo ?? PLACEHOLDER.customerOrgNo;
  const externalRef = state.request?.externalRef ?? PLACEHOLDER.externalRef;
  const apis = state.apis.length ? state.apis : (["kravogbetalinger"] as WizardState["apis"]);
  const inntektsaar = opts.inntektsaar ?? defaultIncomeYear(opts.now);

  const registration = state.system?.registration ?? {
    id: systemId,
    vendor: { ID: `0192:${vendorOrgNo}` },
    name: { nb: "<name>", nn: "<name>", en: "<name>" },
    description: { nb: "<description>", nn: "<description>", en: "<description>" },
    rights: apis.map((id) => ({
      resource: [{ id: "urn:altinn:resource", value: SKATTEETATEN_APIS[id].resource }],
    })),
    accessPackages: [],
    clientId: [clientId],
    isVisible: true,
    allowedRedirectUrls: [],
  };

  const r = state.request;
  const accessRequest: Record<string, unknown> = {
    externalRef,
    systemId,
    partyOrgNo: customerOrgNo,
    rights:
      r?.rights ??
      apis.map((id) => ({
        resource: [{ id: "urn:altinn:resource", value: SKATTEETATEN_APIS[id].resource }],
      })),
  };
  if (r?.redirectUrl) accessRequest.redirectUrl = r.redirectUrl;

  return {
    maskinporten: { issuer: env.maskinporten.issuer, tokenEndpoint: env.maskinporten.tokenEndpoint },
    altinnPlatformUrl: env.altinn.platformUrl,
    skatteetaten: env.skatteetaten,
    clientId,
    kid,
    vendorOrgNo,
    altinnScopes: [...ALTINN_SCOPES],
    apis,
    apiScopes: apis.map((id) => SKATTEETATEN_APIS[id].scope),
    systemId,
    registration,
    requestId: r?.id ?? PLACEHOLDER.requestId,
    customerOrgNo,
    externalRef,
    accessRequest,
    inntektsaar,
    boligselskapBody: buildTestSubmission({ orgno: customerOrgNo, orgName: TEST_CONTACT_NAME, inntektsaar }),
  };
}

/** The contact name in the test submission: who to ask about it, here the wizard itself. */
export const TEST_CONTACT_NAME = "Systembruker-veiviseren (test)";
