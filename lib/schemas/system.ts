import { z } from "zod";
import { ACCESS_PACKAGE_PREFIX, packageAllowedFor } from "../altinn/access-packages";
import { SKATTEETATEN_APIS } from "../catalogue";
import type { EnvironmentId } from "../environments";
import { requiredText } from "./common";

/**
 * Step 4's form: the parts of the system-registration JSON the vendor chooses. The vendor orgno and the
 * client id come from the session (steps 1 and 3), never from the form. The same schema runs in the
 * browser (zodResolver) and in the server action; messages are i18n keys (lib/schemas/common.ts).
 */
export const KNOWN_RESOURCES = Object.values(SKATTEETATEN_APIS).map((a) => a.resource);
export const KNOWN_ACCESS_PACKAGES = [
  ...new Set(Object.values(SKATTEETATEN_APIS).flatMap((a) => a.accessPackages)),
];

/** Altinn documents a-z, 0-9 and _ for the id; it enforces only "no spaces" (contracts §2.5). */
export const RECOMMENDED_SUFFIX = /^[a-z0-9_]+$/;

/**
 * Altinn accepts only absolute https redirect URLs (AUTH.VLD-00005). The simulator also takes http on
 * localhost / 127.0.0.1, so the wizard's own return page works when it runs locally without TLS.
 */
export function redirectUrlProblem(value: string, allowLocalHttp: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "validation.url";
  }
  if (url.protocol === "https:" && url.hostname) return null;
  if (allowLocalHttp && url.protocol === "http:" && isLoopbackHost(url.hostname)) return null;
  return allowLocalHttp ? "validation.httpsOrLocalUrl" : "validation.httpsUrl";
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1";
}

/** Every issue carries an i18n key, also for input no form can produce (a hand-made request to the action). */
const INVALID = { error: "validation.invalid" } as const;

const optional = (max: number) => z.string(INVALID).trim().max(max, "validation.tooLong");

const localized = (max: number) =>
  z.object({ nb: requiredText(max), nn: optional(max), en: optional(max) }, INVALID);

/**
 * Who uses the system (contracts-more §1): the customers themselves (standard system users) or accountants,
 * auditors and property managers for their clients (agent system users). Absent = standard, as saved before
 * agents existed.
 */
export const SYSTEM_KINDS = ["standard", "agent"] as const;

export function systemFormSchema(opts: { allowLocalHttp: boolean }) {
  return z
    .object(
      {
        kind: z.enum(SYSTEM_KINDS, INVALID).optional(),
        idSuffix: requiredText(100).refine((v) => !/\s/.test(v), "validation.noSpaces"),
        name: localized(100),
        description: localized(1000),
        rights: z
          .array(z.enum(KNOWN_RESOURCES as [string, ...string[]], INVALID), INVALID)
          .max(20, "validation.invalid"),
        accessPackages: z
          .array(z.enum(KNOWN_ACCESS_PACKAGES as [string, ...string[]], INVALID), INVALID)
          .max(20, "validation.invalid"),
        isVisible: z.boolean(INVALID),
        allowedRedirectUrls: z
          .array(
            z.object(
              {
                url: z
                  .string(INVALID)
                  .trim()
                  .min(1, "validation.required")
                  .max(500, "validation.tooLong")
                  .superRefine((v, ctx) => {
                    const problem = redirectUrlProblem(v, opts.allowLocalHttp);
                    if (problem) ctx.addIssue({ code: "custom", message: problem });
                  }),
              },
              INVALID,
            ),
            INVALID,
          )
          .max(10, "validation.invalid"),
      },
      INVALID,
    )
    .superRefine((v, ctx) => {
      const kind = v.kind ?? "standard";
      // A system with neither single rights nor access packages cannot be requested (AUTH-00059); an agent
      // system user holds packages only (AUTH-00058, contracts-more §1.2–1.4).
      if (kind === "agent" && v.accessPackages.length === 0) {
        ctx.addIssue({ code: "custom", path: ["accessPackages"], message: "validation.chooseOne" });
      } else if (v.rights.length === 0 && v.accessPackages.length === 0) {
        ctx.addIssue({ code: "custom", path: ["rights"], message: "validation.chooseOne" });
      }
      // Client-only packages never for standard users (AUTH-00064), admin-only never for agents (AUTH-00065).
      if (v.accessPackages.some((p) => !packageAllowedFor(`${ACCESS_PACKAGE_PREFIX}${p}`, kind))) {
        ctx.addIssue({ code: "custom", path: ["accessPackages"], message: "validation.notForKind" });
      }
      if (new Set(v.rights).size !== v.rights.length) {
        ctx.addIssue({ code: "custom", path: ["rights"], message: "validation.duplicate" });
      }
      const seen = new Set<string>();
      v.allowedRedirectUrls.forEach((r, i) => {
        if (seen.has(r.url))
          ctx.addIssue({
            code: "custom",
            path: ["allowedRedirectUrls", i, "url"],
            message: "validation.duplicate",
          });
        seen.add(r.url);
      });
    });
}

export function systemFormSchemaFor(env: EnvironmentId) {
  return systemFormSchema({ allowLocalHttp: env === "simulator" });
}

/** The most permissive variant: what the server action parses first, before the environment is known. */
export const systemFormSchemaAnyEnv = systemFormSchema({ allowLocalHttp: true });

export type SystemFormValues = z.infer<ReturnType<typeof systemFormSchema>>;
