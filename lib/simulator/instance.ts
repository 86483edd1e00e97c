import "server-only";
import { getConfig } from "../config";
import { createSimulator, type Sim } from "./sim";

/**
 * The one simulator of this process. Kept on globalThis because Next bundles route handlers and pages
 * separately: a module-level variable could exist once per bundle, and the state must exist once.
 */
const g = globalThis as typeof globalThis & { __sbwSimulator?: Promise<Sim> };

export function getSimulator(): Promise<Sim> {
  const c = getConfig();
  g.__sbwSimulator ??= createSimulator({
    dataDir: c.dataDir,
    publicUrl: c.publicUrl,
    requestTimeoutSeconds: c.SIM_REQUEST_TIMEOUT_SECONDS,
  });
  return g.__sbwSimulator;
}
