import "server-only";
import { randomUUID } from "node:crypto";
import { expectStatus, isUnknownRequest, parseAnswer, seg, type AltinnTransport } from "./transport";
import { readAllPages } from "./paging";
import { changeRequestSchema, type ChangeRequest, type ChangeRequestBody } from "./types";

export interface ChangeRequestSent {
  changeRequest: ChangeRequest;
  /** 201: stored now. 200: the correlation-id was used before (any status), or NoChangeNeeded. */
  created: boolean;
}

/**
 * The change-request methods of the Altinn client (contracts-more §2), spread into altinnClient. Standard
 * system users only: for an agent system user Altinn answers 404 AUTH-00015.
 */
export function changeRequestMethods(t: AltinnTransport) {
  return {
    /**
     * POST `systemuser/changerequest/vendor?correlation-id=&system-user-id=`. Each change needs a new
     * correlation-id (a fresh UUID unless one is given, say to retry the same change idempotently); it becomes
     * the change request's id. A correlation-id used before answers 200 with the stored request whatever its
     * status, and empty lists answer 200 `NoChangeNeeded` with nothing stored: read `status`.
     */
    async createChangeRequest(
      systemUserId: string,
      body: ChangeRequestBody,
      correlationId: string = randomUUID(),
    ): Promise<ChangeRequestSent> {
      const query = new URLSearchParams({ "correlation-id": correlationId, "system-user-id": systemUserId });
      const res = expectStatus(
        await t.send("POST", `systemuser/changerequest/vendor?${query.toString()}`, body),
        [200, 201],
      );
      return { changeRequest: parseAnswer(res, changeRequestSchema), created: res.status === 201 };
    },

    /** GET `…/changerequest/vendor/{id}`; null for an unknown or deleted one (AUTH-00010). */
    async getChangeRequest(id: string): Promise<ChangeRequest | null> {
      const res = await t.send("GET", `systemuser/changerequest/vendor/${seg(id)}`);
      if (res.status === 404 && isUnknownRequest(res)) return null;
      return parseAnswer(expectStatus(res, [200]), changeRequestSchema);
    },

    /**
     * GET `…/changerequest/vendor/bysystem/{systemId}`: Altinn ignores the token and answers the same first 50
     * for ever (contracts-more §3.1), so this gives at most those; track change requests by correlation-id.
     */
    async listChangeRequests(systemId: string): Promise<ChangeRequest[]> {
      return readAllPages(
        t,
        `systemuser/changerequest/vendor/bysystem/${seg(systemId)}`,
        changeRequestSchema,
        (c) => c.id,
      );
    },

    /** DELETE `…/changerequest/vendor/{id}` → 202; an unknown id is 404 AUTH-00010 and throws. */
    async deleteChangeRequest(id: string): Promise<void> {
      expectStatus(await t.send("DELETE", `systemuser/changerequest/vendor/${seg(id)}`), [200, 202, 204]);
    },
  };
}
