import { beforeEach, describe, expect, it } from "vitest";
import { ACCESS_PACKAGES, isAssignable, isDelegable, packageAllowedFor } from "@/lib/altinn/access-packages";
import type { TestSim } from "@/test/support/sim";
import { newSim } from "@/test/support/sim";
import { createRequest, registerSystem, vldCodes, problem } from "./altinn-helpers";

/** The package classes of contracts-more §1.1 and where each rule bites. */
const P = "urn:altinn:accesspackage:";

describe("package classes", () => {
  it("client-only: delegable, not assignable; ordinary: both; admin-only: assignable only; eksplisitt: neither", () => {
    const clientOnly = ACCESS_PACKAGES.filter((p) => p.packageClass === "client-only").map((p) => p.urn);
    expect(clientOnly.sort()).toEqual(
      [
        "ansvarlig-revisor",
        "forretningsforer-eiendom",
        "regnskapsforer-lonn",
        "regnskapsforer-med-signeringsrettighet",
        "regnskapsforer-uten-signeringsrettighet",
        "revisormedarbeider",
      ].map((n) => P + n),
    );
    for (const urn of clientOnly) expect([isAssignable(urn), isDelegable(urn)]).toEqual([false, true]);
    for (const n of ["skattegrunnlag", "a-ordning"])
      expect([isAssignable(P + n), isDelegable(P + n)]).toEqual([true, true]);
    expect([isAssignable(`${P}klientadministrator`), isDelegable(`${P}klientadministrator`)]).toEqual([
      true,
      false,
    ]);
    expect([isAssignable(`${P}eksplisitt`), isDelegable(`${P}eksplisitt`)]).toEqual([false, false]);
    expect([isAssignable(`${P}unknown`), isDelegable(`${P}unknown`)]).toEqual([false, false]);
  });

  it("the forms' rule: a package is offered to a kind of system user only when Altinn accepts it there", () => {
    const kinds = (n: string) => [packageAllowedFor(P + n, "standard"), packageAllowedFor(P + n, "agent")];
    expect(kinds("regnskapsforer-lonn")).toEqual([false, true]);
    expect(kinds("a-ordning")).toEqual([true, true]);
    expect(kinds("tilgangsstyrer")).toEqual([true, false]);
    expect(kinds("vergemal-formue")).toEqual([false, false]);
  });
});

describe("the rules at registration and in a standard request", () => {
  let sim: TestSim;
  beforeEach(async () => {
    sim = await newSim();
  });

  it("AUTH.VLD-00008 for a package that is neither; AUTH.VLD-00018 for a client package on a visible system", async () => {
    const neither = await registerSystem(sim, {
      accessPackages: [{ urn: `${P}eksplisitt` }],
      isVisible: false,
    });
    expect(await vldCodes(neither)).toEqual(["AUTH.VLD-00008"]);
    const visible = await registerSystem(sim, { accessPackages: [{ urn: `${P}regnskapsforer-lonn` }] });
    expect(await vldCodes(visible)).toEqual(["AUTH.VLD-00018"]);
    // Admin-only packages are assignable: a visible system may list them.
    const admin = await registerSystem(sim, { accessPackages: [{ urn: `${P}klientadministrator` }] });
    expect(admin.status).toBe(200);
  });

  it("AUTH-00064 for a client package in a standard request; an ordinary one passes", async () => {
    const packages = [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }];
    expect((await registerSystem(sim, { accessPackages: packages, isVisible: false })).status).toBe(200);
    const client = await createRequest(sim, { rights: [], accessPackages: [packages[0]] });
    expect(await problem(client)).toMatchObject({
      code: "AUTH-00064",
      NotDelegablePackages: packages[0]!.urn,
    });
    const ordinary = await createRequest(sim, { rights: [], accessPackages: [packages[1]] });
    expect(ordinary.status).toBe(201);
  });
});
