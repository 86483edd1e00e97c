import { json } from "../http";
import type { Sim } from "../sim";
import { authorizationServerMetadata, publicJwks } from "./metadata";
import { handleToken } from "./token";

export { mpBodyTooLarge } from "./errors";

/**
 * The simulated Maskinporten under /sim/maskinporten: metadata, the signing key and the token endpoint,
 * with the same sub-paths as test.maskinporten.no.
 */
export async function handleMaskinporten(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const route = path.join("/");
  switch (route) {
    case ".well-known/oauth-authorization-server":
      return onlyMethod(req, "GET", () => json(authorizationServerMetadata(sim)));
    case "jwk":
      return onlyMethod(req, "GET", () => json(publicJwks(sim)));
    case "token":
      return onlyMethod(req, "POST", () => handleToken(sim, req));
    default:
      return json({ error: "not_found" }, 404);
  }
}

async function onlyMethod(
  req: Request,
  method: string,
  handle: () => Response | Promise<Response>,
): Promise<Response> {
  if (req.method === method || (method === "GET" && req.method === "HEAD")) return handle();
  return json({ error: "invalid_request", error_description: `Method ${req.method} is not allowed` }, 405, {
    allow: method,
  });
}
