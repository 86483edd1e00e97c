import { measureBrowserFlow } from "./browser-flow";
import { measureRs256 } from "./crypto";
import { measureConcurrentFlows } from "./flows";
import { measureFirstLoadJs, type JsSizeResult } from "./js-size";
import { sampleMemory } from "./memory";
import { startServer, type BenchServer } from "./server";
import { measureTokenLoad } from "./token-load";

/**
 * `npm run bench`: starts the production build, measures, prints a readable report and, as the LAST line,
 * one JSON object of numbers (null for what could not be measured). Run after `npm run build`.
 */
interface Summary {
  flow_browser_ms: number | null;
  concurrent_flows: number | null;
  load_errors: number | null;
  load_p95_ms: number | null;
  token_rps: number | null;
  crypto_limit_ops: number | null;
  first_load_js_kb: number | null;
  baseline_js_kb: number | null;
  token_requests_per_flow: number | null;
  rss_mb: number | null;
}

const summary: Summary = {
  flow_browser_ms: null,
  concurrent_flows: null,
  load_errors: null,
  load_p95_ms: null,
  token_rps: null,
  crypto_limit_ops: null,
  first_load_js_kb: null,
  baseline_js_kb: null,
  token_requests_per_flow: null,
  rss_mb: null,
};

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
  out(
    `  max over the seven steps: ${js.maxKb} KB (${js.maxPath}); baseline (404 page): ${js.baselineKb} KB; session: ${js.withSession ? "completed flow" : "none (locked steps)"}`,
  );
}

async function main(): Promise<number> {
  out("Systembruker wizard benchmark");
  out(
    `node ${process.version}, ${(await import("node:os")).cpus().length} cores — the load generator and the server share them`,
  );

  section("RS256 signing ceiling (node:crypto, 2048-bit, one core, ~2 s)");
  const crypto = measureRs256(2000);
  summary.crypto_limit_ops = crypto.opsPerSecond;
  out(`  ${crypto.opsPerSecond} signatures/s (${crypto.signatures} in ${crypto.durationMs} ms)`);

  section("Server");
  let server: BenchServer;
  try {
    server = await startServer();
  } catch (e) {
    out(`  could not start the production server: ${e instanceof Error ? e.message : String(e)}`);
    out("  (run `npm run build` first; `npm run bench` does)");
    return 1;
  }
  out(`  next start at ${server.origin} (pid ${server.pid}), data ${server.dataDir}`);

  try {
    section("First-load JavaScript (gzip -9 of every <script src>)");
    const jsLocked = await attempt("first-load JS", () => measureFirstLoadJs(server.origin));
    if (jsLocked) printJs(jsLocked);

    const memory = sampleMemory(server.pid);

    section("Maskinporten /token throughput (valid grants, concurrency 16, 10 s)");
    const tokens = await attempt("token load", () => measureTokenLoad(server.origin));
    if (tokens) {
      summary.token_rps = tokens.rps;
      out(
        `  ${tokens.rps} tokens/s: ${tokens.ok} × 200 in ${tokens.durationMs} ms; non-200: ${tokens.errors} ${JSON.stringify(tokens.statuses)}`,
      );
      out(
        `  latency p50 ${tokens.p50Ms} ms, p95 ${tokens.p95Ms} ms; grants pre-signed ${tokens.presigned}, signed during the run ${tokens.signedJustInTime}`,
      );
      for (const s of tokens.errorSamples) out(`  error: ${s}`);
      out(
        `  the load generator shares the cores with the server: it used ${tokens.clientCpuMsPerRequest ?? "?"} ms CPU per request (grants pre-signed, keep-alive node:http); the server verifies each grant and signs each token`,
      );
    }

    section("50 concurrent onboarding flows (the wizard's own server code)");
    const flows = await attempt("concurrent flows", () => measureConcurrentFlows(server.origin, 50));
    if (flows?.ok) {
      const r = flows.result;
      Object.assign(summary, {
        concurrent_flows: r.flows,
        load_errors: r.errors,
        load_p95_ms: r.requestP95Ms,
        token_requests_per_flow: r.tokenRequestsPerFlow,
      });
      out(
        `  ${r.flows} flows in ${r.durationMs} ms, ${r.errors} failed; ${r.requests} HTTP calls, p95 ${r.requestP95Ms} ms`,
      );
      out(
        `  flow duration p50 ${r.flowP50Ms} ms, p95 ${r.flowP95Ms} ms; token requests per flow ${r.tokenRequestsPerFlow}`,
      );
      for (const s of r.errorSamples) out(`  error: ${s}`);
    } else if (flows) {
      out(`  not measured: ${flows.reason}`);
    }

    const mem = memory.stop();
    summary.rss_mb = mem.peakRssMb;
    section("Server memory");
    out(
      `  peak RSS during the load ${mem.peakRssMb} MB (${mem.samples} samples at 100 ms); VmHWM since start ${mem.hwmMb} MB`,
    );

    section("Full flow in headless Chromium (median of 3)");
    const browser = await attempt("browser flow", () => measureBrowserFlow(server.origin, 3));
    if (browser?.ok) {
      summary.flow_browser_ms = browser.result.medianMs;
      out(`  median ${browser.result.medianMs} ms (runs: ${browser.result.runsMs.join(", ")} ms)`);
      out(
        `  parts (median): ${Object.entries(browser.result.partsMs)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(", ")}`,
      );
    } else if (browser) {
      out(`  not measured: ${browser.reason}`);
    }

    // Step pages with a session that completed the flow: the forms' client components are on the page.
    const jsUnlocked = browser?.ok
      ? await attempt("first-load JS (completed flow)", () =>
          measureFirstLoadJs(server.origin, { cookie: browser.result.cookieHeader }),
        )
      : null;
    if (jsUnlocked) {
      section("First-load JavaScript with a completed flow");
      printJs(jsUnlocked);
    }
    const js = jsUnlocked ?? jsLocked;
    if (js) {
      summary.first_load_js_kb = js.maxKb;
      summary.baseline_js_kb = js.baselineKb;
    }
  } finally {
    await server.stop();
  }
  return 0;
}

const code = await main().catch((e: unknown) => {
  out(`benchmark crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return 1;
});
out();
console.log(JSON.stringify(summary));
process.exitCode = code;
