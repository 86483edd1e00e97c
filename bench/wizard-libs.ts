/**
 * The wizard's own server code (lib/maskinporten, lib/altinn, lib/skatteetaten), loaded at run time so the
 * benchmark still runs while a module is missing: it then reports that measurement as null. The types mirror
 * /work/notes/interfaces.md; only what the benchmark calls is declared.
 * TODO(lead): once all three modules exist, replace this file with static typed imports.
 */
export interface TokenResultLike {
  accessToken: string;
  fromCache: boolean;
}

export interface WizardLibs {
  getVendorToken: (state: unknown, env: unknown, opts?: { fresh?: boolean }) => Promise<TokenResultLike>;
  getSystemUserToken: (
    state: unknown,
    env: unknown,
    opts: { partyOrgNo: string; externalRef?: string; scopes: string[]; fresh?: boolean },
  ) => Promise<TokenResultLike>;
  tokenRequestCount: () => number;
  altinnClient: (env: unknown, token: string) => {
    createSystem(body: unknown): Promise<string>;
    createRequest(body: unknown): Promise<{ request: { id: string; status: string; confirmUrl: string }; created: boolean }>;
    getRequest(id: string): Promise<{ id: string; status: string } | null>;
    findSystemUser(q: { systemId: string; orgNo: string; externalRef?: string }): Promise<{ id: string } | null>;
  };
  skatteetatenClient: (env: unknown, token: string) => {
    openClaims(orgno: string): Promise<{ status: number; correlationId: string | null }>;
  };
  getEnvironment: (id: "simulator") => unknown;
  initialState: (env: "simulator") => Record<string, unknown>;
}

export type LoadResult = { ok: true; libs: WizardLibs } | { ok: false; missing: string[] };

// Kept in variables so the type checker does not require modules that are still being written.
const MODULES = {
  tokens: "../lib/maskinporten/tokens",
  altinn: "../lib/altinn/client",
  skatteetaten: "../lib/skatteetaten/client",
  environments: "../lib/environments",
  state: "../lib/session/state",
} as const;

export async function loadWizardLibs(): Promise<LoadResult> {
  const loaded: Record<string, Record<string, unknown>> = {};
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(MODULES)) {
    try {
      loaded[name] = (await import(spec)) as Record<string, unknown>;
    } catch (e) {
      missing.push(`${spec} (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    }
  }
  const need: [string, string][] = [
    ["tokens", "getVendorToken"],
    ["tokens", "getSystemUserToken"],
    ["tokens", "tokenRequestCount"],
    ["altinn", "altinnClient"],
    ["skatteetaten", "skatteetatenClient"],
    ["environments", "getEnvironment"],
    ["state", "initialState"],
  ];
  for (const [mod, fn] of need) {
    if (loaded[mod] && typeof loaded[mod][fn] !== "function") missing.push(`${MODULES[mod as keyof typeof MODULES]}#${fn}`);
  }
  if (missing.length) return { ok: false, missing };
  const pick = (mod: string, fn: string) => loaded[mod]![fn];
  return {
    ok: true,
    libs: {
      getVendorToken: pick("tokens", "getVendorToken") as WizardLibs["getVendorToken"],
      getSystemUserToken: pick("tokens", "getSystemUserToken") as WizardLibs["getSystemUserToken"],
      tokenRequestCount: pick("tokens", "tokenRequestCount") as WizardLibs["tokenRequestCount"],
      altinnClient: pick("altinn", "altinnClient") as WizardLibs["altinnClient"],
      skatteetatenClient: pick("skatteetaten", "skatteetatenClient") as WizardLibs["skatteetatenClient"],
      getEnvironment: pick("environments", "getEnvironment") as WizardLibs["getEnvironment"],
      initialState: pick("state", "initialState") as WizardLibs["initialState"],
    },
  };
}
