import { describe, expect, it } from "vitest";
import { call, newSim } from "../support/sim";
import { snapshot } from "../support/sim-state";
import { requestToken, setupVendor, signGrant } from "../support/vendor";

describe("simulator controls", () => {
  it("withdrawing a granted scope makes Maskinporten answer MP-250 for a client that has it", async () => {
    const sim = await newSim();
    const vendor = await setupVendor(sim, {
      orgno: "314500008",
      scopes: ["altinn:authentication/systemregister.write"],
    });
    expect((await requestToken(sim, signGrant(sim, vendor))).status).toBe(200);

    const res = await call(sim, "DELETE", "/sim/_control/scope-grants", {
      json: { orgno: "314500008", scope: "altinn:authentication/systemregister.write" },
    });
    expect(res.status).toBe(204);
    const refused = await requestToken(sim, signGrant(sim, vendor));
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: string; error_description: string };
    expect(body.error).toBe("invalid_scope");
    expect(body.error_description).toMatch(/\(MP-250\)$/);

    const again = await call(sim, "DELETE", "/sim/_control/scope-grants", {
      json: { orgno: "314500008", scope: "altinn:authentication/systemregister.write" },
    });
    expect(again.status).toBe(404);
  });

  it("refuses a malformed withdrawal and changes nothing", async () => {
    const sim = await newSim();
    const before = await snapshot(sim);
    for (const json of [{}, { orgno: "12", scope: "x" }, { orgno: "__proto__", scope: "x" }]) {
      expect((await call(sim, "DELETE", "/sim/_control/scope-grants", { json })).status).toBe(400);
    }
    expect(await snapshot(sim)).toBe(before);
  });

  it("expires a pending request and skews the clock", async () => {
    const sim = await newSim();
    expect((await call(sim, "POST", "/sim/_control/requests/unknown/expire", { json: {} })).status).toBe(404);
    expect((await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 30 } })).status).toBe(200);
    expect(Math.round((sim.now() - Date.now()) / 1000)).toBe(30);
  });
});
