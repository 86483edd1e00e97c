import { call, mintAccessToken } from "@/test/support/sim";
import type { TestSim } from "@/test/support/sim";

/** Shared fixtures for the simulated Altinn tests: vendors, customers, tokens and valid bodies. */
export const VENDOR = "314500008";
export const OTHER_VENDOR = "314501373";
export const CUSTOMER = "313367002";
export const OTHER_CUSTOMER = "310702641";
export const SYSTEM_ID = `${VENDOR}_regnskap`;
export const BASE = "/sim/altinn/authentication/api/v1";
export const ALL_SCOPES = [
  "altinn:authentication/systemregister.write",
  "altinn:authentication/systemuser.request.read",
  "altinn:authentication/systemuser.request.write",
].join(" ");

export function token(
  sim: TestSim,
  vendorOrgno = VENDOR,
  scope = ALL_SCOPES,
  extra?: Record<string, unknown>,
): Promise<string> {
  return mintAccessToken(sim, { vendorOrgno, scope, extra });
}

export const kravRight = { resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] };
export const boligRight = {
  resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligselskap" }],
};

export function systemBody(overrides: Record<string, unknown> = {}) {
  return {
    id: SYSTEM_ID,
    vendor: { ID: `0192:${VENDOR}` },
    name: { nb: "Regnskap Klar", nn: "Rekneskap Klar", en: "Accounting Ready" },
    description: { nb: "Regnskapssystem", nn: "Rekneskapssystem", en: "Accounting system" },
    rights: [kravRight, boligRight],
    accessPackages: [],
    clientId: ["11111111-2222-3333-4444-555555555555"],
    isVisible: true,
    allowedRedirectUrls: ["https://vendor.example/altinn/callback"],
    ...overrides,
  };
}

export function requestBody(overrides: Record<string, unknown> = {}) {
  return {
    systemId: SYSTEM_ID,
    partyOrgNo: CUSTOMER,
    externalRef: "ref-1",
    rights: [kravRight],
    redirectUrl: "https://vendor.example/altinn/callback?state=abc",
    ...overrides,
  };
}

export async function registerSystem(
  sim: TestSim,
  overrides: Record<string, unknown> = {},
  vendor = VENDOR,
): Promise<Response> {
  return call(sim, "POST", `${BASE}/systemregister/vendor`, {
    json: systemBody(overrides),
    bearer: await token(sim, vendor),
  });
}

export async function createRequest(
  sim: TestSim,
  overrides: Record<string, unknown> = {},
  vendor = VENDOR,
): Promise<Response> {
  return call(sim, "POST", `${BASE}/systemuser/request/vendor`, {
    json: requestBody(overrides),
    bearer: await token(sim, vendor),
  });
}

/** Registers the default system and creates a request; returns the request body. */
export async function pendingRequest(
  sim: TestSim,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [k: string]: unknown }> {
  const sys = await registerSystem(sim);
  if (sys.status !== 200) throw new Error(`register failed: ${sys.status} ${await sys.text()}`);
  const res = await createRequest(sim, overrides);
  if (res.status !== 201) throw new Error(`request failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  traceId: string;
  statusDescription?: string;
  validationErrors?: { code: string; title: string; paths: string[]; [k: string]: unknown }[];
  errors?: Record<string, string[]>;
  [k: string]: unknown;
}

export async function problem(res: Response): Promise<Problem> {
  return (await res.json()) as Problem;
}

export async function vldCodes(res: Response): Promise<string[]> {
  return ((await problem(res)).validationErrors ?? []).map((v) => v.code);
}
