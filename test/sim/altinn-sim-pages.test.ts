import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { decideRequest, loadApprovalView } from "@/lib/simulator/altinn/approval";
import { decideChangeRequest } from "@/lib/simulator/altinn/change-approval";
import { loadChangeApprovalView } from "@/lib/simulator/altinn/change-approval-view";
import { delegateClient } from "@/lib/simulator/altinn/client-delegation";
import { findAgentSystemUser, loadClientDelegationView } from "@/lib/simulator/altinn/client-delegation-view";
import { AGENT_FIRM_ORGNO, partyUuidOf } from "@/lib/simulator/orgs";
import type { TestSim } from "@/test/support/sim";
import { call, newSim } from "@/test/support/sim";
import { systemUsersOf } from "@/test/support/sim-state";
import {
  BASE,
  boligRight,
  kravRight,
  pendingRequest,
  registerSystem,
  SYSTEM_ID,
  token,
} from "./altinn-helpers";

/** What the simulated Altinn pages show and do: the change-request difference and client delegation. */
let sim: TestSim;
beforeEach(async () => {
  sim = await newSim();
});

const P = "urn:altinn:accesspackage:";

async function changeRequest(body: Record<string, unknown>): Promise<{ id: string; userId: string }> {
  const r = await pendingRequest(sim, {});
  const out = await decideRequest(sim, { id: r.id, decision: "approve" });
  if (!out.ok || !out.systemUserId) throw new Error("approval failed");
  const id = randomUUID();
  const res = await call(
    sim,
    "POST",
    `${BASE}/systemuser/changerequest/vendor?correlation-id=${id}&system-user-id=${out.systemUserId}`,
    { json: body, bearer: await token(sim) },
  );
  expect(res.status).toBe(201);
  return { id, userId: out.systemUserId };
}

describe("the change-request approval page's view (contracts-more §2)", () => {
  it("shows only the difference: a required right already held and an unwanted one not held are left out", async () => {
    // The system user holds krav (from its request); the system offers krav and bolig.
    const { id } = await changeRequest({
      requiredRights: [boligRight, kravRight],
      unwantedRights: [{ resource: [{ id: "urn:altinn:resource", value: "not-held" }] }],
    });
    const view = await loadChangeApprovalView(sim, id);
    expect(view.state).toBe("pending");
    expect(view.rights.map((r) => r.resourceId)).toEqual(["ske-innrapportering-boligselskap"]);
    expect(view.removed).toEqual({ rights: [], accessPackages: [] });
    expect(view.party?.orgno).toBe("313367002");
    expect(view.approver?.name).toBeTruthy();
  });

  it("after approval the state is accepted and the system user holds the new right", async () => {
    const { id, userId } = await changeRequest({ requiredRights: [boligRight], unwantedRights: [kravRight] });
    const before = await loadChangeApprovalView(sim, id);
    expect(before.removed.rights.map((r) => r.resourceId)).toEqual(["ske-krav-og-betalinger"]);
    await decideChangeRequest(sim, { id, decision: "approve" });
    expect((await loadChangeApprovalView(sim, id)).state).toBe("accepted");
    const user = (await systemUsersOf(sim)).find((u) => u.id === userId);
    expect(user?.rights.map((r) => r.resource[0]!.value)).toEqual(["ske-innrapportering-boligselskap"]);
  });

  it("reads a malformed or unknown id as not found", async () => {
    expect((await loadChangeApprovalView(sim, "nope")).state).toBe("not-found");
    expect((await loadChangeApprovalView(sim, randomUUID())).state).toBe("not-found");
  });
});

describe("the client-delegation page's view and actions (contracts-more §1.6)", () => {
  async function agentUser(): Promise<{ userId: string; requestId: string }> {
    const system = await registerSystem(sim, {
      isVisible: false,
      rights: [],
      accessPackages: [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }],
    });
    expect(system.status).toBe(200);
    const res = await call(sim, "POST", `${BASE}/systemuser/request/vendor/agent`, {
      json: {
        systemId: SYSTEM_ID,
        partyOrgNo: AGENT_FIRM_ORGNO,
        accessPackages: [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }],
        redirectUrl: "https://vendor.example/altinn/callback",
      },
      bearer: await token(sim),
    });
    const requestId = ((await res.json()) as { id: string }).id;
    const out = await decideAgentRequest(sim, { id: requestId, decision: "approve" });
    if (!out.ok || !out.systemUserId) throw new Error("approval failed");
    return { userId: out.systemUserId, requestId };
  }

  it("lists the firm's qualifying clients, delegates two, refuses the one lacking a-ordning (AUTH-00080)", async () => {
    const { userId, requestId } = await agentUser();
    // The agent request's page, once accepted, leads to the firm's client page.
    expect((await loadApprovalView(sim, requestId, "agent")).agentSystemUserId).toBe(userId);
    const view = await loadClientDelegationView(sim, userId, requestId);
    expect(view.state).toBe("ok");
    expect(view.redirectUrl).toBe("https://vendor.example/altinn/callback");
    expect(view.clients.map((c) => [c.orgno, c.delegated])).toEqual([
      ["313367002", false],
      ["310702641", false],
      ["314248295", false],
    ]);
    const user = (await findAgentSystemUser(sim, userId))!;
    expect(await delegateClient(sim, user, partyUuidOf("313367002"), true)).toEqual({ ok: true });
    expect(await delegateClient(sim, user, partyUuidOf("310702641"), true)).toEqual({ ok: true });
    expect(await delegateClient(sim, user, partyUuidOf("314248295"), true)).toEqual({
      ok: false,
      code: "AUTH-00080",
    });
    const after = await loadClientDelegationView(sim, userId, requestId);
    expect(after.clients.filter((c) => c.delegated).map((c) => c.orgno)).toEqual(["313367002", "310702641"]);
    expect(await delegateClient(sim, user, partyUuidOf("313367002"), false)).toEqual({ ok: true });
    const removed = await loadClientDelegationView(sim, userId, undefined);
    expect(removed.clients.filter((c) => c.delegated).map((c) => c.orgno)).toEqual(["310702641"]);
    expect(removed.redirectUrl).toBeUndefined();
  });

  it("refuses a standard system user, an unknown id and a malformed one", async () => {
    const r = await pendingRequest(sim, {});
    const out = await decideRequest(sim, { id: r.id, decision: "approve" });
    const standardId = out.ok ? out.systemUserId : undefined;
    expect((await loadClientDelegationView(sim, standardId, undefined)).state).toBe("not-found");
    expect((await loadClientDelegationView(sim, randomUUID(), undefined)).state).toBe("not-found");
    expect((await loadClientDelegationView(sim, "x'; drop", undefined)).state).toBe("not-found");
  });
});
