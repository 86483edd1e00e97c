import { cpus, loadavg } from "node:os";
import { measureBrowserFlow } from "./browser-flow";
import { measureRs256 } from "./crypto";
import { measureCustomers } from "./customers";
import { measureConcurrentFlows } from "./flows";
import { measureFirstLoadJs, type JsSizeResult } from "./js-size";
import { sampleMemory } from "./memory";
import { measureMultiInstance } from "./multi-instance";
import { startServer } from "./server";
import { measureSimGrowth } from "./sim-growth";
import { median } from "./stats";
import { measureTokenLoad } from "./token-load";

/**
 * `npm run bench`: BENCH_RUNS (default 3) complete runs, each with a fresh production server and data folder and
 * the machine's own RSA signing rate measured in the same run. Prints each run's figures, then per figure the
 * median and the spread (min–max) over the runs, and as the LAST line one JSON object: the medians (null for what
 * could not be measured), the run count and the spreads. Run after `npm run build` (`npm run bench` does).
 * `BENCH_ONLY=customers` measures only the customer-list figures, which need no build.
 */
const FIELDS = [
  "flow_browser_ms",
  "concurrent_flows",
  "load_errors",
  "load_p95_ms",
  "token_rps",
  "crypto_limit_ops",
  "first_load_js_kb",
  "baseline_js_kb",
  "token_requests_per_flow",
  "rss_mb",
  "sim_growth_ratio",
  "multi_instance_flows",
  "multi_instance_errors",
  "session_cookie_bytes",
  "customers_bulk_ms",
  "status_poll_calls",
] as const;
type Field = (typeof FIELDS)[number];
type Figures = Record<Field, number | null>;

/** BENCH_SCALE=0.1 shrinks the loads (flows, stored requests) for a quick check of the bench itself; figures need 1. */
const scale = Math.min(1, Math.max(0.01, Number(process.env.BENCH_SCALE ?? 1)));
const scaled = (n: number) => Math.max(2, Math.round(n * scale));

const out = (line = "") => console.log(line);
const section = (title: string) => out(`\n== ${title}`);

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    out(`  ${what} FAILED: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

function printJs(js: JsSizeResult) {
  for (const p of [...js.pages, js.baseline]) {
    out(
      `  ${p.path.padEnd(22)} HTTP ${p.status}  ${String(p.scripts).padStart(2)} scripts  ${p.gzipKb.toFixed(1).padStart(7)} KB gzip`,
    );
  }
  out(`  max over the seven steps: ${js.maxKb} KB (${js.maxPath}); baseline (404 page): ${js.baselineKb} KB`);
}

/** BENCH_ONLY=customers runs only the customer-list figures and the signing rate (no server, no load). */
const only = process.env.BENCH_ONLY;

async function customersSection(run: number, f: Figures): Promise<void> {
  const n = scaled(200);
  section(
    `Run ${run}: step 5 with ${n} customers (paste and send, then a minute of following them; in-process simulator)`,
  );
  const r = await attempt("customers", () => measureCustomers(n));
  if (!r) return;
  f.customers_bulk_ms = r.bulkMs;
  f.status_poll_calls = r.pollCalls;
  out(
    `  ${r.customers} pasted: ${r.created} requests created, ${r.failed} failed, in ${r.bulkMs} ms; following all for a minute: ${r.pollChecks} checks, ${r.pollCalls} calls to Altinn (slowest check ${r.pollMs} ms)`,
  );
}

async function oneRun(run: number, withJs: boolean): Promise<Figures> {
  const f = Object.fromEntries(FIELDS.map((k) => [k, null])) as Figures;
  section(`Run ${run}: RS256 signing ceiling (node:crypto, 2048-bit, one core, ~2 s)`);
  const crypto = measureRs256(2000);
  f.crypto_limit_ops = crypto.opsPerSecond;
  out(
    `  ${crypto.opsPerSecond} signatures/s; load average before the run ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  if (only === "customers") {
    await customersSection(run, f);
    return f;
  }

  const server = await startServer();
  out(`  next start at ${server.origin} (pid ${server.pid}), embedded database in ${server.dataDir}`);
  try {
    const memory = sampleMemory(server.pid);
    section(`Run ${run}: Maskinporten /token throughput (valid grants, concurrency 16, 10 s)`);
    const tokens = await attempt("token load", () => measureTokenLoad(server.origin));
    if (tokens) {
      f.token_rps = tokens.rps;
      out(
        `  ${tokens.rps} tokens/s (${Math.round((tokens.rps / crypto.opsPerSecond) * 100)} % of the signing rate); p50 ${tokens.p50Ms} ms, p95 ${tokens.p95Ms} ms; non-200: ${tokens.errors} ${JSON.stringify(tokens.statuses)}`,
      );
      for (const s of tokens.errorSamples) out(`  error: ${s}`);
    }

    section(`Run ${run}: 50 concurrent onboarding flows, each in its own sandbox`);
    const flows = await attempt("concurrent flows", () => measureConcurrentFlows(server.origin, scaled(50)));
    if (flows?.ok) {
      const r = flows.result;
      Object.assign(f, {
        concurrent_flows: r.flows,
        load_errors: r.errors,
        load_p95_ms: r.requestP95Ms,
        token_requests_per_flow: r.tokenRequestsPerFlow,
      });
      out(
        `  ${r.flows} flows in ${r.durationMs} ms, ${r.errors} failed; ${r.requests} HTTP calls, p95 ${r.requestP95Ms} ms; flow p50 ${r.flowP50Ms} ms, p95 ${r.flowP95Ms} ms; token requests per flow ${r.tokenRequestsPerFlow}`,
      );
      for (const s of r.errorSamples) out(`  error: ${s}`);
    } else if (flows) out(`  not measured: ${flows.reason}`);
    const mem = memory.stop();
    f.rss_mb = mem.peakRssMb;
    out(
      `  server peak RSS during the load ${mem.peakRssMb} MB (embedded PostgreSQL included); VmHWM ${mem.hwmMb} MB`,
    );

    section(`Run ${run}: the whole flow in headless Chromium (median of 3)`);
    const browser = await attempt("browser flow", () => measureBrowserFlow(server.origin, 3));
    if (browser?.ok) {
      f.flow_browser_ms = browser.result.medianMs;
      f.session_cookie_bytes = browser.result.cookieHeader.length;
      out(
        `  median ${browser.result.medianMs} ms (runs: ${browser.result.runsMs.join(", ")} ms); cookie header after the flow ${browser.result.cookieHeader.length} bytes`,
      );
      out(
        `  parts (median): ${Object.entries(browser.result.partsMs)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(", ")}`,
      );
      if (withJs) {
        const js = await attempt("first-load JS", () =>
          measureFirstLoadJs(server.origin, { cookie: browser.result.cookieHeader }),
        );
        if (js) {
          section("First-load JavaScript with a completed flow (gzip -9 of every <script src>)");
          printJs(js);
          f.first_load_js_kb = js.maxKb;
          f.baseline_js_kb = js.baselineKb;
        }
      }
    } else if (browser) out(`  not measured: ${browser.reason}`);

    section(
      `Run ${run}: simulator growth (the same request mix before and after 10,000 stored requests, one sandbox)`,
    );
    const growth = await attempt("growth", () =>
      measureSimGrowth(`${server.origin}/sim/s/bench-growth-${run}-${Date.now()}`, { fill: scaled(10_000) }),
    );
    if (growth) {
      f.sim_growth_ratio = growth.ratio;
      out(
        `  p95 ${growth.p95EmptyMs} ms nearly empty → ${growth.p95FullMs} ms after ${growth.stored} stored requests: ratio ${growth.ratio} (${growth.probes} timed calls each; filled in ${growth.fillMs} ms)`,
      );
    }
  } finally {
    await server.stop();
  }

  section(`Run ${run}: two instances on one PostgreSQL server behind a round-robin balancer`);
  const multi = await attempt("multi-instance", () => measureMultiInstance(scaled(100)));
  if (multi?.ok) {
    const r = multi.result;
    f.multi_instance_flows = r.flows - r.errors;
    f.multi_instance_errors = r.errors + r.browserErrors;
    out(
      `  ${r.flows} flows, ${r.errors} failed, p95 ${r.requestP95Ms} ms per call; ${r.browserFlows} browser flows through the balancer, ${r.browserErrors} failed; requests per instance ${r.perInstance.join(" / ")}`,
    );
    for (const s of r.errorSamples) out(`  error: ${s}`);
  } else if (multi) out(`  skipped: ${multi.reason}`);
  await customersSection(run, f);
  return f;
}

async function main(): Promise<number> {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  out("Systembruker wizard benchmark");
  out(
    `node ${process.version}, ${cpus().length} cores (the load generator, the browser and the servers share them), ${runs} runs`,
  );
  const all: Figures[] = [];
  for (let i = 1; i <= runs; i++) all.push(await oneRun(i, i === 1));

  section(`Summary over ${runs} runs: median [min – max]`);
  const summary: Record<string, unknown> = {};
  const spread: Record<string, [number, number]> = {};
  for (const k of FIELDS) {
    const values = all.map((f) => f[k]).filter((v): v is number => v !== null);
    summary[k] = values.length ? Math.round((median(values) ?? 0) * 10) / 10 : null;
    if (values.length) spread[k] = [Math.min(...values), Math.max(...values)];
    out(
      `  ${k.padEnd(24)} ${values.length ? `${summary[k]} [${spread[k]![0]} – ${spread[k]![1]}]` : "not measured"}`,
    );
  }
  summary.runs = runs;
  summary.spread = spread;
  out();
  console.log(JSON.stringify(summary));
  return 0;
}

process.exitCode = await main().catch((e: unknown) => {
  out(`benchmark crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return 1;
});
