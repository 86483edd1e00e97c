import { z } from "zod";
import { ACCESS_PACKAGE_PREFIX, findAccessPackage } from "../altinn/access-packages";
import type { AgentRequestBody } from "../altinn/types";
import { optionalText, orgnoSchema, requiredText } from "../schemas/common";
import { customerFormSchema } from "../schemas/customer";

/**
 * An agent request's values → the body of POST `systemuser/request/vendor/agent` (contracts-more §1.4). Pure.
 * `partyOrgNo` is the agent organisation (the accounting firm), not a client. No `rights`: single rights serve
 * standard system users only (§1.2). Packages must be delegable to an agent (else AUTH-00065) and at least
 * one is needed (else AUTH-00058). Empty optional texts are left out, so Altinn applies its defaults
 * (externalRef = partyOrgNo, integrationTitle = the system's name.nb). Messages are i18n keys.
 */
const INVALID = { error: "validation.invalid" } as const;
const emptyAsAbsent = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const agentRequestValuesSchema = z.object(
  {
    systemId: requiredText(200),
    partyOrgNo: orgnoSchema,
    /** Access package names (without `urn:altinn:accesspackage:`). */
    accessPackages: z
      .array(
        z
          .string(INVALID)
          .trim()
          .regex(/^[a-z0-9-]+$/, "validation.invalid")
          // Known packages that are not delegable are refused (AUTH-00065); unknown ones go to Altinn, which
          // knows more packages than the wizard does (as in lib/altinn/rights-compare.ts).
          .refine(
            (n) => findAccessPackage(`${ACCESS_PACKAGE_PREFIX}${n}`)?.isDelegable !== false,
            "validation.notForKind",
          ),
        INVALID,
      )
      .min(1, "validation.chooseOne")
      .max(20, "validation.invalid")
      .refine((a) => new Set(a).size === a.length, "validation.duplicate"),
    // The same rules as a standard request's key (no personal data, URL-safe), but optional here.
    externalRef: z.preprocess(emptyAsAbsent, customerFormSchema.shape.externalRef.optional()),
    integrationTitle: z.preprocess(emptyAsAbsent, optionalText(200).optional()),
    redirectUrl: z.preprocess(
      emptyAsAbsent,
      z
        .url({ protocol: /^https?$/, error: "validation.url" })
        .max(500, "validation.tooLong")
        .optional(),
    ),
  },
  INVALID,
);

export type AgentRequestValues = z.input<typeof agentRequestValuesSchema>;

/** Parsed values → the wire body. Throws on values the schema refuses (callers parse first for messages). */
export function buildAgentRequest(values: AgentRequestValues): AgentRequestBody {
  const v = agentRequestValuesSchema.parse(values);
  return {
    systemId: v.systemId,
    partyOrgNo: v.partyOrgNo,
    accessPackages: v.accessPackages.map((n) => ({ urn: `${ACCESS_PACKAGE_PREFIX}${n}` })),
    ...(v.externalRef ? { externalRef: v.externalRef } : {}),
    ...(v.integrationTitle ? { integrationTitle: v.integrationTitle } : {}),
    ...(v.redirectUrl ? { redirectUrl: v.redirectUrl } : {}),
  };
}
