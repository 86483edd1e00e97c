import { z } from "zod";
import type { Diagnosis } from "../errors/types";

/**
 * Step 6's action takes no user values: everything it needs (client, key, customer, externalRef, scopes)
 * comes from the session, so nothing the browser sends can change what is asked for.
 */
export const systemUserTokenSchema = z.strictObject({}, { error: "validation.invalid" });
export type SystemUserTokenInput = z.infer<typeof systemUserTokenSchema>;

/** What the action answers: the page re-reads the token and system user from the session. */
export type SystemUserTokenOutcome =
  | {
      outcome: "ok";
      durationMs: number;
      clockOffsetSeconds: number | null;
      systemUserFound: boolean;
      lookup?: Diagnosis;
      /** The grant as signed (header and claims; the signature is not included). */
      grant: { header: Record<string, unknown>; claims: Record<string, unknown> };
    }
  | { outcome: "failed"; diagnosis: Diagnosis };
