import { OnboardingForm } from "@/components/onboarding/onboarding-form";
import { StepPage } from "@/components/wizard/step-page";
import { availableEnvironments } from "@/lib/environments";
import { common } from "@/lib/i18n/messages/common";
import { onboarding } from "@/lib/i18n/messages/onboarding";
import { getLocale } from "@/lib/i18n/server";
import { hasLaterState } from "@/lib/schemas/onboarding";
import { readState } from "@/lib/session";

export default async function Page() {
  const [state, locale] = await Promise.all([readState(), getLocale()]);
  return (
    <StepPage id="onboarding" state={state} locale={locale}>
      <OnboardingForm
        saved={{
          env: state.env,
          orgno: state.vendor?.orgno ?? "",
          name: state.vendor?.name ?? null,
          prerequisites: state.prerequisites,
        }}
        environments={availableEnvironments()}
        laterState={hasLaterState(state)}
        texts={onboarding[locale]}
        common={common[locale]}
      />
    </StepPage>
  );
}
