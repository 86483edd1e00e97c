import Link from "next/link";
import { SessionNotices } from "@/components/layout/session-notices";
import { WizardChrome } from "@/components/layout/wizard-chrome";
import { buttonClass } from "@/components/ui/button";
import { common } from "@/lib/i18n/messages/common";
import { getLocale } from "@/lib/i18n/server";
import { readState } from "@/lib/session";
import { resumeStep, STEPS, stepStatuses } from "@/lib/steps";

const intro = {
  nb: [
    "Veiviseren tar deg som leverandør av et sluttbrukersystem fra ingenting til et vellykket kall mot Skatteetaten med et systembruker-token.",
    "Du går gjennom sju steg: Maskinporten, scopes, klient og nøkkel, systemregisteret i Altinn, kundens godkjenning, token med systembruker og kallet.",
    "Alt kan prøves uten påloggingsdata mot en innebygd simulator, og gjøres på ordentlig mot testmiljøet og produksjon.",
  ],
  en: [
    "The wizard takes you, the vendor of an end-user system, from nothing to a successful call to Skatteetaten with a system user token.",
    "You go through seven steps: Maskinporten, scopes, client and key, Altinn's system register, the customer's approval, the system user token and the call.",
    "You can try everything without credentials on a built-in simulator, and do it for real in the test environment and production.",
  ],
};

export default async function Home() {
  const [locale, state] = await Promise.all([getLocale(), readState()]);
  const t = common[locale];
  const statuses = stepStatuses(state);
  const started = STEPS.some((s) => statuses[s.id] === "done");
  const target = resumeStep(state);
  const page = (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <h1 className="text-3xl font-bold">{t.appName}</h1>
      <SessionNotices notices={state.notices} locale={locale} />
      <div className="space-y-3 text-lg">
        {intro[locale].map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <p className="text-sm text-ink-subtle">
        {t.environmentActive}: <strong>{t.environment[state.env]}</strong>
      </p>
      <Link href={target.path} className={buttonClass("primary")}>
        {started ? `${t.nav.resume}: ${t.steps[target.id].title}` : t.nav.start} →
      </Link>
    </main>
  );
  return <WizardChrome>{page}</WizardChrome>;
}
