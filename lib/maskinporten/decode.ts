import { decodeJwt, decodeProtectedHeader } from "jose";

/**
 * Reads a JWT's header and payload without checking the signature: for showing a token to the user, never
 * for trusting it. A token that is not a JWT (Maskinporten calls them opaque) decodes to empty objects.
 */
export function decodeTokenParts(token: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  try {
    return { header: { ...decodeProtectedHeader(token) }, claims: { ...decodeJwt(token) } };
  } catch {
    return { header: {}, claims: {} };
  }
}

/**
 * The server's clock minus ours, in whole seconds, from its `Date` header. The header has one-second
 * resolution, so the server's time lies in [Date, Date + 1 s); we take the middle of that second and the
 * middle of our request, which makes the estimate good to about ±1 s (plus half the round trip).
 */
export function clockOffsetSeconds(
  dateHeader: string | null,
  sentAt: number,
  receivedAt: number,
): number | null {
  if (!dateHeader) return null;
  const server = Date.parse(dateHeader);
  if (Number.isNaN(server)) return null;
  const offset = Math.round((server + 500 - (sentAt + receivedAt) / 2) / 1000);
  return offset === 0 ? 0 : offset; // no -0 on the page
}
