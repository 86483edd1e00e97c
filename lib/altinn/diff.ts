import type { RegisteredSystem, SystemRegistration } from "./types";

/**
 * A field-by-field comparison of the definition Altinn holds and the one about to be sent. PUT replaces the
 * whole definition (field notes §3.20), so the user sees every field that will change before confirming —
 * including fields the new definition leaves out, which the PUT removes.
 */
export interface FieldChange {
  /** Dotted field name as in the JSON, e.g. `name.nn`, `rights`, `clientId`. */
  field: string;
  before: string | null;
  after: string | null;
  /** For list fields: what is added and removed. */
  added?: string[];
  removed?: string[];
}

type Comparable = Pick<
  SystemRegistration,
  | "id"
  | "vendor"
  | "name"
  | "description"
  | "rights"
  | "accessPackages"
  | "clientId"
  | "isVisible"
  | "allowedRedirectUrls"
>;

function rightKeys(rights: SystemRegistration["rights"]): string[] {
  return rights.map((r) => {
    const res = r.resource
      .map((x) => (x.id === "urn:altinn:resource" ? x.value : `${x.id}=${x.value}`))
      .join("+");
    return r.action ? `${res} (${r.action})` : res;
  });
}

function listChange(field: string, before: string[], after: string[]): FieldChange | null {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  if (!added.length && !removed.length) return null;
  return {
    field,
    before: before.length ? before.join(", ") : null,
    after: after.length ? after.join(", ") : null,
    added,
    removed,
  };
}

function scalarChange(field: string, before: string | null, after: string | null): FieldChange | null {
  return before === after ? null : { field, before, after };
}

function localizedChanges(
  field: string,
  before: Record<string, string>,
  after: Record<string, string>,
): FieldChange[] {
  const langs = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(
    (a, b) => order(a) - order(b) || a.localeCompare(b),
  );
  return langs
    .map((l) => scalarChange(`${field}.${l}`, before[l] || null, after[l] || null))
    .filter((c): c is FieldChange => c !== null);
}

function order(lang: string): number {
  const i = ["nb", "nn", "en"].indexOf(lang);
  return i === -1 ? 9 : i;
}

export function diffSystem(stored: RegisteredSystem | Comparable, next: Comparable): FieldChange[] {
  const changes: (FieldChange | null)[] = [
    scalarChange("id", stored.id, next.id),
    scalarChange("vendor.ID", stored.vendor.ID, next.vendor.ID),
    ...localizedChanges("name", stored.name, next.name),
    ...localizedChanges("description", stored.description, next.description),
    listChange("rights", rightKeys(stored.rights), rightKeys(next.rights)),
    listChange(
      "accessPackages",
      stored.accessPackages.map((p) => p.urn),
      next.accessPackages.map((p) => p.urn),
    ),
    listChange("clientId", stored.clientId, next.clientId),
    scalarChange("isVisible", String(stored.isVisible), String(next.isVisible)),
    listChange("allowedRedirectUrls", stored.allowedRedirectUrls, next.allowedRedirectUrls),
  ];
  return changes.filter((c): c is FieldChange => c !== null);
}

/** A short fingerprint of a stored definition, so an update applies only to the version the user reviewed. */
export function definitionFingerprint(s: Comparable): string {
  const text = JSON.stringify([
    s.id,
    s.vendor.ID,
    s.name,
    s.description,
    rightKeys(s.rights),
    s.accessPackages.map((p) => p.urn),
    s.clientId,
    s.isVisible,
    s.allowedRedirectUrls,
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
