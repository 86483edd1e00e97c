import { ACCESS_PACKAGE_PREFIX, ALTINN_RESOURCE_ATTRIBUTE } from "../catalogue";
import type { AccessPackage, Right, SystemRegistration } from "../altinn/types";
import type { SystemFormValues } from "../schemas/system";

/**
 * Step 4's form values → the system-registration JSON (contracts §2.4). Pure: the live preview in the
 * browser and the server action build the same object. Empty nn/en texts are left out rather than sent as
 * "" (Altinn would show an empty name in that language).
 */
export interface SystemRegistrationContext {
  vendorOrgNo: string;
  /** The Maskinporten client from step 3; without it no system-user token can be issued. */
  clientId: string | null;
}

export function systemIdPrefix(vendorOrgNo: string): string {
  return `${vendorOrgNo}_`;
}

export function systemIdFor(vendorOrgNo: string, suffix: string): string {
  return `${systemIdPrefix(vendorOrgNo)}${suffix.trim()}`;
}

export function resourceRight(resourceId: string): Right {
  return { resource: [{ id: ALTINN_RESOURCE_ATTRIBUTE, value: resourceId }] };
}

export function accessPackage(name: string): AccessPackage {
  return { urn: `${ACCESS_PACKAGE_PREFIX}${name}` };
}

function texts(v: { nb: string; nn?: string; en?: string }): Record<string, string> {
  const out: Record<string, string> = { nb: v.nb.trim() };
  if (v.nn?.trim()) out.nn = v.nn.trim();
  if (v.en?.trim()) out.en = v.en.trim();
  return out;
}

/**
 * For agent system users (contracts-more §1.2) the body has no single rights (they serve standard system
 * users only) and `isVisible: false`: client-only packages on a visible system are refused (AUTH.VLD-00018),
 * and agent system users come only from the vendor's agent requests, never from the portal.
 */
export function buildSystemRegistration(
  values: SystemFormValues,
  ctx: SystemRegistrationContext,
): SystemRegistration {
  const agent = values.kind === "agent";
  return {
    id: systemIdFor(ctx.vendorOrgNo, values.idSuffix),
    vendor: { ID: `0192:${ctx.vendorOrgNo}` },
    name: texts(values.name),
    description: texts(values.description),
    rights: agent ? [] : values.rights.map(resourceRight),
    accessPackages: values.accessPackages.map(accessPackage),
    clientId: ctx.clientId ? [ctx.clientId] : [],
    isVisible: agent ? false : values.isVisible,
    allowedRedirectUrls: values.allowedRedirectUrls.map((r) => r.url.trim()),
  };
}

/** The resource ids of a registration's single rights (`urn:altinn:resource` values). */
export function rightResourceIds(rights: readonly Right[]): string[] {
  return rights.flatMap((r) =>
    r.resource.filter((x) => x.id === ALTINN_RESOURCE_ATTRIBUTE).map((x) => x.value),
  );
}

/** Access package names without the `urn:altinn:accesspackage:` prefix. */
export function accessPackageNames(packages: readonly AccessPackage[]): string[] {
  return packages.map((p) =>
    p.urn.startsWith(ACCESS_PACKAGE_PREFIX) ? p.urn.slice(ACCESS_PACKAGE_PREFIX.length) : p.urn,
  );
}

/**
 * The reverse of buildSystemRegistration, for prefilling the form with what was saved last time. Values the
 * form cannot show (another vendor's prefix, unknown resources) are dropped rather than guessed.
 */
export function registrationToFormValues(
  reg: Pick<
    SystemRegistration,
    "id" | "name" | "description" | "rights" | "accessPackages" | "isVisible" | "allowedRedirectUrls"
  >,
  vendorOrgNo: string,
  known: { resources: readonly string[]; accessPackages: readonly string[] },
): SystemFormValues {
  const prefix = systemIdPrefix(vendorOrgNo);
  return {
    idSuffix: reg.id.startsWith(prefix) ? reg.id.slice(prefix.length) : "",
    name: { nb: reg.name.nb ?? "", nn: reg.name.nn ?? "", en: reg.name.en ?? "" },
    description: { nb: reg.description.nb ?? "", nn: reg.description.nn ?? "", en: reg.description.en ?? "" },
    rights: rightResourceIds(reg.rights).filter((r) => known.resources.includes(r)),
    accessPackages: accessPackageNames(reg.accessPackages).filter((p) => known.accessPackages.includes(p)),
    isVisible: reg.isVisible,
    allowedRedirectUrls: reg.allowedRedirectUrls.map((url) => ({ url })),
  };
}
