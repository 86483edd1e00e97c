import { randomUUID } from "node:crypto";
import { z } from "zod";
import { empty, json, readJson } from "./http";
import type { Sim } from "./sim";
import { emptySimState } from "./types";

/**
 * /sim/_control: test and demo controls. Reset, clock skew, fault injection, request timeout and expiring
 * a pending request. Off whenever the simulator is off (the route answers 404 then).
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
const configSchema = z.object({ requestTimeoutSeconds: z.number().int().min(1).max(400 * 86_400) });

export async function handleControl(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const route = `${req.method} /${path.join("/")}`;
  if (route === "GET /state") {
    const s = sim.store.get();
    return json({
      control: s.control,
      counts: {
        clients: Object.keys(s.clients).length,
        systems: Object.keys(s.systems).length,
        requests: Object.keys(s.requests).length,
        systemUsers: Object.keys(s.systemUsers).length,
      },
    });
  }
  if (route === "POST /reset") {
    await sim.store.replace(emptySimState(sim.defaults.requestTimeoutSeconds));
    return json({ reset: true });
  }
  if (route === "POST /clock") {
    const body = await parse(req, clockSchema);
    if (!body.ok) return body.res;
    await sim.store.mutate((s) => (s.control.clockSkewSeconds = body.value.skewSeconds));
    return json({ skewSeconds: body.value.skewSeconds });
  }
  if (route === "POST /config") {
    const body = await parse(req, configSchema);
    if (!body.ok) return body.res;
    await sim.store.mutate((s) => (s.control.requestTimeoutSeconds = body.value.requestTimeoutSeconds));
    return json(body.value);
  }
  if (route === "GET /faults") return json(sim.store.get().control.faults);
  if (route === "POST /faults") {
    const body = await parse(req, faultSchema);
    if (!body.ok) return body.res;
    const fault = { id: randomUUID(), ...body.value };
    await sim.store.mutate((s) => s.control.faults.push(fault));
    return json(fault, 201);
  }
  if (route === "DELETE /faults") {
    await sim.store.mutate((s) => (s.control.faults = []));
    return empty(204);
  }
  // DELETE /scope-grants {orgno, scope}: Digdir, Altinn or Skatteetaten withdraws a scope from an organisation
  // (the way to reach MP-250 with a client that already has the scope).
  if (route === "DELETE /scope-grants") {
    const body = await parse(req, grantSchema);
    if (!body.ok) return body.res;
    const { orgno, scope } = body.value;
    const removed = await sim.store.mutate((s) => {
      const grants = Object.hasOwn(s.scopeGrants, orgno) ? s.scopeGrants[orgno]! : [];
      if (!grants.includes(scope)) return false;
      s.scopeGrants[orgno] = grants.filter((g) => g !== scope);
      return true;
    });
    return removed ? empty(204) : json({ error: "not_found" }, 404);
  }
  // POST /requests/{id}/expire: a pending system-user request times out now.
  if (req.method === "POST" && path[0] === "requests" && path[2] === "expire" && path.length === 3) {
    const id = path[1]!;
    const found = await sim.store.mutate((s) => {
      const r = Object.hasOwn(s.requests, id) ? s.requests[id] : undefined;
      if (!r) return false;
      r.expiresAt = sim.now() - 1000;
      return true;
    });
    return found ? json({ id, expired: true }) : json({ error: "not_found" }, 404);
  }
  return json({ error: "not_found" }, 404);
}

async function parse<T>(
  req: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; value: T } | { ok: false; res: Response }> {
  const body = await readJson(req);
  if (!body.ok) return { ok: false, res: json({ error: "invalid_request", reason: body.reason }, 400) };
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    return { ok: false, res: json({ error: "invalid_request", issues: parsed.error.issues.map((i) => i.message) }, 400) };
  }
  return { ok: true, value: parsed.data };
}
