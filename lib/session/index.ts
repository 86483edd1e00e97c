import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getConfig } from "../config";
import { persistentSecret } from "../data-dir";
import { getDb } from "../db";
import { getEnvironment, type Environment } from "../environments";
import { sessionSigner, type KeyStore } from "../keys/store";
import type { GrantSigner } from "../maskinporten/signer";
import {
  hasImportableCookies,
  loadState,
  mutateSession,
  openSession,
  resolveSession,
  startOver,
  type Loaded,
  type Mutation,
  type SessionDeps,
} from "./engine";
import type { CookieJar } from "./handle";
import type { WizardState } from "./state";

export { ConcurrentUpdateError } from "./engine";

/**
 * The wizard session as pages, actions and route handlers use it. The browser holds one random handle
 * (lib/session/handle.ts); the state is in the database, split by step (lib/session/parts.ts); the private
 * key is encrypted in wizard_keys and only the signer reads it (lib/keys/store.ts).
 */
export const IMPORT_PATH = "/api/session/import";

/** The master secret: SESSION_SECRET, or one generated once into the data folder (the first release's too). */
export function sessionSecret(): string {
  return getConfig().SESSION_SECRET ?? persistentSecret("session-secret");
}

export async function sessionDeps(): Promise<SessionDeps> {
  const c = getConfig();
  return {
    db: await getDb(),
    secret: sessionSecret(),
    defaultEnv: c.simulatorOn ? "simulator" : "test",
    secureCookies: c.publicUrl.startsWith("https:"),
    idleDays: c.SESSION_IDLE_DAYS,
  };
}

/** The key store of this process (the download route; the signer gets it through sessionSigner). */
export async function keyStore(): Promise<KeyStore> {
  return { db: await getDb(), secret: sessionSecret() };
}

async function requestJar(): Promise<CookieJar> {
  const jar = await cookies();
  return {
    get: (name) => jar.get(name)?.value,
    set: (name, value, opts) => void jar.set(name, value, opts),
    delete: (name) => void jar.delete(name),
  };
}

/** What a page or a handler works with: the state, the environment's URLs (the session's sandbox) and the signer. */
export interface SessionView {
  state: WizardState;
  /** The session's row id (rows of other tables hang off it); null before the first write. */
  sessionId: string | null;
  /** The session's simulator sandbox; null before the first write (no session yet). */
  sandbox: string | null;
  env: Environment;
  signer: GrantSigner;
}

function view(loaded: Loaded): SessionView {
  const sandbox = loaded.session?.sandboxId ?? null;
  return {
    state: loaded.state,
    sessionId: loaded.session?.id ?? null,
    sandbox,
    env: getEnvironment(loaded.state.env, { sandbox }),
    signer: sessionSigner(keyStore, loaded.session?.id ?? null),
  };
}

/**
 * For pages (and read-only route handlers): the session as it is now, read once per request. A page cannot
 * set cookies, so a browser still holding the first release's cookies is sent to the import route first.
 */
export const readSession = cache(async (): Promise<SessionView> => {
  const [deps, jar] = await Promise.all([sessionDeps(), requestJar()]);
  const session = await resolveSession(deps, jar);
  if (!session && (await hasImportableCookies(deps, jar))) redirect(IMPORT_PATH);
  return view(await loadState(deps, session));
});

export async function readState(): Promise<WizardState> {
  return (await readSession()).state;
}

/**
 * For actions and route handlers: runs `change` on the session and saves what it changed (see
 * mutateSession: per-session turns, part versions, re-run on conflict, no transaction across calls).
 */
export async function mutateState<T>(change: (session: SessionView) => Promise<Mutation<T>>): Promise<T> {
  const [deps, jar] = await Promise.all([sessionDeps(), requestJar()]);
  return mutateSession(deps, jar, (loaded) => change(view(loaded)));
}

/** For route handlers that act on the session's row without changing the state (the key download). */
export async function currentSessionId(): Promise<string | null> {
  const [deps, jar] = await Promise.all([sessionDeps(), requestJar()]);
  return (await openSession(deps, jar))?.id ?? null;
}

/** Imports the first release's cookies, if any (the import route). */
export async function importLegacyCookies(): Promise<void> {
  const [deps, jar] = await Promise.all([sessionDeps(), requestJar()]);
  await openSession(deps, jar);
}

/** Deletes this browser's session (state and key) and gives it a new, empty one. */
export async function startOverSession(): Promise<void> {
  const [deps, jar] = await Promise.all([sessionDeps(), requestJar()]);
  await startOver(deps, jar);
}
