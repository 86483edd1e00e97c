import { API_IDS, SKATTEETATEN_APIS, type ApiId } from "../apis";
import type { BuiltCall } from "../apis/types";
import { ALTINN_SCOPES } from "../catalogue";
import type { Environment } from "../environments";
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
  const apis: WizardState["apis"] = state.apis.length ? state.apis : [API_IDS[0]];
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
    apiCalls: Object.fromEntries(
      apis.map((id) => [id, testCallFor(id, customerOrgNo, inntektsaar, opts.now ?? Date.now())]),
    ) as Partial<Record<ApiId, BuiltCall>>,
  };
}

/** The API's test call as its module builds it from the form's defaults, with the snippet's income year. */
function testCallFor(id: ApiId, forOrgNo: string, inntektsaar: number, now: number): BuiltCall {
  const call = SKATTEETATEN_APIS[id].call;
  const defaults = call.defaults({ now, forOrgNo });
  if ("inntektsaar" in defaults) defaults.inntektsaar = String(inntektsaar);
  // A placeholder org number fails the schema; the builder still shows the call with it.
  const values = call.schema.safeParse(defaults);
  return call.build(values.success ? values.data : defaults, {
    forOrgNo,
    contactName: TEST_CONTACT_NAME,
    submissionId: "<a new UUID per submission>",
    now,
  });
}

/** The contact name in the test submission: who to ask about it, here the wizard itself. */
export const TEST_CONTACT_NAME = "Systembruker-veiviseren (test)";
