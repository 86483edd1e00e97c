import { accessPackageNames, rightResourceIds } from "../payloads/system-registration";
import type { WizardState } from "../session/state";
import { registeredSystemSchema } from "./types";

/**
 * What the system saved in step 4 offers a customer: the rights, access packages and redirect URLs a
 * request in step 5 may use (anything else Altinn refuses with AUTH-00001 / AUTH-00063 / AUTH-00021).
 */
export interface SystemOffer {
  systemId: string;
  name: string;
  rights: string[];
  accessPackages: string[];
  allowedRedirectUrls: string[];
}

export function systemOffer(state: WizardState): SystemOffer | null {
  if (!state.system) return null;
  const parsed = registeredSystemSchema.safeParse(state.system.registration);
  if (!parsed.success) return null;
  const reg = parsed.data;
  return {
    systemId: state.system.systemId,
    name: reg.name.nb ?? state.system.systemId,
    rights: rightResourceIds(reg.rights),
    accessPackages: accessPackageNames(reg.accessPackages),
    allowedRedirectUrls: reg.allowedRedirectUrls,
  };
}
