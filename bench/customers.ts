import { createPrivateKey, randomUUID } from "node:crypto";
import { altinnClient } from "../lib/altinn/client";
import { resetConfigForTests } from "../lib/config";
import { addManyCustomers, refreshAll } from "../lib/customers/service";
import { POLL_DELAYS_S } from "../lib/customers/status-budget";
import { openDb } from "../lib/db/client";
import { getEnvironment } from "../lib/environments";
import { keyObjectSigner } from "../lib/maskinporten/signer";
import { getVendorToken } from "../lib/maskinporten/tokens";
import { buildSystemRegistration } from "../lib/payloads/system-registration";
import { createSession } from "../lib/session/store";
import { initialState, type WizardState } from "../lib/session/state";
import { SHARED_SANDBOX } from "../lib/simulator/db/sandboxes";
import { handleSimRequest } from "../lib/simulator/router";
import { createSimulator } from "../lib/simulator/sim";
import { addCustomerOrgs, manyCustomerOrgnos } from "../test/support/customer-orgs";
import { setupVendor } from "./sim-setup";

/**
 * Step 5 with many customers, through the functions its server actions and status route call
 * (lib/customers/service.ts): paste N organisation numbers and send their requests (`customers_bulk_ms`),
 * then one minute of following all N on the list poller's schedule (`status_poll_calls`: HTTP calls to Altinn). The simulator runs in this
 * process on an in-memory database (its register is given N extra customer organisations, which a running
 * server offers no way to add); every call still goes through fetch → the simulator's request handler, and
 * the vendor token through the real Maskinporten grant. No TCP, so the figure is a floor for a real server.
 */
export interface CustomersResult {
  customers: number;
  bulkMs: number;
  created: number;
  failed: number;
  /** Altinn calls during one simulated minute of following all N waiting requests. */
  pollCalls: number;
  /** The page's checks in that minute (most answered from the saved statuses within the budget). */
  pollChecks: number;
  /** The slowest check. */
  pollMs: number;
}

const ORIGIN = "http://bench-customers.local";

export async function measureCustomers(n = 200): Promise<CustomersResult> {
  process.env.PUBLIC_URL = ORIGIN;
  resetConfigForTests();
  const handle = await openDb({});
  const realFetch = globalThis.fetch;
  try {
    const core = await createSimulator({
      db: handle.db,
      publicUrl: ORIGIN,
      requestTimeoutSeconds: 600,
      singleWriter: true,
    });
    let altinnCalls = 0;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const req = new Request(input, init);
      if (new URL(req.url).pathname.startsWith("/sim/altinn/")) altinnCalls++;
      return handleSimRequest(core, req);
    }) as typeof fetch;

    const vendor = await setupVendor(ORIGIN);
    const env = getEnvironment("simulator", { sandbox: null });
    const orgnos = manyCustomerOrgnos(n);
    await addCustomerOrgs(handle.db, SHARED_SANDBOX, orgnos);

    let state: WizardState = {
      ...initialState("simulator"),
      vendor: { orgno: vendor.orgno, name: null },
      key: {
        kid: vendor.kid,
        publicJwk: vendor.publicJwk as never,
        source: "generated",
        createdAt: Date.now(),
        downloaded: true,
      },
      client: { clientId: vendor.clientId, scopes: vendor.scopes, origin: "self-service", kid: vendor.kid },
    };
    const signer = keyObjectSigner(
      createPrivateKey({ key: Buffer.from(vendor.privatePkcs8, "base64"), format: "der", type: "pkcs8" }),
      "bench",
    );
    const token = await getVendorToken(state, env, signer);
    const body = buildSystemRegistration(
      {
        idSuffix: "bench_customers",
        name: { nb: "Bench", nn: "Bench", en: "Bench" },
        description: { nb: "Bench", nn: "", en: "Bench" },
        rights: ["ske-krav-og-betalinger"],
        accessPackages: [],
        isVisible: true,
        allowedRedirectUrls: [{ url: "https://vendor.example/return" }],
      },
      { vendorOrgNo: vendor.orgno, clientId: vendor.clientId },
    );
    await altinnClient(env, token.accessToken).createSystem(body);
    state = {
      ...state,
      system: { systemId: body.id, kind: "standard", registration: { ...body }, savedAt: Date.now() },
    };
    const sessionId = randomUUID();
    await createSession(handle.db, { id: sessionId, handleHash: randomUUID(), sandboxId: SHARED_SANDBOX });
    const ctx = { state, sessionId, env, signer, db: handle.db, locale: "nb" as const };

    const started = performance.now();
    const sent = await addManyCustomers(ctx, orgnos.join("\n"));
    const bulkMs = Math.round(performance.now() - started);

    // One minute of the list poller on its own schedule (POLL_DELAYS_S, stretched when the route says so),
    // on a simulated clock: every check the page would make, and every Altinn call they cost.
    altinnCalls = 0;
    let pollState = sent.state;
    let pollMs = 0;
    let checks = 0;
    const t0 = Date.now();
    for (let t = POLL_DELAYS_S[0]! * 1000, attempt = 1; t <= 60_000; attempt++) {
      const pollStart = performance.now();
      const polled = await refreshAll({ ...ctx, state: pollState, now: t0 + t });
      pollMs = Math.max(pollMs, Math.round(performance.now() - pollStart));
      checks++;
      if (polled.data.total !== n) throw new Error(`refresh saw ${polled.data.total} customers, not ${n}`);
      if (polled.data.waiting !== n) throw new Error(`${n - polled.data.waiting} requests stopped waiting`);
      pollState = polled.state;
      const wait = POLL_DELAYS_S[Math.min(attempt, POLL_DELAYS_S.length - 1)]!;
      t += Math.max(wait, polled.data.retryInSeconds ?? 0) * 1000;
    }
    return {
      customers: n,
      bulkMs,
      created: sent.data.counts.created,
      failed: sent.data.counts.failed,
      pollCalls: altinnCalls,
      pollChecks: checks,
      pollMs,
    };
  } finally {
    globalThis.fetch = realFetch;
    await handle.close();
  }
}
