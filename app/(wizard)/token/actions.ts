"use server";

import { UserError, defineAction, type ActionOutcome } from "@/lib/actions";
import { vendorAltinnClient } from "@/lib/altinn/session";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import { diagnose } from "@/lib/errors";
import { isMp303 } from "@/lib/errors/mp303";
import type { Diagnosis } from "@/lib/errors/types";
import { isServiceError } from "@/lib/http/service-error";
import { tokenMessages } from "@/lib/i18n/messages/token";
import { getSystemUserToken } from "@/lib/maskinporten/tokens";
import { systemUserTokenSchema, type SystemUserTokenOutcome } from "@/lib/schemas/token";
import type { WizardState } from "@/lib/session/state";
import { markDone, stepStatuses } from "@/lib/steps";
import { explainMp303 } from "./explain-mp303";

/**
 * Step 6: a fresh system-user token for the customer approved in step 5 (the button always asks
 * Maskinporten, so the user sees a real answer; step 7 reuses it from the cache), then the system user
 * confirmed through Altinn's byquery. Everything comes from the session. An MP-303 is investigated and
 * answered with its actual cause, as data: the saved state stays as it was.
 */
export const fetchSystemUserToken = defineAction(
  systemUserTokenSchema,
  async (_input, { state, env, signer, locale }): Promise<ActionOutcome<SystemUserTokenOutcome>> => {
    const t = tokenMessages[locale];
    const request = state.request;
    if (stepStatuses(state).token === "locked" || !request) throw new UserError(t.locked);
    const scopes = state.apis.map((id) => SKATTEETATEN_APIS[id].scope);
    const used = { partyOrgNo: request.partyOrgNo, externalRef: request.externalRef };

    let token;
    try {
      token = await getSystemUserToken(state, env, signer, { ...used, scopes, fresh: true });
    } catch (e) {
      if (isServiceError(e) && isMp303(e.toJSON())) {
        const diagnosis = await explainMp303(state, env, signer, e.toJSON(), used, locale);
        return { data: { outcome: "failed", diagnosis } };
      }
      throw e;
    }

    let next: WizardState = {
      ...state,
      systemUserToken: {
        at: token.fetchedAt,
        header: token.header,
        claims: token.claims,
        clockOffsetSeconds: token.clockOffsetSeconds,
        durationMs: token.durationMs,
      },
    };

    // The token proves the system user exists; byquery shows it as Altinn has it. A failed look-up keeps
    // the token (it is what this step is for) and says why the confirmation is missing.
    let lookup: Diagnosis | undefined;
    let systemUserFound = false;
    try {
      const altinn = await vendorAltinnClient(state, env, signer);
      const su = await altinn.findSystemUser({
        systemId: request.systemId,
        orgNo: request.partyOrgNo,
        externalRef: request.externalRef,
      });
      if (su && !su.isDeleted) {
        systemUserFound = true;
        next = {
          ...next,
          systemUser: {
            id: su.id,
            reporteeOrgNo: su.reporteeOrgNo,
            externalRef: su.externalRef || request.externalRef,
            systemId: su.systemId,
            userType: su.userType,
          },
        };
      }
    } catch (e) {
      if (!isServiceError(e)) throw e;
      lookup = diagnose(e.toJSON(), locale, { env: env.id });
    }

    next = markDone(next, "token", token.fetchedAt);
    return {
      state: next,
      data: {
        outcome: "ok",
        durationMs: token.durationMs,
        clockOffsetSeconds: token.clockOffsetSeconds,
        systemUserFound,
        lookup,
        grant: token.grant,
      },
    };
  },
);
