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

export function getEnvironment(id: EnvironmentId): Environment {
  const c = getConfig();
  switch (id) {
    case "simulator": {
      const sim = `${c.publicUrl}/sim`;
      const ske = {} as Record<ApiId, string>;
      for (const api of Object.values(SKATTEETATEN_APIS)) {
        ske[api.id] = `${sim}/skatteetaten/${api.hostStem}/${api.version}`;
      }
      return {
        id,
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
