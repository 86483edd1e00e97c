import { randomBytes, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findSandbox, resetSandbox, SHARED_SANDBOX, setControl } from "@/lib/simulator/db/sandboxes";
import { handleSimRequest } from "@/lib/simulator/router";
import {
  createSimulator,
  forgetSandbox,
  openSandbox,
  simFor,
  type Sim,
  type SimCore,
} from "@/lib/simulator/sim";
import { openTestDb } from "./db";

export const PUBLIC_URL = "http://sim.test";

/**
 * The simulator for a test file: one database per file (opened on first use, closed after the file), one
 * simulator core on it, and a fresh sandbox per `newSim()`. A test's `Sim` follows its sandbox's controls
 * (clock skew, timeout) after every call, so `sim.now()` is the simulator's clock as the next request sees it.
 */
let handle: Promise<DbHandle> | undefined;
let core: Promise<SimCore> | undefined;

afterAll(async () => {
  if (handle) await (await handle).close();
  handle = undefined;
  core = undefined;
});

export function testDb(): Promise<DbHandle> {
  handle ??= openTestDb();
  return handle;
}

export function testCore(): Promise<SimCore> {
  core ??= (async () => {
    const h = await testDb();
    // As in production: an embedded database is this process's alone, so its sandbox rows are kept in memory.
    return createSimulator({
      db: h.db,
      publicUrl: PUBLIC_URL,
      requestTimeoutSeconds: 864000,
      singleWriter: h.kind === "pglite",
    });
  })();
  return core;
}

export interface TestSim extends Sim {
  /** Reads the sandbox's controls again (after a change made behind the simulator's back). */
  refresh(): Promise<void>;
}

/** A new 128-bit sandbox id, as a wizard session makes them. */
export function newSandboxId(): string {
  return randomBytes(16).toString("base64url");
}

/**
 * A fresh sandbox. `shared: true` gives the shared sandbox (the un-prefixed /sim/… paths) after a reset, for
 * tests of the wizard's clients, whose simulator URLs are the shared ones. `sandboxId` opens that sandbox as it
 * is; `core` uses another simulator (a second instance, or one reopened after a restart).
 */
export async function newSim(
  opts: { requestTimeoutSeconds?: number; shared?: boolean; sandboxId?: string; core?: SimCore } = {},
): Promise<TestSim> {
  const c = opts.core ?? (await testCore());
  const id = opts.shared ? SHARED_SANDBOX : (opts.sandboxId ?? newSandboxId());
  const first = await openSandbox(c, id);
  if (opts.shared) await resetSandbox(first, c.defaults.requestTimeoutSeconds);
  if (opts.requestTimeoutSeconds !== undefined)
    await setControl(first, { requestTimeoutSeconds: opts.requestTimeoutSeconds });
  forgetSandbox(first);
  let current: Sim = first;
  const sim = {
    refresh: async () => {
      const row = await findSandbox(c.db, id);
      if (row) current = simFor(c, row);
    },
  } as TestSim;
  // Everything else is the sandbox's Sim as last read.
  for (const key of Object.keys(first) as (keyof Sim)[]) {
    Object.defineProperty(sim, key, { enumerable: true, get: () => current[key] });
  }
  await sim.refresh();
  return sim;
}

/** The path in the sim's sandbox: `/sim/maskinporten/token` → `/sim/s/<id>/maskinporten/token`. */
export function sandboxed(sim: Sim, pathAndQuery: string): string {
  if (
    sim.sandboxId === SHARED_SANDBOX ||
    !pathAndQuery.startsWith("/sim/") ||
    pathAndQuery.startsWith("/sim/s/")
  )
    return pathAndQuery;
  return `/sim/s/${sim.sandboxId}/${pathAndQuery.slice("/sim/".length)}`;
}

/** The absolute URL of a simulator path in the sim's sandbox. */
export function simUrl(sim: Sim, pathAndQuery: string): string {
  return `${PUBLIC_URL}${sandboxed(sim, pathAndQuery)}`;
}

/** Sends a request to the simulator as the route handler would, into the sim's sandbox. */
export async function dispatch(sim: TestSim, req: Request): Promise<Response> {
  const url = new URL(req.url);
  const target = new URL(sandboxed(sim, `${url.pathname}${url.search}`), url);
  const routed =
    target.href === url.href
      ? req
      : new Request(target, {
          method: req.method,
          headers: req.headers,
          body: req.body,
          duplex: "half",
        } as RequestInit);
  const res = await handleSimRequest(sim.core, routed);
  await sim.refresh();
  return res;
}

export interface CallOptions {
  json?: unknown;
  form?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  bearer?: string;
}

/** Calls the simulator the way HTTP would: `call(sim, "POST", "/sim/maskinporten/token", { form })`. */
export async function call(
  sim: TestSim,
  method: string,
  pathAndQuery: string,
  opts: CallOptions = {},
): Promise<Response> {
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
  return dispatch(sim, new Request(`${PUBLIC_URL}${pathAndQuery}`, { method, headers, body }));
}

/**
 * An access token as the simulated Maskinporten would issue it, minted directly with the simulator's key:
 * for testing Altinn and Skatteetaten without going through /token.
 */
export async function mintAccessToken(
  sim: Sim,
  opts: {
    vendorOrgno: string;
    scope: string;
    clientId?: string;
    lifetime?: number;
    extra?: Record<string, unknown>;
  },
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
