import "server-only";
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import type { JWK } from "jose";
import type { Db, DbOrTx } from "@/lib/db/client";
import { controlOf, ensureSandbox, SHARED_SANDBOX, touchSandbox, type SandboxRow } from "./db/sandboxes";
import type { SimScope } from "./db/scope";
import { loadOrCreateSigningKey } from "./db/signing-keys";
import type { SimControl } from "./types";

/**
 * The simulator in two layers. `SimCore` is the process's: the database, the public origin and the key
 * Maskinporten signs with. `Sim` is one request's view of one sandbox: its URLs (the sandbox is part of every
 * URL the simulator builds), its controls as read when the request came in, and its clock, which can be
 * skewed from the wizard's on purpose.
 */
export interface SimSigning {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JWK;
}

export interface SimCore {
  db: Db;
  publicUrl: string;
  signing: SimSigning;
  defaults: { requestTimeoutSeconds: number; sandboxIdleDays: number };
  /** Background pruning: how often (0 = never) and when it last ran. */
  housekeeping: { everyMs: number; lastRunMs: number; running: boolean };
  /** This process holds the database's only connection (the embedded PGlite). */
  singleWriter: boolean;
  /**
   * Sandbox rows as last read or written by this process, or null. Only with a single writer: then every
   * change to a sandbox row passes through here (see forgetSandbox).
   */
  sandboxes: Map<string, SandboxRow> | null;
}

export interface Sim extends SimScope {
  core: SimCore;
  db: DbOrTx;
  sandboxId: string;
  publicUrl: string;
  /** `<origin>/sim` for the shared sandbox, `<origin>/sim/s/<id>` for a session's own. */
  base: string;
  /** Maskinporten's issuer identifier, `<base>/maskinporten/`: also the only valid grant `aud`. */
  issuer: string;
  control: SimControl;
  signing: SimSigning;
  /** The simulator's time in epoch ms, including the sandbox's clock skew. */
  now(): number;
}

export interface SimOptions {
  db: Db;
  publicUrl: string;
  requestTimeoutSeconds: number;
  sandboxIdleDays?: number;
  /** How often request handling may start pruning; 0 turns it off (tests prune explicitly). */
  pruneEveryMs?: number;
  /**
   * This process holds the database's only connection (PGlite): sandbox rows are kept in memory and a
   * transaction needs no row lock. Never for a PostgreSQL server, which other instances may share.
   */
  singleWriter?: boolean;
}

export async function createSimulator(opts: SimOptions): Promise<SimCore> {
  const stored = await loadOrCreateSigningKey(opts.db);
  const privateKey = createPrivateKey(stored.pkcs8Pem);
  const publicKey = createPublicKey(privateKey);
  const publicJwk = publicKey.export({ format: "jwk" }) as JWK;
  return {
    db: opts.db,
    publicUrl: opts.publicUrl.replace(/\/+$/, ""),
    signing: {
      kid: stored.kid,
      privateKey,
      publicKey,
      publicJwk: { ...publicJwk, kid: stored.kid, alg: "RS256", use: "sig" },
    },
    defaults: {
      requestTimeoutSeconds: opts.requestTimeoutSeconds,
      sandboxIdleDays: opts.sandboxIdleDays ?? 30,
    },
    housekeeping: { everyMs: opts.pruneEveryMs ?? 0, lastRunMs: 0, running: false },
    singleWriter: opts.singleWriter === true,
    sandboxes: opts.singleWriter ? new Map() : null,
  };
}

/** The path every URL of the sandbox starts with. */
export function sandboxPath(sandboxId: string): string {
  return sandboxId === SHARED_SANDBOX ? "/sim" : `/sim/s/${sandboxId}`;
}

/** last_used_at is written at most this often per sandbox: idle pruning counts in days, not seconds. */
const TOUCH_EVERY_MS = 60_000;
/** A bound on the in-memory sandbox rows: past it the cache starts over (a row costs one read to get back). */
const MAX_CACHED_SANDBOXES = 2000;

/**
 * The sandbox as a request sees it, created on first use. One primary-key read (none when this process keeps
 * the rows), and a write at most once a minute.
 */
export async function openSandbox(core: SimCore, sandboxId: string): Promise<Sim> {
  const cache = core.sandboxes;
  let row =
    cache?.get(sandboxId) ?? (await ensureSandbox(core.db, sandboxId, core.defaults.requestTimeoutSeconds));
  if (Date.now() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await touchSandbox(core.db, sandboxId);
    row = { ...row, lastUsedAt: new Date() };
  }
  if (cache) {
    if (cache.size >= MAX_CACHED_SANDBOXES && !cache.has(sandboxId)) cache.clear();
    cache.set(sandboxId, row);
  }
  return simFor(core, row);
}

/** Drops the process's copy of a sandbox row after a change to it (controls, reset, a fault used up). */
export function forgetSandbox(sim: Pick<Sim, "core" | "sandboxId">): void {
  sim.core.sandboxes?.delete(sim.sandboxId);
}

export function simFor(core: SimCore, row: SandboxRow): Sim {
  const base = `${core.publicUrl}${sandboxPath(row.id)}`;
  const control = controlOf(row);
  return {
    core,
    db: core.db,
    sandboxId: row.id,
    exclusive: core.singleWriter,
    publicUrl: core.publicUrl,
    base,
    issuer: `${base}/maskinporten/`,
    control,
    signing: core.signing,
    now: () => Date.now() + control.clockSkewSeconds * 1000,
  };
}
