import "server-only";
import { packageAllowedFor } from "../altinn/access-packages";
import { altinnLists } from "../altinn/lists";
import { customerReturnUrl } from "../altinn/return-url";
import { altinnClient } from "../altinn/client";
import type { CallMeter } from "../altinn/transport";
import { systemOffer, type SystemOffer } from "../altinn/system-offer";
import { getConfig } from "../config";
import type { Db } from "../db/client";
import type { Environment } from "../environments";
import { customersBulk } from "../i18n/messages/customers-bulk";
import { customersList } from "../i18n/messages/customers-list";
import { systemMessages } from "../i18n/messages/system";
import { format, type Locale } from "../i18n/types";
import type { GrantSigner } from "../maskinporten/signer";
import { getVendorToken } from "../maskinporten/tokens";
import { accessPackage, resourceRight } from "../payloads/system-registration";
import type { CustomerFormValues } from "../schemas/customer";
import type { WizardState } from "../session/state";
import { UserError } from "../user-error";
import { refreshCustomers, sendChangeRequest, withdrawCustomer } from "./flow";
import { sendCustomerRequests, type CustomerOutcome } from "./send";
import {
  canRenew,
  changeWaiting,
  isApproved,
  isFollowed,
  systemHoldings,
  type Customer,
  type CustomerRequestBody,
  needsRefresh,
} from "./model";
import { parseBulkOrgnos } from "./parse-bulk";
import { customersOf, setActive, withDefaultActive } from "./session";
import { estimatedCost, mayRefresh, spend } from "./status-budget";
import { findCustomer, saveCustomers } from "./store";

/**
 * What step 5's actions and its status route do, apart from Next: each takes the session's state, row id,
 * environment and signer, calls Altinn, saves the customer rows and returns the state to save (the active
 * customer for steps 6–7) with the data for the page. The bench calls these too.
 */
export interface CustomerCtx {
  state: WizardState;
  sessionId: string | null;
  env: Environment;
  signer: GrantSigner;
  db: Db;
  locale: Locale;
  /** The clock of the status budget (the bench and tests run a minute in no time); now by default. */
  now?: number;
}

export interface ListChange<T> {
  state: WizardState;
  data: T;
}

function requireSystem(ctx: CustomerCtx): { offer: SystemOffer; sessionId: string } {
  const offer = systemOffer(ctx.state);
  if (!offer || !ctx.sessionId) throw new UserError(systemMessages[ctx.locale].missingPrereq);
  return { offer, sessionId: ctx.sessionId };
}

async function vendorClients(ctx: CustomerCtx, meter?: CallMeter) {
  const token = await getVendorToken(ctx.state, ctx.env, ctx.signer);
  return {
    altinn: altinnClient(ctx.env, token.accessToken, meter),
    lists: altinnLists(ctx.env, token.accessToken, meter),
  };
}

/** What a pasted customer is asked for: all the system's rights (or, with none, the packages the kind may take). */
export function defaultRequestBody(ctx: CustomerCtx, offer: SystemOffer): CustomerRequestBody {
  const kind = ctx.state.system?.kind ?? "standard";
  const packages = offer.accessPackages.map(accessPackage).filter((p) => packageAllowedFor(p.urn, kind));
  const returnUrl = customerReturnUrl(getConfig().publicUrl, ctx.state.env).url;
  return {
    rights: offer.rights.map(resourceRight),
    accessPackages: offer.rights.length ? [] : packages,
    redirectUrl: offer.allowedRedirectUrls.includes(returnUrl)
      ? returnUrl
      : (offer.allowedRedirectUrls[0] ?? null),
  };
}

async function finish<T>(
  ctx: CustomerCtx,
  sessionId: string,
  saved: Customer[],
  data: T,
): Promise<ListChange<T>> {
  if (saved.length) await saveCustomers(ctx.db, sessionId, saved);
  const list = await customersOf(ctx.db, sessionId, ctx.state);
  return { state: withDefaultActive(ctx.state, list), data };
}

/** The form's one customer, with the externalRef the user chose; an upstream error goes to the doctor. */
export async function addOneCustomer(
  ctx: CustomerCtx,
  values: CustomerFormValues,
): Promise<ListChange<{ outcome: CustomerOutcome; orgNo: string; status: string }>> {
  const { offer, sessionId } = requireSystem(ctx);
  const { altinn } = await vendorClients(ctx);
  const existing = await customersOf(ctx.db, sessionId, ctx.state);
  const body: CustomerRequestBody = {
    rights: values.rights.map(resourceRight),
    accessPackages: values.accessPackages.map(accessPackage),
    redirectUrl: values.redirectUrl.trim() || null,
  };
  const [res] = await sendCustomerRequests(
    altinn,
    [{ orgNo: values.partyOrgNo, externalRef: values.externalRef.trim() }],
    {
      systemId: offer.systemId,
      kind: ctx.state.system?.kind ?? "standard",
      body,
      existing: byOrg(existing),
      throwOnError: true,
    },
  );
  return finish(ctx, sessionId, [res!.customer], {
    outcome: res!.outcome,
    orgNo: res!.customer.orgNo,
    status: res!.customer.status,
  });
}

export interface BulkOutcome {
  counts: Record<CustomerOutcome, number>;
  /** Duplicates merged, as sentences for the page. */
  notes: string[];
}

/** A paste of many organisation numbers: every line checked first; with any bad line nothing is sent. */
export async function addManyCustomers(ctx: CustomerCtx, text: string): Promise<ListChange<BulkOutcome>> {
  const { offer, sessionId } = requireSystem(ctx);
  const t = customersList[ctx.locale];
  const b = customersBulk[ctx.locale];
  const parsed = parseBulkOrgnos(text);
  if (parsed.tooLong)
    throw new UserError(format(b.tooLong, { max: 1000 }), { text: [format(b.tooLong, { max: 1000 })] });
  if (parsed.errors.length) {
    const lines = parsed.errors.map((e) =>
      format(b.reasons[e.reason], { line: e.line, text: e.text, max: 1000 }),
    );
    throw new UserError(t.bulkHasErrors, { text: lines });
  }
  if (!parsed.orgnos.length) throw new UserError(t.bulkEmpty, { text: [t.bulkEmpty] });
  const body = defaultRequestBody(ctx, offer);
  if (!body.rights.length && !body.accessPackages.length) throw new UserError(t.bulkNoSystemRights);

  const { altinn } = await vendorClients(ctx);
  const existing = byOrg(await customersOf(ctx.db, sessionId, ctx.state));
  const results = await sendCustomerRequests(
    altinn,
    parsed.orgnos.map((orgNo) => ({ orgNo })),
    { systemId: offer.systemId, kind: ctx.state.system?.kind ?? "standard", body, existing },
  );
  const counts = {
    created: 0,
    reused: 0,
    pending: 0,
    alreadyApproved: 0,
    rejected: 0,
    unchanged: 0,
    failed: 0,
  };
  for (const r of results) counts[r.outcome]++;
  const saved = results.filter((r) => r.outcome !== "unchanged").map((r) => r.customer);
  const notes = parsed.duplicates.map((d) =>
    format(b.duplicate, { orgno: d.orgno, lines: d.lines.join(", ") }),
  );
  return finish(ctx, sessionId, saved, { counts, notes });
}

export interface RefreshCounts {
  waiting: number;
  approved: number;
  total: number;
  changed: number;
  /** Altinn was not asked: the status budget allows the next refresh in this many seconds. */
  retryInSeconds?: number;
}

/**
 * One status refresh of every waiting customer (the poller's route), within the session's status budget
 * (at most STATUS_CALLS_PER_MINUTE Altinn calls a minute, however many customers); saves only what changed.
 */
export async function refreshAll(ctx: CustomerCtx): Promise<ListChange<RefreshCounts>> {
  const offer = systemOffer(ctx.state);
  if (!offer || !ctx.sessionId)
    return { state: ctx.state, data: { waiting: 0, approved: 0, total: 0, changed: 0 } };
  const now = ctx.now ?? Date.now();
  let state = ctx.state;
  let list = await customersOf(ctx.db, ctx.sessionId, state);
  let changed: Customer[] = [];
  let retryInSeconds: number | undefined;
  const followed = list.filter((c) => needsRefresh(c) || changeWaiting(c)).length;
  if (followed > 0) {
    const decision = mayRefresh(state.statusBudget, now, estimatedCost(followed));
    if (!decision.ok) retryInSeconds = Math.ceil(decision.retryInMs / 1000);
    else {
      const meter = { calls: 0 };
      const { altinn, lists } = await vendorClients(ctx, meter);
      changed = await refreshCustomers(altinn, lists, list, offer.systemId, now);
      state = { ...state, statusBudget: spend(state.statusBudget, now, meter.calls) };
      if (changed.length) {
        await saveCustomers(ctx.db, ctx.sessionId, changed);
        const byKey = byOrg(changed);
        list = list.map((c) => byKey.get(c.orgNo) ?? c);
      }
    }
  }
  return {
    state: withDefaultActive(state, list),
    data: {
      waiting: list.filter(isFollowed).length,
      approved: list.filter(isApproved).length,
      total: list.length,
      changed: changed.length,
      ...(retryInSeconds === undefined ? {} : { retryInSeconds }),
    },
  };
}

async function requireCustomer(ctx: CustomerCtx, orgNo: string): Promise<{ c: Customer; sessionId: string }> {
  const { offer, sessionId } = requireSystem(ctx);
  await customersOf(ctx.db, sessionId, ctx.state);
  const c = await findCustomer(ctx.db, sessionId, offer.systemId, orgNo);
  if (!c) throw new UserError(customersList[ctx.locale].unknownCustomer);
  return { c, sessionId };
}

/** Withdraws this customer's request; no other customer's row or the active customer is touched. */
export async function withdrawOne(ctx: CustomerCtx, orgNo: string): Promise<ListChange<{ orgNo: string }>> {
  const { c, sessionId } = await requireCustomer(ctx, orgNo);
  const { altinn } = await vendorClients(ctx);
  const next = await withdrawCustomer(altinn, c);
  return finish(ctx, sessionId, [next], { orgNo });
}

/** Sends a finished (rejected, expired, withdrawn, failed) customer's request again. */
export async function renewOne(
  ctx: CustomerCtx,
  orgNo: string,
  mode: "same" | "new",
): Promise<ListChange<{ outcome: CustomerOutcome; orgNo: string; status: string }>> {
  const { c, sessionId } = await requireCustomer(ctx, orgNo);
  if (!canRenew(c)) throw new UserError(customersList[ctx.locale].notRenewable);
  const { altinn } = await vendorClients(ctx);
  // The old request must go first: Altinn answers a same-key request that is Rejected with AUTH-00009.
  const cleared = await withdrawCustomer(altinn, c);
  const [res] = await sendCustomerRequests(
    altinn,
    [{ orgNo, externalRef: mode === "new" ? crypto.randomUUID() : cleared.externalRef }],
    {
      systemId: c.systemId,
      kind: c.kind,
      body: c.request,
      existing: new Map(),
      throwOnError: true,
      now: Date.now(),
    },
  );
  return finish(ctx, sessionId, [{ ...res!.customer, createdAt: c.createdAt }], {
    outcome: res!.outcome,
    orgNo,
    status: res!.customer.status,
  });
}

/** Chooses the approved customer steps 6–7 act for. */
export async function chooseOne(ctx: CustomerCtx, orgNo: string): Promise<ListChange<{ orgNo: string }>> {
  const { c } = await requireCustomer(ctx, orgNo);
  if (!isApproved(c)) throw new UserError(customersList[ctx.locale].notApproved);
  return { state: setActive(ctx.state, c), data: { orgNo } };
}

function byOrg(list: readonly Customer[]): Map<string, Customer> {
  return new Map(list.map((c) => [c.orgNo, c]));
}

/**
 * Sends a change request for one approved standard customer whose system user lacks (or holds more than)
 * what the system now offers (contracts-more §2).
 */
export async function changeOne(
  ctx: CustomerCtx,
  orgNo: string,
): Promise<ListChange<{ orgNo: string; status: string }>> {
  const { c, sessionId } = await requireCustomer(ctx, orgNo);
  const system = systemHoldings(ctx.state);
  const { offer } = requireSystem(ctx);
  if (!system) throw new UserError(systemMessages[ctx.locale].missingPrereq);
  const { altinn } = await vendorClients(ctx);
  const next = await sendChangeRequest(altinn, c, system, defaultRequestBody(ctx, offer).redirectUrl);
  if (!next) throw new UserError(customersList[ctx.locale].noChangeNeeded);
  return finish(ctx, sessionId, [next], { orgNo, status: next.change?.status ?? "" });
}
