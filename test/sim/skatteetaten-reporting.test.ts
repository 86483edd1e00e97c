import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { SKATTEETATEN_APIS, type ApiId } from "@/lib/apis";
import { buildTestSubmission as sameieSubmission } from "@/lib/apis/innrapportering-boligsameie/payload";
import { buildTestSubmission as passSubmission } from "@/lib/apis/innrapportering-passogstell/payload";
import { osloToday, partsOfDay } from "@/lib/simulator/skatteetaten/dates";
import { call, newSim, type TestSim } from "../support/sim";
import {
  BRL_CUSTOMER,
  CUSTOMER,
  expectSkeError,
  seedSystemUser,
  skePath,
  systemUserToken,
} from "./skatteetaten-support";

/**
 * Innrapportering boligsameie (RF-1140) and pass og stell av barn (RF-1241) in the simulator
 * (contracts-more §4.2–4.3): the shared innrapportering checks with each API's payload and receipt.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let sim: TestSim;
let year: number;

beforeEach(async () => {
  sim = await newSim();
  year = partsOfDay(osloToday(sim.now())).year - 1;
});

async function tokenFor(api: ApiId, orgno: string, opts: { apis?: ApiId[]; accessPackages?: string[] } = {}) {
  const user = await seedSystemUser(sim, {
    orgno,
    apis: opts.apis ?? [api],
    accessPackages: opts.accessPackages,
  });
  return systemUserToken(sim, { scope: SKATTEETATEN_APIS[api].scope, user });
}

function post(api: ApiId, token: string, body: unknown, pathYear: number | string = year) {
  return call(sim, "POST", skePath(api, `/${pathYear}`), {
    json: body,
    headers: { accept: "application/json", idempotencyKey: randomUUID() },
    bearer: token,
  });
}

const BUILDERS = {
  "innrapportering-boligsameie": (orgno: string, y: number) =>
    sameieSubmission({ orgno, orgName: "Test", inntektsaar: y }) as unknown as Record<string, never>,
  "innrapportering-passogstell": (orgno: string, y: number) =>
    passSubmission({ orgno, orgName: "Test", inntektsaar: y }) as unknown as Record<string, never>,
} as const;

describe.each(Object.keys(BUILDERS) as (keyof typeof BUILDERS)[])("%s", (api) => {
  const build = (orgno = BRL_CUSTOMER, y = year) => BUILDERS[api](orgno, y);

  it("takes the wizard's test submission and answers with the documented receipt", async () => {
    const res = await post(api, await tokenFor(api, BRL_CUSTOMER), build());
    expect(res.status).toBe(200);
    const receipt = (await res.json()) as Record<string, unknown>;
    expect(receipt.dialogId).toMatch(UUID);
    expect(receipt.forsendelseId).toMatch(UUID);
    expect(receipt.oppgavegiversLeveranseReferanse).toBe(`systembruker-test-${BRL_CUSTOMER}-${year}`);
    expect(receipt.antallOppgaver).toBe(api === "innrapportering-boligsameie" ? 2 : 1);
    if (api === "innrapportering-boligsameie") expect(receipt.antallSletteoppgaver).toBe(0);
    else expect(receipt).not.toHaveProperty("antallSletteoppgaver");
  });

  it("403 GLD_005 with GLD_1015 for an oppgavegiver that is not the system user's", async () => {
    const body = await expectSkeError(
      await post(api, await tokenFor(api, BRL_CUSTOMER), build(CUSTOMER)),
      403,
      "GLD_005",
      "GLD_1015",
    );
    expect(body.spesifisering![0]!.melding).toContain("rettighet til å levere for denne oppgavegiveren");
    expect(body.spesifisering![0]!.angittVerdi).toBe(CUSTOMER);
  });

  it("403 GLD_005 for a system user without the API's right", async () => {
    const token = await tokenFor(api, BRL_CUSTOMER, { apis: ["innrapportering-boligselskap"] });
    const body = await expectSkeError(await post(api, token, build()), 403, "GLD_005");
    expect(body.melding).toContain(SKATTEETATEN_APIS[api].resource);
  });

  it("400 GLD_010 with GLD_1052 when the path's year differs from the body's, GLD_006/GLD_1027 for a closed year", async () => {
    const token = await tokenFor(api, BRL_CUSTOMER);
    await expectSkeError(await post(api, token, build(BRL_CUSTOMER, year - 1)), 400, "GLD_010", "GLD_1052");
    await expectSkeError(await post(api, token, build(), year + 1), 400, "GLD_006", "GLD_1027");
  });

  it("400 GLD_010 when the summary does not add up, or a field is misspelt", async () => {
    const token = await tokenFor(api, BRL_CUSTOMER);
    const wrongSum = build() as unknown as { leveranse: { oppgaveoppsummering: Record<string, unknown> } };
    wrongSum.leveranse.oppgaveoppsummering.antallOppgaver = 7;
    const body = await expectSkeError(await post(api, token, wrongSum), 400, "GLD_010");
    expect(body.spesifisering![0]!.sti).toBe("leveranse/oppgaveoppsummering/antallOppgaver");
    const misspelt = build() as unknown as { leveranse: Record<string, unknown> };
    misspelt.leveranse.kildeSystem = "x";
    const typo = await expectSkeError(await post(api, token, misspelt), 400, "GLD_010");
    expect(typo.spesifisering!.map((s) => s.melding)).toContain("Ukjent felt «kildeSystem».");
  });
});

describe("Innrapportering boligsameie: access packages", () => {
  it("is given to a standard system user by skattegrunnlag, without the single right", async () => {
    const token = await tokenFor("innrapportering-boligsameie", BRL_CUSTOMER, {
      apis: [],
      accessPackages: ["skattegrunnlag"],
    });
    expect(
      (
        await post(
          "innrapportering-boligsameie",
          token,
          BUILDERS["innrapportering-boligsameie"](BRL_CUSTOMER, year),
        )
      ).status,
    ).toBe(200);
  });
});

describe("Pass og stell: SKE's example spelling", () => {
  it("takes `oppgavegiversLeveransereferanse` (small r) as well, and answers with it", async () => {
    const body = passSubmission({ orgno: BRL_CUSTOMER, orgName: "Test", inntektsaar: year });
    const { oppgavegiversLeveranseReferanse: reference, ...rest } = body.leveranse;
    const res = await post(
      "innrapportering-passogstell",
      await tokenFor("innrapportering-passogstell", BRL_CUSTOMER),
      {
        leveranse: { ...rest, oppgavegiversLeveransereferanse: reference },
      },
    );
    expect(res.status).toBe(200);
    expect(
      ((await res.json()) as { oppgavegiversLeveranseReferanse: string }).oppgavegiversLeveranseReferanse,
    ).toBe(reference);
  });
});
