import { claimFault } from "./db/sandboxes";
import { empty, json, sleep } from "./http";
import { forgetSandbox, type Sim } from "./sim";
import type { SimFault, SimService } from "./types";

/**
 * Injected faults (/sim/_control/faults), matched against the sandbox's faults as read when the request came
 * in. A fault with a `remaining` count is claimed under the sandbox lock first, so its last use goes to one
 * request only; one without a count costs no write.
 */
function matchFault(sim: Sim, service: SimService, req: Request, path: string[]): SimFault | undefined {
  const sub = `/${path.join("/")}`;
  return sim.control.faults.find(
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
  const matched = matchFault(sim, service, req, path);
  let fault = matched;
  if (matched?.remaining !== undefined) {
    fault = (await claimFault(sim, matched.id)) ?? undefined;
    forgetSandbox(sim);
  }
  if (!fault) return handle();
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
