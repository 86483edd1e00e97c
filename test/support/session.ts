import type { DbHandle } from "@/lib/db/client";
import { generateKey, type NewKey } from "@/lib/keys";
import type { SessionDeps } from "@/lib/session/engine";
import type { CookieJar, CookieOptions } from "@/lib/session/handle";
import type { WizardState } from "@/lib/session/state";

export const SECRET = "a-test-session-secret-that-is-long-enough-0123456789";

export function depsFor(handle: DbHandle, over: Partial<SessionDeps> = {}): SessionDeps {
  return {
    db: handle.db,
    secret: SECRET,
    defaultEnv: "simulator",
    secureCookies: false,
    idleDays: 30,
    ...over,
  };
}

/** A browser's cookies as the session layer sees them: what it sets is what the next request sends. */
export class TestJar implements CookieJar {
  readonly values = new Map<string, string>();
  readonly options = new Map<string, CookieOptions>();
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }
  get(name: string): string | undefined {
    return this.values.get(name);
  }
  set(name: string, value: string, opts: CookieOptions): void {
    this.values.set(name, value);
    this.options.set(name, opts);
  }
  delete(name: string): void {
    this.values.delete(name);
  }
  /** A copy, as someone who copied the cookie header would have it. */
  copy(): TestJar {
    return new TestJar(Object.fromEntries(this.values));
  }
  /** The Cookie request header this jar sends. */
  header(): string {
    return [...this.values].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** A state with a vendor and one API chosen: enough for a session to exist. */
export function withVendor(s: WizardState, orgno = "314500008"): WizardState {
  return { ...s, vendor: { orgno, name: null }, apis: ["kravogbetalinger"] };
}

/** Step 3's "create key" as the action does it: metadata in the state, the private part beside it. */
export async function withNewKey(
  s: WizardState,
  kid = "sbw-test-key",
): Promise<{ state: WizardState; privateKey: Buffer; key: NewKey }> {
  const key = await generateKey(kid);
  return { state: { ...s, key: { ...key.meta, downloaded: false } }, privateKey: key.pkcs8, key };
}
