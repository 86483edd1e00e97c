import Link from "next/link";
import { dismissNotice } from "@/app/actions";
import { Alert } from "@/components/ui/alert";
import { common } from "@/lib/i18n/messages/common";
import { sessionMessages } from "@/lib/i18n/messages/session";
import { format, type Locale } from "@/lib/i18n/types";
import type { PartName } from "@/lib/session/parts";
import type { Notice, StepId } from "@/lib/session/state";
import { stepById } from "@/lib/steps";

/**
 * What the user must know about their saved state, above every wizard page until it no longer applies: the
 * move from the first release's cookies (hidden by the user), or a part that could not be read (shown until
 * its step is redone). Nothing saved is ever reset without one of these.
 */
export function SessionNotices({ notices, locale }: { notices: readonly Notice[]; locale: Locale }) {
  if (notices.length === 0) return null;
  const t = sessionMessages[locale];
  return (
    <div className="mb-6 space-y-3">
      {notices.map((n) =>
        n.kind === "imported" ? (
          <Alert key={n.id} tone="info" title={t.imported.title}>
            <p>{t.imported.body}</p>
            {n.simulatorReset && <p className="mt-2">{t.imported.simulatorReset}</p>}
            <div className="mt-2 flex flex-wrap items-center gap-4">
              {n.redo[0] && <RedoLink step={n.redo[0]} locale={locale} />}
              <form action={dismissNotice}>
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" className="text-accent underline underline-offset-2">
                  {t.dismiss}
                </button>
              </form>
            </div>
          </Alert>
        ) : (
          <Alert key={n.id} tone="warning" title={t.lost.title}>
            <p>
              {format(t.lost.body, {
                what: t.lost.parts[n.part as PartName] ?? n.part,
                reason: t.lost.reasons[n.reason],
              })}
            </p>
            <p className="mt-2">
              <RedoLink step={n.redo} locale={locale} />
            </p>
          </Alert>
        ),
      )}
    </div>
  );
}

function RedoLink({ step, locale }: { step: StepId; locale: Locale }) {
  const def = stepById(step);
  return (
    <Link className="text-accent underline underline-offset-2" href={def.path}>
      {format(sessionMessages[locale].redoStep, { n: def.number, title: common[locale].steps[step].title })}
    </Link>
  );
}
