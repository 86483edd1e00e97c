import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { handleSimRequest } from "@/lib/simulator/router";
import { createSimulator, type Sim } from "@/lib/simulator/sim";

export const PUBLIC_URL = "http://sim.test";

/** A fresh simulator with its own temporary data folder. */
export async function newSim(opts: { requestTimeoutSeconds?: number; dataDir?: string } = {}): Promise<Sim> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), "sbw-sim-test-"));
  return createSimulator({ dataDir, publicUrl: PUBLIC_URL, requestTimeoutSeconds: opts.requestTimeoutSeconds ?? 864000 });
}

export interface CallOptions {
  json?: unknown;
  form?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  bearer?: string;
}

/** Calls the simulator the way HTTP would: `call(sim, "POST", "/sim/maskinporten/token", { form })`. */
export async function call(sim: Sim, method: string, pathAndQuery: string, opts: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined = opts.body;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers["content-type"] ??= "application/json";
  }
  if (opts.form) {
    body = new URLSearchParams(opts.form).toString();
    headers["content-type"] ??= "application/x-www-form-urlencoded";
  }
  if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
  return handleSimRequest(sim, new Request(`${PUBLIC_URL}${pathAndQuery}`, { method, headers, body }));
}

/**
 * An access token as the simulated Maskinporten would issue it, minted directly with the simulator's key:
 * for testing Altinn and Skatteetaten without going through /token.
 */
export async function mintAccessToken(
  sim: Sim,
  opts: { vendorOrgno: string; scope: string; clientId?: string; lifetime?: number; extra?: Record<string, unknown> },
): Promise<string> {
  const now = Math.floor(sim.now() / 1000);
  return new SignJWT({
    client_id: opts.clientId ?? randomUUID(),
    client_amr: "private_key_jwt",
    consumer: { authority: "iso6523-actorid-upis", ID: `0192:${opts.vendorOrgno}` },
    scope: opts.scope,
    token_type: "Bearer",
    jti: randomUUID(),
    ...opts.extra,
  })
    .setProtectedHeader({ alg: "RS256", kid: sim.signing.kid })
    .setIssuer(sim.issuer)
    .setIssuedAt(now)
    .setExpirationTime(now + (opts.lifetime ?? 120))
    .sign(sim.signing.privateKey);
}
