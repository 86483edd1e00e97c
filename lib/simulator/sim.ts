import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { JWK } from "jose";
import { JtiCache } from "./jti-cache";
import { JsonStore } from "./store";
import { emptySimState, type SimState } from "./types";

/**
 * Everything a simulated service needs: the persisted state, the simulator's clock (which can be skewed
 * from the wizard's on purpose), its public origin and the key Maskinporten signs tokens with.
 */
export interface Sim {
  store: JsonStore<SimState>;
  /** Maskinporten's seen grant ids (jti), kept apart from the state: see jti-cache.ts. */
  jtis: JtiCache;
  publicUrl: string;
  /** Maskinporten's issuer identifier, `<public origin>/sim/maskinporten/`: also the only valid grant `aud`. */
  issuer: string;
  /** The simulator's time in epoch ms, including the configured clock skew. */
  now(): number;
  signing: { kid: string; privateKey: KeyObject; publicKey: KeyObject; publicJwk: JWK };
  defaults: { requestTimeoutSeconds: number };
}

export interface SimOptions {
  dataDir: string;
  publicUrl: string;
  requestTimeoutSeconds: number;
}

export async function createSimulator(opts: SimOptions): Promise<Sim> {
  const store = await JsonStore.open<SimState>(
    path.join(opts.dataDir, "simulator.json"),
    () => emptySimState(opts.requestTimeoutSeconds),
    (v) => (isSimState(v) ? v : null),
  );
  const signing = await loadSigningKey(opts.dataDir);
  const jtis = await JtiCache.open(opts.dataDir);
  return {
    store,
    jtis,
    publicUrl: opts.publicUrl.replace(/\/+$/, ""),
    issuer: `${opts.publicUrl.replace(/\/+$/, "")}/sim/maskinporten/`,
    now: () => Date.now() + store.get().control.clockSkewSeconds * 1000,
    signing,
    defaults: { requestTimeoutSeconds: opts.requestTimeoutSeconds },
  };
}

function isSimState(v: unknown): v is SimState {
  return typeof v === "object" && v !== null && (v as { version?: unknown }).version === 1;
}

async function loadSigningKey(dataDir: string): Promise<Sim["signing"]> {
  const file = path.join(dataDir, "sim-signing-key.json");
  let record: { kid: string; pkcs8: string } | null = null;
  try {
    record = JSON.parse(await readFile(file, "utf8")) as { kid: string; pkcs8: string };
  } catch {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    record = {
      kid: `sim-mp-${randomUUID().slice(0, 8)}`,
      pkcs8: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    };
    try {
      await writeFile(file, JSON.stringify(record), { flag: "wx", mode: 0o600 });
    } catch {
      record = JSON.parse(await readFile(file, "utf8")) as { kid: string; pkcs8: string };
    }
  }
  const privateKey = createPrivateKey(record.pkcs8);
  const publicKey = createPublicKey(privateKey);
  const publicJwk = publicKey.export({ format: "jwk" }) as JWK;
  return {
    kid: record.kid,
    privateKey,
    publicKey,
    publicJwk: { ...publicJwk, kid: record.kid, alg: "RS256", use: "sig" },
  };
}
