import { fail, ok, type Result } from "./problems";

/**
 * Redirect URL rules (contracts §2.5, §2.7; field notes §3 item 15; AA AuthenticationHelper
 * `IsValidRedirectUrl` and `ValidateRedirectUrl`).
 */

function parse(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1"]);

/**
 * AUTH.VLD-00005: an allowedRedirectUrl must be an absolute https URL.
 *
 * Deliberate simulator deviation: `http://localhost[:port]/…` and `http://127.0.0.1[:port]/…` are also
 * accepted, so the wizard's own return page works when it runs on a laptop without TLS. Real Altinn refuses
 * them; the wizard's preflight warns about it for the test and production environments.
 */
export function isValidAllowedRedirectUrl(s: string): boolean {
  const u = parse(s);
  if (!u || u.hostname === "") return false;
  if (u.protocol === "https:") return true;
  return u.protocol === "http:" && LOOPBACK_HOSTS.has(u.hostname);
}

/**
 * .NET's `Uri.GetLeftPart(UriPartial.Path)`: scheme, user info, host, port (when not the default) and
 * path; query and fragment dropped. Null when the string is not an absolute URI.
 */
export function leftPartOfPath(s: string): string | null {
  const u = parse(s);
  if (!u) return null;
  const userInfo = u.username ? `${u.username}${u.password ? `:${u.password}` : ""}@` : "";
  const authority = u.host || userInfo ? `//${userInfo}${u.host}` : "";
  return `${u.protocol}${authority}${u.pathname}`;
}

/**
 * A request's redirectUrl must match one of the system's allowedRedirectUrls on scheme, host, port and
 * path; the query string is ignored. None registered → AUTH-00026; no match → AUTH-00021. (Altinn answers
 * a redirectUrl that is not an absolute URI with a 500; the simulator gives AUTH-00021.)
 */
export function checkRequestRedirectUrl(redirectUrl: string, allowed: readonly string[]): Result<true> {
  if (allowed.length === 0) return fail("AUTH-00026");
  const chosen = leftPartOfPath(redirectUrl);
  if (chosen === null) return fail("AUTH-00021");
  return allowed.some((a) => leftPartOfPath(a) === chosen) ? ok(true) : fail("AUTH-00021");
}

/** Where the approval page may send the customer's browser: only http(s), never `javascript:` and the like. */
export function isNavigableRedirect(s: string): boolean {
  const u = parse(s);
  return u !== null && (u.protocol === "https:" || u.protocol === "http:");
}
