import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import { decideChangeRequest } from "@/lib/simulator/altinn/change-approval";
import type { TestSim } from "@/test/support/sim";
import { call, newSim, simUrl } from "@/test/support/sim";
import { systemUsersOf } from "@/test/support/sim-state";
import {
  BASE,
  boligRight,
  CUSTOMER,
  kravRight,
  OTHER_VENDOR,
  pendingRequest,
  problem,
  SYSTEM_ID,
  systemBody,
  token,
  VENDOR,
} from "./altinn-helpers";

/** Change requests (contracts-more §2): the controller's order, the answers, and the approval's difference. */
let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const P = "urn:altinn:accesspackage:";
const CR = `${BASE}/systemuser/changerequest/vendor`;
const systemOverrides = {
  isVisible: false,
  accessPackages: [{ urn: `${P}a-ordning` }, { urn: `${P}regnskapsforer-lonn` }],
};

/** An approved standard system user with the krav right; returns its id. */
async function approvedUser(): Promise<string> {
  const r = await pendingRequest(sim, {});
  const out = await decideRequest(sim, { id: r.id, decision: "approve" });
  if (!out.ok || !out.systemUserId) throw new Error("approval failed");
  return out.systemUserId;
}

async function post(query: string, body: Record<string, unknown>, vendor = VENDOR): Promise<Response> {
  return call(sim, "POST", `${CR}?${query}`, { json: body, bearer: await token(sim, vendor) });
}

describe("POST systemuser/changerequest/vendor", () => {
  it("201 with Location and confirmUrl; the same correlation-id again: 200 with it; approval applies the difference", async () => {
    const userId = await approvedUser();
    const cid = randomUUID();
    const body = { requiredRights: [boligRight], unwantedRights: [kravRight] };
    const res = await post(`correlation-id=${cid}&system-user-id=${userId}`, body);
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(
      simUrl(sim, `/sim/altinn/authentication/api/v1/systemuser/changerequest/${cid}`),
    );
    expect(await res.json()).toMatchObject({
      id: cid,
      systemUserId: userId,
      systemId: SYSTEM_ID,
      partyOrgNo: CUSTOMER,
      externalRef: "ref-1",
      requiredRights: [boligRight],
      unwantedRights: [kravRight],
      requiredAccessPackages: [],
      unwantedAccessPackages: [],
      status: "New",
      confirmUrl: simUrl(
        sim,
        `/sim/altinn-ui/accessmanagement/ui/systemuser/changerequest?id=${cid}&DONTCHOOSEREPORTEE=true`,
      ),
      timedOut: false,
    });
    const again = await post(`correlation-id=${cid}&system-user-id=${userId}`, {
      requiredRights: [kravRight],
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: cid, requiredRights: [boligRight] });

    expect(await decideChangeRequest(sim, { id: cid, decision: "approve" })).toMatchObject({
      ok: true,
      status: "Accepted",
    });
    const [user] = await systemUsersOf(sim);
    expect(user!.rights).toEqual([boligRight]);
    const get = await call(sim, "GET", `${CR}/${cid}`, { bearer: await token(sim) });
    expect(await get.json()).toMatchObject({ status: "Accepted" });
    expect(await decideChangeRequest(sim, { id: cid, decision: "reject" })).toEqual({
      ok: false,
      state: "accepted",
    });
  });

  it("refuses in the controller's order", async () => {
    const userId = await approvedUser();
    const cid = randomUUID();
    const body = { requiredRights: [boligRight] };
    const missing = await post(`system-user-id=${userId}`, body);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/^Missing or invalid QueryParameter: correlation-id/);
    const unknown = await post(`correlation-id=${cid}&system-user-id=${randomUUID()}`, body);
    expect([unknown.status, (await problem(unknown)).code]).toEqual([404, "AUTH-00015"]);
    const noUser = await post(`correlation-id=${cid}`, body);
    expect(noUser.status).toBe(404);
    const same = await post(`correlation-id=${userId}&system-user-id=${userId}`, body);
    expect(same.status).toBe(400);
    const foreign = await post(`correlation-id=${cid}&system-user-id=${userId}`, body, OTHER_VENDOR);
    expect([foreign.status, await foreign.text()]).toEqual([401, ""]);
    const nothing = await post(`correlation-id=${cid}&system-user-id=${userId}`, {});
    expect(nothing.status).toBe(200);
    expect(await nothing.json()).toMatchObject({ id: cid, status: "NoChangeNeeded", confirmUrl: "" });
    // Nothing was stored.
    expect((await call(sim, "GET", `${CR}/${cid}`, { bearer: await token(sim) })).status).toBe(404);
    const notOnSystem = await post(`correlation-id=${cid}&system-user-id=${userId}`, {
      requiredRights: [
        { resource: [{ id: "urn:altinn:resource", value: "ske-innrapportering-boligsameie" }] },
      ],
    });
    expect((await problem(notOnSystem)).code).toBe("AUTH-00001");
    const pkgNotOnSystem = await post(`correlation-id=${cid}&system-user-id=${userId}`, {
      requiredAccessPackages: [{ urn: `${P}a-ordning` }],
    });
    expect((await problem(pkgNotOnSystem)).code).toBe("AUTH-00063");
    const badRedirect = await post(`correlation-id=${cid}&system-user-id=${userId}`, {
      ...body,
      redirectUrl: "https://elsewhere.example/",
    });
    expect((await problem(badRedirect)).code).toBe("AUTH-00021");
  });

  it("AUTH-00064 for a client package; an agent system user is not found (AUTH-00015)", async () => {
    const reg = await call(sim, "POST", `${BASE}/systemregister/vendor`, {
      json: systemBody(systemOverrides),
      bearer: await token(sim),
    });
    expect(reg.status).toBe(200);
    const agent = await call(sim, "POST", `${BASE}/systemuser/request/vendor/agent`, {
      json: {
        systemId: SYSTEM_ID,
        partyOrgNo: CUSTOMER,
        accessPackages: [{ urn: `${P}regnskapsforer-lonn` }],
      },
      bearer: await token(sim),
    });
    const agentId = ((await agent.json()) as { id: string }).id;
    const decided = await decideAgentRequest(sim, { id: agentId, decision: "approve" });
    const agentUser = decided.ok ? decided.systemUserId! : "";
    const res = await post(`correlation-id=${randomUUID()}&system-user-id=${agentUser}`, {
      requiredAccessPackages: [{ urn: `${P}a-ordning` }],
    });
    expect([res.status, (await problem(res)).code]).toEqual([404, "AUTH-00015"]);

    const std = await call(sim, "POST", `${BASE}/systemuser/request/vendor`, {
      json: {
        systemId: SYSTEM_ID,
        partyOrgNo: CUSTOMER,
        externalRef: "s",
        accessPackages: [{ urn: `${P}a-ordning` }],
      },
      bearer: await token(sim),
    });
    const stdOut = await decideRequest(sim, {
      id: ((await std.json()) as { id: string }).id,
      decision: "approve",
    });
    const stdUser = stdOut.ok ? stdOut.systemUserId! : "";
    const client = await post(`correlation-id=${randomUUID()}&system-user-id=${stdUser}`, {
      requiredAccessPackages: [{ urn: `${P}regnskapsforer-lonn` }],
    });
    expect(await problem(client)).toMatchObject({ code: "AUTH-00064" });
  });
});

describe("reading and deleting change requests", () => {
  it("by id, by external key (without package lists), by system; another vendor's: AUTH-00011; DELETE 202", async () => {
    const userId = await approvedUser();
    const cid = randomUUID();
    expect(
      (await post(`correlation-id=${cid}&system-user-id=${userId}`, { requiredRights: [boligRight] })).status,
    ).toBe(201);
    const bearer = await token(sim);
    const byRef = await call(sim, "GET", `${CR}/byexternalref/${SYSTEM_ID}/${CUSTOMER}/ref-1`, { bearer });
    const refBody = (await byRef.json()) as Record<string, unknown>;
    expect(refBody.id).toBe(cid);
    expect(refBody).not.toHaveProperty("requiredAccessPackages");
    const list = await call(sim, "GET", `${CR}/bysystem/${SYSTEM_ID}`, { bearer });
    expect(((await list.json()) as { data: { id: string }[] }).data.map((r) => r.id)).toEqual([cid]);
    const other = await token(sim, OTHER_VENDOR);
    expect((await problem(await call(sim, "GET", `${CR}/${cid}`, { bearer: other }))).code).toBe(
      "AUTH-00011",
    );
    expect((await call(sim, "DELETE", `${CR}/${cid}`, { bearer })).status).toBe(202);
    expect((await problem(await call(sim, "GET", `${CR}/${cid}`, { bearer }))).code).toBe("AUTH-00010");
    expect((await problem(await call(sim, "DELETE", `${CR}/${cid}`, { bearer }))).code).toBe("AUTH-00010");
  });
});
