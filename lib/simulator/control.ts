import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getRequestRecord, putRequest } from "./db/requests";
import {
  controlOf,
  countWorld,
  findSandbox,
  resetSandbox,
  setControl,
  withSandboxLock,
} from "./db/sandboxes";
import { withdrawScope } from "./db/grants";
import { empty, json, readJson } from "./http";
import { forgetSandbox, type Sim } from "./sim";

/**
 * /sim/_control and /sim/s/<sandbox>/_control: test and demo controls for one sandbox. Reset, clock skew,
 * fault injection, request timeout, withdrawing a scope and expiring a pending request. Off whenever the
 * simulator is off (the route answers 404 then). Refuses cross-site requests (see refuseCrossSite).
 */
const faultSchema = z.object({
  service: z.enum(["maskinporten", "samarbeid", "altinn", "skatteetaten", "brreg", "*"]),
  pathPrefix: z.string().max(500).optional(),
  method: z.enum(["GET", "POST", "PUT", "DELETE"]).optional(),
  kind: z.enum(["latency", "status", "malformed", "drop"]),
  status: z.number().int().min(400).max(599).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  remaining: z.number().int().min(1).max(1000).optional(),
});

const grantSchema = z.object({ orgno: z.string().regex(/^\d{9}$/), scope: z.string().min(1).max(200) });
const clockSchema = z.object({ skewSeconds: z.number().min(-86_400).max(86_400) });
const configSchema = z.object({
  requestTimeoutSeconds: z
    .number()
    .int()
    .min(1)
    .max(400 * 86_400),
});
/** Reset and expire take no settings; their body may be empty or any JSON object. */
const noSettings = z.object({}).passthrough();

export function controlBodyTooLarge(): Response {
  return json({ error: "invalid_request", reason: "too-large" }, 413);
}

/**
 * A web page on another site must not be able to reset a sandbox or expire a request through the visitor's
 * browser (a form post needs no CORS). Browsers say where a request comes from: `Sec-Fetch-Site` (anything but
 * same-origin or a typed address, `none`) and `Origin`, whose host must be this server's. Scripts and
 * server-side callers send neither and are let through.
 */
export function refuseCrossSite(req: Request, publicUrl: string): Response | null {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return forbidden();
  const origin = req.headers.get("origin");
  if (origin === null) return null;
  const hosts = new Set([new URL(req.url).host, req.headers.get("host"), hostOf(publicUrl)]);
  const from = hostOf(origin);
  return from !== null && hosts.has(from) ? null : forbidden();
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function forbidden(): Response {
  return json({ error: "forbidden", reason: "cross-site request" }, 403);
}

export async function handleControl(sim: Sim, req: Request, path: string[]): Promise<Response> {
  try {
    return await control(sim, req, path);
  } finally {
    // Whatever a control request changed in the sandbox row, the next request reads it from the database.
    if (req.method !== "GET") forgetSandbox(sim);
  }
}

async function control(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const route = `${req.method} /${path.join("/")}`;
  if (route === "GET /state") {
    return json({ control: sim.control, counts: await countWorld(sim) });
  }
  if (route === "POST /reset") {
    const body = await parse(req, noSettings, { emptyOk: true });
    if (!body.ok) return body.res;
    await resetSandbox(sim, sim.core.defaults.requestTimeoutSeconds);
    return json({ reset: true });
  }
  if (route === "POST /clock") {
    const body = await parse(req, clockSchema);
    if (!body.ok) return body.res;
    await setControl(sim, { clockSkewSeconds: body.value.skewSeconds });
    return json({ skewSeconds: body.value.skewSeconds });
  }
  if (route === "POST /config") {
    const body = await parse(req, configSchema);
    if (!body.ok) return body.res;
    await setControl(sim, { requestTimeoutSeconds: body.value.requestTimeoutSeconds });
    return json(body.value);
  }
  if (route === "GET /faults") return json(sim.control.faults);
  if (route === "POST /faults") {
    const body = await parse(req, faultSchema);
    if (!body.ok) return body.res;
    const fault = { id: randomUUID(), ...body.value };
    // Appended under the lock, so two faults posted at once are both kept.
    await withSandboxLock(sim, async (locked) => {
      const row = await findSandbox(locked.db, locked.sandboxId);
      const faults = row ? controlOf(row).faults : [];
      await setControl(locked, { faults: [...faults, fault] });
    });
    return json(fault, 201);
  }
  if (route === "DELETE /faults") {
    await setControl(sim, { faults: [] });
    return empty(204);
  }
  // DELETE /scope-grants {orgno, scope}: Digdir, Altinn or Skatteetaten withdraws a scope from an organisation
  // (the way to reach MP-250 with a client that already has the scope).
  if (route === "DELETE /scope-grants") {
    const body = await parse(req, grantSchema);
    if (!body.ok) return body.res;
    const removed = await withdrawScope(sim, body.value.orgno, body.value.scope);
    return removed ? empty(204) : json({ error: "not_found" }, 404);
  }
  // POST /requests/{id}/expire: a pending system-user request times out now.
  if (req.method === "POST" && path[0] === "requests" && path[2] === "expire" && path.length === 3) {
    const body = await parse(req, noSettings, { emptyOk: true });
    if (!body.ok) return body.res;
    const id = path[1]!;
    const found = await withSandboxLock(sim, async (locked) => {
      // As stored, deleted or not (expiring a deleted one is harmless, as it always was).
      const r = await getRequestRecord(locked, id);
      if (!r) return false;
      await putRequest(locked, { ...r, expiresAt: sim.now() - 1000 });
      return true;
    });
    return found ? json({ id, expired: true }) : json({ error: "not_found" }, 404);
  }
  return json({ error: "not_found" }, 404);
}

/**
 * Control bodies must be JSON: a cross-site form post can only send form, multipart or text bodies, so a JSON
 * content type is a second guard besides refuseCrossSite. `emptyOk`: reset and expire may send no body.
 */
async function parse<T>(
  req: Request,
  schema: z.ZodType<T>,
  opts: { emptyOk?: boolean } = {},
): Promise<{ ok: true; value: T } | { ok: false; res: Response }> {
  const body = await readJson(req, undefined, { emptyAs: opts.emptyOk ? {} : undefined });
  if (!body.ok) {
    const status = body.reason === "too-large" ? 413 : 400;
    return { ok: false, res: json({ error: "invalid_request", reason: body.reason }, status) };
  }
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    return {
      ok: false,
      res: json({ error: "invalid_request", issues: parsed.error.issues.map((i) => i.message) }, 400),
    };
  }
  return { ok: true, value: parsed.data };
}
