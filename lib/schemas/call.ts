import { z } from "zod";
import type { Diagnosis } from "../errors/types";
import { orgnoSchema } from "./common";

/**
 * Step 7's test calls, one form per API. Krav og betalinger takes the organisation to look up (the customer
 * by default; another organisation shows what Skatteetaten says when the system user is not that org's).
 * Innrapportering takes the income year; the submission itself is built on the server.
 */
export const MIN_INCOME_YEAR = 2015;
export const MAX_INCOME_YEAR = 2100;

const invalid = { error: "validation.invalid" } as const;

export const openClaimsCallSchema = z.object(
  {
    api: z.literal("kravogbetalinger", invalid),
    orgno: orgnoSchema,
  },
  invalid,
);

export const boligselskapCallSchema = z.object(
  {
    api: z.literal("innrapportering-boligselskap", invalid),
    inntektsaar: z.coerce
      .number({ error: "validation.incomeYear" })
      .int("validation.incomeYear")
      .min(MIN_INCOME_YEAR, "validation.incomeYear")
      .max(MAX_INCOME_YEAR, "validation.incomeYear"),
    /** Set by the form per submission and kept for "try again", so a resend is the same delivery. */
    idempotencyKey: z.uuid(invalid).optional(),
  },
  invalid,
);

export const callSchema = z.discriminatedUnion(
  "api",
  [openClaimsCallSchema, boligselskapCallSchema],
  invalid,
);
export type CallInput = z.infer<typeof callSchema>;
export type OpenClaimsCallValues = z.infer<typeof openClaimsCallSchema>;
export type BoligselskapCallValues = z.input<typeof boligselskapCallSchema>;

/** One call as the page shows it right after it was made (the full answer, not the cookie's shortened copy). */
export interface CallResultView {
  api: "kravogbetalinger" | "innrapportering-boligselskap";
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
