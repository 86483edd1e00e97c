import "server-only";
import type { ReactNode } from "react";
import { LanguageChoice } from "@/components/layout/language-choice";
import { getLocale } from "@/lib/i18n/server";
import type { ApprovalMessages } from "./approval-messages";

/**
 * The frame of every simulated Altinn UI page, in place of the wizard's chrome (the customer is on Altinn,
 * not in the vendor's wizard): an Altinn-like header with an unmistakable "Simulated" label (so nobody takes
 * it for altinn.no), the language choice and the simulated login, then the page's card. Nothing of the
 * wizard (its name, "start over", the stepper) is on these pages.
 */
export async function SimulatedAltinnFrame({
  t,
  login,
  children,
}: {
  t: ApprovalMessages;
  login: string;
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <>
      <header className="border-b-4 border-accent bg-surface">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="flex flex-wrap items-center gap-2">
            <span className="text-2xl font-bold tracking-tight text-accent-strong">{t.frame.brand}</span>
            <span className="rounded bg-warning px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">
              {t.frame.simulated}
            </span>
            <span className="sr-only">{t.frame.homeLabel}</span>
          </p>
          <LanguageChoice locale={locale} label={t.frame.language} className="text-accent-strong" />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <div className="mb-6 rounded-md border-2 border-dashed border-warning bg-warning-subtle p-4">
          <p className="flex flex-wrap items-center gap-3">
            <span className="rounded bg-warning px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-white">
              {t.badge}
            </span>
            <span className="text-sm font-semibold">{login}</span>
          </p>
          <p className="mt-2 text-sm">{t.badgeNote}</p>
        </div>
        <div className="space-y-6 rounded-lg border border-line bg-surface p-4 shadow-sm sm:p-6">
          {children}
        </div>
      </main>
    </>
  );
}
