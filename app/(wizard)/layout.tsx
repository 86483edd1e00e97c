import type { ReactNode } from "react";
import { SessionNotices } from "@/components/layout/session-notices";
import { WizardChrome } from "@/components/layout/wizard-chrome";
import { Stepper } from "@/components/wizard/stepper";
import { common } from "@/lib/i18n/messages/common";
import { getLocale } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/types";
import { readState } from "@/lib/session";
import { STEPS, stepStatuses } from "@/lib/steps";

export default async function WizardLayout({ children }: { children: ReactNode }) {
  const [locale, state] = await Promise.all([getLocale(), readState()]);
  const t = common[locale];
  const statuses = stepStatuses(state);
  const doneCount = STEPS.filter((s) => statuses[s.id] === "done").length;
  const items = STEPS.map((s) => ({
    id: s.id,
    number: s.number,
    path: s.path,
    title: t.steps[s.id].title,
    status: statuses[s.id],
  }));
  const page = (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[16rem_1fr]">
      {/* On a phone the steps fold away under one line, so the page's own content comes first. */}
      <details className="rounded-md border border-line bg-surface md:hidden">
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
          {format(t.stepper.progress, { done: doneCount, total: items.length })}
        </summary>
        <div className="border-t border-line p-2">
          <Stepper
            items={items}
            label={t.stepper.labelCompact}
            statusLabels={{ ...t.stepper.status }}
            stepLabel={t.stepper.step}
          />
        </div>
      </details>
      <aside className="hidden md:sticky md:top-4 md:block md:self-start">
        <Stepper
          items={items}
          label={t.stepper.label}
          statusLabels={{ ...t.stepper.status }}
          stepLabel={t.stepper.step}
        />
      </aside>
      <main id="main" className="min-w-0">
        <SessionNotices notices={state.notices} locale={locale} />
        {children}
      </main>
    </div>
  );
  return <WizardChrome>{page}</WizardChrome>;
}
