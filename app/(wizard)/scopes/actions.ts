"use server";

import { defineAction, UserError, type ActionContext } from "@/lib/actions";
import { API_IDS, requiredScopes } from "@/lib/catalogue";
import { common } from "@/lib/i18n/messages/common";
import { scopes as scopeTexts } from "@/lib/i18n/messages/scopes";
import { selfServiceClient, selfServiceLogin } from "@/lib/samarbeid/client";
import {
  apiSelectionSchema,
  scopeMarkSchema,
  scopesComplete,
  simulatorGrantSchema,
} from "@/lib/schemas/scopes";
import type { WizardState } from "@/lib/session/state";
import { markDone, markUndone, stepStatuses } from "@/lib/steps";

/** Step 2 is done exactly when scopesComplete says so; every action here re-evaluates it. */
function withDoneness(s: WizardState): WizardState {
  return scopesComplete(s) ? markDone(s, "scopes") : markUndone(s, "scopes");
}

function assertUnlocked({ state, locale }: ActionContext): void {
  if (stepStatuses(state).scopes === "locked") throw new UserError(common[locale].locked.title);
}

/**
 * Saves the chosen APIs. In the simulator the same action has every missing scope granted (standing in for
 * the owners approving the order), so one click completes the step; in test and production the scopes must
 * be ordered from their owners and marked below, which the page says.
 */
export const saveApis = defineAction(apiSelectionSchema, async (input, ctx) => {
  assertUnlocked(ctx);
  const apis = API_IDS.filter((id) => input.apis.includes(id));
  let next: WizardState = { ...ctx.state, apis };
  const missing = requiredScopes(apis).filter((s) => next.scopes[s] !== "granted");
  const granted = ctx.env.selfService.simulated && next.vendor !== undefined && missing.length > 0;
  if (granted) next = { ...next, scopes: await grantAll(ctx, next, missing) };
  next = withDoneness(next);
  return { state: next, data: { done: scopesComplete(next), granted } };
});

/** Has the simulated owners grant `scopes` to the vendor (idempotent there); the state's scope record after. */
async function grantAll(
  { env }: ActionContext,
  state: WizardState,
  scopes: string[],
): Promise<WizardState["scopes"]> {
  const api = selfServiceClient(env, await selfServiceLogin(env, state.vendor!.orgno));
  const out = { ...state.scopes };
  for (const scope of scopes) {
    await api.grantScope(scope);
    out[scope] = "granted";
  }
  return out;
}

/** Test/production: the user records a scope as ordered or granted by its owner (or resets it). */
export const markScope = defineAction(scopeMarkSchema, async (input, ctx) => {
  assertUnlocked(ctx);
  const t = scopeTexts[ctx.locale];
  if (ctx.env.selfService.simulated) throw new UserError(t.simExplain);
  if (!requiredScopes(ctx.state.apis).includes(input.scope)) throw new UserError(t.unknownScope);
  const scopes = { ...ctx.state.scopes };
  if (input.status === "none") delete scopes[input.scope];
  else scopes[input.scope] = input.status;
  const next = withDoneness({ ...ctx.state, scopes });
  return { state: next, data: { done: scopesComplete(next) } };
});

/**
 * Simulator: logs in to the simulated self-service as the vendor and has each scope granted to it, standing
 * in for Digdir/Altinn and Skatteetaten approving the order. Granting is idempotent on the simulator side.
 */
export const grantInSimulator = defineAction(simulatorGrantSchema, async (input, ctx) => {
  assertUnlocked(ctx);
  const t = scopeTexts[ctx.locale];
  const { state, env } = ctx;
  if (!env.selfService.simulated) throw new UserError(t.manualExplain);
  if (!state.vendor) throw new UserError(common[ctx.locale].locked.title);
  const wanted = requiredScopes(state.apis);
  if (wanted.length === 0 || state.apis.length === 0) throw new UserError(t.chooseApisFirst);
  if (input.scopes.some((s) => !wanted.includes(s))) throw new UserError(t.unknownScope);
  const scopes = await grantAll(ctx, state, input.scopes);
  const next = withDoneness({ ...state, scopes });
  return { state: next, data: { done: scopesComplete(next) } };
});
