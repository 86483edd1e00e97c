import { beforeEach, describe, expect, it } from "vitest";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { mayActFor } from "@/lib/simulator/altinn/acting-for";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import { delegationsOf } from "@/lib/simulator/db/client-delegations";
import { AGENT_FIRM_ORGNO, partyUuidOf } from "@/lib/simulator/orgs";
import type { TestSim } from "@/test/support/sim";
import { call, newSim } from "@/test/support/sim";
import { systemUsersOf } from "@/test/support/sim-state";
import { BASE, CUSTOMER, OTHER_CUSTOMER, problem, registerSystem, SYSTEM_ID, token } from "./altinn-helpers";

/** Client delegation (contracts-more §1.6) by the accounting firm's daglig leder, through the stand-in login. */
let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const P = "urn:altinn:accesspackage:";
const EU = `${BASE}/enduser/systemuser`;
const BRL_CLIENT = "314248295"; // has no a-ordning: AUTH-00080

async function login(orgno = AGENT_FIRM_ORGNO, scope?: string): Promise<string> {
  const res = await call(sim, "POST", `${BASE}/enduser/login`, {
    json: { orgno, ...(scope ? { scope } : {}) },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** An approved agent system user of the firm with regnskapsforer-lonn and a-ordning. */
async function agentUser(packages = ["regnskapsforer-lonn", "a-ordning"]): Promise<string> {
  const system = await registerSystem(sim, {
    isVisible: false,
    accessPackages: [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }],
  });
  expect(system.status).toBe(200);
  const res = await call(sim, "POST", `${BASE}/systemuser/request/vendor/agent`, {
    json: {
      systemId: SYSTEM_ID,
      partyOrgNo: AGENT_FIRM_ORGNO,
      accessPackages: packages.map((n) => ({ urn: P + n })),
    },
    bearer: await token(sim),
  });
  expect(res.status).toBe(201);
  const out = await decideAgentRequest(sim, {
    id: ((await res.json()) as { id: string }).id,
    decision: "approve",
  });
  if (!out.ok || !out.systemUserId) throw new Error("approval failed");
  return out.systemUserId;
}

describe("client delegation", () => {
  it("lists agents and available clients, adds two, refuses the one without a-ordning, removes one", async () => {
    const agent = await agentUser();
    const bearer = await login();
    const agents = await call(sim, "GET", `${EU}/agents?party=${AGENT_FIRM_ORGNO}`, { bearer });
    expect(agents.status).toBe(200);
    expect(await agents.json()).toMatchObject([
      { id: agent, userType: "agent", reporteeOrgNo: AGENT_FIRM_ORGNO },
    ]);

    const available = await call(sim, "GET", `${EU}/clients/available?agent=${agent}`, { bearer });
    const list = (await available.json()) as {
      systemUserInformation: unknown;
      data: { clientId: string; clientOrganizationNumber: string }[];
    };
    expect(list.systemUserInformation).toEqual({ systemUserId: agent, systemUserOwnerOrg: AGENT_FIRM_ORGNO });
    expect(list.data.map((c) => c.clientOrganizationNumber).sort()).toEqual(
      [CUSTOMER, OTHER_CUSTOMER, BRL_CLIENT].sort(),
    );

    for (const orgno of [CUSTOMER, OTHER_CUSTOMER]) {
      const client = partyUuidOf(orgno);
      const add = await call(sim, "POST", `${EU}/clients?agent=${agent}&client=${client}`, { bearer });
      expect(add.status).toBe(200);
      expect(await add.json()).toEqual({ agent, client });
    }
    const lacking = await call(
      sim,
      "POST",
      `${EU}/clients?agent=${agent}&client=${partyUuidOf(BRL_CLIENT)}`,
      {
        bearer,
      },
    );
    expect([lacking.status, (await problem(lacking)).code]).toEqual([400, "AUTH-00080"]);
    const notClient = await call(
      sim,
      "POST",
      `${EU}/clients?agent=${agent}&client=${partyUuidOf("310904473")}`,
      {
        bearer,
      },
    );
    expect((await problem(notClient)).code).toBe("AUTH-00079");

    const removed = await call(
      sim,
      "DELETE",
      `${EU}/clients?agent=${agent}&client=${partyUuidOf(OTHER_CUSTOMER)}`,
      {
        bearer,
      },
    );
    expect(removed.status).toBe(200);
    const added = await call(sim, "GET", `${EU}/clients?agent=${agent}`, { bearer });
    expect(((await added.json()) as { data: { clientOrganizationNumber: string }[] }).data).toMatchObject([
      { clientOrganizationNumber: CUSTOMER },
    ]);

    // The Skatteetaten side's question: for the delegated client yes, for the removed one no.
    const [user] = (await systemUsersOf(sim)).filter((u) => u.id === agent);
    const delegated = (await delegationsOf(sim, agent)).map((d) => d.clientOrgNo);
    expect(mayActFor(user!, CUSTOMER, "ske-innrapportering-amelding", delegated).ok).toBe(true);
    expect(mayActFor(user!, OTHER_CUSTOMER, "ske-innrapportering-amelding", delegated).ok).toBe(false);
  });

  it("refuses: 401 without token, 403 without scope or for another org, VLD-00014/15/16", async () => {
    const agent = await agentUser();
    expect((await call(sim, "GET", `${EU}/clients?agent=${agent}`)).status).toBe(401);
    const readOnly = await login(AGENT_FIRM_ORGNO, "altinn:clientdelegations.read");
    const client = partyUuidOf(CUSTOMER);
    expect(
      (await call(sim, "POST", `${EU}/clients?agent=${agent}&client=${client}`, { bearer: readOnly })).status,
    ).toBe(403);
    const stranger = await login(CUSTOMER);
    expect((await call(sim, "GET", `${EU}/clients?agent=${agent}`, { bearer: stranger })).status).toBe(403);
    expect(
      (await call(sim, "GET", `${EU}/agents?party=${AGENT_FIRM_ORGNO}`, { bearer: stranger })).status,
    ).toBe(403);

    const bearer = await login();
    const vld = async (path: string, method = "GET") =>
      ((await problem(await call(sim, method, path, { bearer }))).validationErrors ?? []).map((v) => [
        v.code,
        v.title,
      ]);
    expect(await vld(`${EU}/clients`)).toEqual([
      ["AUTH.VLD-00014", "The agent query parameter is missing or invalid"],
    ]);
    expect(await vld(`${EU}/clients?agent=${partyUuidOf(CUSTOMER)}`)).toEqual([
      ["AUTH.VLD-00014", "System user not found"],
    ]);
    expect(await vld(`${EU}/clients?agent=${agent}`, "POST")).toEqual([
      ["AUTH.VLD-00016", "The client query parameter is missing or invalid"],
    ]);
    // A standard system user of the firm: VLD-00015.
    const std = await call(sim, "POST", `${BASE}/systemuser/request/vendor`, {
      json: {
        systemId: SYSTEM_ID,
        partyOrgNo: AGENT_FIRM_ORGNO,
        externalRef: "std",
        accessPackages: [{ urn: `${P}a-ordning` }],
      },
      bearer: await token(sim),
    });
    const out = await decideRequest(sim, {
      id: ((await std.json()) as { id: string }).id,
      decision: "approve",
    });
    const stdId = out.ok ? out.systemUserId! : "";
    expect((await vld(`${EU}/clients?agent=${stdId}`))[0]![0]).toBe("AUTH.VLD-00015");
  });
});
