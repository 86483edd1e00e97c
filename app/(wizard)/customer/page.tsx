import { StepPage } from "@/components/wizard/step-page";
import { getLocale } from "@/lib/i18n/server";
import { readState } from "@/lib/session";

export default async function Page() {
  const [state, locale] = await Promise.all([readState(), getLocale()]);
  return (
    <StepPage id="customer" state={state} locale={locale}>
      <p>…</p>
    </StepPage>
  );
}
