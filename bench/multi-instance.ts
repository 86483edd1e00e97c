import { randomBytes } from "node:crypto";
import { createDatabase, startThrowawayServer, type PgServer } from "../scripts/pg-server";
import { startBalancer } from "./balancer";
import { measureBrowserFlow } from "./browser-flow";
import { measureConcurrentFlows } from "./flows";
import { freePort, startServer, type BenchServer } from "./server";

/**
 * Two app instances on one PostgreSQL server behind a round-robin balancer without sticky sessions, as
 * README's "Several instances" describes: the same DATABASE_URL, SESSION_SECRET and PUBLIC_URL (the balancer's).
 * 100 onboarding flows at once through the wizard's own clients, every call on the next instance, each flow
 * checking its own end state (request Accepted, system user found, Skatteetaten 200) — a lost update on either
 * side shows up as a failed flow. Then whole flows in Chromium through the balancer, so each page load and action
 * of one browser session alternates between the instances. Uses BENCH_DATABASE_URL, or a throwaway server from the
 * local PostgreSQL installation; without either it is skipped with the reason.
 */
export interface MultiInstanceResult {
  flows: number;
  errors: number;
  errorSamples: string[];
  requestP95Ms: number | null;
  browserFlows: number;
  browserErrors: number;
  perInstance: number[];
}

export type MultiInstanceOutcome = { ok: true; result: MultiInstanceResult } | { ok: false; reason: string };

export async function measureMultiInstance(flows = 100): Promise<MultiInstanceOutcome> {
  const given = process.env.BENCH_DATABASE_URL;
  let pg: PgServer | null;
  try {
    pg = given ? { url: given, stop: () => undefined } : await startThrowawayServer();
  } catch (e) {
    return { ok: false, reason: `could not start PostgreSQL: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!pg)
    return {
      ok: false,
      reason: "no PostgreSQL server (set BENCH_DATABASE_URL or install Debian's postgresql)",
    };
  const servers: BenchServer[] = [];
  let balancer: Awaited<ReturnType<typeof startBalancer>> | undefined;
  try {
    const databaseUrl = await createDatabase(pg.url, `sbw_bench_${randomBytes(4).toString("hex")}`);
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const env = { DATABASE_URL: databaseUrl, SESSION_SECRET: randomBytes(32).toString("base64url") };
    // One after the other: the second finds the migrations applied by the first (they take turns anyway).
    servers.push(await startServer({ publicUrl, env }));
    servers.push(await startServer({ publicUrl, env }));
    balancer = await startBalancer(
      port,
      servers.map((s) => s.origin),
    );
    const load = await measureConcurrentFlows(balancer.origin, flows);
    if (!load.ok) return { ok: false, reason: load.reason };
    const browser = await measureBrowserFlow(balancer.origin, 2);
    return {
      ok: true,
      result: {
        flows: load.result.flows,
        errors: load.result.errors,
        errorSamples: browser.ok
          ? load.result.errorSamples
          : [...load.result.errorSamples, `browser: ${browser.reason}`],
        requestP95Ms: load.result.requestP95Ms,
        browserFlows: browser.ok ? browser.result.runsMs.length : 0,
        browserErrors: browser.ok ? 0 : 2,
        perInstance: [...balancer.counts],
      },
    };
  } finally {
    await balancer?.close();
    for (const s of servers) await s.stop();
    pg.stop();
  }
}
