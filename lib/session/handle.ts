import { createHash, randomBytes } from "node:crypto";

/**
 * The browser's only piece of the session: a random handle in one httpOnly cookie. The database keeps its
 * SHA-256 and never the handle, so reading the sessions table gives nothing to put in a cookie. The handle
 * carries no data and so never grows (the first release's state cookies reached 17.5 KB and a 431).
 */
export const SESSION_COOKIE = "sbw_sid";

/** The first release's chunked state cookies (`sbw.0` … `sbw.5`), read once to import and then deleted. */
export const LEGACY_COOKIE_PREFIX = "sbw.";
export const LEGACY_MAX_CHUNKS = 6;

const HANDLE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface CookieOptions {
  httpOnly: boolean;
  sameSite: "lax";
  secure: boolean;
  path: string;
  maxAge: number;
}

/** What the session layer needs of a request's cookies (Next's cookie store, or a test's). */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, opts: CookieOptions): void;
  delete(name: string): void;
}

/** 32 random bytes, base64url: 43 characters. */
export function newHandle(): string {
  return randomBytes(32).toString("base64url");
}

/** Null for anything that is not a handle this server could have issued (so odd input never reaches SQL). */
export function handleHash(handle: string | undefined): string | null {
  if (!handle || !HANDLE_PATTERN.test(handle)) return null;
  return createHash("sha256").update(handle).digest("base64url");
}

export function cookieOptions(secure: boolean, idleDays: number): CookieOptions {
  // The cookie lives as long as the session may idle; the server deletes the session itself after that.
  return { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: Math.round(idleDays * 24 * 3600) };
}

export function legacyCookieNames(jar: CookieJar): string[] {
  const names: string[] = [];
  for (let i = 0; i < LEGACY_MAX_CHUNKS; i++)
    if (jar.get(`${LEGACY_COOKIE_PREFIX}${i}`) !== undefined) names.push(`${LEGACY_COOKIE_PREFIX}${i}`);
  return names;
}

/** Random ids for a new session row and its simulator sandbox (`^[A-Za-z0-9_-]{16,64}$`). */
export function newSessionIds(): { id: string; sandboxId: string; handle: string } {
  return {
    id: randomBytes(16).toString("base64url"),
    sandboxId: randomBytes(16).toString("base64url"),
    handle: newHandle(),
  };
}
