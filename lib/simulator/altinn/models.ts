import type { SimRight } from "../types";
import {
  bool,
  list,
  ModelErrors,
  object,
  str,
  STRING,
  stringMap,
  strNotNull,
  typeError,
  type Spec,
} from "./json-binding";

/**
 * The request bodies of the vendor endpoints as Altinn binds them (AA:src/Core/Models/…): C# `required`
 * members, defaults, data annotations, and which strings TrimStringsActionFilter trims (scalar string
 * properties only; list elements and dictionary values are left as sent).
 */
const NS = "Altinn.Platform.Authentication.Core.Models";
const LIST = "System.Collections.Generic.List`1";

const attributePair = object(`${NS}.AttributePair`, { id: { spec: str }, value: { spec: str } });
const right = object(`${NS}.Right`, {
  action: { spec: str },
  resource: { spec: list(notNullItem(attributePair, `${NS}.AttributePair`), `${LIST}[${NS}.AttributePair]`) },
});
const accessPackage = object(`${NS}.AccessPackages.AccessPackage`, { urn: { spec: str } });

export const rightsSpec = list(notNullItem(right, `${NS}.Right`), `${LIST}[${NS}.Right]`);
export const accessPackagesSpec = list(
  notNullItem(accessPackage, `${NS}.AccessPackages.AccessPackage`),
  `${LIST}[${NS}.AccessPackages.AccessPackage]`,
);

/** .NET would bind a null element; Altinn's code then fails with a 500. The simulator refuses it as a type error. */
function notNullItem<T>(spec: Spec<T | null>, clrType: string): Spec<T> {
  return (v, p) => spec(v, p) ?? typeError(p, clrType);
}

export interface RightInput {
  action: string | null;
  resource: { id: string | null; value: string | null }[] | null;
}

export interface AccessPackageInput {
  urn: string | null;
}

function toRights(raw: unknown): RightInput[] | null {
  if (raw === null || raw === undefined) return null;
  return (raw as Record<string, unknown>[]).map((r) => ({
    action: (r.action as string | null | undefined) ?? null,
    resource:
      r.resource === undefined
        ? []
        : ((r.resource as Record<string, unknown>[] | null)?.map((a) => ({
            id: (a.id as string | null | undefined) ?? null,
            value: (a.value as string | null | undefined) ?? null,
          })) ?? null),
  }));
}

function toPackages(raw: unknown): AccessPackageInput[] | null {
  if (raw === null || raw === undefined) return null;
  return (raw as Record<string, unknown>[]).map((a) => ({
    urn: (a.urn as string | null | undefined) ?? null,
  }));
}

/** [Required] on AttributePair.id/value and the non-nullable Right.Resource. */
function validateRights(errors: ModelErrors, prefix: string, rights: RightInput[] | null): void {
  rights?.forEach((r, i) => {
    const key = `${prefix}[${i}].Resource`;
    if (r.resource === null) return errors.required(key, null);
    r.resource.forEach((a, j) => {
      errors.required(`${key}[${j}].Id`, a.id);
      errors.required(`${key}[${j}].Value`, a.value);
    });
  });
}

/** After model validation every resource pair has both strings. */
export function asSimRights(rights: RightInput[]): SimRight[] {
  return rights.map((r) => ({
    ...(r.action !== null ? { action: r.action } : {}),
    resource: (r.resource ?? []).map((a) => ({ id: a.id ?? "", value: a.value ?? "" })),
  }));
}

export type Bound<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string[]> };

// --- RegisterSystemRequest (POST/PUT systemregister/vendor) -------------------------------------------

export const registerSystemSpec = object(
  "Altinn.Platform.Authentication.Core.SystemRegister.Models.RegisterSystemRequest",
  {
    id: { spec: str, required: true },
    vendor: { spec: object(`${NS}.VendorInfo`, { id: { spec: str } }), required: true },
    name: { spec: stringMap, required: true },
    description: { spec: stringMap, required: true },
    rights: { spec: rightsSpec },
    accessPackages: { spec: accessPackagesSpec },
    clientId: { spec: list(strNotNull, `${LIST}[${STRING}]`) },
    isVisible: { spec: bool },
    allowedRedirectUrls: { spec: list(strNotNull, `${LIST}[System.Uri]`) },
  },
);

export interface RegisterSystemInput {
  id: string;
  vendorId: string;
  name: Record<string, string>;
  description: Record<string, string>;
  rights: RightInput[];
  accessPackages: AccessPackageInput[];
  clientId: string[];
  isVisible: boolean;
  allowedRedirectUrls: string[];
}

export function toRegisterSystem(raw: Record<string, unknown>): Bound<RegisterSystemInput> {
  const errors = new ModelErrors();
  const vendor = raw.vendor as Record<string, unknown> | null;
  const rights = toRights(raw.rights);
  errors.required("Id", raw.id);
  errors.required("Vendor", vendor);
  if (vendor) errors.required("Vendor.ID", vendor.id);
  errors.required("Name", raw.name);
  errors.required("Description", raw.description);
  validateRights(errors, "Rights", rights);
  if ("clientId" in raw) errors.required("ClientId", raw.clientId);
  if ("allowedRedirectUrls" in raw) errors.required("AllowedRedirectUrls", raw.allowedRedirectUrls);
  if (errors.any) return { ok: false, errors: errors.errors };
  return {
    ok: true,
    value: {
      id: (raw.id as string).trim(),
      vendorId: ((vendor as Record<string, unknown>).id as string).trim(),
      name: raw.name as Record<string, string>,
      description: raw.description as Record<string, string>,
      // Rights and AccessPackages default to [] and a JSON null is treated as [] (Altinn would fail on it).
      rights: rights ?? [],
      accessPackages: toPackages(raw.accessPackages) ?? [],
      clientId: (raw.clientId as string[] | undefined) ?? [],
      isVisible: (raw.isVisible as boolean | undefined) ?? true,
      allowedRedirectUrls: (raw.allowedRedirectUrls as string[] | undefined) ?? [],
    },
  };
}

/** PUT …/rights: a bare Right list (no trimming filter on that action). */
export function toRightsBody(raw: unknown[]): Bound<RightInput[]> {
  const errors = new ModelErrors();
  const rights = toRights(raw) ?? [];
  validateRights(errors, "", rights);
  return errors.any ? { ok: false, errors: errors.errors } : { ok: true, value: rights };
}

export function toPackagesBody(raw: unknown[]): AccessPackageInput[] {
  return toPackages(raw) ?? [];
}

// --- CreateRequestSystemUser (POST systemuser/request/vendor) -------------------------------------------

export const createRequestSpec = object(`${NS}.SystemUsers.CreateRequestSystemUser`, {
  integrationTitle: { spec: str },
  externalRef: { spec: str },
  systemId: { spec: str, required: true },
  partyOrgNo: { spec: str, required: true },
  rights: { spec: rightsSpec },
  accessPackages: { spec: accessPackagesSpec },
  redirectUrl: { spec: str },
});

export interface CreateRequestInput {
  integrationTitle: string | null;
  externalRef: string | null;
  systemId: string;
  partyOrgNo: string;
  rights: RightInput[] | null;
  accessPackages: AccessPackageInput[] | null;
  redirectUrl: string | null;
}

export function toCreateRequest(raw: Record<string, unknown>): Bound<CreateRequestInput> {
  const errors = new ModelErrors();
  const rights = toRights(raw.rights);
  errors.required("SystemId", raw.systemId);
  errors.required("PartyOrgNo", raw.partyOrgNo);
  validateRights(errors, "Rights", rights);
  if (errors.any) return { ok: false, errors: errors.errors };
  const trim = (v: unknown) => (typeof v === "string" ? v.trim() : null);
  return {
    ok: true,
    value: {
      integrationTitle: trim(raw.integrationTitle),
      externalRef: trim(raw.externalRef),
      systemId: trim(raw.systemId)!,
      partyOrgNo: trim(raw.partyOrgNo)!,
      rights,
      accessPackages: toPackages(raw.accessPackages),
      redirectUrl: trim(raw.redirectUrl),
    },
  };
}
