import type { AccessRequest } from "../altinn/types";
import type { CustomerFormValues } from "../schemas/customer";
import { accessPackage, resourceRight } from "./system-registration";

/**
 * Step 5's form values (plus the registered system's id) → the access-request JSON (contracts §2.7). Pure.
 * `redirectUrl` is left out when none is chosen: Altinn then shows its own end page to the customer.
 */
export type AccessRequestValues = CustomerFormValues & { systemId: string };

export function buildAccessRequest(values: AccessRequestValues): AccessRequest {
  const body: AccessRequest = {
    systemId: values.systemId,
    partyOrgNo: values.partyOrgNo.trim(),
    externalRef: values.externalRef.trim(),
    rights: values.rights.map(resourceRight),
    accessPackages: values.accessPackages.map(accessPackage),
  };
  if (values.redirectUrl.trim()) body.redirectUrl = values.redirectUrl.trim();
  return body;
}
