import "server-only";
import { z } from "zod";
import type { Environment } from "../environments";
import { agentRequestMethods } from "./agent-requests";
import { changeRequestMethods } from "./change-requests";
import {
  altinnTransport,
  expectStatus as expect,
  isUnknownRequest,
  parseAnswer as parse,
  seg,
  type CallMeter,
} from "./transport";
import {
  registeredSystemListItemSchema,
  registeredSystemSchema,
  systemUserRequestSchema,
  systemUserSchema,
  type AccessPackage,
  type AccessRequest,
  type RegisteredSystem,
  type RegisteredSystemListItem,
  type Right,
  type SystemRegistration,
  type SystemUser,
  type SystemUserRequest,
} from "./types";

export type {
  AccessRequest,
  AgentRequest,
  AgentRequestBody,
  ChangeRequest,
  ChangeRequestBody,
  RegisteredSystem,
  RegisteredSystemListItem,
  SystemRegistration,
  SystemUser,
  SystemUserRequest,
} from "./types";
export type { ChangeRequestSent } from "./change-requests";

/**
 * One typed client for Altinn's authentication API (contracts §2.3–2.10), called with the vendor's raw
 * Maskinporten token (contracts §2.1). Every answer is parsed with zod; every error becomes a ServiceError
 * with the AUTH-xxxxx `code` and the AUTH.VLD items, read by the error doctor. Agent requests
 * (contracts-more §1.3) and change requests (contracts-more §2) live in sibling modules and are spread in.
 */
export function altinnClient(env: Environment, accessToken: string, meter?: CallMeter) {
  const transport = altinnTransport(env, accessToken, meter);
  const send = transport.send;

  return {
    ...agentRequestMethods(transport),
    ...changeRequestMethods(transport),

    async listSystems(): Promise<RegisteredSystemListItem[]> {
      const res = expect(await send("GET", "systemregister/vendor"), [200]);
      return parse(res, z.array(registeredSystemListItemSchema));
    },

    async getSystem(systemId: string): Promise<RegisteredSystem | null> {
      const res = await send("GET", `systemregister/vendor/${seg(systemId)}`);
      if (res.status === 404) return null;
      return parse(expect(res, [200]), registeredSystemSchema);
    },

    /** POST → 200 with the new internal GUID as a JSON string. */
    async createSystem(body: SystemRegistration): Promise<string> {
      const res = expect(await send("POST", "systemregister/vendor", body), [200, 201]);
      return parse(res, z.string().min(1));
    },

    /** PUT replaces the whole definition. */
    async updateSystem(systemId: string, body: SystemRegistration): Promise<void> {
      expect(await send("PUT", `systemregister/vendor/${seg(systemId)}`, body), [200, 204]);
    },

    /**
     * PUT `…/{id}/rights` replaces the system's single rights; existing system users keep theirs, so a change
     * request follows (contracts-more §3.3). 200 `{"succeeded": true}`.
     */
    async updateSystemRights(systemId: string, rights: Right[]): Promise<void> {
      expect(await send("PUT", `systemregister/vendor/${seg(systemId)}/rights`, rights), [200, 204]);
    },

    /** PUT `…/{id}/accesspackages` replaces the packages; VLD-00018 is checked against the stored isVisible. */
    async updateSystemAccessPackages(systemId: string, packages: AccessPackage[]): Promise<void> {
      expect(
        await send("PUT", `systemregister/vendor/${seg(systemId)}/accesspackages`, packages),
        [200, 204],
      );
    },

    /** 201 = a new request; 200 = an existing, not timed-out request for the same key (contracts §2.7). */
    async createRequest(body: AccessRequest): Promise<{ request: SystemUserRequest; created: boolean }> {
      const res = expect(await send("POST", "systemuser/request/vendor", body), [200, 201]);
      return { request: parse(res, systemUserRequestSchema), created: res.status === 201 };
    },

    async getRequest(id: string): Promise<SystemUserRequest | null> {
      const res = await send("GET", `systemuser/request/vendor/${seg(id)}`);
      if (res.status === 404 && isUnknownRequest(res)) return null;
      return parse(expect(res, [200]), systemUserRequestSchema);
    },

    async getRequestByExternalRef(
      systemId: string,
      orgNo: string,
      externalRef: string,
    ): Promise<SystemUserRequest | null> {
      const res = await send(
        "GET",
        `systemuser/request/vendor/byexternalref/${seg(systemId)}/${seg(orgNo)}/${seg(externalRef)}`,
      );
      if (res.status === 404 && isUnknownRequest(res)) return null;
      return parse(expect(res, [200]), systemUserRequestSchema);
    },

    /** DELETE → 202, empty body. */
    async deleteRequest(id: string): Promise<void> {
      expect(await send("DELETE", `systemuser/request/vendor/${seg(id)}`), [200, 202, 204]);
    },

    /** `byquery`: 404 when there is none (or it is another vendor's). A missing externalRef means the orgno. */
    async findSystemUser(q: {
      systemId: string;
      orgNo: string;
      externalRef?: string;
    }): Promise<SystemUser | null> {
      const params = new URLSearchParams({ "system-id": q.systemId, orgno: q.orgNo });
      if (q.externalRef) params.set("external-ref", q.externalRef);
      const res = await send("GET", `systemuser/vendor/byquery?${params.toString()}`);
      if (res.status === 404) return null;
      return parse(expect(res, [200]), systemUserSchema);
    },
  };
}

export type AltinnClient = ReturnType<typeof altinnClient>;
