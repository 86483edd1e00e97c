import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { WithTerms } from "@/components/ui/with-terms";
import { common } from "@/lib/i18n/messages/common";
import { format } from "@/lib/i18n/types";
import type { Locale } from "@/lib/i18n/types";
import type { StepId, WizardState } from "@/lib/session/state";
import { DeveloperFold } from "./developer-fold";
import { lockedStepTarget, nextStep, previousStep, stepById, stepStatuses, SUMMARY_PATH } from "@/lib/steps";

/**
 * The frame of every step page: number, title, a banner when the step must be re-run, the step's content with
 * its one primary action (which saves and moves on), the "for developers" fold, and back. A done step, when
 * revisited, offers a secondary link to the next one. A locked step shows which steps come first instead.
 */
export function StepPage({
  id,
  state,
  locale,
  intro,
  children,
  developer,
  showNext = true,
}: {
  id: StepId;
  state: WizardState;
  locale: Locale;
  intro?: ReactNode;
  children: ReactNode;
  /** Snippets, decoded tokens, raw JSON, keys: shown in the step's "for developers" fold. */
  developer?: ReactNode;
  /** Off while the step itself still asks for something (step 5: a change request), so nothing competes. */
  showNext?: boolean;
}) {
  const t = common[locale];
  const step = stepById(id);
  const statuses = stepStatuses(state);
  const status = statuses[id];
  const prev = previousStep(id);
  const next = nextStep(id);
  const locked = status === "locked";
  const missing = step.requires.filter((r) => statuses[r] !== "done");
  // The link goes to the first step that can be done now, however far back that is.
  const start = lockedStepTarget(state, id);

  return (
    <article className="space-y-6" aria-labelledby="step-title">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-accent">{format(t.stepper.step, { n: step.number })}</p>
        <h1 id="step-title" className="text-2xl font-bold">
          {t.steps[id].title}
        </h1>
        <p className="text-ink-subtle">
          <WithTerms text={t.steps[id].summary} />
        </p>
      </header>

      {locked ? (
        <Alert tone="info" title={t.locked.title}>
          <p>
            {format(t.locked.body, {
              steps: missing
                .map((m) => `${format(t.stepper.step, { n: stepById(m).number })} (${t.steps[m].title})`)
                .join(", "),
            })}
          </p>
          {start && (
            <p className="mt-2">
              {t.locked.start}{" "}
              <Link className="text-accent underline" href={start.path}>
                {format(t.stepper.step, { n: start.number })}: {t.steps[start.id].title}
              </Link>
            </p>
          )}
        </Alert>
      ) : (
        <>
          {status === "stale" && <Alert tone="warning">{t.stale}</Alert>}
          {intro}
          {children}
          {developer && <DeveloperFold locale={locale}>{developer}</DeveloperFold>}
        </>
      )}

      <nav
        className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4"
        aria-label={t.stepper.label}
      >
        {prev ? (
          <Link className={buttonClass("secondary")} href={prev.path}>
            ← {t.nav.back}
          </Link>
        ) : (
          <Link className={buttonClass("secondary")} href="/">
            ← {t.nav.back}
          </Link>
        )}
        {!showNext ? null : next ? (
          status === "done" ? (
            <Link className={buttonClass("secondary")} href={next.path}>
              {t.nav.next}: {t.steps[next.id].title} →
            </Link>
          ) : null
        ) : status === "done" ? (
          <Link className={buttonClass("secondary")} href={SUMMARY_PATH}>
            {t.nav.summary} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
