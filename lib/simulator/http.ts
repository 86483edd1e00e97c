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

export type BodyResult<T> =
  { ok: true; value: T } | { ok: false; reason: "too-large" | "content-type" | "syntax" };

/**
 * Reads a request body through a byte counter: as soon as more than `maxBytes` have come in (or the declared
 * content-length says they will), it stops, cancels the rest of the stream and answers null. A chunked body
 * with no content-length is held to the same limit, so a huge upload costs at most `maxBytes` of memory.
 * A body that breaks off midway also answers null: there is nothing whole to process.
 */
export async function readBodyLimited(req: Request, maxBytes = MAX_BODY_BYTES): Promise<Uint8Array | null> {
  if (!req.body) return new Uint8Array(0);
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await req.body.cancel().catch(() => undefined);
    return null;
  }
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  return concat(chunks, size);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function readText(req: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readBodyLimited(req, maxBytes);
  return bytes === null ? null : new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Reads a JSON body; requires a JSON content type, as ASP.NET and Spring do (they answer 415 otherwise). */
export async function readJson(
  req: Request,
  maxBytes = MAX_BODY_BYTES,
  opts: { emptyAs?: unknown } = {},
): Promise<BodyResult<unknown>> {
  const type = mediaType(req);
  if (type !== "application/json" && !type.endsWith("+json")) return { ok: false, reason: "content-type" };
  const raw = await readText(req, maxBytes);
  if (raw === null) return { ok: false, reason: "too-large" };
  if (opts.emptyAs !== undefined && raw.trim() === "") return { ok: true, value: opts.emptyAs };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false, reason: "syntax" };
  }
}

/** Reads an application/x-www-form-urlencoded body. */
export async function readForm(
  req: Request,
  maxBytes = MAX_BODY_BYTES,
): Promise<BodyResult<URLSearchParams>> {
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
