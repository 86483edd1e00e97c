import { json } from "../http";
import type { Sim } from "../sim";
import { authenticate, handleLogin } from "./auth";
import { createClient, getClient, listClients, updateClient } from "./clients";
import { getJwks, replaceJwks } from "./jwks";
import { grantScope, listScopeGrants } from "./scopes";
import { dsError } from "./respond";

export { samarbeidBodyTooLarge } from "./respond";

/**
 * The simulated Digdir self-service API under /sim/samarbeid (contracts §4), plus POST /login standing in
 * for the portal login. Everything except /login needs the login's bearer token and acts for its org.
 */
export async function handleSamarbeid(sim: Sim, req: Request, path: string[]): Promise<Response> {
  const [first, second, third, ...more] = path;
  const m = req.method;
  if (first === "login" && path.length === 1)
    return m === "POST" ? handleLogin(sim, req) : notAllowed(m, "POST");

  const known =
    (first === "scopes" && second === "access" && path.length === 2) ||
    (first === "clients" && path.length <= 2) ||
    (first === "clients" && third === "jwks" && more.length === 0);
  if (!known) return json({ error: "not_found", error_description: "No such endpoint" }, 404);

  const allowed = first === "scopes" || path.length !== 2 ? ["GET", "POST"] : ["GET", "PUT"];
  if (!allowed.includes(m)) return notAllowed(m, allowed.join(", "));

  const auth = await authenticate(sim, req);
  if (!auth.ok) return auth.res;
  const orgno = auth.orgno;

  if (first === "scopes") return m === "POST" ? grantScope(sim, req, orgno) : listScopeGrants(sim, orgno);
  if (second === undefined) return m === "POST" ? createClient(sim, req, orgno) : listClients(sim, orgno);
  if (third === undefined)
    return m === "PUT" ? updateClient(sim, req, second, orgno) : getClient(sim, second, orgno);
  return m === "POST" ? replaceJwks(sim, req, second, orgno) : getJwks(sim, second, orgno);
}

function notAllowed(method: string, allow: string): Response {
  const res = dsError(405, "invalid_request", `Method ${method} is not allowed here`);
  res.headers.set("allow", allow);
  return res;
}
