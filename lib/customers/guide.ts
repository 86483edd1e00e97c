import {
  approvedCustomers,
  canRenew,
  changeWaiting,
  isApproved,
  isWaiting,
  rightsChange,
  type Customer,
  type Holdings,
} from "./model";

/**
 * Step 5 says one thing at a time: what is true for the vendor's customers now and the one thing to do next.
 * Pure, so each state's text is unit-tested: after an approval it never says "give the customer the link",
 * and when the system gained rights it asks for a change request instead of both "run it again" and "go on".
 *
 * Order: a change the customer steps 6–7 act for needs (its token would lack the new rights) > a change
 * request waiting > that customer approved (go on to step 6) > a request waiting > a request that ended
 * without approval > nothing sent yet.
 */
export type CustomerGuide =
  | { kind: "start" }
  | { kind: "waiting"; orgNo: string; confirmUrl: string }
  | { kind: "approved"; orgNo: string }
  | { kind: "changeNeeded"; orgNo: string; missing: string[] }
  | { kind: "changeUnknown"; orgNo: string }
  | { kind: "changeWaiting"; orgNo: string; confirmUrl: string }
  | { kind: "ended"; orgNo: string; status: string };

/** Outcomes of sending a request that the page may announce (`?notice=`). */
export type SendOutcome = "created" | "reused" | "pending" | "alreadyApproved" | "rejected";

export function customerGuide(
  list: readonly Customer[],
  /** The customer steps 6–7 act for (approved), if any. */
  activeOrgNo: string | null,
  system: Holdings | null,
): CustomerGuide {
  const active = list.find((c) => c.orgNo === activeOrgNo && isApproved(c)) ?? approvedCustomers(list)[0];
  if (active) {
    if (changeWaiting(active) && active.change?.confirmUrl)
      return { kind: "changeWaiting", orgNo: active.orgNo, confirmUrl: active.change.confirmUrl };
    const change = system ? rightsChange(active, system) : null;
    if (change) {
      if (!active.held) return { kind: "changeUnknown", orgNo: active.orgNo };
      const missing = [...change.requiredRights, ...change.requiredAccessPackages];
      if (missing.length) return { kind: "changeNeeded", orgNo: active.orgNo, missing };
    }
    return { kind: "approved", orgNo: active.orgNo };
  }
  const waiting = list.find((c) => isWaiting(c) && c.confirmUrl);
  if (waiting) return { kind: "waiting", orgNo: waiting.orgNo, confirmUrl: waiting.confirmUrl };
  const ended = [...list].sort((a, b) => b.updatedAt - a.updatedAt).find((c) => canRenew(c));
  if (ended) return { kind: "ended", orgNo: ended.orgNo, status: ended.status };
  return { kind: "start" };
}

/**
 * Whether the note about the last send (`?notice=`, set when the request went out) is still true. "Sent, give
 * the customer the link" stops being true once that customer answered; the guide then says what is.
 */
export function sendOutcomeStillTrue(
  outcome: SendOutcome,
  customer: Pick<Customer, "status"> | undefined,
): boolean {
  if (!customer) return false;
  switch (outcome) {
    case "created":
    case "reused":
    case "pending":
      return isWaiting(customer);
    case "alreadyApproved":
      return customer.status === "Accepted";
    case "rejected":
      return canRenew(customer);
  }
}
