import { describe, expect, it } from "vitest";
import type { ServiceErrorInit } from "@/lib/http/service-error";
import {
  allScopesOk,
  scopeChecksFromError,
  scopeChecksPassed,
  skatteetatenScopeTargets,
} from "@/lib/maskinporten/scope-checks";

const KB = "skatteetaten:kravogbetalinger";
const BS = "skatteetaten:innrapporteringboligselskap";
const targets = skatteetatenScopeTargets(["kravogbetalinger", "innrapportering-boligselskap"]);

/** A refused token request as lib/maskinporten/client.ts reports it (the simulator's wording, rules 19–20). */
function refused(description: string, error = "invalid_scope"): ServiceErrorInit {
  return {
    service: "maskinporten",
    kind: "http",
    method: "POST",
    url: "https://mp/token",
    status: 400,
    error,
    description,
  };
}

describe("step 3's Skatteetaten scope preflight", () => {
  it("asks for each chosen API's catalogue scope once, in the order chosen", () => {
    expect(targets).toEqual([
      { apiId: "kravogbetalinger", scope: KB },
      { apiId: "innrapportering-boligselskap", scope: BS },
    ]);
    expect(skatteetatenScopeTargets([])).toEqual([]);
  });

  it("passes only when every scope is ok", () => {
    expect(scopeChecksPassed(allScopesOk(targets))).toBe(true);
    expect(scopeChecksPassed([])).toBe(true);
  });

  it("files MP-250 under the one scope Maskinporten names; the others were not judged", () => {
    const checks = scopeChecksFromError(
      targets,
      refused(`Consumer has not been granted access to the scope ${BS} (MP-250)`),
    );
    expect(checks?.map((c) => c.status)).toEqual(["unchecked", "MP-250"]);
    expect(scopeChecksPassed(checks!)).toBe(false);
  });

  it("files MP-200 under every scope named as missing on the client", () => {
    const checks = scopeChecksFromError(
      targets,
      refused(`Token request contains invalid scopes for client: ${KB} ${BS} (MP-200)`),
    );
    expect(checks?.map((c) => c.status)).toEqual(["MP-200", "MP-200"]);
  });

  it("blames every scope when the answer names none of them", () => {
    const checks = scopeChecksFromError(targets, refused("Scope not allowed (MP-250)"));
    expect(checks?.map((c) => c.status)).toEqual(["MP-250", "MP-250"]);
  });

  it("leaves errors that are not about scopes to the doctor", () => {
    expect(
      scopeChecksFromError(
        targets,
        refused("Invalid assertion. Client authentication failed (MP-120)", "invalid_grant"),
      ),
    ).toBeNull();
    expect(
      scopeChecksFromError(targets, { service: "maskinporten", kind: "timeout", method: "POST", url: "u" }),
    ).toBeNull();
  });
});
