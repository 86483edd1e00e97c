import type { SimClient } from "../types";
import { fail, ok, type RuleResult } from "./errors";

/**
 * Rules 18–20: the requested scopes must be registered on the client (MP-200) and granted to the client's
 * organisation by the scope owner (MP-250; `granted` is the organisation's grants). Returns the scopes in
 * request order, without duplicates.
 */
export function checkScopes(
  granted: readonly string[],
  client: SimClient,
  scopeClaim: unknown,
): RuleResult<string[]> {
  const requested =
    typeof scopeClaim === "string" ? [...new Set(scopeClaim.split(/\s+/).filter(Boolean))] : [];
  if (requested.length === 0) return fail("invalid_scope", "Token request contains no scopes", "MP-200");

  const notOnClient = requested.filter((s) => !client.scopes.includes(s));
  if (notOnClient.length > 0) {
    return fail(
      "invalid_scope",
      `Token request contains invalid scopes for client: ${notOnClient.join(" ")}`,
      "MP-200",
    );
  }
  const notGranted = requested.find((s) => !granted.includes(s));
  if (notGranted !== undefined) {
    return fail("invalid_scope", `Consumer has not been granted access to the scope ${notGranted}`, "MP-250");
  }
  return ok(requested);
}
