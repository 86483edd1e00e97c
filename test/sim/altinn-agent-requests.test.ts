import { beforeEach, describe, expect, it } from "vitest";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { decideRequest, loadApprovalView } from "@/lib/simulator/altinn/approval";
import { resolveSystemUser } from "@/lib/simulator/maskinporten/system-user";
import type { SimClient } from "@/lib/simulator/types";
import type { TestSim } from "@/test/support/sim";
import { call, newSim, simUrl } from "@/test/support/sim";
import { systemUsersOf } from "@/test/support/sim-state";
import {
  BASE,
  createRequest,
  CUSTOMER,
  OTHER_VENDOR,
  problem,
  registerSystem,
  SYSTEM_ID,
  systemBody,
  token,
  VENDOR,
} from "./altinn-helpers";

/** Agent requests (contracts-more §1.3–1.5): endpoints, the validation order, approval. */
let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const P = "urn:altinn:accesspackage:";
const AGENT = `${BASE}/systemuser/request/vendor/agent`;
const agentSystem = {
  isVisible: false,
  accessPackages: [
    { urn: `${P}regnskapsforer-lonn` },
    { urn: `${P}a-ordning` },
    { urn: `${P}klientadministrator` },
  ],
};

function agentBody(overrides: Record<string, unknown> = {}) {
  return {
    systemId: SYSTEM_ID,
    partyOrgNo: CUSTOMER,
    externalRef: "agent-1",
    accessPackages: [{ urn: `${P}regnskapsforer-lonn` }],
    redirectUrl: "https://vendor.example/altinn/callback",
    ...overrides,
  };
}

async function postAgent(overrides: Record<string, unknown> = {}, vendor = VENDOR): Promise<Response> {
  return call(sim, "POST", AGENT, { json: agentBody(overrides), bearer: await token(sim, vendor) });
}

async function code(res: Response): Promise<[number, string]> {
  return [res.status, (await problem(res)).code];
}

async function withSystem(): Promise<void> {
  expect((await registerSystem(sim, agentSystem)).status).toBe(200);
}

describe("POST systemuser/request/vendor/agent", () => {
  it("201: AgentRequestSystemResponse without rights, the standard Location, the agentrequest confirmUrl", async () => {
    await withSystem();
    const res = await postAgent({ rights: [{ resource: [] }] });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    const id = body.id as string;
    expect(res.headers.get("location")).toBe(
      simUrl(sim, `/sim/altinn/authentication/api/v1/systemuser/request/${id}`),
    );
    expect(body).toMatchObject({
      externalRef: "agent-1",
      systemId: SYSTEM_ID,
      partyOrgNo: CUSTOMER,
      accessPackages: [{ urn: `${P}regnskapsforer-lonn` }],
      status: "New",
      confirmUrl: simUrl(
        sim,
        `/sim/altinn-ui/accessmanagement/ui/systemuser/agentrequest?id=${id}&DONTCHOOSEREPORTEE=true`,
      ),
      escalated: false,
      timedOut: false,
    });
    expect(body).not.toHaveProperty("rights");
    // The same key again: 200 with the same request.
    const again = await postAgent();
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(id);
  });

  it("an empty externalRef becomes the party's orgno", async () => {
    await withSystem();
    const res = await postAgent({ externalRef: "" });
    expect(((await res.json()) as { externalRef: string }).externalRef).toBe(CUSTOMER);
  });

  it("refuses in Altinn's order", async () => {
    const bearer = await token(sim);
    const { accessPackages: _omit, ...noPackages } = agentBody();
    const missing = await call(sim, "POST", AGENT, { json: noPackages, bearer });
    expect(missing.status).toBe(400);
    expect((await problem(missing)).errors).toHaveProperty("AccessPackages");
    expect(await code(await postAgent())).toEqual([404, "AUTH-00011"]);
    await withSystem();
    expect(await code(await postAgent({}, OTHER_VENDOR))).toEqual([404, "AUTH-00011"]);
    expect(await code(await postAgent({ partyOrgNo: "999999999" }))).toEqual([400, "AUTH-00000"]);
    expect(await code(await postAgent({ redirectUrl: "https://elsewhere.example/" }))).toEqual([
      400,
      "AUTH-00021",
    ]);
    expect(await code(await postAgent({ accessPackages: [] }))).toEqual([400, "AUTH-00058"]);
    const notOnSystem = await postAgent({ accessPackages: [{ urn: `${P}skattegrunnlag` }] });
    expect(notOnSystem.status).toBe(400);
    expect(await problem(notOnSystem)).toMatchObject({
      code: "AUTH-00063",
      NotFoundPackages: `${P}skattegrunnlag`,
    });
    const admin = await postAgent({ accessPackages: [{ urn: `${P}klientadministrator` }] });
    expect(await problem(admin)).toMatchObject({
      code: "AUTH-00065",
      NotDelegablePackages: `${P}klientadministrator`,
    });
  });

  it("a standard request for the key blocks it (AUTH-00007); a system user for the key gives AUTH-00004", async () => {
    await withSystem();
    const standard = await createRequest(sim, {
      externalRef: "agent-1",
      rights: [],
      accessPackages: [{ urn: `${P}a-ordning` }],
    });
    expect(standard.status).toBe(201);
    expect(await code(await postAgent())).toEqual([400, "AUTH-00007"]);
    const { id } = (await standard.json()) as { id: string };
    expect((await decideRequest(sim, { id, decision: "approve" })).ok).toBe(true);
    expect(await code(await postAgent())).toEqual([400, "AUTH-00004"]);
  });

  it("no vendor in the token: 401 AUTH-00023", async () => {
    await withSystem();
    const bearer = await token(sim, VENDOR, undefined, {
      consumer: { authority: "iso6523-actorid-upis", ID: "9908:123456789" },
    });
    const res = await call(sim, "POST", AGENT, { json: agentBody(), bearer });
    expect(await code(res)).toEqual([401, "AUTH-00023"]);
  });
});

async function newAgentRequest(): Promise<string> {
  await withSystem();
  const res = await postAgent();
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe("reading agent requests", () => {
  it("by id, by external key and by system; standard and agent ids do not mix", async () => {
    const id = await newAgentRequest();
    const bearer = await token(sim);
    const get = await call(sim, "GET", `${AGENT}/${id}`, { bearer });
    expect(get.status).toBe(200);
    expect(await get.json()).toMatchObject({ id, status: "New" });
    const byRef = await call(sim, "GET", `${AGENT}/byexternalref/${SYSTEM_ID}/${CUSTOMER}/agent-1`, {
      bearer,
    });
    expect(((await byRef.json()) as { id: string }).id).toBe(id);
    const list = await call(sim, "GET", `${AGENT}/bysystem/${SYSTEM_ID}`, { bearer });
    expect(((await list.json()) as { data: { id: string }[] }).data.map((r) => r.id)).toEqual([id]);
    // The standard endpoints do not see it.
    expect(await code(await call(sim, "GET", `${BASE}/systemuser/request/vendor/${id}`, { bearer }))).toEqual(
      [404, "AUTH-00010"],
    );
    const standardList = await call(sim, "GET", `${BASE}/systemuser/request/vendor/bysystem/${SYSTEM_ID}`, {
      bearer,
    });
    expect(((await standardList.json()) as { data: unknown[] }).data).toEqual([]);
    // And a standard id is not an agent request.
    const standard = await createRequest(sim, {
      externalRef: "std",
      rights: [],
      accessPackages: [{ urn: `${P}a-ordning` }],
    });
    const standardId = ((await standard.json()) as { id: string }).id;
    expect(await code(await call(sim, "GET", `${AGENT}/${standardId}`, { bearer }))).toEqual([
      404,
      "AUTH-00010",
    ]);
  });

  it("another vendor's: 404 AUTH-00011; the generic DELETE removes an agent request (202)", async () => {
    const id = await newAgentRequest();
    const other = await token(sim, OTHER_VENDOR);
    expect(await code(await call(sim, "GET", `${AGENT}/${id}`, { bearer: other }))).toEqual([
      404,
      "AUTH-00011",
    ]);
    const bearer = await token(sim);
    expect((await call(sim, "DELETE", `${BASE}/systemuser/request/vendor/${id}`, { bearer })).status).toBe(
      202,
    );
    expect(await code(await call(sim, "GET", `${AGENT}/${id}`, { bearer }))).toEqual([404, "AUTH-00010"]);
  });
});

describe("approving an agent request (contracts-more §1.5)", () => {
  it("creates an agent system user with the packages, no rights; a second decision changes nothing", async () => {
    const id = await newAgentRequest();
    const out = await decideAgentRequest(sim, { id, decision: "approve" });
    expect(out).toMatchObject({
      ok: true,
      status: "Accepted",
      redirectUrl: "https://vendor.example/altinn/callback",
    });
    const [user] = await systemUsersOf(sim);
    expect(user).toMatchObject({
      userType: "agent",
      reporteeOrgNo: CUSTOMER,
      externalRef: "agent-1",
      rights: [],
      accessPackages: [{ urn: `${P}regnskapsforer-lonn` }],
    });
    expect(await decideAgentRequest(sim, { id, decision: "reject" })).toEqual({
      ok: false,
      state: "accepted",
    });
    const get = await call(sim, "GET", `${AGENT}/${id}`, { bearer: await token(sim) });
    expect(await get.json()).toMatchObject({ status: "Accepted" });
    // The standard approval does not take an agent id, nor the agent approval a standard one.
    expect(await decideRequest(sim, { id, decision: "approve" })).toEqual({ ok: false, state: "not-found" });
  });

  it("Maskinporten finds the agent system user like a standard one: the agent's org and externalRef (§1.7)", async () => {
    const id = await newAgentRequest();
    await decideAgentRequest(sim, { id, decision: "approve" });
    const client = { client_id: systemBody().clientId[0], orgno: VENDOR } as SimClient;
    const resolved = await resolveSystemUser(sim, client, { orgno: CUSTOMER, externalRef: "agent-1" });
    expect(resolved.ok && resolved.value.systemUser.userType).toBe("agent");
  });

  it("the agentrequest page's view shows agent requests only; the request page's does not", async () => {
    const id = await newAgentRequest();
    expect((await loadApprovalView(sim, id)).state).toBe("not-found");
    expect(await loadApprovalView(sim, id, "agent")).toMatchObject({
      state: "pending",
      party: { orgno: CUSTOMER },
      accessPackages: [{ urn: `${P}regnskapsforer-lonn`, title: { nb: "Regnskapsfører lønn" } }],
    });
  });

  it("reject sets Rejected and creates nothing", async () => {
    const id = await newAgentRequest();
    expect(await decideAgentRequest(sim, { id, decision: "reject" })).toMatchObject({
      ok: true,
      status: "Rejected",
    });
    expect(await systemUsersOf(sim)).toEqual([]);
  });
});
