/**
 * The "for developers" fold of every step remembers whether it is open in one tiny cookie, read on the server
 * so the page is rendered open or closed from the start (no layout shift). Only "1" is ever stored; closing
 * the fold deletes the cookie, so a user who never opens it carries no cookie for it.
 */
export const DEVELOPER_FOLD_COOKIE = "sbw_dev";

export function developerFoldOpen(value: string | undefined): boolean {
  return value === "1";
}

/** The document.cookie assignment that records the fold's state (a year while open; deleted when closed). */
export function developerFoldCookie(open: boolean, secure: boolean): string {
  const attrs = `; Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  return open
    ? `${DEVELOPER_FOLD_COOKIE}=1; Max-Age=${365 * 24 * 3600}${attrs}`
    : `${DEVELOPER_FOLD_COOKIE}=; Max-Age=0${attrs}`;
}
