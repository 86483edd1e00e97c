import { OnboardingForm } from "@/components/onboarding/onboarding-form";
import { StepPage } from "@/components/wizard/step-page";
import { availableEnvironments, getEnvironment } from "@/lib/environments";
import { common } from "@/lib/i18n/messages/common";
import { onboarding } from "@/lib/i18n/messages/onboarding";
import { getLocale } from "@/lib/i18n/server";
import { searchOrganisations } from "@/lib/org-register";
import { hasLaterState, TAX_AUTHORITY_ORGNO } from "@/lib/schemas/onboarding";
import { readSession } from "@/lib/session";
import { stepById } from "@/lib/steps";

export default async function Page() {
  const [{ state, env }, locale] = await Promise.all([readSession(), getLocale()]);
  const environments = availableEnvironments();
  // The simulator's demo vendors come from the sandbox's organisation register, over HTTP like any service;
  // Skatteetaten is in that register as the API owner, not as a vendor to onboard. A register that does not
  // answer leaves just the number field.
  const simulator = environments.includes("simulator")
    ? env.id === "simulator"
      ? env
      : getEnvironment("simulator", { sandbox: env.sandbox })
    : null;
  const demoVendors = simulator
    ? ((await searchOrganisations(simulator, { role: "vendor" }))
        ?.filter((o) => o.orgno !== TAX_AUTHORITY_ORGNO)
        .map((o) => ({ orgno: o.orgno, name: o.name })) ?? null)
    : null;
  return (
    <StepPage id="onboarding" state={state} locale={locale}>
      <OnboardingForm
        saved={{
          env: state.env,
          orgno: state.vendor?.orgno ?? "",
          name: state.vendor?.name ?? null,
          prerequisites: state.prerequisites,
        }}
        environments={environments}
        demoVendors={demoVendors?.length ? demoVendors : null}
        laterState={hasLaterState(state)}
        nextPath={stepById("scopes").path}
        texts={onboarding[locale]}
        common={common[locale]}
      />
    </StepPage>
  );
}
