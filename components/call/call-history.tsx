import { formatEpochSeconds } from "@/lib/i18n/format";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import type { CallMessages } from "@/lib/i18n/messages/call";
import type { Locale } from "@/lib/i18n/types";
import type { CallRecord } from "@/lib/session/state";
import { TRUNCATION_MARK } from "@/lib/skatteetaten/record";

/** The calls recorded in the session, newest first, each answer behind a disclosure. */
export function CallHistory({
  calls,
  texts,
  locale,
}: {
  calls: CallRecord[];
  texts: CallMessages;
  locale: Locale;
}) {
  const t = texts;
  return (
    <section aria-labelledby="call-history-title" className="space-y-2">
      <h2 id="call-history-title" className="text-lg font-semibold">
        {t.historyHeading}
      </h2>
      {calls.length === 0 ? (
        <p className="text-sm text-ink-subtle">{t.historyEmpty}</p>
      ) : (
        <>
          <p className="text-sm text-ink-subtle">{t.historyIntro}</p>
          <ul className="space-y-2">
            {calls.map((c, i) => (
              <li key={`${c.at}-${i}`} className="rounded-md border border-line bg-surface p-3 text-sm">
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-mono">{formatEpochSeconds(c.at / 1000, locale)}</span> ·{" "}
                    {SKATTEETATEN_APIS[c.api].name[locale]} ·{" "}
                    <span className={c.ok ? "font-semibold text-success" : "font-semibold text-danger"}>
                      {c.status}
                    </span>
                    <span className="block break-all font-mono text-xs text-ink-subtle">
                      {c.method} {c.url}
                    </span>
                  </summary>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
                    <dt className="font-semibold">{t.history.correlationId}</dt>
                    <dd className="break-all font-mono text-xs">{c.correlationId ?? t.noCorrelation}</dd>
                    <dt className="font-semibold">{t.result.duration}</dt>
                    <dd className="font-mono text-xs">{c.durationMs} ms</dd>
                  </dl>
                  {c.body && (
                    <pre
                      className="mt-2 max-h-64 overflow-auto rounded bg-canvas p-2 font-mono text-xs"
                      tabIndex={0}
                      aria-label={t.result.body}
                    >
                      {c.body.endsWith(TRUNCATION_MARK) ? `${c.body} ${t.truncated}` : c.body}
                    </pre>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
