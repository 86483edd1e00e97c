import "server-only";
import { isServiceError } from "../http/service-error";
import type { AltinnClient } from "./client";
import type { AccessRequest, SystemUserRequest } from "./types";

/**
 * Sending one system-user request and recovering from the answers that mean "it already exists" instead of
 * failing (contracts §2.7, field notes §3.17). Step 5's customers (lib/customers/) use it for each customer.
 */
export type SendOutcome = "created" | "reused" | "pending" | "alreadyApproved" | "rejected";

/** Not an Altinn status: the request is gone (deleted, or archived after 28 days). */
export const NOT_FOUND = "NotFound";

const RECOVERABLE: Record<string, SendOutcome> = {
  "AUTH-00004": "alreadyApproved",
  "AUTH-00006": "alreadyApproved",
  "AUTH-00007": "pending",
  "AUTH-00008": "rejected",
  "AUTH-00009": "rejected",
};

/**
 * POSTs the request; an answer that means "it already exists" becomes the existing request (looked up by
 * externalRef) instead of an error. `req` is null only for AUTH-00004/00006 with no request left to read.
 */
export async function createOrRecover(
  altinn: AltinnClient,
  body: AccessRequest,
): Promise<{ req: SystemUserRequest | null; outcome: SendOutcome }> {
  try {
    const res = await altinn.createRequest(body);
    return { req: res.request, outcome: res.created ? "created" : "reused" };
  } catch (e) {
    const known = isServiceError(e) && e.service === "altinn" && e.code ? RECOVERABLE[e.code] : undefined;
    if (!known) throw e;
    const req = await altinn.getRequestByExternalRef(body.systemId, body.partyOrgNo, body.externalRef);
    // Without the request there is nothing to show, unless the system user itself exists.
    if (!req && known !== "alreadyApproved") throw e;
    return { req, outcome: known };
  }
}
