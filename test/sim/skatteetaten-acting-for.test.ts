import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { SKATTEETATEN_APIS } from "@/lib/apis";
import { buildTestMelding, lastMonth } from "@/lib/apis/innrapportering-amelding/payload";
import { buildTestSubmission } from "@/lib/apis/innrapportering-boligselskap/payload";
import { putDelegation } from "@/lib/simulator/db/client-delegations";
import { AGENT_FIRM_ORGNO, partyUuidOf } from "@/lib/simulator/orgs";
import { osloToday, partsOfDay } from "@/lib/simulator/skatteetaten/dates";
import type { SimSystemUser } from "@/lib/simulator/types";
import { call, newSim, type TestSim } from "../support/sim";
import {
  BRL_CUSTOMER,
  CUSTOMER,
  expectSkeError,
  kravPath,
  seedSystemUser,
  skePath,
  systemUserToken,
} from "./skatteetaten-support";

/**
 * Acting for someone else (contracts-more §1.7–1.8): after the token checks Skatteetaten asks Altinn whether
 * the system user may act for the organisation the data is about. A standard system user only for its own
 * organisation; an agent system user only for a client delegated to it, through a package giving the resource.
 */
const AMELDING = SKATTEETATEN_APIS["innrapportering-amelding"];
const BOLIG = SKATTEETATEN_APIS["innrapportering-boligselskap"];
const OTHER_CLIENT = "310702641";

let sim: TestSim;
let month: string;

beforeEach(async () => {
  sim = await newSim();
  month = lastMonth(sim.now());
});

async function agent(packages: string[], clients: string[]): Promise<SimSystemUser> {
  const user = await seedSystemUser(sim, {
    orgno: AGENT_FIRM_ORGNO,
    apis: [],
    accessPackages: packages,
    userType: "agent",
  });
  for (const client of clients) {
    await putDelegation(sim, {
      systemUserId: user.id,
      clientId: partyUuidOf(client),
      clientOrgNo: client,
      created: new Date(sim.now()).toISOString(),
    });
  }
  return user;
}

async function sendAmelding(user: SimSystemUser, orgno: string) {
  const meldingsId = randomUUID();
  return call(sim, "POST", skePath(AMELDING.id, `/innsending/${month}/${orgno}`), {
    json: buildTestMelding({ orgno, virksomhet: orgno, kalendermaaned: month, meldingsId, now: sim.now() }),
    headers: { accept: "application/json", idempotencyKey: meldingsId },
    bearer: await systemUserToken(sim, { scope: AMELDING.scope, user }),
  });
}

describe("agent system users (client delegation)", () => {
  it("may send the a-melding for a client delegated to them, by regnskapsforer-lonn", async () => {
    const user = await agent(["regnskapsforer-lonn"], [CUSTOMER]);
    const res = await sendAmelding(user, CUSTOMER);
    expect(res.status).toBe(200);
  });

  it("may not for a client that is not delegated, nor for the agent firm itself: AMLD_005 / AMLD_1015", async () => {
    const user = await agent(["regnskapsforer-lonn"], [CUSTOMER]);
    const other = await expectSkeError(await sendAmelding(user, OTHER_CLIENT), 403, "AMLD_005", "AMLD_1015");
    expect(other.melding).toContain("ikke delegert som klient");
    await expectSkeError(await sendAmelding(user, AGENT_FIRM_ORGNO), 403, "AMLD_005", "AMLD_1015");
  });

  it("may not for a delegated client when no package of theirs gives the API's resource", async () => {
    // forretningsforer-eiendom gives boligselskap and boligsameie, not the a-melding.
    const user = await agent(["forretningsforer-eiendom"], [CUSTOMER]);
    await expectSkeError(await sendAmelding(user, CUSTOMER), 403, "AMLD_005");
  });

  it("report boligselskap for a delegated BRL client; refused GLD_1015 for one not delegated", async () => {
    const user = await agent(["forretningsforer-eiendom"], [BRL_CUSTOMER]);
    const year = partsOfDay(osloToday(sim.now())).year - 1;
    const token = await systemUserToken(sim, { scope: BOLIG.scope, user });
    const send = (orgno: string) =>
      call(sim, "POST", skePath(BOLIG.id, `/${year}`), {
        json: buildTestSubmission({ orgno, orgName: "Test", inntektsaar: year }),
        headers: { accept: "application/json", idempotencyKey: randomUUID() },
        bearer: token,
      });
    expect((await send(BRL_CUSTOMER)).status).toBe(200);
    await expectSkeError(await send(CUSTOMER), 403, "GLD_005", "GLD_1015");
  });
});

describe("standard system users", () => {
  it("may act only for their own organisation: GLD_1015 / AMLD_1015 / DAS-008 for another", async () => {
    const user = await seedSystemUser(sim, {
      orgno: CUSTOMER,
      apis: ["innrapportering-amelding", "kravogbetalinger"],
    });
    expect((await sendAmelding(user, CUSTOMER)).status).toBe(200);
    await expectSkeError(await sendAmelding(user, OTHER_CLIENT), 403, "AMLD_005", "AMLD_1015");
    const krav = await call(sim, "GET", kravPath(OTHER_CLIENT, "aapnekrav"), {
      headers: { accept: "application/json" },
      bearer: await systemUserToken(sim, { scope: SKATTEETATEN_APIS.kravogbetalinger.scope, user }),
    });
    const body = await expectSkeError(krav, 403, "DAS-008");
    expect(body.melding).toContain(`${OTHER_CLIENT} er ikke systembrukerens organisasjon`);
  });
});
