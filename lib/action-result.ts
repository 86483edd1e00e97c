import type { Diagnosis } from "./errors/types";

/**
 * What every server action returns. On failure: field errors (message keys, see lib/schemas/common.ts),
 * a form-level message, and/or the error doctor's diagnosis of an upstream error.
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      fieldErrors?: Record<string, string[]>;
      formError?: string;
      diagnosis?: Diagnosis;
      diagnoses?: Diagnosis[];
    };
