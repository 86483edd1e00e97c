import { Alert } from "@/components/ui/alert";
import { isApiId, SKATTEETATEN_APIS } from "@/lib/apis";
import { CodeBlock } from "@/components/ui/code-block";
import type { CallMessages } from "@/lib/i18n/messages/call";
import { format, type Locale } from "@/lib/i18n/types";
import type { CallResultView } from "@/lib/schemas/call";

/** A short reading of a 2xx answer, by the API's module (lib/apis/<id>). */
export function answerSummary(
  call: Pick<CallResultView, "api" | "ok" | "body">,
  locale: Locale,
): string | null {
  if (!call.ok || !isApiId(call.api)) return null;
  try {
    return SKATTEETATEN_APIS[call.api].call.summarise(JSON.parse(call.body), locale);
  } catch {
    return null;
  }
}

/** One call as it went over the wire: method, URL, status, correlation id, time, token reuse and the answer. */
export function CallResult({
  call,
  texts,
  locale,
  idPrefix,
  copyLabel,
  copiedLabel,
}: {
  call: CallResultView;
  texts: CallMessages;
  locale: Locale;
  idPrefix: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const t = texts;
  const summary = answerSummary(call, locale);
  const rows: [string, string][] = [
    [t.result.method, call.method],
    [t.result.url, call.url],
    [t.result.status, String(call.status)],
    [t.result.correlationId, call.correlationId ?? t.noCorrelation],
    [t.result.duration, format(t.ms, { ms: call.durationMs })],
    [
      t.result.token,
      call.token.fromCache ? format(t.tokenCached, { s: call.token.expiresInSeconds }) : t.tokenFresh,
    ],
  ];
  return (
    <section aria-labelledby={`${idPrefix}-result-title`} className="space-y-3">
      <h3 id={`${idPrefix}-result-title`} className="font-semibold">
        {t.resultHeading}
      </h3>
      <Alert
        tone={call.ok ? "success" : "danger"}
        title={format(call.ok ? t.okTitle : t.failedTitle, { status: call.status })}
      >
        {summary}
      </Alert>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-all font-mono text-xs sm:text-sm" data-field={label}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {call.idempotencyKey && (
        <p className="text-xs text-ink-subtle">{format(t.idempotencyKey, { key: call.idempotencyKey })}</p>
      )}
      {call.body && (
        <CodeBlock
          id={`${idPrefix}-body`}
          label={t.result.body}
          code={call.body}
          copyLabel={copyLabel}
          copiedLabel={copiedLabel}
        />
      )}
    </section>
  );
}
