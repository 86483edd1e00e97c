import { z } from "zod";
import { isValidOrgno, normaliseOrgno } from "../mod11";

/**
 * Building blocks for the forms' schemas. Messages are keys into the `validation` texts of
 * lib/i18n/messages/common.ts, so the client form and the server action show the same words in the
 * user's language.
 */
/** Spaces are group separators people type ("974 761 076"); the value that comes out is nine digits. */
export const orgnoSchema = z
  .string({ error: "validation.required" })
  .overwrite(normaliseOrgno)
  .min(1, "validation.required")
  .regex(/^\d{9}$/, "validation.orgnoFormat")
  .refine(isValidOrgno, "validation.orgnoMod11");

export function requiredText(max: number) {
  return z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong");
}

export function optionalText(max: number) {
  return z.string({ error: "validation.invalid" }).trim().max(max, "validation.tooLong");
}

/** Field errors keyed by dotted path, as react-hook-form names fields. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
