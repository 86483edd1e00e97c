import "server-only";
import { z } from "zod";
import type { Environment } from "../environments";
import { ServiceError } from "../http/service-error";
import { parseJsonBody, serviceFetch, type ServiceResponse } from "../http/service-fetch";
import { parseAltinnProblem } from "./problem";
import {
  registeredSystemListItemSchema,
  registeredSystemSchema,
  systemUserRequestSchema,
  systemUserSchema,
  type AccessRequest,
  type RegisteredSystem,
  type RegisteredSystemListItem,
  type SystemRegistration,
  type SystemUser,
  type SystemUserRequest,
} from "./types";

export type {
  AccessRequest,
  RegisteredSystem,
  RegisteredSystemListItem,
  SystemRegistration,
  SystemUser,
  SystemUserRequest,
} from "./types";

/**
 * One typed client for Altinn's authentication API (contracts §2.3–2.10), called with the vendor's raw
 * Maskinporten token (contracts §2.1). Every answer is parsed with zod; every error becomes a ServiceError
 * with the AUTH-xxxxx `code` and the AUTH.VLD items, read by the error doctor.
 */
export function altinnClient(env: Environment, accessToken: string) {
  const base = env.altinn.platformUrl.endsWith("/") ? env.altinn.platformUrl : `${env.altinn.platformUrl}/`;
  const seg = encodeURIComponent;

  async function send(method: string, path: string, body?: unknown): Promise<ServiceResponse> {
    const headers: Record<string, string> = { authorization: `Bearer ${accessToken}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    return serviceFetch("altinn", `${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  return {
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

/** A 404 that is "no such request" (AUTH-00010 or a bare 404), not AUTH-00011 "no such system". */
function isUnknownRequest(res: ServiceResponse): boolean {
  const code = parseAltinnProblem(res.text).code;
  return code === undefined || code === "AUTH-00010";
}

/** The answer when its status is one of `ok`, else a ServiceError with Altinn's problem (lib/altinn/lists.ts too). */
export function expect(res: ServiceResponse, ok: number[]): ServiceResponse {
  if (ok.includes(res.status)) return res;
  const problem = parseAltinnProblem(res.text);
  throw new ServiceError({
    service: "altinn",
    kind: "http",
    method: res.method,
    url: res.url,
    status: res.status,
    code: problem.code,
    description: problem.description,
    validationErrors: problem.validationErrors,
    correlationId: traceId(res),
    body: res.text.slice(0, 2000),
  });
}

function traceId(res: ServiceResponse): string | undefined {
  try {
    const v = (JSON.parse(res.text) as { traceId?: unknown }).traceId;
    return typeof v === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}

export function parse<T extends z.ZodType>(res: ServiceResponse, schema: T): z.infer<T> {
  const parsed = schema.safeParse(parseJsonBody("altinn", res));
  if (parsed.success) return parsed.data;
  throw new ServiceError({
    service: "altinn",
    kind: "malformed",
    method: res.method,
    url: res.url,
    status: res.status,
    description: `Unexpected answer: ${parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(root)"} ${i.message}`)
      .join("; ")}`,
    body: res.text.slice(0, 500),
  });
}
