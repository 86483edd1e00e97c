import { SYSTEMUSER_RAR_TYPE, JWT_BEARER_GRANT } from "@/lib/catalogue";
import type { Sim } from "../sim";
import { GRANT_ALGS } from "./grant-parse";

/** RFC 8414 metadata as Maskinporten publishes it (contracts §0); every URL derives from the issuer. */
export function authorizationServerMetadata(sim: Sim): Record<string, unknown> {
  return {
    issuer: sim.issuer,
    token_endpoint: `${sim.issuer}token`,
    jwks_uri: `${sim.issuer}jwk`,
    token_endpoint_auth_methods_supported: ["private_key_jwt"],
    grant_types_supported: [JWT_BEARER_GRANT],
    token_endpoint_auth_signing_alg_values_supported: [...GRANT_ALGS],
    authorization_details_types_supported: [SYSTEMUSER_RAR_TYPE],
  };
}

/** The public key the access tokens are signed with. */
export function publicJwks(sim: Sim): { keys: unknown[] } {
  return { keys: [sim.signing.publicJwk] };
}
