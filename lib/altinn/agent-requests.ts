import "server-only";
import { expectStatus, isUnknownRequest, parseAnswer, seg, type AltinnTransport } from "./transport";
import { readAllPages } from "./paging";
import { agentRequestSchema, type AgentRequest, type AgentRequestBody } from "./types";

/**
 * The agent-request methods of the Altinn client (contracts-more §1.3–1.4), spread into altinnClient. Agent
 * and standard requests do not mix: the agent GETs answer 404 AUTH-00010 for a standard request's id.
 */
export function agentRequestMethods(t: AltinnTransport) {
  return {
    /**
     * POST `systemuser/request/vendor/agent`: 201 = a new request; 200 = the existing, not timed-out agent
     * request for the same (systemId, partyOrgNo, externalRef) (contracts-more §1.3).
     */
    async createAgentRequest(body: AgentRequestBody): Promise<{ request: AgentRequest; created: boolean }> {
      const res = expectStatus(await t.send("POST", "systemuser/request/vendor/agent", body), [200, 201]);
      return { request: parseAnswer(res, agentRequestSchema), created: res.status === 201 };
    },

    /** GET `…/vendor/agent/{id}`; null for an unknown, deleted or standard request (AUTH-00010). */
    async getAgentRequest(id: string): Promise<AgentRequest | null> {
      const res = await t.send("GET", `systemuser/request/vendor/agent/${seg(id)}`);
      if (res.status === 404 && isUnknownRequest(res)) return null;
      return parseAnswer(expectStatus(res, [200]), agentRequestSchema);
    },

    /** GET `…/vendor/agent/byexternalref/{systemId}/{orgNo}/{externalRef}`; AUTH-00011 (not yours) throws. */
    async getAgentRequestByExternalRef(
      systemId: string,
      orgNo: string,
      externalRef: string,
    ): Promise<AgentRequest | null> {
      const res = await t.send(
        "GET",
        `systemuser/request/vendor/agent/byexternalref/${seg(systemId)}/${seg(orgNo)}/${seg(externalRef)}`,
      );
      if (res.status === 404 && isUnknownRequest(res)) return null;
      return parseAnswer(expectStatus(res, [200]), agentRequestSchema);
    },

    /**
     * GET `…/vendor/agent/bysystem/{systemId}`, every page (contracts-more §3.1: the paging is unreliable, so
     * poll known ids with getAgentRequest rather than trusting this list). AUTH-00011 (not yours) throws.
     */
    async listAgentRequests(systemId: string): Promise<AgentRequest[]> {
      return readAllPages(
        t,
        `systemuser/request/vendor/agent/bysystem/${seg(systemId)}`,
        agentRequestSchema,
        (r) => r.id,
      );
    },

    /**
     * Withdraws an agent request. There is no agent-specific DELETE: the generic `DELETE vendor/{id}` removes
     * any request by id (contracts-more §1.3). 202, empty body; an unknown id is 404 AUTH-00010 and throws.
     */
    async deleteAgentRequest(id: string): Promise<void> {
      expectStatus(await t.send("DELETE", `systemuser/request/vendor/${seg(id)}`), [200, 202, 204]);
    },
  };
}
