import "server-only";
import type { z } from "zod";
import type { Environment } from "../environments";
import { ServiceError } from "../http/service-error";
import { parseJsonBody, serviceFetch, type ServiceResponse } from "../http/service-fetch";
import { parseAltinnProblem } from "./problem";

/**
 * What every group of Altinn client methods shares (lib/altinn/client.ts and its siblings): one authenticated
 * `send` against the platform's `authentication/api/v1/` base, the status check that turns Altinn's problem
 * bodies into ServiceErrors (contracts §2.11), and zod parsing of every answer.
 */
export interface AltinnTransport {
  send(method: string, path: string, body?: unknown): Promise<ServiceResponse>;
}

/** Counts the calls made through a transport (step 5's status budget, lib/customers/status-budget.ts). */
export interface CallMeter {
  calls: number;
}

export function altinnTransport(env: Environment, accessToken: string, meter?: CallMeter): AltinnTransport {
  const base = env.altinn.platformUrl.endsWith("/") ? env.altinn.platformUrl : `${env.altinn.platformUrl}/`;
  return {
    async send(method, path, body) {
      if (meter) meter.calls++;
      const headers: Record<string, string> = { authorization: `Bearer ${accessToken}` };
      if (body !== undefined) headers["content-type"] = "application/json";
      return serviceFetch("altinn", `${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
  };
}

/** A path segment, encoded. */
export const seg = encodeURIComponent;

/** A 404 that is "no such request" (AUTH-00010 or a bare 404), not AUTH-00011 "no such system". */
export function isUnknownRequest(res: ServiceResponse): boolean {
  const code = parseAltinnProblem(res.text).code;
  return code === undefined || code === "AUTH-00010";
}

/** The answer when its status is one of `ok`; otherwise a ServiceError with the AUTH code and VLD items. */
export function expectStatus(res: ServiceResponse, ok: number[]): ServiceResponse {
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

/** The JSON body parsed with `schema`, or a "malformed" ServiceError naming the first differences. */
export function parseAnswer<T extends z.ZodType>(res: ServiceResponse, schema: T): z.infer<T> {
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
