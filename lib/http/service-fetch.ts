import "server-only";
import { getConfig } from "../config";
import { ServiceError, type ServiceName } from "./service-error";

/**
 * The fetch wrapper every typed client uses: a timeout on every call, a bounded response size, retries only
 * for safe methods (GET) on network errors and 502/503/504, and a normalised ServiceError for everything
 * that is not an HTTP answer. HTTP error answers are returned, not thrown: each client reads its service's
 * error body and throws a ServiceError with the code.
 */
export interface ServiceResponse {
  status: number;
  headers: Headers;
  text: string;
  durationMs: number;
  url: string;
  method: string;
}

export interface ServiceFetchOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Extra attempts for GET on network errors and 502/503/504. */
  retries?: number;
}

const MAX_RESPONSE_BYTES = 1024 * 1024;

export async function serviceFetch(
  service: ServiceName,
  url: string,
  opts: ServiceFetchOptions = {},
): Promise<ServiceResponse> {
  const method = opts.method ?? "GET";
  const safe = method === "GET" || method === "HEAD";
  const attempts = 1 + (safe ? (opts.retries ?? 1) : 0);
  let last: ServiceError | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 200 * 2 ** (attempt - 1)));
    try {
      const res = await once(service, url, method, opts);
      if (safe && attempt < attempts - 1 && [502, 503, 504].includes(res.status)) continue;
      return res;
    } catch (e) {
      if (!(e instanceof ServiceError)) throw e;
      last = e;
      if (e.kind === "timeout") break; // a timed-out call is not retried: the user decides
    }
  }
  throw last!;
}

async function once(
  service: ServiceName,
  url: string,
  method: string,
  opts: ServiceFetchOptions,
): Promise<ServiceResponse> {
  const timeoutMs = opts.timeoutMs ?? getConfig().OUTBOUND_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method,
      headers: { accept: "application/json", ...opts.headers },
      body: opts.body,
      signal: controller.signal,
      redirect: "manual",
      cache: "no-store",
    });
    const text = await readLimited(res);
    return {
      status: res.status,
      headers: res.headers,
      text,
      durationMs: performance.now() - started,
      url,
      method,
    };
  } catch (e) {
    const timedOut = controller.signal.aborted;
    throw new ServiceError({
      service,
      kind: timedOut ? "timeout" : "network",
      method,
      url,
      description: timedOut
        ? `No answer within ${timeoutMs} ms`
        : e instanceof Error
          ? e.cause instanceof Error
            ? e.cause.message
            : e.message
          : "fetch failed",
    });
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new Error("response too large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses a JSON body or throws a `malformed` ServiceError. */
export function parseJsonBody(service: ServiceName, res: ServiceResponse): unknown {
  try {
    return JSON.parse(res.text);
  } catch {
    throw new ServiceError({
      service,
      kind: "malformed",
      method: res.method,
      url: res.url,
      status: res.status,
      body: res.text.slice(0, 500),
      description: "The answer was not valid JSON",
    });
  }
}
