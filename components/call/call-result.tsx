import { Alert } from "@/components/ui/alert";
import { CodeBlock } from "@/components/ui/code-block";
import type { CallMessages } from "@/lib/i18n/messages/call";
import { format } from "@/lib/i18n/types";
import type { CallResultView } from "@/lib/schemas/call";

/** A short reading of the answer: open claims and balance, or the submission's receipt. */
export function answerSummary(
  call: Pick<CallResultView, "api" | "ok" | "body">,
  t: CallMessages,
  locale: "nb" | "en",
): string | null {
  if (!call.ok) return null;
  try {
    const body = JSON.parse(call.body) as Record<string, unknown>;
    if (call.api === "kravogbetalinger") {
      const krav = Array.isArray(body.aapentKravMedGjenstaaendeBeloep)
        ? body.aapentKravMedGjenstaaendeBeloep.length
        : 0;
      const total = body.totalOversikt as { saldo?: unknown } | undefined;
      const saldo = typeof total?.saldo === "number" ? total.saldo : 0;
      return format(t.claimsSummary, {
        count: krav,
        saldo: saldo.toLocaleString(locale === "nb" ? "nb-NO" : "en-GB", { minimumFractionDigits: 2 }),
      });
    }
    if (typeof body.forsendelseId === "string") {
      return format(t.receiptSummary, {
        forsendelseId: body.forsendelseId,
        dialogId: String(body.dialogId ?? "–"),
      });
    }
  } catch {
    return null;
  }
  return null;
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
  locale: "nb" | "en";
  idPrefix: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const t = texts;
  const summary = answerSummary(call, t, locale);
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
