import { z } from "zod";
import { orgnoSchema } from "./common";
import { KNOWN_ACCESS_PACKAGES, KNOWN_RESOURCES } from "./system";

/**
 * Step 5's form: the access request for one customer. The system id comes from the session (step 4). Which
 * rights and redirect URL are allowed depends on the registered system, so the server action checks those
 * against the saved system after parsing with this schema (and answers with the same message keys).
 */
const INVALID = { error: "validation.invalid" } as const;

export const customerFormSchema = z
  .object(
    {
      partyOrgNo: orgnoSchema,
      // Opaque and free of personal data (field notes §4.7). It also becomes a path segment of
      // `byexternalref/{systemId}/{orgNo}/{externalRef}`, so keep to URL-safe characters.
      externalRef: z
        .string({ error: "validation.required" })
        .trim()
        .min(1, "validation.required")
        .max(100, "validation.tooLong")
        .regex(/^[A-Za-z0-9._:-]+$/, "validation.externalRefChars")
        .refine((v) => !/^\d{11}$/.test(v), "validation.externalRefPersonal"),
      rights: z
        .array(z.enum(KNOWN_RESOURCES as [string, ...string[]], INVALID), INVALID)
        .max(20, "validation.invalid"),
      accessPackages: z
        .array(z.enum(KNOWN_ACCESS_PACKAGES as [string, ...string[]], INVALID), INVALID)
        .max(20, "validation.invalid"),
      /** "" = no redirect. Otherwise one of the system's allowedRedirectUrls. */
      redirectUrl: z.string(INVALID).trim().max(500, "validation.tooLong"),
    },
    INVALID,
  )
  .superRefine((v, ctx) => {
    if (v.rights.length === 0 && v.accessPackages.length === 0) {
      ctx.addIssue({ code: "custom", path: ["rights"], message: "validation.chooseOne" });
    }
  });

export type CustomerFormValues = z.infer<typeof customerFormSchema>;

/** The checks that need the saved system: rights ⊆ the system's, redirectUrl ∈ its allowedRedirectUrls. */
export function checkAgainstSystem(
  values: CustomerFormValues,
  system: { rights: string[]; accessPackages: string[]; allowedRedirectUrls: string[] },
): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (values.rights.some((r) => !system.rights.includes(r))) errors.rights = ["validation.notOffered"];
  if (values.accessPackages.some((p) => !system.accessPackages.includes(p)))
    errors.accessPackages = ["validation.notOffered"];
  if (values.redirectUrl && !system.allowedRedirectUrls.includes(values.redirectUrl))
    errors.redirectUrl = ["validation.notOffered"];
  return Object.keys(errors).length ? errors : null;
}
