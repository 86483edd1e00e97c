import { randomUUID } from "node:crypto";
import { requiredScopes, SKATTEETATEN_APIS } from "../lib/catalogue";
import { altinnClient } from "../lib/altinn/client";
import { resetConfigForTests } from "../lib/config";
import { getEnvironment, type Environment } from "../lib/environments";
import { generateKey, privateKeyObject, type NewKey } from "../lib/keys";
import { keyObjectSigner, type GrantSigner } from "../lib/maskinporten/signer";
import { getSystemUserToken, getVendorToken, tokenRequestCount } from "../lib/maskinporten/tokens";
import { orgnoCheckDigit } from "../lib/mod11";
import { buildAccessRequest } from "../lib/payloads/access-request";
import { buildSystemRegistration } from "../lib/payloads/system-registration";
import { selfServiceClient, selfServiceLogin } from "../lib/samarbeid/client";
import { ensureSimulatorClient } from "../lib/samarbeid/ensure-client";
import { initialState, type WizardState } from "../lib/session/state";
import { skatteetatenClient } from "../lib/skatteetaten/client";
import { approveRequest } from "./approve";
import { median, percentile, round } from "./stats";

/**
 * N concurrent onboarding flows (default 50), each its own vendor organisation with its own key, client,
 * system, request and system user, driven by the wizard's own server code (lib/samarbeid, lib/maskinporten,
 * lib/altinn, lib/skatteetaten, lib/payloads) against the running server: scopes → client and key → vendor
 * token → register system → access request → approval (the simulated Altinn UI's form) → system-user token
 * → byquery → Krav og betalinger. Keys are generated before the clock starts (a 2048-bit key costs ~100 ms
 * of CPU that would block this process's event loop and inflate every latency measured meanwhile). Every
 * HTTP call is timed by wrapping fetch; load_p95_ms is the 95th percentile of those calls.
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

/** Distinct valid (MOD11) vendor numbers, 399…, outside the simulator's named organisations. */
function vendorOrgnos(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const first8 = `399${String(i).padStart(5, "0")}`;
    const check = orgnoCheckDigit(first8);
    if (check !== null) out.push(`${first8}${check}`);
  }
  return out;
}

export async function measureConcurrentFlows(origin: string, n = 50): Promise<FlowsOutcome> {
  // lib/config reads these on first use: the simulator environment's URLs then point at the running server.
  process.env.PUBLIC_URL = origin;
  process.env.SIMULATOR = "on";
  resetConfigForTests();
  // The bench's flows share the simulator's un-prefixed world, as external clients do.
  const runId = randomUUID().slice(0, 8);
  // Each flow in a sandbox of its own, as each wizard session has.
  const envOf = (i: number) =>
    getEnvironment("simulator", { sandbox: `bench-${runId}-${String(i).padStart(4, "0")}` });
  const orgnos = vendorOrgnos(n + 1);
  const keys = await Promise.all(orgnos.map((o, i) => generateKey(`bench-${i}-${o}`)));
  // Let the HTTP pool notice sockets the server closed while the keys were made (keep-alive timeout), or
  // the first POST may go out on a dead socket.
  await new Promise((r) => setTimeout(r, 250));

  // One flow first: a missing piece is reported as "not measured" with its cause, not as 50 errors.
  try {
    await runFlow(envOf(n), orgnos[n]!, keys[n]!, n);
  } catch (e) {
    return { ok: false, reason: `a single flow fails: ${describe(e)}` };
  }

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
  const tokensBefore = tokenRequestCount();
  const start = performance.now();
  const durations: number[] = [];
  const errorSamples: string[] = [];
  try {
    await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const t = performance.now();
        try {
          await runFlow(envOf(i), orgnos[i]!, keys[i]!, i);
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
      tokenRequestsPerFlow: round((tokenRequestCount() - tokensBefore) / n, 2),
      durationMs: Math.round(performance.now() - start),
    },
  };
}

async function runFlow(env: Environment, orgno: string, newKey: NewKey, i: number): Promise<void> {
  const customer = CUSTOMERS[i % CUSTOMERS.length]!;
  const key = { ...newKey.meta, downloaded: false };
  const signer = keyObjectSigner(privateKeyObject(newKey.pkcs8), `bench-${i}-${orgno}`);
  const scopes = requiredScopes([API.id]);

  // Steps 2–3: the scope owners grant the scopes; the client is created and the key registered.
  const portal = selfServiceClient(env, await selfServiceLogin(env, orgno));
  for (const scope of scopes) await portal.grantScope(scope);
  const client = await ensureSimulatorClient(env, orgno, key, scopes, undefined);
  let state: WizardState = {
    ...initialState("simulator"),
    vendor: { orgno, name: null },
    apis: [API.id],
    scopes: Object.fromEntries(scopes.map((s) => [s, "granted" as const])),
    key,
    client: { clientId: client.clientId, scopes, origin: "self-service", kid: key.kid },
  };

  // Step 4: register the system.
  const altinn = altinnClient(env, (await getVendorToken(state, env, signer)).accessToken);
  const registration = buildSystemRegistration(
    {
      idSuffix: `bench_${i}`,
      name: { nb: `Ytelsestest ${i}`, nn: "", en: "" },
      description: { nb: "System laget av ytelsestesten", nn: "", en: "" },
      rights: [API.resource],
      accessPackages: [],
      isVisible: false,
      allowedRedirectUrls: [],
    },
    { vendorOrgNo: orgno, clientId: client.clientId },
  );
  await altinn.createSystem(registration);
  state = {
    ...state,
    system: {
      systemId: registration.id,
      kind: "standard",
      registration: { ...registration },
      savedAt: Date.now(),
    },
  };

  // Step 5: the access request, approved by the customer.
  const externalRef = randomUUID();
  const access = buildAccessRequest({
    systemId: registration.id,
    partyOrgNo: customer,
    externalRef,
    rights: [API.resource],
    accessPackages: [],
    redirectUrl: "",
  });
  const { request } = await (await vendorAltinn(state, env, signer)).createRequest(access);
  await approveRequest(request.confirmUrl);
  const status = (await (await vendorAltinn(state, env, signer)).getRequest(request.id))?.status;
  if (status !== "Accepted")
    throw new Error(`request ${request.id} is ${status ?? "missing"} after approval`);

  // Steps 6–7: the system-user token, the system user, and the call.
  const suToken = await getSystemUserToken(state, env, signer, {
    partyOrgNo: customer,
    externalRef,
    scopes: [API.scope],
  });
  const su = await (
    await vendorAltinn(state, env, signer)
  ).findSystemUser({ systemId: registration.id, orgNo: customer, externalRef });
  if (!su) throw new Error("byquery found no system user after approval");
  const call = await skatteetatenClient(env, suToken.accessToken).openClaims(customer);
  if (call.status !== 200) throw new Error(`aapnekrav → ${call.status}`);
}

/** The vendor token as each step's action gets it: from the wizard's token cache, fetched only when needed. */
async function vendorAltinn(state: WizardState, env: Environment, signer: GrantSigner) {
  return altinnClient(env, (await getVendorToken(state, env, signer)).accessToken);
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const x = e as Error & { status?: unknown; code?: unknown; service?: unknown };
    return [x.service, x.status, x.code, e.message]
      .filter((v) => v !== undefined && v !== "")
      .join(" ")
      .slice(0, 300);
  }
  return String(e).slice(0, 300);
}
