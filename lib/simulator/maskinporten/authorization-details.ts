import { ORG_AUTHORITY, SYSTEMUSER_RAR_TYPE } from "@/lib/catalogue";
import { isPlainObject } from "../http";
import { fail, ok, type RuleResult } from "./errors";

/**
 * Rules 21–23: the shape of a system-user `authorization_details` (contracts §1.4). Only one party per
 * grant, so exactly one element. `systemuser_org.ID` is also accepted as `id` (Altinn's docs spell it so).
 */
export interface SystemUserRequestDetails {
  /** The customer: the organisation that owns the system user. */
  orgno: string;
  /** As sent; undefined when the grant had none (then it defaults to the customer's orgno). */
  externalRef?: string;
}

const ALLOWED_FIELDS = new Set(["type", "systemuser_org", "externalRef"]);
const ALLOWED_ORG_FIELDS = new Set(["authority", "ID", "id"]);

export function checkAuthorizationDetails(value: unknown): RuleResult<SystemUserRequestDetails> {
  if (!Array.isArray(value) || value.length !== 1 || !isPlainObject(value[0])) {
    return fail(
      "invalid_authorization_details",
      "authorization_details must be an array with one element",
      "MP-301",
    );
  }
  const detail = value[0];
  if (detail.type !== SYSTEMUSER_RAR_TYPE) {
    const shown = typeof detail.type === "string" ? detail.type : JSON.stringify(detail.type ?? null);
    return fail("invalid_authorization_details", `Unsupported authorization_details type ${shown}`, "MP-301");
  }

  const unknown = Object.keys(detail).find((k) => !ALLOWED_FIELDS.has(k));
  if (unknown !== undefined) return unknownField(unknown);
  const org = detail.systemuser_org;
  if (isPlainObject(org)) {
    const unknownOrg = Object.keys(org).find((k) => !ALLOWED_ORG_FIELDS.has(k));
    if (unknownOrg !== undefined) return unknownField(`systemuser_org.${unknownOrg}`);
  }

  if (!isPlainObject(org)) return invalidValue("systemuser_org");
  if (org.authority !== ORG_AUTHORITY) return invalidValue("systemuser_org.authority");
  const id = org.ID ?? org.id;
  const m = typeof id === "string" ? /^0192:(\d{9})$/.exec(id) : null;
  if (!m) return invalidValue("systemuser_org.ID");
  const externalRef = detail.externalRef;
  if (externalRef !== undefined && (typeof externalRef !== "string" || externalRef.trim() === "")) {
    return invalidValue("externalRef");
  }
  return ok({ orgno: m[1]!, externalRef: externalRef as string | undefined });
}

function unknownField(name: string) {
  return fail("invalid_authorization_details", `Unknown field ${name} in authorization_details`, "MP-302");
}

function invalidValue(field: string) {
  return fail(
    "invalid_authorization_details",
    `Invalid value for ${field} in authorization_details`,
    "MP-303",
  );
}
