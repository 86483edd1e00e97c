import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { altinnClient } from "@/lib/altinn/client";
import { ALTINN_SCOPES } from "@/lib/catalogue";
import { resetConfigForTests } from "@/lib/config";
import { rightsChange, systemHoldings } from "@/lib/customers/model";
import { listCustomers } from "@/lib/customers/store";
import { getEnvironment, type Environment } from "@/lib/environments";
import type { GrantSigner } from "@/lib/maskinporten/signer";
import { buildSystemRegistration } from "@/lib/payloads/system-registration";
import type { SystemFormValues } from "@/lib/schemas/system";
import { createSession } from "@/lib/session/store";
import { fingerprint, stepById } from "@/lib/steps";
import { initialState, type WizardState } from "@/lib/session/state";
import { AGENT_FIRM_ORGNO } from "@/lib/simulator/orgs";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import { decideChangeRequest } from "@/lib/simulator/altinn/change-approval";
import { addCustomerOrgs, manyCustomerOrgnos } from "../support/customer-orgs";
import { patchRequest } from "../support/sim-state";
import { dispatch, mintAccessToken, newSim, PUBLIC_URL, testDb, type TestSim } from "../support/sim";

// The vendor token is minted by the simulator directly, as in altinn-client.test.ts.
const token = vi.hoisted(() => ({ value: "" }));
vi.mock("@/lib/maskinporten/tokens", () => ({
  getVendorToken: async () => ({ accessToken: token.value }),
}));
const service = await import("@/lib/customers/service");

/**
 * Step 5's customers against the simulator, through the functions the server actions call: many customers
 * at once, statuses followed with the paged listings (counted), one withdrawal touching only its customer,
 * and the reported bug (a second customer's withdrawn request made the wizard forget the first).
 */
const VENDOR = "314500008";
const CLIENT = "0b6a3c58-6f3e-4f7c-9a1e-3f1d2c4b5a60";
const A = "313367002";
const B = "310702641";
const signer: GrantSigner = { id: "test", sign: async () => "" };

const form: SystemFormValues = {
  idSuffix: "regnskap_demo",
  name: { nb: "Regnskap Demo", nn: "Rekneskap Demo", en: "Accounting Demo" },
  description: { nb: "Beskrivelse", nn: "", en: "Description" },
  rights: ["ske-krav-og-betalinger"],
  accessPackages: [],
  isVisible: true,
  allowedRedirectUrls: [{ url: "https://vendor.example/return" }],
};

let sim: TestSim;
let env: Environment;
let calls: string[];
let state: WizardState;
let sessionId: string;

beforeAll(() => {
  process.env.PUBLIC_URL = PUBLIC_URL;
  resetConfigForTests();
  env = getEnvironment("simulator", { sandbox: null });
});

beforeEach(async () => {
  sim = await newSim({ shared: true });
  calls = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push(`${init?.method ?? "GET"} ${new URL(url).pathname}`);
    return dispatch(sim, new Request(url, init));
  });
  token.value = await mintAccessToken(sim, {
    vendorOrgno: VENDOR,
    scope: ALTINN_SCOPES.join(" "),
    clientId: CLIENT,
  });
  const body = buildSystemRegistration(form, { vendorOrgNo: VENDOR, clientId: CLIENT });
  await altinnClient(env, token.value).createSystem(body);
  state = {
    ...initialState("simulator"),
    vendor: { orgno: VENDOR, name: null },
    client: { clientId: CLIENT, scopes: [...ALTINN_SCOPES], origin: "self-service", kid: "k1" },
    system: { systemId: body.id, kind: "standard", registration: { ...body }, savedAt: 1 },
  };
  sessionId = randomUUID();
  const db = (await testDb()).db;
  await createSession(db, { id: sessionId, handleHash: randomUUID(), sandboxId: randomUUID() });
  calls = [];
});

afterAll(() => vi.unstubAllGlobals());

async function ctx() {
  return { state, sessionId, env, signer, db: (await testDb()).db, locale: "en" as const };
}

async function approve(orgNo: string) {
  const list = await listCustomers((await testDb()).db, sessionId, state.system!.systemId);
  const c = list.find((x) => x.orgNo === orgNo)!;
  await decideRequest(sim, { id: c.requestId, decision: "approve" });
}

describe("many customers", () => {
  it("pasting merges duplicates, sends one request each, and a second paste sends nothing again", async () => {
    const res = await service.addManyCustomers(await ctx(), `${A}\n${B}, 313 367 002\n`);
    expect(res.data.counts.created).toBe(2);
    expect(res.data.notes).toEqual([`${A} is on lines 1, 2 and is added once.`]);
    expect(calls.filter((c) => c.startsWith("POST"))).toHaveLength(2);
    const again = await service.addManyCustomers(await ctx(), `${B}\n${A}`);
    expect(again.data.counts).toMatchObject({ created: 0, unchanged: 2 });
  });

  it("refuses a paste with a bad line, names the line, and sends nothing", async () => {
    const err = await service.addManyCustomers(await ctx(), `${A}\n123456789\nabc`).catch((e: unknown) => e);
    expect(err).toMatchObject({
      fieldErrors: {
        text: [
          "Line 2: 123456789 has a wrong check digit (MOD11). Check the number in the Register of Legal Entities.",
          "Line 3: “abc” is not an organisation number (digits, spaces and dots only).",
        ],
      },
    });
    expect(calls).toEqual([]);
    expect(await listCustomers((await testDb()).db, sessionId, state.system!.systemId)).toEqual([]);
  });

  it("follows 120 customers with ceil(120/50) pages of each listing, not one call per customer", async () => {
    const orgnos = manyCustomerOrgnos(120);
    await addCustomerOrgs((await testDb()).db, sim.sandboxId, orgnos);
    await service.addManyCustomers(await ctx(), orgnos.join("\n"));
    await approve(orgnos[7]!);
    calls = [];
    const res = await service.refreshAll(await ctx());
    expect(res.data).toMatchObject({ total: 120, approved: 1, waiting: 119, changed: 1 });
    expect(calls.filter((c) => c.includes("/systemuser/request/vendor/bysystem/"))).toHaveLength(3);
    expect(calls.filter((c) => c.includes("/systemuser/vendor/bysystem/"))).toHaveLength(1);
    expect(calls).toHaveLength(4);
    expect(res.state.request?.partyOrgNo).toBe(orgnos[7]);
    expect(res.state.done.customer).toBeDefined();

    // The budget (20 Altinn calls a minute, 8 at once): a second check a second later still asks Altinn,
    // a third one does not, and says when to ask again.
    const now = res.state.statusBudget!.at;
    const second = await service.refreshAll({ ...(await ctx()), state: res.state, now: now + 1000 });
    expect(calls).toHaveLength(8);
    calls = [];
    const third = await service.refreshAll({ ...(await ctx()), state: second.state, now: now + 2000 });
    expect(calls).toEqual([]);
    expect(third.data).toMatchObject({ total: 120, approved: 1, waiting: 119, changed: 0 });
    expect(third.data.retryInSeconds).toBeGreaterThan(10);
    const later = await service.refreshAll({
      ...(await ctx()),
      state: third.state,
      now: now + 2000 + third.data.retryInSeconds! * 1000,
    });
    expect(calls).toHaveLength(4);
    expect(later.data.retryInSeconds).toBeUndefined();
  });
});

describe("withdrawing one customer's request", () => {
  it("keeps the first, approved customer for steps 6-7 (the reported bug) and every other status", async () => {
    await service.addManyCustomers(await ctx(), A);
    await approve(A);
    state = (await service.refreshAll(await ctx())).state;
    expect(state.request?.partyOrgNo).toBe(A);
    expect(state.systemUser?.reporteeOrgNo).toBe(A);

    const sent = await service.addManyCustomers(await ctx(), B);
    state = sent.state;
    expect(state.request?.partyOrgNo).toBe(A);
    const withdrawn = await service.withdrawOne(await ctx(), B);
    state = withdrawn.state;
    expect(state.request?.partyOrgNo).toBe(A);
    expect(state.systemUser?.reporteeOrgNo).toBe(A);

    const list = await listCustomers((await testDb()).db, sessionId, state.system!.systemId);
    expect(Object.fromEntries(list.map((c) => [c.orgNo, c.status]))).toEqual({
      [A]: "Accepted",
      [B]: "Withdrawn",
    });
    // The withdrawn request is gone in Altinn, the approved one's system user is not.
    const altinn = altinnClient(env, token.value);
    expect(await altinn.getRequest(list.find((c) => c.orgNo === B)!.requestId)).toBeNull();
    expect(
      await altinn.findSystemUser({
        systemId: state.system!.systemId,
        orgNo: A,
        externalRef: state.request!.externalRef,
      }),
    ).not.toBeNull();
  });

  it("renews a withdrawn customer with the same externalRef, as a new request", async () => {
    await service.addManyCustomers(await ctx(), B);
    const before = (await listCustomers((await testDb()).db, sessionId, state.system!.systemId))[0]!;
    await service.withdrawOne(await ctx(), B);
    const renewed = await service.renewOne(await ctx(), B, "same");
    expect(renewed.data).toMatchObject({ outcome: "created", status: "New" });
    const after = (await listCustomers((await testDb()).db, sessionId, state.system!.systemId))[0]!;
    expect(after.externalRef).toBe(before.externalRef);
    expect(after.requestId).not.toBe(before.requestId);
  });

  it("answers an unknown customer, or renewing a waiting one, with a message and sends nothing", async () => {
    await expect(service.withdrawOne(await ctx(), A)).rejects.toThrow("The customer is not in the list");
    await service.addManyCustomers(await ctx(), A);
    calls = [];
    await expect(service.renewOne(await ctx(), A, "same")).rejects.toThrow("is not sent again");
    expect(calls.filter((c) => !c.startsWith("GET"))).toEqual([]);
  });
});

describe("one customer from the form", () => {
  it("is followed to approval like a pasted one", async () => {
    const res = await service.addOneCustomer(await ctx(), {
      partyOrgNo: A,
      externalRef: randomUUID(),
      rights: ["ske-krav-og-betalinger"],
      accessPackages: [],
      redirectUrl: "https://vendor.example/return",
    });
    expect(res.data).toMatchObject({ outcome: "created", status: "New" });
    await approve(A);
    const after = await service.refreshAll(await ctx());
    expect(after.data).toMatchObject({ approved: 1, waiting: 0, changed: 1 });
    expect(after.state.request?.partyOrgNo).toBe(A);
    const step5Current = (st: WizardState) => st.done.customer?.fp === fingerprint(stepById("customer"), st);
    expect(step5Current(after.state)).toBe(true);

    // The system is saved again (an API added): the approved customer still completes step 5 — what it
    // lacks is a change request — instead of step 5 asking for a re-run that has nothing to redo.
    const resaved = { ...after.state, system: { ...after.state.system!, savedAt: 2 } };
    expect(step5Current(resaved)).toBe(false);
    const again = await service.refreshAll({ ...(await ctx()), state: resaved });
    expect(step5Current(again.state)).toBe(true);
  });
});

describe("a saved single request (before the list)", () => {
  it("becomes the first customer, approved and active, and is never lost", async () => {
    await service.addManyCustomers(await ctx(), A);
    await approve(A);
    const approvedState = (await service.refreshAll(await ctx())).state;
    // Another session holding only the old single request and system user.
    sessionId = randomUUID();
    await createSession((await testDb()).db, {
      id: sessionId,
      handleHash: randomUUID(),
      sandboxId: randomUUID(),
    });
    state = { ...state, request: approvedState.request, systemUser: approvedState.systemUser };
    calls = [];
    const res = await service.refreshAll(await ctx());
    expect(res.data).toMatchObject({ total: 1, approved: 1, waiting: 0 });
    expect(res.state.request?.partyOrgNo).toBe(A);
    expect(calls).toEqual([]);
  });
});

describe("change requests (contracts-more §2)", () => {
  it("a system that gains a right asks the approved customer for it, and the approval is followed", async () => {
    await service.addManyCustomers(await ctx(), A);
    await approve(A);
    state = (await service.refreshAll(await ctx())).state;
    const db = (await testDb()).db;
    const before = (await listCustomers(db, sessionId, state.system!.systemId))[0]!;
    expect(rightsChange(before, systemHoldings(state)!)).toBeNull();

    // Step 4 again: the system now also offers boligselskap.
    const reg = buildSystemRegistration(
      { ...form, rights: ["ske-krav-og-betalinger", "ske-innrapportering-boligselskap"] },
      { vendorOrgNo: VENDOR, clientId: CLIENT },
    );
    await altinnClient(env, token.value).updateSystem(reg.id, reg);
    state = { ...state, system: { ...state.system!, registration: { ...reg } } };
    const stale = (await listCustomers(db, sessionId, reg.id))[0]!;
    expect(rightsChange(stale, systemHoldings(state)!)?.requiredRights).toEqual([
      "ske-innrapportering-boligselskap",
    ]);

    calls = [];
    const sent = await service.changeOne(await ctx(), A);
    expect(sent.data.status).toBe("New");
    expect(calls.filter((c) => c.startsWith("POST") && c.includes("/changerequest/vendor"))).toHaveLength(1);
    const pending = (await listCustomers(db, sessionId, reg.id))[0]!;
    expect(pending.change?.confirmUrl).toContain("/systemuser/changerequest?id=");
    // While it waits, no second change request is offered and the poller keeps following it.
    const polled = await service.refreshAll(await ctx());
    expect(polled.data.waiting).toBe(1);

    expect((await decideChangeRequest(sim, { id: pending.change!.id, decision: "approve" })).ok).toBe(true);
    const done = await service.refreshAll(await ctx());
    expect(done.data).toMatchObject({ waiting: 0, changed: 1 });
    const after = (await listCustomers(db, sessionId, reg.id))[0]!;
    expect(after.change?.status).toBe("Accepted");
    expect(rightsChange(after, systemHoldings(state)!)).toBeNull();
    await expect(service.changeOne(await ctx(), A)).rejects.toThrow("already holds what the system offers");
  });
});

describe("an agent system (contracts-more §1)", () => {
  it("sends agent requests for the accounting firm and sees the approval through the system-user listing", async () => {
    const P = "urn:altinn:accesspackage:";
    const reg = buildSystemRegistration(
      { ...form, idSuffix: "regnskap_klient", rights: [], isVisible: false },
      { vendorOrgNo: VENDOR, clientId: "c1c1c1c1-0000-4000-8000-000000000002" },
    );
    reg.accessPackages = [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }];
    await altinnClient(env, token.value).createSystem(reg);
    state = { ...state, system: { systemId: reg.id, kind: "agent", registration: { ...reg }, savedAt: 2 } };

    calls = [];
    const sent = await service.addManyCustomers(await ctx(), AGENT_FIRM_ORGNO);
    expect(sent.data.counts.created).toBe(1);
    expect(calls.filter((c) => c.startsWith("POST"))).toEqual([
      "POST /sim/altinn/authentication/api/v1/systemuser/request/vendor/agent",
    ]);
    const db = (await testDb()).db;
    const [firm] = await listCustomers(db, sessionId, reg.id);
    expect(firm).toMatchObject({ kind: "agent", status: "New" });
    expect(firm!.confirmUrl).toContain("/systemuser/agentrequest?id=");
    expect(firm!.request.accessPackages.map((p) => p.urn)).toEqual([
      `${P}regnskapsforer-lonn`,
      `${P}a-ordning`,
    ]);

    // Waiting, it is not in the standard listing: looked up by id with the agent GET, not called NotFound.
    const waiting = await service.refreshAll(await ctx());
    expect(waiting.data).toMatchObject({ waiting: 1, changed: 0 });
    expect((await decideAgentRequest(sim, { id: firm!.requestId, decision: "approve" })).ok).toBe(true);
    const approved = await service.refreshAll(await ctx());
    expect(approved.data).toMatchObject({ approved: 1, waiting: 0 });
    expect(approved.state.request?.partyOrgNo).toBe(AGENT_FIRM_ORGNO);
    expect(approved.state.systemUser?.userType).toBe("agent");
  });
});

describe("one customer's request: 'already exists' answers and renewal (contracts §2.7-2.8)", () => {
  const one = (externalRef: string) => ({
    partyOrgNo: B,
    externalRef,
    rights: ["ske-krav-og-betalinger"],
    accessPackages: [],
    redirectUrl: "",
  });
  const row = async () => (await listCustomers((await testDb()).db, sessionId, state.system!.systemId))[0]!;

  it("a second send of the same key reuses the pending request", async () => {
    expect((await service.addOneCustomer(await ctx(), one("ref-flow"))).data.outcome).toBe("created");
    const first = await row();
    expect((await service.addOneCustomer(await ctx(), one("ref-flow"))).data.outcome).toBe("reused");
    expect((await row()).requestId).toBe(first.requestId);
  });

  it("AUTH-00004 finds the system user and what its approved request holds, so rights can be compared", async () => {
    await service.addOneCustomer(await ctx(), one("ref-flow"));
    await decideRequest(sim, { id: (await row()).requestId, decision: "approve" });
    sessionId = randomUUID();
    await createSession((await testDb()).db, {
      id: sessionId,
      handleHash: randomUUID(),
      sandboxId: randomUUID(),
    });
    const again = await service.addOneCustomer(await ctx(), one("ref-flow"));
    expect(again.data).toMatchObject({ outcome: "alreadyApproved", status: "Accepted" });
    const c = await row();
    expect(c.systemUserId).toBeTruthy();
    expect(c.held?.rights).toHaveLength(1);
    expect(rightsChange(c, systemHoldings(state)!)).toBeNull();
    expect(again.state.systemUser?.reporteeOrgNo).toBe(B);
  });

  it("after a rejection: sent again with the same externalRef, then with a new one", async () => {
    await service.addOneCustomer(await ctx(), one("ref-flow"));
    const sent = await row();
    await decideRequest(sim, { id: sent.requestId, decision: "reject" });
    await service.refreshAll(await ctx());
    expect((await row()).status).toBe("Rejected");
    expect((await service.renewOne(await ctx(), B, "same")).data).toMatchObject({
      outcome: "created",
      status: "New",
    });
    const same = await row();
    expect(same).toMatchObject({ externalRef: "ref-flow", status: "New" });
    expect(same.requestId).not.toBe(sent.requestId);

    await decideRequest(sim, { id: same.requestId, decision: "reject" });
    await service.refreshAll(await ctx());
    await service.renewOne(await ctx(), B, "new");
    expect((await row()).externalRef).not.toBe("ref-flow");
    expect((await row()).status).toBe("New");
  });

  it("after a timeout: a new request for the same key", async () => {
    await service.addOneCustomer(await ctx(), one("ref-flow"));
    const sent = await row();
    await patchRequest(sim, sent.requestId, (r) => ({ ...r, expiresAt: 0 }));
    await service.refreshAll(await ctx());
    expect((await row()).status).toBe("Timedout");
    await service.renewOne(await ctx(), B, "same");
    expect(await row()).toMatchObject({ status: "New", externalRef: "ref-flow" });
    expect((await row()).requestId).not.toBe(sent.requestId);
  });
});
