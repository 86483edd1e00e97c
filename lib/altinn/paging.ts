import { z } from "zod";

/**
 * Altinn's paged lists (contracts-more §3.1): `{ links: { next? }, data: [...] }`. `next` is an absolute URL
 * built from the host the request arrived on, so only its `token` is taken and the next URL is built on the
 * configured base: a `next` naming another host is never fetched there. Pure.
 */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    links: z
      .object({ next: z.string().nullish() })
      .nullish()
      .transform((l) => l ?? {}),
    data: z.array(item),
  });
}

/** The continuation token of `links.next`, or null when there is none (or it carries none). */
export function continuationToken(next: string | null | undefined): string | null {
  if (!next) return null;
  let url: URL;
  try {
    url = new URL(next, "http://relative.invalid/");
  } catch {
    return null;
  }
  const token = url.searchParams.get("token");
  return token ? token : null;
}

/** `path` on the configured base, with the token as its only query parameter. */
export function pageUrl(base: string, path: string, token: string | null): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return token ? `${root}${path}?token=${encodeURIComponent(token)}` : `${root}${path}`;
}

/** Safety net: a list that keeps answering with a `next` (a repeated token, contracts-more §3.1) stops here. */
export const MAX_PAGES = 100;

/**
 * Reads every page: `fetchPage(token)` gets one page, starting with none. Stops when there is no `next`,
 * when a token repeats, or after MAX_PAGES.
 */
export async function readAllPages<T>(
  fetchPage: (token: string | null) => Promise<{ links: { next?: string | null }; data: T[] }>,
): Promise<T[]> {
  const out: T[] = [];
  const seen = new Set<string>();
  let token: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await fetchPage(token);
    out.push(...page.data);
    token = continuationToken(page.links.next);
    if (!token || seen.has(token)) break;
    seen.add(token);
  }
  return out;
}
