import "server-only";
import { z } from "zod";
import { JWT_BEARER_GRANT } from "../catalogue";
import type { Environment } from "../environments";
import { parseJsonBody, serviceFetch } from "../http/service-fetch";
import { ServiceError } from "../http/service-error";

/**
 * The one call to Maskinporten: `POST /token` with a signed JWT grant (contracts §1.1), form-encoded. Never
 * retried: a grant's jti is single-use, so a second send of the same grant can only fail (MP-012).
 */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
});

const errorResponseSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
  error_uri: z.string().optional(),
});

export interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  scope?: string;
  /** The answer's `Date` header (Maskinporten's clock). */
  date: string | null;
  sentAt: number;
  receivedAt: number;
  durationMs: number;
}

/** Counts token requests sent over the wire, process-wide (the benchmark reads it). */
const counter = globalThis as typeof globalThis & { __sbwTokenRequests?: number };

export function tokenRequestsSent(): number {
  return counter.__sbwTokenRequests ?? 0;
}

export async function requestToken(env: Environment, assertion: string): Promise<TokenResponse> {
  const url = env.maskinporten.tokenEndpoint;
  const body = new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion }).toString();
  const sentAt = Date.now();
  counter.__sbwTokenRequests = (counter.__sbwTokenRequests ?? 0) + 1;
  const res = await serviceFetch("maskinporten", url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  const receivedAt = Date.now();
  if (res.status !== 200) throw tokenError(res.status, res.text, url);
  const parsed = tokenResponseSchema.safeParse(parseJsonBody("maskinporten", res));
  if (!parsed.success) {
    throw new ServiceError({
      service: "maskinporten",
      kind: "malformed",
      method: "POST",
      url,
      status: res.status,
      description: "The token response lacked access_token, token_type or expires_in",
    });
  }
  return {
    accessToken: parsed.data.access_token,
    expiresIn: parsed.data.expires_in,
    scope: parsed.data.scope,
    date: res.headers.get("date"),
    sentAt,
    receivedAt,
    durationMs: res.durationMs,
  };
}

/** Maskinporten's `{error, error_description}`; the MP id sits in parentheses at the end of the description. */
function tokenError(status: number, text: string, url: string): ServiceError {
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: a proxy's or a gateway's page; the doctor files it by status
  }
  const parsed = errorResponseSchema.safeParse(json);
  const description = parsed.success ? parsed.data.error_description : undefined;
  const mp = description ? /\bMP-\d{3}\b/.exec(description) : null;
  return new ServiceError({
    service: "maskinporten",
    kind: "http",
    method: "POST",
    url,
    status,
    error: parsed.success ? parsed.data.error : undefined,
    description,
    code: mp ? mp[0] : undefined,
    body: text.slice(0, 2000),
  });
}
