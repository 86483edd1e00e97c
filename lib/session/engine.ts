import "server-only";
import { createPrivateKey } from "node:crypto";
import type { Db } from "../db/client";
import {
  handleHash,
  legacyCookieNames,
  newSessionIds,
  cookieOptions,
  SESSION_COOKIE,
  type CookieJar,
} from "./handle";
import { legacyWritePlan, readLegacyCookies } from "./legacy";
import { withSessionLock } from "./mutex";
import { assembleState, changedParts, type Snapshot } from "./parts";
import type { WizardState } from "./state";
import {
  deleteSession,
  findSession,
  pruneIdleSessions,
  readSessionData,
  touchSession,
  writeChanges,
  type KeyChange,
  type SessionRow,
  type WritePlan,
} from "./store";

/**
 * The session's life, independent of Next (lib/session/index.ts adapts Next's cookies to it): find the
 * session by its handle, read its state, run a change against it with optimistic concurrency, start over.
 */
export interface SessionDeps {
  db: Db;
  /** Master secret: key encryption at rest, and opening the first release's cookies. */
  secret: string;
  defaultEnv: WizardState["env"];
  secureCookies: boolean;
  idleDays: number;
}

export interface Loaded {
  session: SessionRow | null;
  state: WizardState;
  snapshot: Snapshot;
}

export interface Mutation<T> {
  /** The state to save; parts equal to what was read are not written. */
  state?: WizardState;
  /** PKCS#8 DER of `state.key` when the change made or imported a new key. */
  privateKey?: Buffer;
  data: T;
}

/** The change was overtaken by others every time it was tried, or the session was ended meanwhile. */
export class ConcurrentUpdateError extends Error {
  constructor() {
    super("the session was changed by another request");
    this.name = "ConcurrentUpdateError";
  }
}

/** Tries before giving up; each try reads again and re-runs the change (handlers look up before they create). */
export const MAX_ATTEMPTS = 4;
const TOUCH_AFTER_MS = 10 * 60 * 1000;
const PRUNE_EVERY_MS = 5 * 60 * 1000;

/** The session the cookie names, or null (no cookie, an odd one, or one whose session is gone). */
export async function resolveSession(deps: SessionDeps, jar: CookieJar): Promise<SessionRow | null> {
  maybePrune(deps);
  const hash = handleHash(jar.get(SESSION_COOKIE));
  if (!hash) return null;
  const row = await findSession(deps.db, hash);
  if (row && row.lastSeenAt.getTime() < Date.now() - TOUCH_AFTER_MS) await touchSession(deps.db, row.id);
  return row;
}

/**
 * Where cookies can be set (actions, route handlers): resolves the session, first bringing in the first
 * release's cookies when there is no session yet, and deletes those cookies whatever they held.
 */
export async function openSession(deps: SessionDeps, jar: CookieJar): Promise<SessionRow | null> {
  let session = await resolveSession(deps, jar);
  const legacy = legacyCookieNames(jar);
  if (legacy.length === 0) return session;
  if (!session) session = await importLegacy(deps, jar);
  for (const name of legacy) jar.delete(name);
  return session;
}

/** Whether a page should send the browser to the import route: old cookies this server can open, no session. */
export async function hasImportableCookies(deps: SessionDeps, jar: CookieJar): Promise<boolean> {
  return legacyCookieNames(jar).length > 0 && (await readLegacyCookies(jar, deps.secret)) !== null;
}

async function importLegacy(deps: SessionDeps, jar: CookieJar): Promise<SessionRow | null> {
  const raw = await readLegacyCookies(jar, deps.secret);
  if (!raw) return null;
  return createWithState(deps, jar, legacyWritePlan(raw, deps.defaultEnv));
}

export async function loadState(deps: SessionDeps, session: SessionRow | null): Promise<Loaded> {
  const { rows, storedKey } = session
    ? await readSessionData(deps.db, session.id)
    : { rows: [], storedKey: null };
  return { session, ...assembleState(rows, storedKey, deps.defaultEnv) };
}

/**
 * Runs `change` against the session's state and saves what it changed. Requests of one session take turns
 * in this process (withSessionLock); a write names the part versions it read, and when another instance
 * wrote one of them first the state is read again and `change` runs again, up to MAX_ATTEMPTS times.
 * `change` may make outbound calls: no transaction is open while it runs. A browser with no session gets
 * one on its first write, with a new handle (a handle the server did not issue is never adopted).
 */
export async function mutateSession<T>(
  deps: SessionDeps,
  jar: CookieJar,
  change: (loaded: Loaded) => Promise<Mutation<T>>,
): Promise<T> {
  const session = await openSession(deps, jar);
  if (!session) {
    const loaded = await loadState(deps, null);
    const result = await change(loaded);
    const plan = writePlan(loaded, result);
    if (!plan) return result.data;
    await createWithState(deps, jar, plan);
    return result.data;
  }
  return withSessionLock(session.id, async () => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const loaded = await loadState(deps, session);
      const result = await change(loaded);
      const plan = writePlan(loaded, result);
      if (!plan) return result.data;
      const outcome = await writeChanges(deps.db, session.id, plan, deps.secret);
      if (outcome === "ok") return result.data;
      if (outcome === "gone") break;
    }
    throw new ConcurrentUpdateError();
  });
}

/** What to write for `result`, or null when nothing changed. */
export function writePlan<T>(loaded: Loaded, result: Mutation<T>): WritePlan | null {
  if (!result.state) {
    if (result.privateKey) throw new Error("a private key was given without a state holding its metadata");
    return null;
  }
  const parts = changedParts(loaded.snapshot, result.state);
  const key = keyChange(loaded.state.key, result.state.key, result.privateKey);
  return parts.length || key ? { parts, key } : null;
}

type KeyView = WizardState["key"];

function keyChange(before: KeyView, after: KeyView, pkcs8: Buffer | undefined): KeyChange | null {
  const same = before && after && before.kid === after.kid && before.publicJwk.n === after.publicJwk.n;
  if (after && !same) {
    // A programming error, not a user's: the state would promise a key the store does not have.
    if (!pkcs8) throw new Error("a new key in the state needs its private part");
    if (
      createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" }).export({ format: "jwk" }).n !==
      after.publicJwk.n
    )
      throw new Error("the private key does not match the key in the state");
    return { kind: "set", kid: after.kid, pkcs8 };
  }
  if (pkcs8) throw new Error("a private key was given for a key the state already had");
  // Forgotten, or dropped with everything after step 1: the key goes with its metadata.
  return before && !after ? { kind: "delete" } : null;
}

/**
 * "Start over": the session's row goes, and its state and key with it (cascade); the browser gets a new
 * handle for a new, empty session. A copy of the old cookie then finds nothing: no state, no key.
 */
export async function startOver(deps: SessionDeps, jar: CookieJar): Promise<void> {
  const session = await resolveSession(deps, jar);
  if (session) await withSessionLock(session.id, () => deleteSession(deps.db, session.id));
  for (const name of legacyCookieNames(jar)) jar.delete(name);
  await createWithState(deps, jar, { parts: [], key: null });
}

/** A new session row (new id, sandbox and handle) with its first parts, and the cookie that names it. */
async function createWithState(deps: SessionDeps, jar: CookieJar, plan: WritePlan): Promise<SessionRow> {
  const ids = newSessionIds();
  const create = { handleHash: handleHash(ids.handle)!, sandboxId: ids.sandboxId };
  // A brand-new row has no other writer; anything but "ok" is a bug, not a race.
  if ((await writeChanges(deps.db, ids.id, plan, deps.secret, create)) !== "ok")
    throw new Error("writing a new session did not succeed");
  jar.set(SESSION_COOKIE, ids.handle, cookieOptions(deps.secureCookies, deps.idleDays));
  return { id: ids.id, sandboxId: ids.sandboxId, lastSeenAt: new Date() };
}

const g = globalThis as typeof globalThis & { __sbwLastPrune?: number };

/** Idle sessions are deleted from request handling, at most every few minutes per process, off the request's path. */
function maybePrune(deps: SessionDeps): void {
  const now = Date.now();
  if (g.__sbwLastPrune !== undefined && now - g.__sbwLastPrune < PRUNE_EVERY_MS) return;
  g.__sbwLastPrune = now;
  pruneIdleSessions(deps.db, deps.idleDays).catch((e: unknown) =>
    console.error("[session] pruning idle sessions failed:", e instanceof Error ? e.message : "unknown"),
  );
}
