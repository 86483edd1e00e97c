import { describe, expect, it } from "vitest";
import { call, newSim, type TestSim } from "../support/sim";
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
    // Fractions too: 10.5 s is just past Maskinporten's tolerance.
    expect((await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 10.5 } })).status).toBe(
      200,
    );
    expect(Math.round((sim.now() - Date.now()) / 100)).toBe(105);
  });
});

describe("controls refuse what a web page on another site could send", () => {
  const clock = (sim: TestSim, headers: Record<string, string>, skewSeconds = 99) =>
    call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds }, headers });

  it("403 for Sec-Fetch-Site cross-site or same-site, and for an Origin on another host", async () => {
    const sim = await newSim();
    const before = await snapshot(sim);
    const refused: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
      { origin: "http://sim.test.evil.example" },
      { origin: "null" },
      { origin: "http://sim.test", "sec-fetch-site": "cross-site" },
    ];
    for (const headers of refused) {
      const res = await clock(sim, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    const reset = await call(sim, "POST", "/sim/_control/reset", {
      json: {},
      headers: { origin: "https://evil.example" },
    });
    expect(reset.status).toBe(403);
    expect(
      (await call(sim, "GET", "/sim/_control/state", { headers: { "sec-fetch-site": "cross-site" } })).status,
    ).toBe(403);
    expect(await snapshot(sim)).toBe(before);
  });

  it("accepts its own origin, a typed address, and scripts that send neither header", async () => {
    const sim = await newSim();
    const allowed: Record<string, string>[] = [
      {},
      { origin: "http://sim.test" },
      { "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "none" },
    ];
    for (const headers of allowed) {
      expect((await clock(sim, headers, 1)).status, JSON.stringify(headers)).toBe(200);
    }
  });

  it("takes POSTs as JSON only: a form or text/plain post (what a cross-site form sends) changes nothing", async () => {
    const sim = await newSim();
    await call(sim, "POST", "/sim/_control/clock", { json: { skewSeconds: 5 } });
    const before = await snapshot(sim);
    for (const [path, type, body] of [
      ["/sim/_control/reset", "text/plain", "{}"],
      ["/sim/_control/reset", "application/x-www-form-urlencoded", "a=b"],
      ["/sim/_control/reset", undefined, undefined],
      ["/sim/_control/clock", "text/plain", '{"skewSeconds":1}'],
      ["/sim/_control/faults", "multipart/form-data; boundary=x", "--x--"],
    ] as const) {
      const headers: Record<string, string> = type ? { "content-type": type } : {};
      const res = await call(sim, "POST", path, { headers, body });
      expect(res.status, `${path} ${type}`).toBe(400);
      expect(await res.json()).toEqual({ error: "invalid_request", reason: "content-type" });
    }
    expect(await snapshot(sim)).toBe(before);
    expect((await call(sim, "POST", "/sim/_control/reset", { json: {} })).status).toBe(200);
  });

  it("/sim/s/<sandbox>/_control acts on that sandbox only; /sim/_control on the shared one", async () => {
    const [a, b] = [await newSim(), await newSim()];
    await call(a, "POST", "/sim/_control/clock", { json: { skewSeconds: 30 } });
    const state = async (sim: TestSim) =>
      (
        (await (await call(sim, "GET", "/sim/_control/state")).json()) as {
          control: { clockSkewSeconds: number };
        }
      ).control.clockSkewSeconds;
    expect(await state(a)).toBe(30);
    expect(await state(b)).toBe(0);
    const shared = await newSim({ shared: true });
    expect(await state(shared)).toBe(0);
    await call(shared, "POST", "/sim/_control/clock", { json: { skewSeconds: 7 } });
    expect(await state(shared)).toBe(7);
    expect(await state(a)).toBe(30);
  });
});
