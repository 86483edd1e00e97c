import { signGrant, tokenRequestBody } from "./grant";
import { setupVendor } from "./sim-setup";
import { percentile, round, tally } from "./stats";

/**
 * Throughput of the simulated Maskinporten `/token` with valid grants: 16 concurrent clients for 10 s. Grants
 * are signed before the run (iat in the middle of the run window, which the ±10 s rule allows), so the
 * client's signing does not compete with the server during the measurement; if the pool runs dry, the rest
 * are signed just in time with iat = now. The client and the server still share the machine's cores.
 */
export interface TokenLoadResult {
  rps: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
  p50Ms: number | null;
  p95Ms: number | null;
  presigned: number;
  signedJustInTime: number;
  concurrency: number;
  durationMs: number;
}

export async function measureTokenLoad(
  origin: string,
  opts: { concurrency?: number; durationMs?: number; presignBudgetMs?: number } = {},
): Promise<TokenLoadResult> {
  const concurrency = opts.concurrency ?? 16;
  const durationMs = opts.durationMs ?? 10_000;
  const presignBudgetMs = opts.presignBudgetMs ?? 3000;
  const vendor = await setupVendor(origin);
  const scope = vendor.scopes.join(" ");

  // Warm-up: the first requests compile routes and fill caches; they are not counted.
  for (let i = 0; i < 5; i++) await tokenRequest(origin, signGrant(vendor, { scope }));

  const t0 = Math.floor(Date.now() / 1000);
  // The run starts at most presignBudget (+ slack) after t0 and lasts durationMs: put iat mid-window.
  const iat = t0 + Math.round((presignBudgetMs + durationMs) / 2000);
  const pool: string[] = [];
  const presignEnd = performance.now() + presignBudgetMs;
  // Enough for ~1000 tokens/s over the run; beyond that the rest are signed just in time.
  const maxPool = Math.ceil(durationMs) + 1000;
  while (performance.now() < presignEnd && pool.length < maxPool)
    pool.push(signGrant(vendor, { scope, iat }));
  const presigned = pool.length;
  let jit = 0;
  const nextGrant = () => {
    const g = pool.pop();
    if (g) return g;
    jit++;
    return signGrant(vendor, { scope });
  };

  const latencies: number[] = [];
  const statuses: number[] = [];
  const errorSamples: string[] = [];
  const start = performance.now();
  const end = start + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const grant = nextGrant();
      const t = performance.now();
      const r = await tokenRequest(origin, grant);
      if (performance.now() > end) break; // finished after the window: not counted
      latencies.push(performance.now() - t);
      statuses.push(r.status);
      if (r.status !== 200 && errorSamples.length < 5)
        errorSamples.push(`${r.status} ${r.body.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - start;
  const ok = statuses.filter((s) => s === 200).length;
  return {
    rps: Math.round((ok / elapsed) * 1000),
    ok,
    errors: statuses.length - ok,
    statuses: tally(statuses),
    errorSamples,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    presigned,
    signedJustInTime: jit,
    concurrency,
    durationMs: Math.round(elapsed),
  };
}

async function tokenRequest(origin: string, assertion: string): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(`${origin}/sim/maskinporten/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: tokenRequestBody(assertion),
    });
    const body = await res.text();
    return { status: res.status, body: res.status === 200 ? "" : body };
  } catch (e) {
    return { status: 0, body: e instanceof Error ? e.message : String(e) };
  }
}
