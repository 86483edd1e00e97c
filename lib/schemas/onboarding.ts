import { z } from "zod";
import { environmentIdSchema, type WizardState } from "../session/state";
import { orgnoSchema } from "./common";

/** Skatteetaten owns the APIs; it is never the example of a vendor, nor among the simulator's demo vendors offered. */
export const TAX_AUTHORITY_ORGNO = "974761076";

/**
 * A vendor to show as the example: a synthetic (Tenor-like) number the simulator's register knows as a demo
 * vendor, so "fill example" never makes a user onboard as Skatteetaten.
 */
export const EXAMPLE_VENDOR_ORGNO = "314500008";

/**
 * Step 1: environment, vendor organisation and the prerequisite checklist. Shared by the client form and
 * the server action. Which prerequisites apply depends on the environment: TT02 has two of its own.
 */
export const PREREQUISITE_IDS = [
  "digdirTerms",
  "selfServiceRole",
  "scopeOrders",
  "tt02SystemRegister",
  "tenorTestId",
] as const;
export type PrerequisiteId = (typeof PREREQUISITE_IDS)[number];

export function prerequisitesFor(env: WizardState["env"]): PrerequisiteId[] {
  return env === "production" ? ["digdirTerms", "selfServiceRole", "scopeOrders"] : [...PREREQUISITE_IDS];
}

/** In the simulator every prerequisite is satisfied by the simulator itself; elsewhere the user ticks each. */
export function prerequisitesMet(env: WizardState["env"], ticked: Partial<Record<string, boolean>>): boolean {
  return env === "simulator" || prerequisitesFor(env).every((id) => ticked[id] === true);
}

/** Every issue carries a message key, also for input no form produces (a hand-made action call). */
const INVALID = { error: "validation.invalid" } as const;
const envSchema = z.enum(environmentIdSchema.options, INVALID);

export const onboardingSchema = z.object(
  {
    env: envSchema,
    orgno: orgnoSchema,
    prerequisites: z.object(
      Object.fromEntries(PREREQUISITE_IDS.map((id) => [id, z.boolean(INVALID)])) as Record<
        PrerequisiteId,
        z.ZodBoolean
      >,
      INVALID,
    ),
  },
  INVALID,
);
export type OnboardingInput = z.infer<typeof onboardingSchema>;

export const vendorLookupSchema = z.object({ env: envSchema, orgno: orgnoSchema }, INVALID);
export type VendorLookupInput = z.infer<typeof vendorLookupSchema>;

/** Whether anything beyond step 1 has been chosen or done: changing environment or vendor then resets it. */
export function hasLaterState(s: WizardState): boolean {
  return Boolean(
    s.apis.length ||
    Object.keys(s.scopes).length ||
    s.key ||
    s.client ||
    s.testToken ||
    s.system ||
    s.request ||
    s.systemUser ||
    s.systemUserToken ||
    s.calls.length ||
    Object.keys(s.done).some((id) => id !== "onboarding"),
  );
}
