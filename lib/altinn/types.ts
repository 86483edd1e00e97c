import { z } from "zod";

/**
 * Altinn's wire models for the system register and system-user requests (contracts §2.4, §2.7, §2.10),
 * parsed with zod because the other side is input. Altinn omits null fields (contracts §2.2), so every
 * optional list defaults to empty. Pure: shared by the client, the payload builders and the pages.
 */

export const rightSchema = z.object({
  action: z.string().optional(),
  resource: z.array(z.object({ id: z.string(), value: z.string() })),
});
export type Right = z.infer<typeof rightSchema>;

export const accessPackageSchema = z.object({ urn: z.string() });
export type AccessPackage = z.infer<typeof accessPackageSchema>;

const localized = z.record(z.string(), z.string());

/** `vendor.ID`: ASP.NET binds case-insensitively and may write it as `id` (contracts §2.2, §6.13). */
const vendorSchema = z.record(z.string(), z.unknown()).transform((v) => {
  const key = Object.keys(v).find((k) => k.toLowerCase() === "id");
  const id = key ? v[key] : undefined;
  return { ID: typeof id === "string" ? id : "" };
});

/** What the wizard sends to POST/PUT `systemregister/vendor` (RegisterSystemRequest). */
export interface SystemRegistration {
  id: string;
  vendor: { ID: string };
  name: Record<string, string>;
  description: Record<string, string>;
  rights: Right[];
  accessPackages: AccessPackage[];
  clientId: string[];
  isVisible: boolean;
  allowedRedirectUrls: string[];
}

/** Altinn omits null fields (WhenWritingNull), so a list may be absent or null: read it as empty. */
function listOrEmpty<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);
}

/** GET `systemregister/vendor/{id}` (RegisteredSystemResponse). */
export const registeredSystemSchema = z.object({
  id: z.string(),
  vendor: vendorSchema,
  name: localized.default({}),
  description: localized.default({}),
  rights: listOrEmpty(rightSchema),
  accessPackages: listOrEmpty(accessPackageSchema),
  clientId: listOrEmpty(z.string()),
  isVisible: z.boolean().default(true),
  allowedRedirectUrls: listOrEmpty(z.string()),
  isDeleted: z.boolean().default(false),
});
export type RegisteredSystem = z.infer<typeof registeredSystemSchema>;

/** One item of GET `systemregister/vendor` (RegisteredSystemDTO). */
export const registeredSystemListItemSchema = z.object({
  systemId: z.string(),
  systemVendorOrgNumber: z.string().optional(),
  systemVendorOrgName: z.string().optional(),
  name: localized.default({}),
  description: localized.default({}),
  rights: listOrEmpty(rightSchema),
  accessPackages: listOrEmpty(accessPackageSchema),
  isVisible: z.boolean().default(true),
});
export type RegisteredSystemListItem = z.infer<typeof registeredSystemListItemSchema>;

/** What the wizard sends to POST `systemuser/request/vendor` (CreateRequestSystemUser). */
export interface AccessRequest {
  systemId: string;
  partyOrgNo: string;
  externalRef: string;
  rights: Right[];
  accessPackages: AccessPackage[];
  redirectUrl?: string;
}

export const REQUEST_STATUSES = ["New", "Accepted", "Rejected", "Denied", "Timedout"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The wire says `Timedout`, the docs `TimedOut` (contracts §6.5): read either. Unknown values pass through. */
export function normaliseStatus(value: string): RequestStatus | string {
  return REQUEST_STATUSES.find((s) => s.toLowerCase() === value.toLowerCase()) ?? value;
}

/** GET/POST `systemuser/request/vendor` answer (RequestSystemResponse). */
export const systemUserRequestSchema = z.object({
  id: z.string(),
  integrationTitle: z.string().optional(),
  externalRef: z.string().default(""),
  systemId: z.string(),
  partyOrgNo: z.string(),
  rights: listOrEmpty(rightSchema),
  accessPackages: listOrEmpty(accessPackageSchema),
  status: z.string().transform(normaliseStatus),
  redirectUrl: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  confirmUrl: z.string().default(""),
  escalated: z.boolean().default(false),
  created: z.string().optional(),
  timedOut: z.boolean().default(false),
});
export type SystemUserRequest = z.infer<typeof systemUserRequestSchema>;

/**
 * The status to act on: Altinn may only raise the `timedOut` flag on a request that is still `New`
 * (contracts §2.8), which is as final for the vendor as `Timedout`.
 */
export function effectiveStatus(req: Pick<SystemUserRequest, "status" | "timedOut">): string {
  return req.status === "New" && req.timedOut ? "Timedout" : req.status;
}

export const FINAL_STATUSES: readonly string[] = ["Accepted", "Rejected", "Denied", "Timedout"];

/** GET `systemuser/vendor/byquery` (SystemUserExternalDTO). */
export const systemUserSchema = z.object({
  id: z.string(),
  integrationTitle: z.string().optional(),
  systemId: z.string(),
  productName: z.string().optional(),
  reporteeOrgNo: z.string(),
  created: z.string().optional(),
  isDeleted: z.boolean().default(false),
  supplierName: z.string().optional(),
  supplierOrgno: z.string().optional(),
  externalRef: z.string().default(""),
  userType: z.string().optional(),
});
export type SystemUser = z.infer<typeof systemUserSchema>;

/**
 * What the wizard sends to POST `systemuser/request/vendor/agent` (CreateAgentRequestSystemUser,
 * contracts-more §1.4): no `rights`; `partyOrgNo` is the agent's organisation (the accounting firm).
 * An absent `externalRef` becomes `partyOrgNo`; an absent `integrationTitle` the system's `name.nb`.
 */
export interface AgentRequestBody {
  systemId: string;
  partyOrgNo: string;
  accessPackages: AccessPackage[];
  externalRef?: string;
  integrationTitle?: string;
  redirectUrl?: string;
}

/** GET/POST `systemuser/request/vendor/agent` answer (AgentRequestSystemResponse): the standard one without rights. */
export const agentRequestSchema = systemUserRequestSchema.omit({ rights: true });
export type AgentRequest = z.infer<typeof agentRequestSchema>;

/**
 * What the wizard sends to POST `systemuser/changerequest/vendor` (ChangeRequestSystemUser, contracts-more §2):
 * one resource per right, every list present.
 */
export interface ChangeRequestBody {
  requiredRights: Right[];
  unwantedRights: Right[];
  requiredAccessPackages: AccessPackage[];
  unwantedAccessPackages: AccessPackage[];
  redirectUrl?: string;
}

/** `NoChangeNeeded` is answered (never stored) when all four lists are empty (contracts-more §2 step 6). */
export const CHANGE_REQUEST_STATUSES = [...REQUEST_STATUSES, "NoChangeNeeded"] as const;

/**
 * ChangeRequestResponse (contracts-more §2). `byexternalref` leaves out the package lists, so they default to
 * empty; `id` is the correlation-id the vendor chose.
 */
export const changeRequestSchema = z.object({
  id: z.string(),
  externalRef: z.string().default(""),
  systemId: z.string(),
  systemUserId: z.string(),
  partyOrgNo: z.string(),
  requiredRights: listOrEmpty(rightSchema),
  unwantedRights: listOrEmpty(rightSchema),
  requiredAccessPackages: listOrEmpty(accessPackageSchema),
  unwantedAccessPackages: listOrEmpty(accessPackageSchema),
  status: z
    .string()
    .transform((v) => CHANGE_REQUEST_STATUSES.find((s) => s.toLowerCase() === v.toLowerCase()) ?? v),
  redirectUrl: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  confirmUrl: z.string().default(""),
  created: z.string().optional(),
  timedOut: z.boolean().default(false),
});
export type ChangeRequest = z.infer<typeof changeRequestSchema>;
