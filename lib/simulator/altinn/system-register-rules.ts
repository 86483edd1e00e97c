import type { SimScope } from "../db/scope";
import { findSystemById, liveSystemsHoldingClients } from "../db/systems";
import type { SimSystem } from "../types";
import type { AccessPackageInput, RegisterSystemInput, RightInput } from "./models";
import { PATHS, type ValidationItem } from "./problems";
import { isValidAllowedRedirectUrl } from "./redirect-urls";
import { findAccessPackage, findResource, isDelegableResource } from "./resources";

/**
 * The system register's validation rules, in Altinn's order (contracts §2.5; AA SystemRegisterController
 * `ValidateRegisteredSystem`, `ValidateRights`, `ValidateAccessPackages`, `ValidateClientIds`). Each
 * returns the AUTH.VLD items it finds; the handlers decide when they are answered.
 */

/**
 * AUTH.VLD-00000: the vendor must be an ISO 6523 `0192:<orgno>` identifier. Returns the orgno part, or
 * null. (Altinn only checks the prefix and then fails with a 500 when there is no `:`; the simulator
 * answers that case with AUTH.VLD-00000 too.)
 */
export function vendorOrgNoOf(vendorId: string): string | null {
  const parts = vendorId.split(":");
  if (parts[0] !== "0192" || parts.length < 2) return null;
  return parts[1]!;
}

/**
 * Which live system holds each of the client ids (Altinn removes a deleted system's client rows), keyed as
 * compared: exactly, or lower-cased. When two systems hold one id, the later one read wins, as it always did.
 */
async function clientOwners(
  scope: SimScope,
  clientIds: readonly string[],
  ignoreCase: boolean,
): Promise<Map<string, SimSystem>> {
  const owners = new Map<string, SimSystem>();
  for (const s of await liveSystemsHoldingClients(scope, clientIds, { ignoreCase })) {
    for (const c of s.clientId) owners.set(ignoreCase ? c.toLowerCase() : c, s);
  }
  return owners;
}

/** POST only: id spaces (00013), id prefix (00001), id taken (00002), redirect URLs (00005), client ids taken (00004). */
export async function validateNewSystem(
  scope: SimScope,
  input: RegisterSystemInput,
  vendorOrgNo: string,
): Promise<ValidationItem[]> {
  const items: ValidationItem[] = [];
  if (input.id.includes(" ")) items.push({ code: "AUTH.VLD-00013", paths: [PATHS.systemId] });
  if (input.id.split("_")[0] !== vendorOrgNo) items.push({ code: "AUTH.VLD-00001", paths: [PATHS.systemId] });
  // A deleted system keeps its id: it cannot be registered again.
  if (await findSystemById(scope, input.id)) items.push({ code: "AUTH.VLD-00002", paths: [PATHS.systemId] });
  if (!input.allowedRedirectUrls.every(isValidAllowedRedirectUrl))
    items.push({ code: "AUTH.VLD-00005", paths: [PATHS.redirectUrls] });
  const owners = await clientOwners(scope, input.clientId, false);
  if (input.clientId.some((c) => owners.has(c)))
    items.push({ code: "AUTH.VLD-00004", paths: [PATHS.clientId] });
  return items;
}

/** PUT only: duplicate client ids in the body (00011), and one 00004 per client id another live system holds. */
export async function validateClientIdsForUpdate(
  scope: SimScope,
  current: SimSystem,
  clientIds: readonly string[],
): Promise<ValidationItem[]> {
  const items: ValidationItem[] = [];
  const lower = clientIds.map((c) => c.toLowerCase());
  if (new Set(lower).size !== lower.length) {
    items.push({ code: "AUTH.VLD-00011", paths: [PATHS.clientId] });
  }
  const owners = await clientOwners(scope, clientIds, true);
  for (const c of clientIds) {
    const owner = owners.get(c.toLowerCase());
    if (owner && owner.internalId !== current.internalId)
      items.push({ code: "AUTH.VLD-00004", paths: [PATHS.clientId] });
  }
  return items;
}

export const RESOURCE_ATTRIBUTE = "urn:altinn:resource";

/** Rights: format (00009), existence (00003), delegable type (00017), duplicates (00006). */
export function validateRights(rights: readonly RightInput[]): ValidationItem[] {
  const invalidFormat: string[] = [];
  const notFound: string[] = [];
  const notDelegable: string[] = [];
  for (const r of rights) {
    for (const pair of r.resource ?? []) {
      const value = pair.value ?? "";
      if (pair.id !== RESOURCE_ATTRIBUTE) {
        invalidFormat.push(value);
        continue;
      }
      const resource = findResource(value);
      if (!resource) notFound.push(value);
      else if (!isDelegableResource(resource)) notDelegable.push(value);
    }
  }
  const items: ValidationItem[] = [];
  const add = (code: ValidationItem["code"], label: string, values: string[]) => {
    if (values.length > 0)
      items.push({ code, paths: [PATHS.rights], extensions: { [label]: values.join(" | ") } });
  };
  add("AUTH.VLD-00009", "Invalid Resource Id Details : ", invalidFormat);
  add("AUTH.VLD-00003", "ResourceIds Not Found : ", notFound);
  add("AUTH.VLD-00017", "ResourceIds Not Delegable : ", notDelegable);
  const keys = rights.map(
    (r) => `${r.action ?? ""}:${(r.resource ?? []).map((p) => `${p.id}:${p.value}`).join(",")}`,
  );
  if (new Set(keys).size !== keys.length) items.push({ code: "AUTH.VLD-00006", paths: [PATHS.rights] });
  return items;
}

/** Access packages: invalid / unknown / not delegable (00008), duplicates (00007), client packages with isVisible (00018). */
export function validateAccessPackages(
  packages: readonly AccessPackageInput[],
  isVisible: boolean,
): ValidationItem[] {
  const invalidFormat: string[] = [];
  const notFound: string[] = [];
  const notDelegable: string[] = [];
  const nonAssignable: string[] = [];
  for (const { urn } of packages) {
    if (!urn || urn.split(":").length < 4) {
      invalidFormat.push(urn ?? "");
      continue;
    }
    const pkg = findAccessPackage(urn);
    if (!pkg) {
      notFound.push(urn);
      continue;
    }
    if (!pkg.isDelegable && !pkg.isAssignable) notDelegable.push(urn);
    if (!pkg.isAssignable) nonAssignable.push(urn);
  }
  const items: ValidationItem[] = [];
  if (invalidFormat.length + notFound.length + notDelegable.length > 0) {
    const details = [
      invalidFormat.length ? `Invalid format: ${invalidFormat.join(", ")}` : null,
      notFound.length ? `Not found: ${notFound.join(", ")}` : null,
      notDelegable.length ? `Not possible to delegate: ${notDelegable.join(", ")}` : null,
    ].filter((x): x is string => x !== null);
    items.push({
      code: "AUTH.VLD-00008",
      paths: [PATHS.accessPackages],
      extensions: { "Invalid Urn Details : ": details.join(" | ") },
    });
  }
  const keys = packages.map((p) => p.urn ?? "");
  if (new Set(keys).size !== keys.length)
    items.push({ code: "AUTH.VLD-00007", paths: [PATHS.accessPackages] });
  if (isVisible && nonAssignable.length > 0)
    items.push({ code: "AUTH.VLD-00018", paths: [PATHS.accessPackages] });
  return items;
}
