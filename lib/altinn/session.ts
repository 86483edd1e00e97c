import "server-only";
import { UserError } from "../user-error";
import type { Environment } from "../environments";
import type { GrantSigner } from "../maskinporten/signer";
import { getVendorToken } from "../maskinporten/tokens";
import type { SystemKind, WizardState } from "../session/state";
import { markDone } from "../steps";
import { altinnClient, type AltinnClient } from "./client";
import type { SystemRegistration } from "./types";

/**
 * Glue between the wizard's session and the Altinn client for steps 4 and 5: an authenticated client with
 * the vendor token (reused from lib/maskinporten's cache), and the state updates that record what Altinn
 * now holds.
 */
export async function vendorAltinnClient(
  state: WizardState,
  env: Environment,
  signer: GrantSigner,
): Promise<AltinnClient> {
  const token = await getVendorToken(state, env, signer);
  return altinnClient(env, token.accessToken);
}

/** The vendor orgno (step 1) and client id (step 3) a registration needs, or a message saying which is missing. */
export function registrationContext(
  state: WizardState,
  missing: string,
): { vendorOrgNo: string; clientId: string } {
  if (!state.vendor?.orgno || !state.client?.clientId) throw new UserError(missing);
  return { vendorOrgNo: state.vendor.orgno, clientId: state.client.clientId };
}

export function withSavedSystem(
  state: WizardState,
  body: SystemRegistration,
  at = Date.now(),
  kind: SystemKind = "standard",
): WizardState {
  const next: WizardState = {
    ...state,
    system: { systemId: body.id, kind, registration: { ...body }, savedAt: at },
  };
  return markDone(next, "system", at);
}
