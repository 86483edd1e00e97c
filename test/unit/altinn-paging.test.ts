import { afterEach, describe, expect, it, vi } from "vitest";
import { altinnLists } from "@/lib/altinn/lists";
import { continuationToken, MAX_PAGES, pageUrl, readAllPages } from "@/lib/altinn/paging";
import { getEnvironment } from "@/lib/environments";

/**
 * Altinn's paged lists (contracts-more §3.1): only the continuation token of `links.next` is used, on the
 * configured base, so a `next` naming another host is never fetched there, and a list that repeats its
 * token stops instead of looping.
 */
describe("continuationToken", () => {
  it("takes the token of an absolute or relative next link, and nothing else", () => {
    expect(continuationToken("https://evil.example/x/y?token=abc_-1&other=2")).toBe("abc_-1");
    expect(continuationToken("/authentication/api/v1/systemuser/vendor/bysystem/s?token=t2")).toBe("t2");
    expect(continuationToken("https://platform.altinn.no/a?notoken=1")).toBeNull();
    expect(continuationToken(undefined)).toBeNull();
    expect(continuationToken("")).toBeNull();
  });

  it("builds the next page's URL on the configured base, with the token encoded", () => {
    expect(pageUrl("https://platform.tt02.altinn.no/authentication/api/v1", "p/q", "a b")).toBe(
      "https://platform.tt02.altinn.no/authentication/api/v1/p/q?token=a%20b",
    );
    expect(pageUrl("https://h/base/", "p", null)).toBe("https://h/base/p");
  });
});

describe("readAllPages", () => {
  it("stops when a token repeats (the change-request list's endless first page)", async () => {
    const fetchPage = vi.fn(async () => ({ links: { next: "https://x/?token=same" }, data: [1] }));
    expect(await readAllPages(fetchPage)).toEqual([1, 1]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it("gives up after MAX_PAGES pages of ever new tokens", async () => {
    let n = 0;
    const fetchPage = vi.fn(async () => ({ links: { next: `https://x/?token=t${n++}` }, data: [] }));
    await readAllPages(fetchPage);
    expect(fetchPage).toHaveBeenCalledTimes(MAX_PAGES);
  });
});

describe("altinnLists over HTTP", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("follows links.next by its token on the configured host, one call per page", async () => {
    const env = getEnvironment("test", { sandbox: null });
    const base = env.altinn.platformUrl.replace(/\/$/, "");
    const calls: string[] = [];
    const pages: Record<string, unknown> = {
      "": { links: { next: "https://attacker.example/steal?token=P2" }, data: [user("a"), user("b")] },
      P2: { links: { next: `${base}/systemuser/vendor/bysystem/sys?token=P3` }, data: [user("c")] },
      P3: { links: {}, data: [user("d")] },
    };
    vi.stubGlobal("fetch", async (url: string | URL) => {
      const u = new URL(String(url));
      calls.push(u.href);
      const body = pages[u.searchParams.get("token") ?? ""];
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    });
    const users = await altinnLists(env, "token").systemUsersBySystem("sys");
    expect(users.map((u) => u.id)).toEqual(["a", "b", "c", "d"]);
    expect(calls).toHaveLength(3);
    for (const c of calls) expect(c.startsWith(`${base}/systemuser/vendor/bysystem/sys`)).toBe(true);
    expect(calls.some((c) => c.includes("attacker.example"))).toBe(false);
    expect(calls[1]).toBe(`${base}/systemuser/vendor/bysystem/sys?token=P2`);
  });
});

function user(id: string) {
  return { id, systemId: "sys", reporteeOrgNo: "310702641", externalRef: id, isDeleted: false };
}
