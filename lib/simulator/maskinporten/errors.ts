import { json } from "../http";

/**
 * Maskinporten's error answer. Every rule of the /token table (docs/contracts.md §1.9) ends in one of these; the wizard's
 * error doctor reads the MP id from the end of error_description, so the id is always appended last.
 */
export type MpErrorCode =
  | "invalid_request"
  | "unsupported_grant_type"
  | "invalid_grant"
  | "invalid_scope"
  | "invalid_authorization_details"
  | "invalid_altinn_customer_configuration";

export interface MpError {
  error: MpErrorCode;
  /** Text without the MP id. */
  text: string;
  /** e.g. "MP-110"; absent only for unsupported_grant_type. */
  mpId?: string;
}

/** A rule's outcome: the value it produced, or the error that stops the request. */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; error: MpError };

export function fail(error: MpErrorCode, text: string, mpId?: string): { ok: false; error: MpError } {
  return { ok: false, error: { error, text, mpId } };
}

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A body over the limit, refused before it is read to the end (413, with the MP-011 of a bad request). */
export function mpBodyTooLarge(): Response {
  return json(
    {
      error: "invalid_request",
      error_description: "Invalid request. The body must be at most 256 KB (MP-011)",
    },
    413,
  );
}

export function mpErrorResponse(e: MpError): Response {
  const description = e.mpId ? `${e.text} (${e.mpId})` : e.text;
  return json({ error: e.error, error_description: description }, 400);
}
