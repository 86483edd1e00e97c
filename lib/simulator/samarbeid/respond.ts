import { json, readJson } from "../http";

/** The self-service API's error shape: `{ error, error_description }` (RFC 7591 style, as Digdir's API). */
export function dsError(
  status: 400 | 401 | 403 | 404 | 405 | 413,
  error: string,
  description: string,
): Response {
  const headers: Record<string, string> =
    status === 401 ? { "www-authenticate": 'Bearer realm="samarbeid"' } : {};
  return json({ error, error_description: description }, status, headers);
}

export function samarbeidBodyTooLarge(): Response {
  return dsError(413, "invalid_request", "The request body is too large (at most 256 KB)");
}

/** Reads a JSON body or answers 400 with why it could not be read. */
export async function readJsonBody(
  req: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; res: Response }> {
  const body = await readJson(req);
  if (body.ok) return body;
  const why =
    body.reason === "content-type"
      ? "Content-Type must be application/json"
      : body.reason === "too-large"
        ? "The request body is too large"
        : "The request body is not valid JSON";
  return { ok: false, res: dsError(400, "invalid_request", why) };
}
