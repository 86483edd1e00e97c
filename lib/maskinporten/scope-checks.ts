import { SKATTEETATEN_APIS, type ApiId } from "../catalogue";
import { doctorCode } from "../errors";
import type { ServiceErrorInit } from "../http/service-error";

/**
 * Step 3's check of the chosen Skatteetaten scopes (issue 9, item 6), the pure part: which scopes to ask for,
 * and which scope a Maskinporten refusal is about. Maskinporten answers the first failing rule only: MP-200
 * names every requested scope missing on the client; MP-250 names one scope not granted. A scope the answer
 * does not name was not judged, so it is "unchecked", not "ok" (fix the named one and fetch again).
 */
export type ScopeCheckStatus = "ok" | "MP-200" | "MP-250" | "unchecked";

export interface ScopeCheck {
  apiId: ApiId;
  scope: string;
  status: ScopeCheckStatus;
}

/** The Skatteetaten scopes of the chosen APIs, in the order the APIs were chosen, without duplicates. */
export function skatteetatenScopeTargets(apis: readonly ApiId[]): { apiId: ApiId; scope: string }[] {
  const seen = new Set<string>();
  return apis.flatMap((apiId) => {
    const scope = SKATTEETATEN_APIS[apiId].scope;
    if (seen.has(scope)) return [];
    seen.add(scope);
    return [{ apiId, scope }];
  });
}

export function allScopesOk(targets: readonly { apiId: ApiId; scope: string }[]): ScopeCheck[] {
  return targets.map((t) => ({ ...t, status: "ok" as const }));
}

/**
 * Files a refused preflight under its scopes, or returns null when the refusal is not about scopes (the
 * caller lets the doctor explain it as any other token error).
 */
export function scopeChecksFromError(
  targets: readonly { apiId: ApiId; scope: string }[],
  e: ServiceErrorInit,
): ScopeCheck[] | null {
  const code = doctorCode(e);
  if (code !== "MP-200" && code !== "MP-250") return null;
  const named = new Set(
    (e.description ?? "").split(/[\s,()]+/).filter((w) => targets.some((t) => t.scope === w)),
  );
  // An answer that names none of them (another wording) is still about the set as a whole: mark them all.
  const blame = named.size > 0 ? named : new Set(targets.map((t) => t.scope));
  return targets.map((t) => ({ ...t, status: blame.has(t.scope) ? code : "unchecked" }));
}

export function scopeChecksPassed(checks: readonly ScopeCheck[]): boolean {
  return checks.every((c) => c.status === "ok");
}
