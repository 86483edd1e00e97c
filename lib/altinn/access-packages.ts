/**
 * The access packages the wizard and the simulator know, with Altinn's two flags (contracts-more §1.1; AMT
 * PackageConstants.cs). The flags decide every package rule:
 * - standard and change requests need `isAssignable` (else AUTH-00064);
 * - agent requests need `isDelegable` (else AUTH-00065);
 * - the system register refuses a package that is neither (AUTH.VLD-00008) and a non-assignable one on a
 *   visible system (AUTH.VLD-00018).
 * Pure data: the wizard's forms offer only the packages Altinn accepts for the kind of system user, and the
 * simulator enforces the same flags.
 */
import type { Localised } from "../i18n/types";

/** @deprecated Use `Localised` from lib/i18n/types. */
export type Bilingual = Localised;

/** The four classes of contracts-more §1.1's table. */
export type PackageClass = "client-only" | "ordinary" | "admin-only" | "neither";

export interface AccessPackageInfo {
  urn: string;
  title: Localised;
  packageClass: PackageClass;
  /** May go to an agent (client) system user. */
  isDelegable: boolean;
  /** May go directly to a standard system user; false for the client packages. */
  isAssignable: boolean;
}

export const ACCESS_PACKAGE_PREFIX = "urn:altinn:accesspackage:";

const FLAGS: Record<PackageClass, { isAssignable: boolean; isDelegable: boolean }> = {
  "client-only": { isAssignable: false, isDelegable: true },
  ordinary: { isAssignable: true, isDelegable: true },
  "admin-only": { isAssignable: true, isDelegable: false },
  neither: { isAssignable: false, isDelegable: false },
};

function pkg(name: string, title: Localised, packageClass: PackageClass): AccessPackageInfo {
  return { urn: `${ACCESS_PACKAGE_PREFIX}${name}`, title, packageClass, ...FLAGS[packageClass] };
}

/**
 * The client-only six (from the ER roles REGN/REVI/FFØR), the ordinary packages Skatteetaten's APIs name
 * (contracts-more §4.2), a few administration packages, and two of the "neither" class.
 */
export const ACCESS_PACKAGES: readonly AccessPackageInfo[] = [
  pkg(
    "regnskapsforer-med-signeringsrettighet",
    {
      nb: "Regnskapsfører med signeringsrettighet",
      nn: "Rekneskapsførar med signeringsrett",
      en: "Accountant with signing rights",
    },
    "client-only",
  ),
  pkg(
    "regnskapsforer-uten-signeringsrettighet",
    {
      nb: "Regnskapsfører uten signeringsrettighet",
      nn: "Rekneskapsførar utan signeringsrett",
      en: "Accountant without signing rights",
    },
    "client-only",
  ),
  pkg(
    "regnskapsforer-lonn",
    { nb: "Regnskapsfører lønn", nn: "Rekneskapsførar løn", en: "Accountant payroll" },
    "client-only",
  ),
  pkg(
    "ansvarlig-revisor",
    { nb: "Ansvarlig revisor", nn: "Ansvarleg revisor", en: "Responsible auditor" },
    "client-only",
  ),
  pkg(
    "revisormedarbeider",
    { nb: "Revisormedarbeider", nn: "Revisormedarbeidar", en: "Auditor staff member" },
    "client-only",
  ),
  pkg(
    "forretningsforer-eiendom",
    { nb: "Forretningsfører eiendom", nn: "Forretningsførar eigedom", en: "Property business manager" },
    "client-only",
  ),
  pkg("skattegrunnlag", { nb: "Skattegrunnlag", nn: "Skattegrunnlag", en: "Tax basis" }, "ordinary"),
  pkg("a-ordning", { nb: "A-ordningen", nn: "A-ordninga", en: "The a-scheme" }, "ordinary"),
  pkg("skatt-naering", { nb: "Skatt næring", nn: "Skatt næring", en: "Business tax" }, "ordinary"),
  pkg(
    "klientadministrator",
    { nb: "Klientadministrator", nn: "Klientadministrator", en: "Client administrator" },
    "admin-only",
  ),
  pkg(
    "hovedadministrator",
    { nb: "Hovedadministrator", nn: "Hovudadministrator", en: "Main administrator" },
    "admin-only",
  ),
  pkg("tilgangsstyrer", { nb: "Tilgangsstyrer", nn: "Tilgangsstyrar", en: "Access manager" }, "admin-only"),
  pkg(
    "eksplisitt",
    {
      nb: "Eksplisitt tjenestedelegering",
      nn: "Eksplisitt tenestedelegering",
      en: "Explicit service delegation",
    },
    "neither",
  ),
  pkg(
    "vergemal-formue",
    { nb: "Vergemål formue", nn: "Verjemål formue", en: "Guardianship assets" },
    "neither",
  ),
];

export function findAccessPackage(urn: string): AccessPackageInfo | undefined {
  return ACCESS_PACKAGES.find((p) => p.urn === urn);
}

/** May the package go to a standard system user (standard and change requests)? Unknown: no. */
export function isAssignable(urn: string): boolean {
  return findAccessPackage(urn)?.isAssignable ?? false;
}

/** May the package go to an agent system user? Unknown: no. */
export function isDelegable(urn: string): boolean {
  return findAccessPackage(urn)?.isDelegable ?? false;
}

/**
 * May the package go to a system user of this kind? Standard: `isAssignable` (else AUTH-00064); agent:
 * `isDelegable` (else AUTH-00065). Unknown packages: no.
 */
export function packageAllowedFor(urn: string, kind: "standard" | "agent"): boolean {
  return kind === "agent" ? isDelegable(urn) : isAssignable(urn);
}
