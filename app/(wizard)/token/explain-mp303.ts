import "server-only";
import { vendorAltinnClient } from "@/lib/altinn/session";
import { effectiveStatus } from "@/lib/altinn/types";
import type { Environment } from "@/lib/environments";
import { decideMp303, investigateMp303, mp303Diagnosis, type Mp303Lookups } from "@/lib/errors/mp303";
import type { Diagnosis } from "@/lib/errors/types";
import type { ServiceErrorInit } from "@/lib/http/service-error";
import type { Locale } from "@/lib/i18n/types";
import type { GrantSigner } from "@/lib/maskinporten/signer";
import type { WizardState } from "@/lib/session/state";

/**
 * After an MP-303: ask Altinn, with the vendor token, what is actually there, and let the pure decision in
 * lib/errors/mp303.ts name the cause. Used by steps 6 and 7 (a token can start failing between them, e.g.
 * when the customer withdraws the system access).
 */
export async function explainMp303(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
  error: ServiceErrorInit,
  used: { partyOrgNo: string; externalRef?: string },
  locale: Locale,
): Promise<Diagnosis> {
  const systemId = state.system?.systemId ?? state.request?.systemId ?? "";
  let lookups: Mp303Lookups | null = null;
  try {
    const altinn = await vendorAltinnClient(state, env, signer);
    lookups = {
      getSystem: (id) => altinn.getSystem(id),
      getRequest: async (id) => {
        const r = await altinn.getRequest(id);
        return r && { ...r, status: effectiveStatus(r) };
      },
      getRequestByExternalRef: async (s, o, ref) => {
        const r = await altinn.getRequestByExternalRef(s, o, ref);
        return r && { ...r, status: effectiveStatus(r) };
      },
      findSystemUser: async (q) => {
        const u = await altinn.findSystemUser(q);
        return u && !u.isDeleted ? u : null;
      },
    };
  } catch {
    lookups = null; // no vendor token: the verdict says what could not be checked
  }
  const facts = await investigateMp303(
    lookups,
    error,
    {
      clientId: state.client?.clientId ?? "",
      systemId,
      partyOrgNo: used.partyOrgNo,
      externalRef: used.externalRef,
    },
    state.request?.id,
  );
  return mp303Diagnosis(decideMp303(facts), error, locale);
}
