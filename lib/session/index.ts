import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "../config";
import { persistentSecret } from "../data-dir";
import { MAX_CHUNKS, seal, sessionKey, splitChunks, unseal } from "./crypto";
import { initialState, wizardStateSchema, type WizardState } from "./state";

/**
 * The encrypted per-browser wizard state, kept in httpOnly cookies. Nothing is stored on the server, so a
 * restart loses nothing and several instances need to share only SESSION_SECRET.
 */
const COOKIE = "sbw";
const MAX_AGE = 30 * 24 * 3600;

let key: Uint8Array | undefined;
function getKey(): Uint8Array {
  key ??= sessionKey(getConfig().SESSION_SECRET ?? persistentSecret("session-secret"));
  return key;
}

export async function readState(): Promise<WizardState> {
  const jar = await cookies();
  let token = "";
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const part = jar.get(`${COOKIE}.${i}`)?.value;
    if (!part) break;
    token += part;
  }
  if (!token) return initialState(defaultEnvironment());
  const parsed = wizardStateSchema.safeParse(await unseal(token, getKey()));
  return parsed.success ? parsed.data : initialState(defaultEnvironment());
}

export async function writeState(state: WizardState): Promise<void> {
  const valid = wizardStateSchema.parse(state);
  const chunks = splitChunks(await seal(valid, getKey()));
  if (chunks.length > MAX_CHUNKS) throw new Error("Wizard state too large for the session cookies");
  const jar = await cookies();
  const secure = getConfig().publicUrl.startsWith("https:");
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const name = `${COOKIE}.${i}`;
    const value = chunks[i];
    if (value) {
      jar.set(name, value, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: MAX_AGE });
    } else if (jar.get(name)) {
      jar.delete(name);
    }
  }
}

export async function clearState(): Promise<void> {
  const jar = await cookies();
  for (let i = 0; i < MAX_CHUNKS; i++) jar.delete(`${COOKIE}.${i}`);
}

export async function updateState(fn: (s: WizardState) => WizardState): Promise<WizardState> {
  const next = fn(await readState());
  await writeState(next);
  return next;
}

function defaultEnvironment(): WizardState["env"] {
  return getConfig().simulatorOn ? "simulator" : "test";
}
