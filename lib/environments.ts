import "server-only";
import type { ApiId } from "./catalogue";
import { SKATTEETATEN_APIS } from "./catalogue";
import { getConfig } from "./config";

/**
 * Base URLs per environment. The wizard's clients take everything from here: the simulator differs from the
 * test environment and production only in these URLs (contracts §0).
 */
export const ENVIRONMENT_IDS = ["simulator", "test", "production"] as const;
export type EnvironmentId = (typeof ENVIRONMENT_IDS)[number];

export interface Environment {
  id: EnvironmentId;
  /** The session's simulator sandbox it was made for (only the simulator's URLs use it); null: none. */
  sandbox: string | null;
  maskinporten: { issuer: string; tokenEndpoint: string; jwksUri: string; metadataUrl: string };
  /** Digdir self-service API (`/clients`). In the simulator it also has `/login` and `/scopes/access`. */
  selfService: { apiUrl: string; portalUrl: string; simulated: boolean };
  altinn: {
    /** Ends with `/authentication/api/v1/`. */
    platformUrl: string;
    /** Origin + path prefix a confirmUrl must start with to be shown as a link. */
    uiUrl: string;
  };
  skatteetaten: Record<ApiId, string>;
  /** Enhetsregisteret's open API, for the vendor's name (the simulator answers for its synthetic orgs). */
  orgRegisterUrl: string;
}

const BRREG = "https://data.brreg.no/enhetsregisteret/api/enheter/";

function skatteetatenUrls(domain: string): Record<ApiId, string> {
  const out = {} as Record<ApiId, string>;
  for (const api of Object.values(SKATTEETATEN_APIS)) {
    out[api.id] = `https://${api.hostStem}.api.${domain}/${api.version}`;
  }
  return out;
}

function maskinporten(issuer: string) {
  const base = issuer.endsWith("/") ? issuer : `${issuer}/`;
  return {
    issuer: base,
    tokenEndpoint: `${base}token`,
    jwksUri: `${base}jwk`,
    metadataUrl: `${base}.well-known/oauth-authorization-server`,
  };
}

/** The simulator's sandbox ids, as its router accepts them (`/sim/s/<id>/…`). */
export const SANDBOX_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Whose world the simulated URLs point into. `sandbox` is the wizard session's own sandbox; null is the
 * simulator's shared world under the un-prefixed `/sim/…` paths (a browser with no session yet, which can
 * only look names up, and the tests and scripts that talk to the shared world). Ignored by test/production.
 */
export interface EnvironmentContext {
  sandbox: string | null;
}

export function getEnvironment(id: EnvironmentId, ctx: EnvironmentContext): Environment {
  const c = getConfig();
  switch (id) {
    case "simulator": {
      const sim = simulatorBase(c.publicUrl, ctx.sandbox);
      const ske = {} as Record<ApiId, string>;
      for (const api of Object.values(SKATTEETATEN_APIS)) {
        ske[api.id] = `${sim}/skatteetaten/${api.hostStem}/${api.version}`;
      }
      return {
        id,
        sandbox: ctx.sandbox,
        maskinporten: maskinporten(`${sim}/maskinporten/`),
        selfService: { apiUrl: `${sim}/samarbeid`, portalUrl: `${sim}/samarbeid`, simulated: true },
        altinn: { platformUrl: `${sim}/altinn/authentication/api/v1/`, uiUrl: `${sim}/altinn-ui/` },
        skatteetaten: ske,
        orgRegisterUrl: `${sim}/brreg/enhetsregisteret/api/enheter/`,
      };
    }
    case "test":
      return {
        id,
        sandbox: ctx.sandbox,
        maskinporten: maskinporten(c.TEST_MASKINPORTEN_ISSUER ?? "https://test.maskinporten.no/"),
        selfService: {
          apiUrl: c.TEST_SELF_SERVICE_URL ?? "https://api.test.samarbeid.digdir.no",
          portalUrl: "https://sjolvbetjening.test.samarbeid.digdir.no",
          simulated: false,
        },
        altinn: {
          platformUrl: c.TEST_ALTINN_PLATFORM_URL ?? "https://platform.tt02.altinn.no/authentication/api/v1/",
          uiUrl: c.TEST_ALTINN_UI_URL ?? "https://am.ui.tt02.altinn.no/",
        },
        skatteetaten: skatteetatenUrls(c.TEST_SKATTEETATEN_DOMAIN ?? "skatteetaten-test.no"),
        orgRegisterUrl: BRREG,
      };
    case "production":
      return {
        id,
        sandbox: ctx.sandbox,
        maskinporten: maskinporten(c.PROD_MASKINPORTEN_ISSUER ?? "https://maskinporten.no/"),
        selfService: {
          apiUrl: c.PROD_SELF_SERVICE_URL ?? "https://api.samarbeid.digdir.no",
          portalUrl: "https://sjolvbetjening.samarbeid.digdir.no",
          simulated: false,
        },
        altinn: {
          platformUrl: c.PROD_ALTINN_PLATFORM_URL ?? "https://platform.altinn.no/authentication/api/v1/",
          uiUrl: c.PROD_ALTINN_UI_URL ?? "https://am.ui.altinn.no/",
        },
        skatteetaten: skatteetatenUrls(c.PROD_SKATTEETATEN_DOMAIN ?? "skatteetaten.no"),
        orgRegisterUrl: BRREG,
      };
  }
}

/** Every simulated base URL (issuer, self-service, Altinn, Altinn UI, Skatteetaten, register) hangs off this. */
function simulatorBase(publicUrl: string, sandbox: string | null): string {
  if (sandbox === null) return `${publicUrl}/sim`;
  // The id comes from our own database, but it lands in URLs and token issuers: refuse anything odd loudly.
  if (!SANDBOX_ID_PATTERN.test(sandbox)) throw new Error("invalid simulator sandbox id");
  return `${publicUrl}/sim/s/${sandbox}`;
}

/** The environments a user may pick: the simulator only when it is on, production only when allowed. */
export function availableEnvironments(): EnvironmentId[] {
  const c = getConfig();
  return ENVIRONMENT_IDS.filter(
    (id) => (id !== "simulator" || c.simulatorOn) && (id !== "production" || c.ALLOW_PRODUCTION),
  );
}

/** A confirmUrl is only shown as a link when it points into the environment's Altinn UI (design: security). */
export function isTrustedConfirmUrl(env: Environment, url: string): boolean {
  try {
    const u = new URL(url);
    const ui = new URL(env.altinn.uiUrl);
    return u.protocol === ui.protocol && u.host === ui.host && u.pathname.startsWith(ui.pathname);
  } catch {
    return false;
  }
}
