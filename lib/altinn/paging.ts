import "server-only";
import { z } from "zod";
import { expectStatus, parseAnswer, type AltinnTransport } from "./transport";

/**
 * Reads one of Altinn's paged lists to its end (contracts-more §3.1): `{ links: { next? }, data }`. Only the
 * `token` of `next` is taken and put on our own base (`next` is built from the request's host). The lists
 * are known to misbehave, so reading stops at a page that brings no new id (the change-request list hands
 * out the same first page for ever) and after `maxPages`.
 */
export async function readAllPages<S extends z.ZodType>(
  t: AltinnTransport,
  path: string,
  item: S,
  idOf: (item: z.infer<S>) => string,
  maxPages = 40,
): Promise<z.infer<S>[]> {
  const pageSchema = z.object({
    links: z
      .object({ next: z.string().nullish() })
      .nullish()
      .transform((l) => l ?? {}),
    data: z
      .array(item)
      .nullish()
      .transform((d) => d ?? []),
  });
  const seen = new Set<string>();
  const out: z.infer<S>[] = [];
  let query = "";
  for (let n = 0; n < maxPages; n++) {
    const page = parseAnswer(expectStatus(await t.send("GET", `${path}${query}`), [200]), pageSchema);
    const fresh = page.data.filter((x) => !seen.has(idOf(x)));
    for (const x of fresh) {
      seen.add(idOf(x));
      out.push(x);
    }
    const token = nextToken(page.links.next);
    if (!token || fresh.length === 0) break;
    query = `?token=${encodeURIComponent(token)}`;
  }
  return out;
}

function nextToken(next: string | null | undefined): string | null {
  if (!next) return null;
  try {
    return new URL(next).searchParams.get("token");
  } catch {
    return null;
  }
}
