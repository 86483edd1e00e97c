import { z } from "zod";
import { API_IDS, type ApiId } from "../apis";
import type { Diagnosis } from "../errors/types";
import { orgnoSchema } from "./common";

/**
 * Step 7's test call: which API, the organisation the call is about (`forOrgNo`: the customer by default, and
 * for an agent one of its clients; another organisation shows how Skatteetaten refuses it), the key of a
 * submission being resent, and the API's own fields, which its module's schema parses (lib/apis/<id>).
 */
const invalid = { error: "validation.invalid" } as const;

export const callSchema = z.looseObject(
  {
    api: z.enum(API_IDS, invalid),
    forOrgNo: orgnoSchema.optional(),
    /** Set by the form per submission and kept for "try again", so a resend is the same delivery. */
    idempotencyKey: z.uuid(invalid).optional(),
  },
  invalid,
);
export type CallInput = z.input<typeof callSchema>;

/** One call as the page shows it right after it was made (the full answer, not the cookie's shortened copy). */
export interface CallResultView {
  api: ApiId;
  method: string;
  url: string;
  status: number;
  ok: boolean;
  correlationId: string | null;
  durationMs: number;
  /** Pretty JSON of the answer, or the raw text when it was not JSON. */
  body: string;
  token: { fromCache: boolean; expiresInSeconds: number };
  idempotencyKey?: string;
}

export type CallOutcome =
  | { outcome: "ok"; call: CallResultView }
  | { outcome: "failed"; call?: CallResultView; diagnosis: Diagnosis; diagnoses?: Diagnosis[] };
