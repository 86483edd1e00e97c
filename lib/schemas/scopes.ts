import { z } from "zod";
import { requiredScopes } from "../catalogue";
import { apiIdSchema, type WizardState } from "../session/state";

/** Step 2: which of Skatteetaten's APIs, and the state of each scope they need. */
const INVALID = { error: "validation.invalid" } as const;

export const apiSelectionSchema = z.object(
  {
    apis: z
      .array(z.enum(apiIdSchema.options, INVALID), { error: "validation.chooseOne" })
      .min(1, "validation.chooseOne"),
  },
  INVALID,
);
export type ApiSelectionInput = z.infer<typeof apiSelectionSchema>;

const scopeName = z.string(INVALID).trim().min(1, "validation.required").max(200, "validation.tooLong");

/** Test/production: the user records what they ordered and what the scope owner granted. */
export const scopeMarkSchema = z.object(
  { scope: scopeName, status: z.enum(["none", "ordered", "granted"], INVALID) },
  INVALID,
);
export type ScopeMarkInput = z.infer<typeof scopeMarkSchema>;

/** Simulator: have the simulated scope owners grant these scopes to the vendor organisation. */
export const simulatorGrantSchema = z.object(
  { scopes: z.array(scopeName, INVALID).min(1, "validation.chooseOne").max(10, "validation.invalid") },
  INVALID,
);
export type SimulatorGrantInput = z.infer<typeof simulatorGrantSchema>;

/** Step 2 is done when at least one API is chosen and every scope it needs is granted. */
export function scopesComplete(s: Pick<WizardState, "apis" | "scopes">): boolean {
  return s.apis.length > 0 && requiredScopes(s.apis).every((scope) => s.scopes[scope] === "granted");
}
