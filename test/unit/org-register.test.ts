import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { getEnvironment, type Environment } from "@/lib/environments";
import { lookupOrganisation, lookupOrganisationName, searchOrganisations } from "@/lib/org-register";
import { dispatch, newSim, PUBLIC_URL, type TestSim } from "../support/sim";

/**
 * The wizard's Enhetsregisteret client against the simulated register, over its HTTP handler (`fetch` is
 * routed to the simulator), as the customer picker uses it.
 */
let sim: TestSim;
let env: Environment;

beforeAll(async () => {
  process.env.PUBLIC_URL = PUBLIC_URL;
  resetConfigForTests();
  env = getEnvironment("simulator", { sandbox: null });
  sim = await newSim({ shared: true });
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) =>
    dispatch(sim, new Request(input, init)),
  );
});

afterAll(() => {
  vi.unstubAllGlobals();
  resetConfigForTests();
});

describe("searchOrganisations", () => {
  it("lists the simulator's customers with their daglig leder, in the register's order", async () => {
    const customers = await searchOrganisations(env, { role: "customer" });
    expect(customers?.map((o) => o.orgno)).toEqual([
      "313367002",
      "310702641",
      "314248295",
      "310904473",
      "314250052",
    ]);
    expect(customers?.[0]).toEqual({
      orgno: "313367002",
      name: "RASK KREATIV TIGER AS",
      role: "customer",
      dagligLeder: "Kari Tigersen",
    });
  });

  it("finds organisations by number, and answers [] when none match", async () => {
    expect((await searchOrganisations(env, { orgnos: ["314500008"] }))?.map((o) => o.name)).toEqual([
      "REGNSKAPSKLAR LEVERANDØR AS",
    ]);
    expect(await searchOrganisations(env, { orgnos: ["999999999"] })).toEqual([]);
  });

  it("answers null when the register does not answer with a list", async () => {
    const down = { ...env, orgRegisterUrl: `${PUBLIC_URL}/sim/nowhere/` };
    expect(await searchOrganisations(down, { role: "customer" })).toBeNull();
  });
});

describe("lookupOrganisationName", () => {
  it("reads one name, or null for an unknown organisation", async () => {
    expect(await lookupOrganisationName(env, "313367002")).toBe("RASK KREATIV TIGER AS");
    expect(await lookupOrganisationName(env, "999999999")).toBeNull();
  });
});

describe("lookupOrganisation", () => {
  it("finds a name, or says the register does not know the organisation", async () => {
    expect(await lookupOrganisation(env, "313367002")).toEqual({ name: "RASK KREATIV TIGER AS" });
    expect(await lookupOrganisation(env, "999999999")).toEqual({ name: null, reason: "notFound" });
  });

  it("says unavailable when the network fails or the register answers 5xx", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    try {
      expect(await lookupOrganisation(env, "313367002")).toEqual({ name: null, reason: "unavailable" });
      vi.stubGlobal("fetch", async () => new Response("oops", { status: 503 }));
      expect(await lookupOrganisation(env, "313367002")).toEqual({ name: null, reason: "unavailable" });
      vi.stubGlobal("fetch", async () => new Response("{}", { status: 404 }));
      expect(await lookupOrganisation(env, "313367002")).toEqual({ name: null, reason: "notFound" });
    } finally {
      vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) =>
        dispatch(sim, new Request(input, init)),
      );
    }
  });
});
