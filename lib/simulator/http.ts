/**
 * Small helpers for the simulator's HTTP handlers (Web Request/Response, no Next imports), so every handler
 * reads bodies with size limits and answers in the service's own error shape instead of throwing.
 */
export const MAX_BODY_BYTES = 256 * 1024;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { "cache-control": "no-store", ...headers } });
}

export function text(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export type BodyResult<T> = { ok: true; value: T } | { ok: false; reason: "too-large" | "content-type" | "syntax" };

async function readText(req: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  const buf = await req.arrayBuffer().catch(() => null);
  if (!buf || buf.byteLength > maxBytes) return null;
  return new TextDecoder("utf-8", { fatal: false }).decode(buf);
}

function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Reads a JSON body; requires a JSON content type, as ASP.NET and Spring do (they answer 415 otherwise). */
export async function readJson(req: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResult<unknown>> {
  const type = mediaType(req);
  if (type !== "application/json" && !type.endsWith("+json")) return { ok: false, reason: "content-type" };
  const raw = await readText(req, maxBytes);
  if (raw === null) return { ok: false, reason: "too-large" };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false, reason: "syntax" };
  }
}

/** Reads an application/x-www-form-urlencoded body. */
export async function readForm(req: Request, maxBytes = MAX_BODY_BYTES): Promise<BodyResult<URLSearchParams>> {
  if (mediaType(req) !== "application/x-www-form-urlencoded") return { ok: false, reason: "content-type" };
  const raw = await readText(req, maxBytes);
  if (raw === null) return { ok: false, reason: "too-large" };
  try {
    return { ok: true, value: new URLSearchParams(raw) };
  } catch {
    return { ok: false, reason: "syntax" };
  }
}

export function bearerToken(req: Request): string | null {
  const h = req.headers.get("authorization");
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m ? m[1]! : null;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * A record entry by a key that came from a request. Plain objects inherit `__proto__`, `constructor`, … ;
 * only own entries count.
 */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
