"use server";

import { z } from "zod";
import { defineAction, UserError, type ActionContext } from "@/lib/actions";
import { findClientHolder, type SystemLookup } from "@/lib/altinn/client-holder";
import { definitionFingerprint, diffSystem, type FieldChange } from "@/lib/altinn/diff";
import { registrationContext, vendorAltinnClient, withSavedSystem } from "@/lib/altinn/session";
import type { SystemRegistration } from "@/lib/altinn/types";
import { customersOf, withDefaultActive } from "@/lib/customers/session";
import { getDb } from "@/lib/db";
import { isServiceError, ServiceError } from "@/lib/http/service-error";
import { common } from "@/lib/i18n/messages/common";
import { systemMessages } from "@/lib/i18n/messages/system";
import { buildSystemRegistration } from "@/lib/payloads/system-registration";
import { fieldErrors } from "@/lib/schemas/common";
import { systemFormSchemaAnyEnv, systemFormSchemaFor, type SystemFormValues } from "@/lib/schemas/system";
import type { SystemKind, WizardState } from "@/lib/session/state";

export type RegisterSystemResult =
  | { kind: "created" | "updated" | "unchanged"; systemId: string }
  | {
      kind: "confirmUpdate";
      systemId: string;
      changes: FieldChange[];
      seen: string;
      changedMeanwhile: boolean;
    };

/**
 * The saved system, with step 5 kept in step with it: a customer that approved before the system was saved
 * again still completes step 5 (what it lacks shows as a change request there), and a new system id has
 * none of the old one's customers (lib/customers/session.ts).
 */
async function saved(ctx: ActionContext, body: SystemRegistration, kind: SystemKind): Promise<WizardState> {
  const next = withSavedSystem(ctx.state, body, Date.now(), kind);
  return withDefaultActive(next, await customersOf(await getDb(), ctx.sessionId, next));
}

/** Parses again with the environment's rules (https only outside the simulator), with the same message keys. */
function prepare(values: SystemFormValues, ctx: ActionContext) {
  const strict = systemFormSchemaFor(ctx.state.env).safeParse(values);
  if (!strict.success) throw new UserError(common[ctx.locale].invalidInput, fieldErrors(strict.error));
  const reg = registrationContext(ctx.state, systemMessages[ctx.locale].missingPrereq);
  return { body: buildSystemRegistration(strict.data, reg), kind: strict.data.kind ?? "standard" };
}

/**
 * Runs a create or update; when Altinn answers AUTH.VLD-00004 (a client id another system holds), adds which
 * system that is to the error, for the doctor to name it (Altinn's answer does not say; see client-holder.ts).
 * A failed lookup leaves Altinn's error as it was.
 */
async function namingClientHolder<T>(
  run: () => Promise<T>,
  altinn: SystemLookup,
  body: SystemRegistration,
  ctx: ActionContext,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isServiceError(e) || !e.validationErrors.some((v) => v.code === "AUTH.VLD-00004")) throw e;
    const holder = await findClientHolder(altinn, body.clientId, body.id, {
      savedSystemId: ctx.state.system?.systemId,
      locale: ctx.locale,
    }).catch(() => null);
    if (!holder) throw e;
    const system = holder.name ? `${holder.name} (${holder.systemId})` : holder.systemId;
    throw new ServiceError({ ...e.toJSON(), facts: { ...e.facts, system, systemId: holder.systemId } });
  }
}

/**
 * Looks the system up first (creation is idempotent by lookup): creates it when it is new, and when it
 * exists returns a field-by-field diff for the user to confirm instead of overwriting it.
 */
export const registerSystem = defineAction(systemFormSchemaAnyEnv, async (values, ctx) => {
  const { body, kind } = prepare(values, ctx);
  const altinn = await vendorAltinnClient(ctx.state, ctx.env, ctx.signer);
  const existing = await altinn.getSystem(body.id);
  if (!existing) {
    await namingClientHolder(() => altinn.createSystem(body), altinn, body, ctx);
    return {
      state: await saved(ctx, body, kind),
      data: { kind: "created", systemId: body.id } as RegisterSystemResult,
    };
  }
  if (existing.isDeleted) {
    const msg = systemMessages[ctx.locale].deletedId;
    throw new UserError(msg, { idSuffix: [msg] });
  }
  const changes = diffSystem(existing, body);
  if (changes.length === 0) {
    return {
      state: await saved(ctx, body, kind),
      data: { kind: "unchanged", systemId: body.id } as RegisterSystemResult,
    };
  }
  return {
    data: {
      kind: "confirmUpdate",
      systemId: body.id,
      changes,
      seen: definitionFingerprint(existing),
      changedMeanwhile: false,
    } as RegisterSystemResult,
  };
});

const updateInput = z.object({ values: systemFormSchemaAnyEnv, seen: z.string().max(20) });

/**
 * Replaces the stored definition (PUT) after the user confirmed the diff. When the stored definition is no
 * longer the one the user reviewed, it shows the new diff instead of overwriting.
 */
export const updateSystem = defineAction(updateInput, async ({ values, seen }, ctx) => {
  const { body, kind } = prepare(values, ctx);
  const altinn = await vendorAltinnClient(ctx.state, ctx.env, ctx.signer);
  const existing = await altinn.getSystem(body.id);
  if (!existing) {
    await namingClientHolder(() => altinn.createSystem(body), altinn, body, ctx);
    return {
      state: await saved(ctx, body, kind),
      data: { kind: "created", systemId: body.id } as RegisterSystemResult,
    };
  }
  if (definitionFingerprint(existing) !== seen) {
    return {
      data: {
        kind: "confirmUpdate",
        systemId: body.id,
        changes: diffSystem(existing, body),
        seen: definitionFingerprint(existing),
        changedMeanwhile: true,
      } as RegisterSystemResult,
    };
  }
  await namingClientHolder(() => altinn.updateSystem(body.id, body), altinn, body, ctx);
  return {
    state: await saved(ctx, body, kind),
    data: { kind: "updated", systemId: body.id } as RegisterSystemResult,
  };
});
