"use server";

import { randomUUID } from "node:crypto";
import { UserError, defineAction, type ActionOutcome } from "@/lib/actions";
import { SKATTEETATEN_APIS } from "@/lib/apis";
import { diagnose, diagnoseValidation } from "@/lib/errors";
import { isMp303 } from "@/lib/errors/mp303";
import { isServiceError } from "@/lib/http/service-error";
import { callMessages } from "@/lib/i18n/messages/call";
import { common } from "@/lib/i18n/messages/common";
import { getSystemUserToken } from "@/lib/maskinporten/tokens";
import { fieldErrors } from "@/lib/schemas/common";
import { callSchema, type CallOutcome, type CallResultView } from "@/lib/schemas/call";
import { skatteetatenClient, type SkatteetatenCallResult } from "@/lib/skatteetaten/client";
import { callRecord, prettyBody, withCall } from "@/lib/skatteetaten/record";
import { TEST_CONTACT_NAME } from "@/lib/snippets";
import { markDone, stepStatuses } from "@/lib/steps";
import { explainMp303 } from "../token/explain-mp303";

/**
 * Step 7: one test call to a chosen Skatteetaten API with the system-user token (reused from the cache
 * until shortly before it expires), built by the API's module (lib/apis/<id>) for the organisation the call
 * is about (`forOrgNo`, by default the system user's: the customer of the request). Every answer from
 * Skatteetaten — a refusal too — is recorded in the session's call list; a success marks the step done. A
 * refusal comes back as data with the doctor's diagnosis, so the recorded call is kept.
 */
export const runTestCall = defineAction(
  callSchema,
  async (input, { state, env, signer, locale }): Promise<ActionOutcome<CallOutcome>> => {
    const t = callMessages[locale];
    const request = state.request;
    if (!state.apis.includes(input.api)) throw new UserError(t.notChosen);
    if (stepStatuses(state).call === "locked" || !request) throw new UserError(t.noCustomer);
    const api = SKATTEETATEN_APIS[input.api];
    const fields = api.call.schema.safeParse(input);
    if (!fields.success) throw new UserError(common[locale].invalidInput, fieldErrors(fields.error));

    const scopes = state.apis.map((id) => SKATTEETATEN_APIS[id].scope);
    const used = { partyOrgNo: request.partyOrgNo, externalRef: request.externalRef };
    let token;
    try {
      token = await getSystemUserToken(state, env, signer, { ...used, scopes });
    } catch (e) {
      if (isServiceError(e) && isMp303(e.toJSON())) {
        return {
          data: {
            outcome: "failed",
            diagnosis: await explainMp303(state, env, signer, e.toJSON(), used, locale),
          },
        };
      }
      throw e;
    }
    const tokenInfo = {
      fromCache: token.fromCache,
      expiresInSeconds: Math.max(0, Math.round((token.expiresAt - Date.now()) / 1000)),
    };

    const ske = skatteetatenClient(env, token.accessToken);
    const at = Date.now();
    const started = performance.now();
    // The form's key when it resends a submission ("try again"), so Skatteetaten sees the same delivery again.
    const key = input.idempotencyKey ?? randomUUID();
    const built = api.call.build(fields.data, {
      forOrgNo: input.forOrgNo ?? request.partyOrgNo,
      contactName: TEST_CONTACT_NAME,
      submissionId: key,
      now: at,
    });
    const idempotencyKey = built.idempotent ? key : undefined;
    let result: SkatteetatenCallResult;
    try {
      result = await ske.send(input.api, built, idempotencyKey);
    } catch (e) {
      // Only an answer from Skatteetaten is a call worth recording; timeouts and the like go to the doctor as is.
      if (!isServiceError(e) || e.service !== "skatteetaten" || e.kind !== "http" || !e.status) throw e;
      const err = e.toJSON();
      const view: CallResultView = {
        api: input.api,
        method: e.method,
        url: e.url,
        status: e.status!,
        ok: false,
        correlationId: e.correlationId ?? null,
        durationMs: Math.round(performance.now() - started),
        body: prettyJson(e.body ?? ""),
        token: tokenInfo,
        idempotencyKey,
      };
      const diagnoses = diagnoseValidation(err, locale, { env: env.id });
      return {
        state: withCall(state, callRecord({ ...view, at })),
        data: {
          outcome: "failed",
          call: view,
          diagnosis: diagnose(err, locale, { env: env.id }),
          diagnoses: diagnoses.length ? diagnoses : undefined,
        },
      };
    }

    const view: CallResultView = {
      api: input.api,
      method: result.method,
      url: result.url,
      status: result.status,
      ok: true,
      correlationId: result.correlationId,
      durationMs: result.durationMs,
      body: prettyBody(result.body),
      token: tokenInfo,
      idempotencyKey,
    };
    const next = markDone(withCall(state, callRecord({ ...view, at })), "call", at);
    return { state: next, data: { outcome: "ok", call: view } };
  },
);

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
