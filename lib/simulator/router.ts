import { altinnBodyTooLarge, handleAltinn } from "./altinn";
import { brregBodyTooLarge, handleBrreg } from "./brreg";
import { controlBodyTooLarge, handleControl, refuseCrossSite } from "./control";
import { SANDBOX_ID, SHARED_SANDBOX } from "./db/sandboxes";
import { withFaults } from "./faults";
import { maybePrune } from "./housekeeping";
import { json, readBodyLimited } from "./http";
import { handleMaskinporten, mpBodyTooLarge } from "./maskinporten";
import { handleSamarbeid, samarbeidBodyTooLarge } from "./samarbeid";
import { openSandbox, type Sim, type SimCore } from "./sim";
import { handleSkatteetaten, skatteetatenBodyTooLarge } from "./skatteetaten";
import type { SimService } from "./types";

/** A service's handler gets the path below its base (e.g. ["token"] for /sim/maskinporten/token). */
export type SimHandler = (sim: Sim, req: Request, path: string[]) => Promise<Response>;

interface Service {
  handle: SimHandler;
  /** The service's own answer to a body over the limit (413 in its error shape). */
  tooLarge: (req: Request, path: string[]) => Response;
}

const SERVICES: Record<Exclude<SimService, "altinn-ui">, Service> = {
  maskinporten: { handle: handleMaskinporten, tooLarge: mpBodyTooLarge },
  samarbeid: { handle: handleSamarbeid, tooLarge: samarbeidBodyTooLarge },
  altinn: { handle: handleAltinn, tooLarge: altinnBodyTooLarge },
  skatteetaten: { handle: handleSkatteetaten, tooLarge: skatteetatenBodyTooLarge },
  brreg: { handle: handleBrreg, tooLarge: brregBodyTooLarge },
};

/**
 * Entry point for every /sim/... request: `/sim/<service>/…` is the shared sandbox, `/sim/s/<sandbox>/<service>/…`
 * a wizard session's own (created on first use). Refuses a cross-site control request and a body over the
 * limit before anything else is done, applies injected faults, stamps the sandbox's clock on the `Date`
 * header (so clients can measure their offset, as against the real Maskinporten) and turns any unexpected
 * exception into a 500 without details: handlers are written to answer bad input with 4xx.
 */
export async function handleSimRequest(core: SimCore, req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean).map(safeDecode);
  // parts[0] === "sim"; a session's sandbox adds "s", <id>.
  const scoped = parts[1] === "s";
  const sandboxId = scoped ? (parts[2] ?? "") : SHARED_SANDBOX;
  const service = parts[scoped ? 3 : 1] ?? "";
  const rest = parts.slice(scoped ? 4 : 2);
  const known = service === "_control" || Object.hasOwn(SERVICES, service);
  if (!known || (scoped && !SANDBOX_ID.test(sandboxId))) return dated(json({ error: "not_found" }, 404));

  if (service === "_control") {
    const refused = refuseCrossSite(req, core.publicUrl);
    if (refused) return dated(refused);
  }
  const body = await readBodyLimited(req);
  if (body === null) {
    const tooLarge =
      service === "_control"
        ? controlBodyTooLarge()
        : SERVICES[service as keyof typeof SERVICES].tooLarge(req, rest);
    return dated(tooLarge);
  }
  const buffered = withBody(req, body);

  return guarded(async () => {
    const sim = await openSandbox(core, sandboxId);
    maybePrune(core);
    let res: Response;
    if (service === "_control") {
      res = await guarded(() => handleControl(sim, buffered, rest));
    } else {
      const { handle } = SERVICES[service as keyof typeof SERVICES];
      res = await withFaults(sim, service as SimService, buffered, rest, () =>
        guarded(() => handle(sim, buffered, rest)),
      );
    }
    return dated(res, sim.now());
  });
}

/** The request again with its body read into memory (handlers read it as before, now bounded). */
function withBody(req: Request, body: Uint8Array): Request {
  if (req.method === "GET" || req.method === "HEAD") return req;
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: body.byteLength > 0 ? (body as BodyInit) : null,
  });
}

/** Sets the Date header in place (every handler builds its own Response); copies only a response whose headers are immutable. */
function dated(res: Response, nowMs = Date.now()): Response {
  const date = new Date(nowMs).toUTCString();
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
