"use server";

import { defineAction, UserError, type ActionContext } from "@/lib/actions";
import { requiredScopes } from "@/lib/catalogue";
import { client as clientTexts } from "@/lib/i18n/messages/client";
import { common } from "@/lib/i18n/messages/common";
import { format } from "@/lib/i18n/types";
import { generateKey, importPrivateKey, KeyImportError } from "@/lib/keys";
import { diagnose, type Diagnosis } from "@/lib/errors";
import { isServiceError } from "@/lib/http/service-error";
import {
  allScopesOk,
  scopeChecksFromError,
  scopeChecksPassed,
  skatteetatenScopeTargets,
  type ScopeCheck,
} from "@/lib/maskinporten/scope-checks";
import { getScopePreflightToken, getVendorToken } from "@/lib/maskinporten/tokens";
import { manualClientSchema, keySetupSchema, noInputSchema } from "@/lib/schemas/client";
import type { WizardState } from "@/lib/session/state";
import { markDone, markUndone, stepStatuses } from "@/lib/steps";
import { ensureSimulatorClient } from "@/lib/samarbeid/ensure-client";

/**
 * Step 3's actions. None returns private key material or an access token: the page gets the public JWK,
 * the client id and the decoded token only. A new key or a changed client drops the test token, since
 * step 3 is done only when a token was fetched with what is set up now.
 */
function assertUnlocked({ state, locale }: ActionContext): void {
  if (stepStatuses(state).client === "locked") throw new UserError(common[locale].locked.title);
}

function withoutTestToken(s: WizardState): WizardState {
  const next = { ...s };
  delete next.testToken;
  return markUndone(next, "client");
}

export const setupKey = defineAction(keySetupSchema, async (input, ctx) => {
  assertUnlocked(ctx);
  const t = clientTexts[ctx.locale];
  if (ctx.state.key) throw new UserError(t.forgetConfirm);
  let key;
  try {
    key =
      input.mode === "generate"
        ? await generateKey(input.kid)
        : importPrivateKey(input.text, input.mode, input.kid || undefined);
  } catch (e) {
    if (!(e instanceof KeyImportError)) throw e;
    const message = format(t.keyErrors[e.code], { bits: e.bits ?? "?" });
    const field = e.code === "kidMissing" || e.code === "kidInvalid" ? "kid" : "text";
    throw new UserError(message, { [field]: [message] });
  }
  // The private part goes to the encrypted key store with this save (lib/session); the state keeps the public part.
  return {
    state: withoutTestToken({ ...ctx.state, key: { ...key.meta, downloaded: false } }),
    privateKey: key.pkcs8,
    data: { kid: key.meta.kid },
  };
});

/** The key's metadata leaves the state and the stored key is deleted in the same write (lib/session/engine.ts). */
export const forgetKey = defineAction(noInputSchema, async (_input, ctx) => {
  const next = { ...ctx.state };
  delete next.key;
  return { state: withoutTestToken(next), data: { forgotten: true } };
});

/** Simulator: create the client through the self-service API, or bring the existing one up to date. */
export const setupSimulatorClient = defineAction(noInputSchema, async (_input, ctx) => {
  assertUnlocked(ctx);
  const t = clientTexts[ctx.locale];
  const { state, env } = ctx;
  if (!env.selfService.simulated) throw new UserError(t.manualIntro);
  if (!state.key) throw new UserError(t.needKeyFirst);
  if (!state.vendor) throw new UserError(common[ctx.locale].locked.title);
  const result = await ensureSimulatorClient(
    env,
    state.vendor.orgno,
    state.key,
    requiredScopes(state.apis),
    state.client,
  );
  const client = {
    clientId: result.clientId,
    scopes: result.scopes,
    origin: "self-service" as const,
    kid: state.key.kid,
  };
  const same = sameClient(state.client, client);
  const next = same ? { ...state, client } : withoutTestToken({ ...state, client });
  return { state: next, data: { clientId: client.clientId, created: result.created } };
});

/** Test/production: the client made in Samarbeidsportalen, with the public key and scopes added there. */
export const saveManualClient = defineAction(manualClientSchema, async (input, ctx) => {
  assertUnlocked(ctx);
  const t = clientTexts[ctx.locale];
  const { state, env } = ctx;
  if (env.selfService.simulated) throw new UserError(t.simIntro);
  if (!state.key) throw new UserError(t.needKeyFirst);
  const client = {
    clientId: input.clientId,
    scopes: requiredScopes(state.apis),
    origin: "manual" as const,
    kid: state.key.kid,
  };
  const next = sameClient(state.client, client)
    ? { ...state, client }
    : withoutTestToken({ ...state, client });
  return { state: next, data: { clientId: client.clientId } };
});

/** One Skatteetaten scope's preflight result, with the doctor's explanation when it failed. */
export type ScopeCheckView = ScopeCheck & { diagnosis?: Diagnosis };

/**
 * The test token: a fresh grant signed with the vendor's key, for the three Altinn scopes, then a preflight
 * for the chosen Skatteetaten scopes (getScopePreflightToken says why that is faithful to Maskinporten), so
 * MP-200/MP-250 show here and not at step 6 after a customer approved. Errors of the Altinn token reach the
 * page through the error doctor (defineAction). Step 3 is done only when every scope passed; otherwise the
 * test token is dropped, so a saved test token always means "everything step 3 checks is in order".
 */
export const fetchTestToken = defineAction(noInputSchema, async (_input, ctx) => {
  assertUnlocked(ctx);
  const token = await getVendorToken(ctx.state, ctx.env, ctx.signer, { fresh: true });
  const scopeChecks = await checkSkatteetatenScopes(ctx);
  const data = { grant: token.grant, durationMs: token.durationMs, scopeChecks };
  if (!scopeChecksPassed(scopeChecks)) return { state: withoutTestToken(ctx.state), data };
  const testToken = {
    at: token.fetchedAt,
    header: token.header,
    claims: token.claims,
    clockOffsetSeconds: token.clockOffsetSeconds,
    durationMs: token.durationMs,
  };
  return { state: markDone({ ...ctx.state, testToken }, "client"), data };
});

async function checkSkatteetatenScopes({
  state,
  env,
  signer,
  locale,
}: ActionContext): Promise<ScopeCheckView[]> {
  const targets = skatteetatenScopeTargets(state.apis);
  if (targets.length === 0) return [];
  try {
    await getScopePreflightToken(
      state,
      env,
      signer,
      targets.map((t) => t.scope),
    );
    return allScopesOk(targets);
  } catch (e) {
    if (!isServiceError(e)) throw e;
    const checks = scopeChecksFromError(targets, e.toJSON());
    if (!checks) throw e; // not about scopes: the doctor explains it as any other token error
    const diagnosis = diagnose(e.toJSON(), locale, { env: env.id });
    return checks.map((c) => (c.status === "ok" || c.status === "unchecked" ? c : { ...c, diagnosis }));
  }
}

function sameClient(a: WizardState["client"], b: NonNullable<WizardState["client"]>): boolean {
  return Boolean(
    a &&
    a.clientId === b.clientId &&
    a.kid === b.kid &&
    a.origin === b.origin &&
    [...a.scopes].sort().join(" ") === [...b.scopes].sort().join(" "),
  );
}
