import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { altinnClient, type AltinnClient } from "@/lib/altinn/client";
import { compareRights } from "@/lib/altinn/rights-compare";
import { ALTINN_SCOPES } from "@/lib/catalogue";
import { resetConfigForTests } from "@/lib/config";
import { getEnvironment, isTrustedConfirmUrl, type Environment } from "@/lib/environments";
import { ServiceError } from "@/lib/http/service-error";
import { buildAccessRequest } from "@/lib/payloads/access-request";
import { buildAgentRequest } from "@/lib/payloads/agent-request";
import { buildChangeRequest, changeValuesFrom } from "@/lib/payloads/change-request";
import { buildSystemRegistration, resourceRight } from "@/lib/payloads/system-registration";
import type { SystemFormValues } from "@/lib/schemas/system";
import { decideAgentRequest } from "@/lib/simulator/altinn/agent-approval";
import { decideRequest } from "@/lib/simulator/altinn/approval";
import { decideChangeRequest } from "@/lib/simulator/altinn/change-approval";
import { AGENT_FIRM_ORGNO } from "@/lib/simulator/orgs";
import type { TestSim } from "@/test/support/sim";
import { dispatch, mintAccessToken, newSim, PUBLIC_URL } from "../support/sim";
import { systemUsersOf } from "../support/sim-state";

/** The agent-request and change-request methods of altinnClient against the simulator (contracts-more §1.3–1.4, §2). */
const VENDOR = "314500008";
const OTHER_VENDOR = "314501373";
const CUSTOMER = "313367002";
const P = "urn:altinn:accesspackage:";

let sim: TestSim;
let env: Environment;
let altinn: AltinnClient;

const standardForm: SystemFormValues = {
  idSuffix: "regnskap_endring",
  name: { nb: "Regnskap Endring", nn: "", en: "" },
  description: { nb: "Beskrivelse", nn: "", en: "" },
  rights: ["ske-krav-og-betalinger"],
  accessPackages: [],
  isVisible: true,
  allowedRedirectUrls: [{ url: "https://vendor.example/return" }],
};

const token = (orgno = VENDOR) =>
  mintAccessToken(sim, {
    vendorOrgno: orgno,
    scope: ALTINN_SCOPES.join(" "),
    clientId: "0b6a3c58-6f3e-4f7c-9a1e-3f1d2c4b5a61",
  });

async function failure(p: Promise<unknown>): Promise<ServiceError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ServiceError);
  return e as ServiceError;
}

beforeAll(() => {
  process.env.PUBLIC_URL = PUBLIC_URL;
  resetConfigForTests();
  env = getEnvironment("simulator", { sandbox: null });
});

beforeEach(async () => {
  sim = await newSim({ shared: true });
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => dispatch(sim, new Request(url, init)));
  altinn = altinnClient(env, await token());
});

afterAll(() => vi.unstubAllGlobals());

describe("agent requests", () => {
  let systemId: string;
  beforeEach(async () => {
    // A system for agent system users lists client-only packages, so it must be invisible (contracts-more §1.1).
    const body = buildSystemRegistration(
      {
        ...standardForm,
        idSuffix: "regnskap_klient",
        rights: [],
        accessPackages: [],
        isVisible: false,
      },
      { vendorOrgNo: VENDOR, clientId: "c1c1c1c1-0000-4000-8000-000000000001" },
    );
    // klientadministrator is on the system but only for standard users (AUTH-00065 for an agent).
    body.accessPackages = [
      { urn: `${P}regnskapsforer-lonn` },
      { urn: `${P}a-ordning` },
      { urn: `${P}klientadministrator` },
    ];
    await altinn.createSystem(body);
    systemId = body.id;
  });

  const agentBody = (over: Partial<Parameters<typeof buildAgentRequest>[0]> = {}) =>
    buildAgentRequest({
      systemId,
      partyOrgNo: AGENT_FIRM_ORGNO,
      accessPackages: ["regnskapsforer-lonn", "a-ordning"],
      externalRef: "firma-1",
      redirectUrl: "https://vendor.example/return",
      ...over,
    });

  it("creates (201), answers the same request (200) for the same key, reads it by id and by externalRef", async () => {
    const first = await altinn.createAgentRequest(agentBody());
    expect(first.created).toBe(true);
    expect(first.request).toMatchObject({
      systemId,
      partyOrgNo: AGENT_FIRM_ORGNO,
      externalRef: "firma-1",
      status: "New",
      accessPackages: [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }],
    });
    expect(first.request).not.toHaveProperty("rights");
    expect(first.request.confirmUrl).toContain("/accessmanagement/ui/systemuser/agentrequest?id=");
    expect(isTrustedConfirmUrl(env, first.request.confirmUrl)).toBe(true);
    const again = await altinn.createAgentRequest(agentBody());
    expect(again).toMatchObject({ created: false, request: { id: first.request.id } });
    expect((await altinn.getAgentRequest(first.request.id))?.id).toBe(first.request.id);
    expect((await altinn.getAgentRequestByExternalRef(systemId, AGENT_FIRM_ORGNO, "firma-1"))?.id).toBe(
      first.request.id,
    );
  });

  it("an empty externalRef is left out and becomes the firm's orgno", async () => {
    const body = agentBody({ externalRef: "" });
    expect(body).not.toHaveProperty("externalRef");
    const { request } = await altinn.createAgentRequest(body);
    expect(request.externalRef).toBe(AGENT_FIRM_ORGNO);
  });

  it("keeps agent and standard requests apart: each GET answers null for the other kind", async () => {
    const { request } = await altinn.createAgentRequest(agentBody());
    expect(await altinn.getRequest(request.id)).toBeNull();
    expect(await altinn.getAgentRequest("6f1f4b3c-0000-4000-8000-000000000000")).toBeNull();
    expect(await altinn.getAgentRequestByExternalRef(systemId, AGENT_FIRM_ORGNO, "nope")).toBeNull();
  });

  it("withdraws an agent request through the generic DELETE; a second delete is AUTH-00010", async () => {
    const { request } = await altinn.createAgentRequest(agentBody());
    await altinn.deleteAgentRequest(request.id);
    expect(await altinn.getAgentRequest(request.id)).toBeNull();
    const e = await failure(altinn.deleteAgentRequest(request.id));
    expect(e).toMatchObject({ status: 404, code: "AUTH-00010" });
  });

  it("maps Altinn's refusals: AUTH-00065 (not for agents), AUTH-00058 (no packages), AUTH-00011 (not yours)", async () => {
    const notDelegable = await failure(
      altinn.createAgentRequest({ ...agentBody(), accessPackages: [{ urn: `${P}klientadministrator` }] }),
    );
    expect(notDelegable).toMatchObject({ status: 400, code: "AUTH-00065" });
    const none = await failure(altinn.createAgentRequest({ ...agentBody(), accessPackages: [] }));
    expect(none).toMatchObject({ status: 400, code: "AUTH-00058" });
    const other = altinnClient(env, await token(OTHER_VENDOR));
    const e = await failure(other.createAgentRequest(agentBody()));
    expect(e.code).toBe("AUTH-00011");
  });

  it("lists every agent request of the system across pages (51: two pages of Altinn's 50)", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 51; i++)
      ids.push((await altinn.createAgentRequest(agentBody({ externalRef: `firma-${i}` }))).request.id);
    const listed = await altinn.listAgentRequests(systemId);
    expect(listed.map((r) => r.id).sort()).toEqual(ids.sort());
    expect(listed[0]).not.toHaveProperty("rights");
  });

  it("after approval the key is taken (AUTH-00004), and the agent system user exists with no rights", async () => {
    const { request } = await altinn.createAgentRequest(agentBody());
    expect(await decideAgentRequest(sim, { id: request.id, decision: "approve" })).toMatchObject({
      ok: true,
    });
    expect((await altinn.getAgentRequest(request.id))?.status).toBe("Accepted");
    const e = await failure(altinn.createAgentRequest(agentBody()));
    expect(e.code).toBe("AUTH-00004");
    const user = await altinn.findSystemUser({ systemId, orgNo: AGENT_FIRM_ORGNO, externalRef: "firma-1" });
    expect(user?.userType).toBe("agent");
  });
});

describe("change requests", () => {
  let systemId: string;
  let systemUserId: string;
  beforeEach(async () => {
    const body = buildSystemRegistration(standardForm, {
      vendorOrgNo: VENDOR,
      clientId: "c1c1c1c1-0000-4000-8000-000000000002",
    });
    await altinn.createSystem(body);
    systemId = body.id;
    const { request } = await altinn.createRequest(
      buildAccessRequest({
        systemId,
        partyOrgNo: CUSTOMER,
        externalRef: "kunde-1",
        rights: ["ske-krav-og-betalinger"],
        accessPackages: [],
        redirectUrl: "",
      }),
    );
    await decideRequest(sim, { id: request.id, decision: "approve" });
    const user = await altinn.findSystemUser({ systemId, orgNo: CUSTOMER, externalRef: "kunde-1" });
    systemUserId = user!.id;
  });

  /** The system gains a right; the system user (holding what its request asked for) lacks it. */
  async function addBoligselskap() {
    const rights = [
      resourceRight("ske-krav-og-betalinger"),
      resourceRight("ske-innrapportering-boligselskap"),
    ];
    await altinn.updateSystemRights(systemId, rights);
    const system = await altinn.getSystem(systemId);
    const change = compareRights(
      system!,
      { rights: [resourceRight("ske-krav-og-betalinger")], accessPackages: [] },
      "standard",
    );
    expect(change?.kind).toBe("change-request");
    if (change?.kind !== "change-request") throw new Error("unreachable");
    return buildChangeRequest(changeValuesFrom(change, "https://vendor.example/return"));
  }

  it("creates (201) with the correlation-id as its id, re-reads it, and approval gives the right", async () => {
    const body = await addBoligselskap();
    expect(body.requiredRights).toEqual([resourceRight("ske-innrapportering-boligselskap")]);
    const correlationId = "2f0c4a8e-1b7d-4c3e-9a55-0d6f7e8a9b10";
    const sent = await altinn.createChangeRequest(systemUserId, body, correlationId);
    expect(sent.created).toBe(true);
    expect(sent.changeRequest).toMatchObject({
      id: correlationId,
      systemId,
      systemUserId,
      partyOrgNo: CUSTOMER,
      externalRef: "kunde-1",
      status: "New",
      requiredRights: body.requiredRights,
      unwantedRights: [],
    });
    expect(sent.changeRequest.confirmUrl).toContain("/accessmanagement/ui/systemuser/changerequest?id=");
    // The same correlation-id again: 200 with the stored one (idempotent retry).
    const again = await altinn.createChangeRequest(systemUserId, body, correlationId);
    expect(again).toMatchObject({ created: false, changeRequest: { id: correlationId, status: "New" } });

    await decideChangeRequest(sim, { id: correlationId, decision: "approve" });
    expect((await altinn.getChangeRequest(correlationId))?.status).toBe("Accepted");
    const [user] = (await systemUsersOf(sim)).filter((u) => u.id === systemUserId);
    expect(user!.rights.map((r) => r.resource[0]!.value).sort()).toEqual([
      "ske-innrapportering-boligselskap",
      "ske-krav-og-betalinger",
    ]);
  });

  it("a fresh correlation-id each time when none is given; deleting makes it unknown (null)", async () => {
    const body = await addBoligselskap();
    const a = await altinn.createChangeRequest(systemUserId, body);
    const b = await altinn.createChangeRequest(systemUserId, body);
    expect(a.changeRequest.id).not.toBe(b.changeRequest.id);
    await altinn.deleteChangeRequest(a.changeRequest.id);
    expect(await altinn.getChangeRequest(a.changeRequest.id)).toBeNull();
    expect(await altinn.getChangeRequest(b.changeRequest.id)).not.toBeNull();
    const e = await failure(altinn.deleteChangeRequest("6f1f4b3c-0000-4000-8000-000000000000"));
    expect(e.code).toBe("AUTH-00010");
  });

  it("lists change requests, stopping when Altinn repeats its first page (contracts-more §3.1)", async () => {
    const body = await addBoligselskap();
    const ids: string[] = [];
    for (let i = 0; i < 51; i++)
      ids.push((await altinn.createChangeRequest(systemUserId, body)).changeRequest.id);
    const listed = await altinn.listChangeRequests(systemId);
    // Altinn ignores the token: the same first 50 for ever; the client stops instead of looping.
    expect(listed).toHaveLength(50);
    expect(new Set(listed.map((c) => c.id)).size).toBe(50);
    expect(listed.every((c) => ids.includes(c.id))).toBe(true);
  });

  it("answers NoChangeNeeded (200, not stored) for empty lists", async () => {
    const empty = {
      requiredRights: [],
      unwantedRights: [],
      requiredAccessPackages: [],
      unwantedAccessPackages: [],
    };
    const sent = await altinn.createChangeRequest(systemUserId, empty);
    expect(sent).toMatchObject({
      created: false,
      changeRequest: { status: "NoChangeNeeded", confirmUrl: "" },
    });
    expect(await altinn.getChangeRequest(sent.changeRequest.id)).toBeNull();
  });

  it("maps the refusals: AUTH-00001 (right not on the system), AUTH-00015 (unknown system user)", async () => {
    const notOnSystem = buildChangeRequest({
      requiredRights: ["ske-innrapportering-boligselskap"],
      unwantedRights: [],
      requiredAccessPackages: [],
      unwantedAccessPackages: [],
    });
    expect((await failure(altinn.createChangeRequest(systemUserId, notOnSystem))).code).toBe("AUTH-00001");
    const e = await failure(
      altinn.createChangeRequest("6f1f4b3c-0000-4000-8000-000000000000", await addBoligselskap()),
    );
    expect(e).toMatchObject({ status: 404, code: "AUTH-00015" });
  });

  it("the correlation-id may not equal the system user's id: a plain-string 400 becomes the description", async () => {
    const e = await failure(altinn.createChangeRequest(systemUserId, await addBoligselskap(), systemUserId));
    expect(e.status).toBe(400);
    expect(e.description).toMatch(/correlation-id/);
  });
});
