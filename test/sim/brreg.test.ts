import { beforeAll, describe, expect, it } from "vitest";
import { call, newSim, type TestSim } from "../support/sim";

/**
 * The sandbox's organisation register over Brreg's API: the lookup by number, and the search in Brreg's HAL
 * shape with the simulator's own role filter and persona field (what the wizard's customer picker reads).
 */
const SEARCH = "/sim/brreg/enhetsregisteret/api/enheter";

interface SearchAnswer {
  _embedded?: {
    enheter: {
      organisasjonsnummer: string;
      navn: string;
      organisasjonsform: { kode: string };
      simulator: { role: string; dagligLeder: { navn: string } };
    }[];
  };
  _links: { self: { href: string } };
  page: { size: number; totalElements: number; totalPages: number; number: number };
}

let sim: TestSim;
beforeAll(async () => {
  sim = await newSim();
});

async function search(query: string): Promise<{ status: number; body: SearchAnswer }> {
  const res = await call(sim, "GET", `${SEARCH}${query}`);
  return { status: res.status, body: (await res.json()) as SearchAnswer };
}

describe("Enhetsregisteret in a sandbox", () => {
  it("lists the customers, the one with Skatteetaten test data first, each with its daglig leder", async () => {
    const { status, body } = await search("?simRole=customer");
    expect(status).toBe(200);
    const enheter = body._embedded!.enheter;
    expect(enheter.map((e) => e.organisasjonsnummer)).toEqual([
      "313367002",
      "310702641",
      "314248295",
      "310904473",
      "314250052",
    ]);
    expect(enheter[0]).toEqual({
      organisasjonsnummer: "313367002",
      navn: "RASK KREATIV TIGER AS",
      organisasjonsform: { kode: "AS" },
      forretningsadresse: { kommune: "OSLO", land: "Norge" },
      simulator: { role: "customer", dagligLeder: { navn: "Kari Tigersen" } },
    });
    expect(body.page).toEqual({ size: 20, totalElements: 5, totalPages: 1, number: 0 });
  });

  it("filters by number and name, pages, and leaves _embedded out when nothing matches (as Brreg does)", async () => {
    const byNumber = await search("?organisasjonsnummer=314500008,313367002");
    expect(byNumber.body._embedded!.enheter.map((e) => e.organisasjonsnummer).sort()).toEqual([
      "313367002",
      "314500008",
    ]);
    const byName = await search("?navn=tiger");
    expect(byName.body._embedded!.enheter.map((e) => e.navn)).toEqual(["RASK KREATIV TIGER AS"]);
    const paged = await search("?simRole=vendor&size=2&page=1");
    expect(paged.body._embedded!.enheter).toHaveLength(2);
    expect(paged.body.page).toEqual({ size: 2, totalElements: 4, totalPages: 2, number: 1 });
    const none = await search("?navn=finnes%20ikke");
    expect(none.body._embedded).toBeUndefined();
    expect(none.body.page.totalElements).toBe(0);
  });

  it("refuses malformed search parameters with Brreg's 400", async () => {
    for (const q of [
      "?simRole=admin",
      "?size=0",
      "?size=101",
      "?page=-1",
      "?organisasjonsnummer=12",
      "?size=x",
    ]) {
      const res = await call(sim, "GET", `${SEARCH}${q}`);
      expect(res.status, q).toBe(400);
      expect(await res.json()).toMatchObject({ status: 400, error: "Bad Request" });
    }
  });

  it("looks up one organisation by number, and 404s an unknown one", async () => {
    const res = await call(sim, "GET", `${SEARCH}/310702641`);
    expect(await res.json()).toMatchObject({ organisasjonsnummer: "310702641", navn: "STILLE ROLIG ELG AS" });
    expect((await call(sim, "GET", `${SEARCH}/999999999`)).status).toBe(404);
    expect((await call(sim, "POST", SEARCH, { json: {} })).status).toBe(404);
  });
});
