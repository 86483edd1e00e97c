import { afterEach, describe, expect, it, vi } from "vitest";
import { altinnLists } from "@/lib/altinn/lists";
import { getEnvironment } from "@/lib/environments";

/**
 * Step 5's listings over Altinn's paged lists (contracts-more §3.1): only the continuation token of
 * `links.next` is used, on the configured base, so a `next` naming another host is never fetched there; one
 * call per page; and a list that hands out the same page again stops instead of looping.
 */
const env = getEnvironment("test", { sandbox: null });
const base = env.altinn.platformUrl.replace(/\/$/, "");

function serve(pages: Record<string, unknown>): string[] {
  const calls: string[] = [];
  vi.stubGlobal("fetch", async (url: string | URL) => {
    const u = new URL(String(url));
    calls.push(u.href);
    const body = pages[u.searchParams.get("token") ?? ""];
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  return calls;
}

function user(id: string) {
  return { id, systemId: "sys", reporteeOrgNo: "310702641", externalRef: id, isDeleted: false };
}

describe("altinnLists", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("follows links.next by its token on the configured host, one call per page", async () => {
    const calls = serve({
      "": { links: { next: "https://attacker.example/steal?token=P2" }, data: [user("a"), user("b")] },
      P2: { links: { next: `${base}/systemuser/vendor/bysystem/sys?token=P3` }, data: [user("c")] },
      P3: { links: {}, data: [user("d")] },
    });
    const users = await altinnLists(env, "token").systemUsersBySystem("sys");
    expect(users.map((u) => u.id)).toEqual(["a", "b", "c", "d"]);
    expect(calls).toHaveLength(3);
    for (const c of calls) expect(c.startsWith(`${base}/systemuser/vendor/bysystem/sys`)).toBe(true);
    expect(calls.some((c) => c.includes("attacker.example"))).toBe(false);
    expect(calls[1]).toBe(`${base}/systemuser/vendor/bysystem/sys?token=P2`);
  });

  it("stops when a page brings nothing new (a list that repeats its first page)", async () => {
    const calls = serve({
      "": { links: { next: `${base}/x?token=again` }, data: [user("a")] },
      again: { links: { next: `${base}/x?token=again` }, data: [user("a")] },
    });
    expect((await altinnLists(env, "token").systemUsersBySystem("sys")).map((u) => u.id)).toEqual(["a"]);
    expect(calls).toHaveLength(2);
  });
});
