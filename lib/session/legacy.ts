import "server-only";
import { createPrivateKey } from "node:crypto";
import { sessionKey, unseal } from "./crypto";
import { LEGACY_COOKIE_PREFIX, LEGACY_MAX_CHUNKS, type CookieJar } from "./handle";
import { decodePart, PARTS, stableJson, type PartChange } from "./parts";
import { initialState, STEP_IDS, type StepId, type WizardState } from "./state";
import type { KeyChange, WritePlan } from "./store";

/**
 * The first release kept the whole state, private key included, sealed in `sbw.0…5` cookies. A browser that
 * still has them brings that state into a new database session once: each part goes through the same
 * migrations as an old row (version 1 is that release's shape), the key goes encrypted into wizard_keys, and
 * the cookies are deleted. The simulator's old JSON world did not come along, so on the simulator what lived
 * there (scope grants, the client, the system, requests, system users) is dropped and the user is told
 * which steps to redo.
 */
export async function readLegacyCookies(
  jar: CookieJar,
  secret: string,
): Promise<Record<string, unknown> | null> {
  let token = "";
  for (let i = 0; i < LEGACY_MAX_CHUNKS; i++) {
    const chunk = jar.get(`${LEGACY_COOKIE_PREFIX}${i}`);
    if (!chunk) break;
    token += chunk;
  }
  if (!token) return null;
  const value = await unseal(token, sessionKey(secret));
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Steps that depend on the simulator's world, redone after an import on the simulator. */
const SIMULATOR_STEPS: StepId[] = STEP_IDS.filter((s) => s !== "onboarding");

export function legacyWritePlan(
  raw: Record<string, unknown>,
  defaultEnv: WizardState["env"],
  now = Date.now(),
): WritePlan {
  let state = initialState(defaultEnv);
  const unreadable: PartChange[] = [];
  for (const def of PARTS) {
    if (def.name === "notices") continue;
    const slice = Object.fromEntries(def.fields.filter((f) => f in raw).map((f) => [f, raw[f]]));
    if (Object.keys(slice).length === 0) continue;
    const decoded = decodePart(def, 1, slice);
    if (decoded.ok) state = def.apply(state, decoded.data);
    // Kept as it was (minus any private key) so the page can say what was lost and the data is not gone.
    else
      unreadable.push({ part: def.name, schemaVersion: 1, data: withoutPrivateKeys(slice), expected: null });
  }

  // A key that does not open or match keeps its metadata: the next read then says the key is missing.
  const key = legacyKey(raw.key, state);
  const simulator = state.env === "simulator";
  if (simulator) {
    state = {
      ...initialState("simulator"),
      vendor: state.vendor,
      prerequisites: state.prerequisites,
      apis: state.apis,
      key: state.key,
      done: state.done.onboarding ? { onboarding: state.done.onboarding } : {},
    };
  }
  state.notices = [
    {
      kind: "imported",
      id: `imported:${now}`,
      at: now,
      simulatorReset: simulator,
      redo: simulator ? SIMULATOR_STEPS : [],
    },
  ];

  const parts: PartChange[] = [];
  for (const def of PARTS) {
    const broken = unreadable.find((u) => u.part === def.name);
    if (broken) {
      parts.push(broken);
      continue;
    }
    const data = JSON.parse(stableJson(def.pick(state))) as object;
    if (stableJson(data) !== stableJson(def.pick(initialState(state.env))))
      parts.push({ part: def.name, schemaVersion: def.version, data, expected: null });
  }
  return { parts, key };
}

/** The sealed key, if it is a usable RSA key matching the public metadata that came with it. */
function legacyKey(value: unknown, state: WizardState): KeyChange | null {
  if (!state.key || !value || typeof value !== "object") return null;
  const { privatePkcs8, downloaded } = value as { privatePkcs8?: unknown; downloaded?: unknown };
  if (typeof privatePkcs8 !== "string") return null;
  try {
    const pkcs8 = Buffer.from(privatePkcs8, "base64");
    const key = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
    if (key.asymmetricKeyType !== "rsa" || key.export({ format: "jwk" }).n !== state.key.publicJwk.n)
      return null;
    return { kind: "set", kid: state.key.kid, pkcs8, downloaded: downloaded === true };
  } catch {
    return null;
  }
}

function withoutPrivateKeys(value: Record<string, unknown>): object {
  return JSON.parse(
    JSON.stringify(value, (k, v: unknown) => (k === "privatePkcs8" ? undefined : v)),
  ) as object;
}
