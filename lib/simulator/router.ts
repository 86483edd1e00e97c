import { handleAltinn } from "./altinn";
import { handleBrreg } from "./brreg";
import { handleControl } from "./control";
import { empty, json, sleep } from "./http";
import { handleMaskinporten } from "./maskinporten";
import { handleSamarbeid } from "./samarbeid";
import type { Sim } from "./sim";
import { handleSkatteetaten } from "./skatteetaten";
import type { SimFault, SimService } from "./types";

/** A service's handler gets the path below its base (e.g. ["token"] for /sim/maskinporten/token). */
export type SimHandler = (sim: Sim, req: Request, path: string[]) => Promise<Response>;

const SERVICES: Record<Exclude<SimService, "altinn-ui">, SimHandler> = {
  maskinporten: handleMaskinporten,
  samarbeid: handleSamarbeid,
  altinn: handleAltinn,
  skatteetaten: handleSkatteetaten,
  brreg: handleBrreg,
};

/**
 * Entry point for every /sim/... request. Applies injected faults, stamps the simulator's clock on the
 * `Date` header (so clients can measure their offset, as against the real Maskinporten) and turns any
 * unexpected exception into a 500 without details: handlers are written to answer bad input with 4xx.
 */
export async function handleSimRequest(sim: Sim, req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean).map(safeDecode);
  // parts[0] === "sim"
  const service = parts[1] ?? "";
  const rest = parts.slice(2);
  let res: Response;
  if (service === "_control") {
    res = await guarded(() => handleControl(sim, req, rest));
  } else if (Object.hasOwn(SERVICES, service)) {
    const handler = SERVICES[service as keyof typeof SERVICES];
    res = await withFaults(sim, service as SimService, req, rest, () =>
      guarded(() => handler(sim, req, rest)),
    );
  } else {
    res = json({ error: "not_found" }, 404);
  }
  return withDate(res, new Date(sim.now()).toUTCString());
}

/** Sets the Date header in place (every handler builds its own Response); copies only a response whose headers are immutable. */
function withDate(res: Response, date: string): Response {
  try {
    res.headers.set("date", date);
    return res;
  } catch {
    const headers = new Headers(res.headers);
    headers.set("date", date);
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function guarded(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    console.error("[simulator] unexpected error:", err instanceof Error ? err.message : "unknown");
    return json({ error: "server_error" }, 500);
  }
}

function matchFault(sim: Sim, service: SimService, req: Request, path: string[]): SimFault | undefined {
  const sub = `/${path.join("/")}`;
  return sim.store
    .get()
    .control.faults.find(
      (f) =>
        (f.service === "*" || f.service === service) &&
        (!f.pathPrefix || sub.startsWith(f.pathPrefix)) &&
        (!f.method || f.method.toUpperCase() === req.method) &&
        (f.remaining === undefined || f.remaining > 0),
    );
}

export async function withFaults(
  sim: Sim,
  service: SimService,
  req: Request,
  path: string[],
  handle: () => Promise<Response>,
): Promise<Response> {
  const fault = matchFault(sim, service, req, path);
  if (!fault) return handle();
  if (fault.remaining !== undefined) {
    await sim.store.mutate((s) => {
      const f = s.control.faults.find((x) => x.id === fault.id);
      if (f && f.remaining !== undefined) f.remaining -= 1;
      s.control.faults = s.control.faults.filter((x) => x.remaining === undefined || x.remaining > 0);
    });
  }
  switch (fault.kind) {
    case "status":
      return fault.status === 503
        ? new Response("Service Unavailable", { status: 503, headers: { "retry-after": "1" } })
        : json({ error: "simulated_fault", status: fault.status ?? 500 }, fault.status ?? 500);
    case "latency": {
      const res = await handle();
      await sleep(fault.latencyMs ?? 15_000);
      return res;
    }
    case "malformed": {
      const res = await handle();
      return new Response('{"truncated": tr', {
        status: res.status,
        headers: { "content-type": "application/json" },
      });
    }
    case "drop": {
      await handle();
      // A body that fails mid-stream: the client sees the connection end before a complete response.
      const body = new ReadableStream({
        start(controller) {
          controller.error(new Error("simulated dropped connection"));
        },
      });
      return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
    }
  }
  return empty(500);
}
