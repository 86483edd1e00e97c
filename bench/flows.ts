import { randomUUID } from "node:crypto";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { approveRequest, NotYetAvailable } from "./approve";
import { setupVendor, type BenchVendor } from "./sim-setup";
import { median, percentile, round } from "./stats";
import { loadWizardLibs, type WizardLibs } from "./wizard-libs";

/**
 * N concurrent onboarding flows (default 50), each with its own client, key, system, request and system user,
 * driven by the wizard's own server code against the running server: vendor token → register system →
 * access request → approval → system-user token → byquery → Krav og betalinger. Every HTTP call the flows
 * make is timed by wrapping fetch; load_p95_ms is the 95th percentile of those calls.
 */
export interface FlowsResult {
  flows: number;
  errors: number;
  errorSamples: string[];
  requestP95Ms: number | null;
  requests: number;
  flowP50Ms: number | null;
  flowP95Ms: number | null;
  tokenRequestsPerFlow: number | null;
  durationMs: number;
}

export type FlowsOutcome = { ok: true; result: FlowsResult } | { ok: false; reason: string };

const API = SKATTEETATEN_APIS.kravogbetalinger;
const CUSTOMERS = ["313367002", "310702641", "314248295", "310904473", "314250052"];

export async function measureConcurrentFlows(origin: string, n = 50): Promise<FlowsOutcome> {
  process.env.PUBLIC_URL = origin; // lib/config reads it on first use: the simulator's URLs point here
  process.env.SIMULATOR = "on";
  const loaded = await loadWizardLibs();
  if (!loaded.ok) return { ok: false, reason: `wizard modules missing: ${loaded.missing.join("; ")}` };
  const libs = loaded.libs;

  // One portal login with the scopes granted to the org; each flow then makes its own client and key.
  let shared: BenchVendor;
  try {
    shared = await setupVendor(origin, { extraScopes: [API.scope] });
  } catch (e) {
    return { ok: false, reason: `vendor setup failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  // Probe one flow first: a missing piece (e.g. approval) is reported as "not measured", not as 50 errors.
  const probe = await runFlow(libs, origin, shared, 0).catch((e: unknown) => e);
  if (probe instanceof NotYetAvailable) return { ok: false, reason: probe.message };
  if (probe instanceof Error) return { ok: false, reason: `a single flow fails: ${probe.message}` };

  const calls: number[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    const t = performance.now();
    try {
      return await realFetch(...args);
    } finally {
      calls.push(performance.now() - t);
    }
  };
  const tokensBefore = libs.tokenRequestCount();
  const start = performance.now();
  const durations: number[] = [];
  const errorSamples: string[] = [];
  try {
    await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const t = performance.now();
        try {
          await runFlow(libs, origin, shared, i + 1);
          durations.push(performance.now() - t);
        } catch (e) {
          if (errorSamples.length < 5) errorSamples.push(describe(e));
        }
      }),
    );
  } finally {
    globalThis.fetch = realFetch;
  }
  return {
    ok: true,
    result: {
      flows: n,
      errors: n - durations.length,
      errorSamples,
      requestP95Ms: round(percentile(calls, 95)),
      requests: calls.length,
      flowP50Ms: round(median(durations)),
      flowP95Ms: round(percentile(durations, 95)),
      tokenRequestsPerFlow: round((libs.tokenRequestCount() - tokensBefore) / n, 2),
      durationMs: Math.round(performance.now() - start),
    },
  };
}

async function runFlow(libs: WizardLibs, origin: string, shared: BenchVendor, i: number): Promise<void> {
  const vendor = await setupVendor(origin, { portalToken: shared.portalToken, extraScopes: [API.scope] });
  const env = libs.getEnvironment("simulator");
  const customer = CUSTOMERS[i % CUSTOMERS.length]!;
  const externalRef = randomUUID();
  const systemId = `${vendor.orgno}_bench_${i}_${randomUUID().slice(0, 8)}`;
  const rights = [{ resource: [{ id: "urn:altinn:resource", value: API.resource }] }];
  const state: Record<string, unknown> = {
    ...libs.initialState("simulator"),
    vendor: { orgno: vendor.orgno, name: null },
    apis: [API.id],
    scopes: Object.fromEntries(vendor.scopes.map((s) => [s, "granted"])),
    key: {
      kid: vendor.kid,
      privatePkcs8: vendor.privatePkcs8,
      publicJwk: vendor.publicJwk,
      source: "generated",
      createdAt: Date.now(),
      downloaded: true,
    },
    client: { clientId: vendor.clientId, scopes: vendor.scopes, origin: "self-service", kid: vendor.kid },
  };

  const vendorToken = await libs.getVendorToken(state, env);
  const altinn = libs.altinnClient(env, vendorToken.accessToken);
  await altinn.createSystem({
    id: systemId,
    vendor: { ID: `0192:${vendor.orgno}` },
    name: { nb: `Bench ${i}`, nn: `Bench ${i}`, en: `Bench ${i}` },
    description: { nb: "Ytelsestest", nn: "Ytelsestest", en: "Benchmark" },
    rights,
    accessPackages: [],
    clientId: [vendor.clientId],
    isVisible: false,
    allowedRedirectUrls: [],
  });
  const { request } = await altinn.createRequest({ systemId, partyOrgNo: customer, externalRef, rights, accessPackages: [] });
  await approveRequest(origin, request.id);
  const status = (await altinn.getRequest(request.id))?.status;
  if (status !== "Accepted") throw new Error(`request ${request.id} is ${status ?? "missing"} after approval`);

  const suToken = await libs.getSystemUserToken(state, env, { partyOrgNo: customer, externalRef, scopes: [API.scope] });
  const su = await altinn.findSystemUser({ systemId, orgNo: customer, externalRef });
  if (!su) throw new Error("byquery found no system user after approval");
  const call = await libs.skatteetatenClient(env, suToken.accessToken).openClaims(customer);
  if (call.status !== 200) throw new Error(`aapnekrav → ${call.status}`);
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const extra = e as Error & { code?: unknown; status?: unknown };
    return [e.name, extra.status, extra.code, e.message].filter((x) => x !== undefined && x !== "").join(" ").slice(0, 300);
  }
  return String(e).slice(0, 300);
}
