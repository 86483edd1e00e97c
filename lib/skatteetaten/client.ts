import "server-only";
import { randomUUID } from "node:crypto";
import type { ApiId } from "../apis";
import type { BuiltCall } from "../apis/types";
import type { Environment } from "../environments";
import { ServiceError } from "../http/service-error";
import { serviceFetch, type ServiceResponse } from "../http/service-fetch";
import { correlationIdOf, skatteetatenError } from "./errors";

/**
 * The typed client for Skatteetaten's APIs that take a system-user token (contracts §3). A 2xx answer is
 * returned with what the page shows (method, URL, status, correlation id, body, time); anything else is
 * thrown as a ServiceError with Skatteetaten's `kode`, for the error doctor.
 */
export interface SkatteetatenCallResult {
  method: string;
  url: string;
  status: number;
  correlationId: string | null;
  /** The parsed JSON answer (null for an empty body). */
  body: unknown;
  durationMs: number;
}

export function skatteetatenClient(env: Environment, accessToken: string) {
  const auth = { authorization: `Bearer ${accessToken}`, accept: "application/json" };

  async function finish(res: ServiceResponse): Promise<SkatteetatenCallResult> {
    if (res.status < 200 || res.status >= 300) throw skatteetatenError(res);
    let body: unknown = null;
    if (res.text.trim()) {
      try {
        body = JSON.parse(res.text);
      } catch {
        throw new ServiceError({
          service: "skatteetaten",
          kind: "malformed",
          method: res.method,
          url: res.url,
          status: res.status,
          body: res.text.slice(0, 500),
          correlationId: correlationIdOf(res.headers) ?? undefined,
          description: "The answer was not valid JSON",
        });
      }
    }
    return {
      method: res.method,
      url: res.url,
      status: res.status,
      correlationId: correlationIdOf(res.headers, bodyCorrelation(body)),
      body,
      durationMs: Math.round(res.durationMs),
    };
  }

  /**
   * One test call as the API's module built it (lib/apis/<id>): the base URL from the environment, the path
   * and body from the module, and for the innrapportering APIs the `idempotencyKey` header. Not retried: a
   * retry of a submission is a new submission the caller decides on.
   */
  async function send(api: ApiId, call: BuiltCall, idempotencyKey?: string): Promise<SkatteetatenCallResult> {
    const url = `${env.skatteetaten[api]}${call.path}`;
    if (call.method === "GET") return finish(await serviceFetch("skatteetaten", url, { headers: auth }));
    const headers: Record<string, string> = { ...auth, "content-type": "application/json" };
    if (call.idempotent) headers.idempotencyKey = idempotencyKey ?? randomUUID();
    return finish(
      await serviceFetch("skatteetaten", url, { method: "POST", headers, body: JSON.stringify(call.body) }),
    );
  }

  return {
    send,
    /** Krav og betalinger: open claims and unplaced payments for an organisation (`GET …/regnskapssystem/{orgnr}/aapnekrav`). */
    openClaims(orgno: string): Promise<SkatteetatenCallResult> {
      return send("kravogbetalinger", {
        method: "GET",
        path: `/regnskapssystem/${encodeURIComponent(orgno)}/aapnekrav`,
        idempotent: false,
      });
    },

    /** Innrapportering boligselskap: one submission (`POST …/{inntektsaar}`) with the given idempotencyKey. */
    submitBoligselskap(year: number, body: unknown, idempotencyKey: string): Promise<SkatteetatenCallResult> {
      const path = `/${encodeURIComponent(String(year))}`;
      return send(
        "innrapportering-boligselskap",
        { method: "POST", path, body, idempotent: true },
        idempotencyKey,
      );
    },
  };
}

function bodyCorrelation(body: unknown): { korrelasjonsid?: string } | null {
  if (typeof body !== "object" || body === null) return null;
  const id = (body as { korrelasjonsid?: unknown }).korrelasjonsid;
  return typeof id === "string" ? { korrelasjonsid: id } : null;
}

export type SkatteetatenClient = ReturnType<typeof skatteetatenClient>;
