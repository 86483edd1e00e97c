"use server";

import { defineAction, UserError } from "@/lib/actions";
import {
  availableEnvironments,
  getEnvironment,
  type Environment,
  type EnvironmentId,
} from "@/lib/environments";
import { onboarding } from "@/lib/i18n/messages/onboarding";
import { lookupOrganisation, lookupOrganisationName } from "@/lib/org-register";
import {
  hasLaterState,
  onboardingSchema,
  PREREQUISITE_IDS,
  prerequisitesMet,
  vendorLookupSchema,
} from "@/lib/schemas/onboarding";
import { initialState, type WizardState } from "@/lib/session/state";
import { markDone, markUndone } from "@/lib/steps";

/** The environment the form names (it may not be the saved one yet), in the session's sandbox. */
function environmentFor(id: EnvironmentId, current: Environment): Environment {
  return id === current.id ? current : getEnvironment(id, { sandbox: current.sandbox });
}

/**
 * Looks up the vendor's name as the user types; an unknown organisation is allowed and just has no name.
 * `unavailable` says the register could not be asked, so the form does not claim the organisation is unknown.
 */
export const lookupVendorName = defineAction(vendorLookupSchema, async (input, { locale, env }) => {
  if (!availableEnvironments().includes(input.env)) {
    throw new UserError(onboarding[locale].envNotAvailable, { env: [onboarding[locale].envNotAvailable] });
  }
  const found = await lookupOrganisation(environmentFor(input.env, env), input.orgno);
  return { data: { name: found.name, unavailable: found.name === null && found.reason === "unavailable" } };
});

/**
 * Saves step 1. A different environment or vendor invalidates everything after it (clients, scopes and
 * systems belong to one organisation in one environment), so the later state is dropped — the form warned.
 */
export const saveOnboarding = defineAction(onboardingSchema, async (input, { state, locale, env }) => {
  if (!availableEnvironments().includes(input.env)) {
    throw new UserError(onboarding[locale].envNotAvailable, { env: [onboarding[locale].envNotAvailable] });
  }
  const name = await lookupOrganisationName(environmentFor(input.env, env), input.orgno);
  const changed =
    state.env !== input.env || (state.vendor !== undefined && state.vendor.orgno !== input.orgno);
  const reset = changed && hasLaterState(state);
  const prerequisites: Record<string, boolean> = {};
  if (input.env !== "simulator")
    for (const id of PREREQUISITE_IDS) if (input.prerequisites[id]) prerequisites[id] = true;

  let next: WizardState = reset ? initialState(input.env) : { ...state, env: input.env };
  next = { ...next, vendor: { orgno: input.orgno, name }, prerequisites };
  const done = prerequisitesMet(input.env, prerequisites);
  next = done ? markDone(next, "onboarding") : markUndone(next, "onboarding");
  return { state: next, data: { name, done, reset } };
});
