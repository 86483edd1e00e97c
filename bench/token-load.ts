import { signGrant, tokenRequestBody } from "./grant";
import { keepAliveAgent, postForm } from "./http-client";
import { setupVendor } from "./sim-setup";
import { percentile, round, tally } from "./stats";

/**
 * Throughput of the simulated Maskinporten `/token` with valid grants: 16 concurrent clients for 10 s. The
 * client and the server share the machine's cores, so the client is made as cheap as a client can be: grants
 * are signed before the run (iat in the middle of the run window, which the ±10 s rule allows) into ready-made
 * form bodies, and requests go over 16 keep-alive connections with node:http (no fetch streams, no gzip). If
 * the pool runs dry, the rest are signed just in time with iat = now (counted in signedJustInTime).
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
  /** CPU the load generator itself used per request during the run (it shares the cores with the server). */
  clientCpuMsPerRequest: number | null;
  concurrency: number;
  durationMs: number;
}

export async function measureTokenLoad(
  origin: string,
  opts: { concurrency?: number; durationMs?: number; presignBudgetMs?: number } = {},
): Promise<TokenLoadResult> {
  const concurrency = opts.concurrency ?? 16;
  const durationMs = opts.durationMs ?? 10_000;
  const presignBudgetMs = opts.presignBudgetMs ?? 6000;
  const vendor = await setupVendor(origin);
  const scope = vendor.scopes.join(" ");
  const url = new URL("/sim/maskinporten/token", origin);
  let agent = keepAliveAgent(concurrency);
  const send = (body: string) => postForm(agent, url, body).catch((e: unknown) => failed(e));

  // Warm-up: the first requests compile routes, fill caches and open the connections; they are not counted.
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < 5; i++) await send(tokenRequestBody(signGrant(vendor, { scope })));
    }),
  );

  const t0 = Math.floor(Date.now() / 1000);
  // The run starts at most presignBudget (+ slack) after t0 and lasts durationMs: put iat mid-window, so every
  // grant is within the ±10 s skew allowed for iat during the whole run (presign + run must stay under 20 s).
  const iat = t0 + Math.round((presignBudgetMs + durationMs) / 2000);
  const pool: string[] = [];
  const presignEnd = performance.now() + presignBudgetMs;
  // Enough for ~2500 tokens/s over the run; beyond that the rest are signed just in time.
  const maxPool = Math.ceil(durationMs * 2.5) + 1000;
  while (performance.now() < presignEnd && pool.length < maxPool)
    pool.push(tokenRequestBody(signGrant(vendor, { scope, iat })));
  const presigned = pool.length;
  // The server closes keep-alive connections idle for 5 s: presigning may take longer, so open fresh ones.
  agent.destroy();
  agent = keepAliveAgent(concurrency);
  let jit = 0;
  const nextBody = () => {
    const b = pool.pop();
    if (b) return b;
    jit++;
    return tokenRequestBody(signGrant(vendor, { scope }));
  };

  const latencies: number[] = [];
  const statuses: number[] = [];
  const errorSamples: string[] = [];
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const body = nextBody();
      const t = performance.now();
      const r = await send(body);
      if (performance.now() > end) break; // finished after the window: not counted
      latencies.push(performance.now() - t);
      statuses.push(r.status);
      if (r.status !== 200 && errorSamples.length < 5)
        errorSamples.push(`${r.status} ${r.body.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
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
    clientCpuMsPerRequest: statuses.length
      ? round((cpu.user + cpu.system) / 1000 / statuses.length, 3)
      : null,
    concurrency,
    durationMs: Math.round(elapsed),
  };
}

function failed(e: unknown): { status: number; body: string } {
  return { status: 0, body: e instanceof Error ? e.message : String(e) };
}
