import { z } from "zod";
import { ACCESS_PACKAGE_PREFIX, findAccessPackage } from "../altinn/access-packages";
import { isNoChange, type ChangeNeeded } from "../altinn/rights-compare";
import type { ChangeRequestBody } from "../altinn/types";
import { resourceRight } from "./system-registration";

/**
 * A change for one standard system user → the body of POST `systemuser/changerequest/vendor`
 * (contracts-more §2): one resource per right, every list present. Pure. Required packages must be
 * assignable (AUTH-00064); a resource or package may not be both required and unwanted; an all-empty change
 * is refused here, since Altinn would only answer NoChangeNeeded. Messages are i18n keys.
 */
const INVALID = { error: "validation.invalid" } as const;

const ids = z
  .array(z.string(INVALID).trim().min(1, "validation.required").max(200, "validation.tooLong"), INVALID)
  .max(50, "validation.invalid");
const packageUrns = z
  .array(
    z
      .string(INVALID)
      .trim()
      .refine((u) => u.length > ACCESS_PACKAGE_PREFIX.length && u.startsWith(ACCESS_PACKAGE_PREFIX), {
        error: "validation.invalid",
      }),
    INVALID,
  )
  .max(50, "validation.invalid");

export const changeRequestValuesSchema = z
  .object(
    {
      requiredRights: ids,
      unwantedRights: ids,
      requiredAccessPackages: packageUrns,
      unwantedAccessPackages: packageUrns,
      /** "" or absent = no redirect (Altinn then shows its own end page). */
      redirectUrl: z
        .preprocess(
          (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
          z
            .url({ protocol: /^https?$/, error: "validation.url" })
            .max(500, "validation.tooLong")
            .optional(),
        )
        .optional(),
    },
    INVALID,
  )
  .superRefine((v, ctx) => {
    if (isNoChange(v))
      ctx.addIssue({ code: "custom", path: ["requiredRights"], message: "validation.chooseOne" });
    const both = (a: string[], b: string[], path: string) => {
      if (a.some((x) => b.includes(x)))
        ctx.addIssue({ code: "custom", path: [path], message: "validation.duplicate" });
    };
    both(v.requiredRights, v.unwantedRights, "unwantedRights");
    both(v.requiredAccessPackages, v.unwantedAccessPackages, "unwantedAccessPackages");
    v.requiredAccessPackages.forEach((u, i) => {
      if (findAccessPackage(u)?.isAssignable === false)
        ctx.addIssue({
          code: "custom",
          path: ["requiredAccessPackages", i],
          message: "validation.notForKind",
        });
    });
  });

export type ChangeRequestValues = z.input<typeof changeRequestValuesSchema>;

/** A compared change (lib/altinn/rights-compare.ts) as the schema's values, with an optional redirect. */
export function changeValuesFrom(change: ChangeNeeded, redirectUrl?: string): ChangeRequestValues {
  return {
    requiredRights: change.requiredRights,
    unwantedRights: change.unwantedRights,
    requiredAccessPackages: change.requiredAccessPackages,
    unwantedAccessPackages: change.unwantedAccessPackages,
    ...(redirectUrl ? { redirectUrl } : {}),
  };
}

/** Values → the wire body. Throws on values the schema refuses (callers parse first for messages). */
export function buildChangeRequest(values: ChangeRequestValues): ChangeRequestBody {
  const v = changeRequestValuesSchema.parse(values);
  const uniq = (a: string[]) => [...new Set(a)];
  return {
    requiredRights: uniq(v.requiredRights).map(resourceRight),
    unwantedRights: uniq(v.unwantedRights).map(resourceRight),
    requiredAccessPackages: uniq(v.requiredAccessPackages).map((urn) => ({ urn })),
    unwantedAccessPackages: uniq(v.unwantedAccessPackages).map((urn) => ({ urn })),
    ...(v.redirectUrl ? { redirectUrl: v.redirectUrl } : {}),
  };
}
