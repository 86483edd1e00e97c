/**
 * The simulated Altinn resource register and access-package catalogue: just enough for the system register
 * to tell "not found" (AUTH.VLD-00003 / 00008) from "not delegable" (00017) from "client package"
 * (00018, AUTH-00064), and for the approval page to show readable names.
 * Sources: contracts §3.2–3.4 and contracts-more §4.2 (resources, from the API registry); Altinn's SystemRegisterService
 * `WhitelistedResourceTypes` (which resource types a system may list in `rights`).
 */
import { API_LIST } from "../../apis";
import type { Localised } from "../../i18n/types";

/** Resource types as in Altinn's resource register; only some may be delegated to a system user. */
export type ResourceType =
  | "Default"
  | "Systemresource"
  | "AltinnApp"
  | "CorrespondenceService"
  | "BrokerService"
  | "MaskinportenSchema";

const DELEGABLE_TYPES: ReadonlySet<ResourceType> = new Set([
  "Default",
  "Systemresource",
  "AltinnApp",
  "CorrespondenceService",
  "BrokerService",
]);

export interface SimResource {
  id: string;
  type: ResourceType;
  title: Localised;
  owner: string;
}

/** Each Skatteetaten API's resource in the registry (lib/apis), plus one that exists but may not be delegated. */
export const RESOURCES: readonly SimResource[] = [
  ...API_LIST.map((api) => ({
    id: api.resource,
    type: "Default" as const,
    title: api.resourceTitle,
    owner: "Skatteetaten",
  })),
  {
    // A Maskinporten schema resource: exists, but cannot be delegated to a system user (AUTH.VLD-00017).
    id: "altinn-maskinporten-schema-demo",
    type: "MaskinportenSchema",
    title: {
      nb: "Maskinporten-skjema (demo)",
      nn: "Maskinporten-skjema (demo)",
      en: "Maskinporten schema (demo)",
    },
    owner: "Digdir",
  },
];

export function findResource(id: string): SimResource | undefined {
  return RESOURCES.find((r) => r.id === id);
}

export function isDelegableResource(r: SimResource): boolean {
  return DELEGABLE_TYPES.has(r.type);
}

// The package catalogue is shared with the wizard's forms: lib/altinn/access-packages.ts (contracts-more §1.1).
export { findAccessPackage } from "../../altinn/access-packages";
