import "server-only";
import type { Db } from "../db/client";
import type { WizardState } from "../session/state";
import { fingerprint, markDone, markUndone, stepById } from "../steps";
import {
  approvedCustomers,
  customerFromLegacy,
  isActive,
  isApproved,
  withActiveCustomer,
  type Customer,
} from "./model";
import { insertCustomerIfMissing, listCustomers } from "./store";

/**
 * Glue between the session and the customer rows: the list of the session's system, with a single request
 * saved before the list existed brought in as its first customer (never lost), and the state's active
 * customer (the one steps 6–7 act for) kept pointing at an approved customer.
 */
export async function customersOf(db: Db, sessionId: string | null, state: WizardState): Promise<Customer[]> {
  const systemId = state.system?.systemId;
  if (!sessionId || !systemId) return [];
  const legacy = customerFromLegacy(state);
  if (legacy) await insertCustomerIfMissing(db, sessionId, legacy);
  return listCustomers(db, sessionId, systemId);
}

/**
 * Keeps the active customer when it is still approved (with its row's latest data), else takes the most
 * recently approved one; none approved: no active customer and step 5 not done. Unchanged input comes back
 * as the same object, so callers can tell whether to save.
 */
export function withDefaultActive(state: WizardState, list: readonly Customer[]): WizardState {
  const current = list.find((c) => isActive(state, c) && isApproved(c));
  const chosen = current ?? approvedCustomers(list)[0] ?? null;
  const next = setActive(state, chosen);
  // The system was saved again (an API added, say) after the customer approved: the same approved customer
  // still completes step 5 — what it lacks is a change request, which steps 5–6 show — so step 5 is marked
  // done with the new inputs instead of staying "needs a re-run" with nothing to re-run.
  if (chosen && next.done.customer?.fp !== fingerprint(stepById("customer"), next))
    return markDone(next, "customer");
  return next;
}

/** Makes `c` the customer steps 6–7 act for (null: none), marking step 5 done or undone with it. */
export function setActive(state: WizardState, c: Customer | null): WizardState {
  const next = withActiveCustomer(state, c);
  if (sameActive(state, next)) return state;
  return c && isApproved(c) ? markDone(next, "customer") : markUndone(next, "customer");
}

function sameActive(a: WizardState, b: WizardState): boolean {
  return (
    a.request?.partyOrgNo === b.request?.partyOrgNo &&
    a.request?.externalRef === b.request?.externalRef &&
    a.request?.id === b.request?.id &&
    a.request?.status === b.request?.status &&
    a.systemUser?.id === b.systemUser?.id
  );
}
