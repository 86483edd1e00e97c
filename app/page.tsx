import Link from "next/link";
import { SessionNotices } from "@/components/layout/session-notices";
import { buttonClass } from "@/components/ui/button";
import { common } from "@/lib/i18n/messages/common";
import { home } from "@/lib/i18n/messages/home";
import { getLocale } from "@/lib/i18n/server";
import { readState } from "@/lib/session";
import { resumeStep, STEPS, stepStatuses } from "@/lib/steps";

export default async function Home() {
  const [locale, state] = await Promise.all([getLocale(), readState()]);
  const t = common[locale];
  const statuses = stepStatuses(state);
  const started = STEPS.some((s) => statuses[s.id] === "done");
  const target = resumeStep(state);
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <h1 className="text-3xl font-bold">{t.appName}</h1>
      <SessionNotices notices={state.notices} locale={locale} />
      <div className="space-y-3 text-lg">
        {home[locale].intro.map((p) => (
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
}
