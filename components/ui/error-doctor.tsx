import type { Diagnosis } from "@/lib/errors/types";

export interface ErrorDoctorTexts {
  title: string;
  cause: string;
  fix: string;
  details: string;
  code: string;
  retry: string;
}

/** The error doctor's verdict: code, cause and fix, with the raw answer behind a disclosure. */
export function ErrorDoctor({
  diagnosis,
  texts,
  onRetry,
}: {
  diagnosis: Diagnosis;
  texts: ErrorDoctorTexts;
  onRetry?: () => void;
}) {
  const t = diagnosis.technical;
  return (
    <section
      role="alert"
      aria-label={texts.title}
      // Long URLs, ids and JSON break anywhere rather than run out of the box.
      className="min-w-0 rounded-md border-l-4 border-danger bg-danger-subtle p-4 text-sm [overflow-wrap:anywhere]"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-danger">
        {texts.title} · {texts.code} <span className="font-mono">{diagnosis.code}</span>
      </p>
      <h3 className="mt-1 text-base font-semibold">{diagnosis.title}</h3>
      <dl className="mt-2 space-y-2">
        <div>
          <dt className="font-semibold">{texts.cause}</dt>
          <dd>{diagnosis.cause}</dd>
        </div>
        <div>
          <dt className="font-semibold">{texts.fix}</dt>
          <dd>{diagnosis.fix}</dd>
        </div>
      </dl>
      {diagnosis.docs && (
        <p className="mt-2">
          <a className="text-accent underline" href={diagnosis.docs} target="_blank" rel="noreferrer">
            {diagnosis.docs}
          </a>
        </p>
      )}
      {onRetry && diagnosis.retryable && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-white"
        >
          {texts.retry}
        </button>
      )}
      {t && (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold">{texts.details}</summary>
          <pre
            tabIndex={0}
            className="mt-2 max-h-96 overflow-auto rounded bg-surface p-2 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere]"
          >
            {[
              `${t.method} ${t.url}`,
              t.status ? `HTTP ${t.status}` : null,
              t.correlationId ? `korrelasjonsid: ${t.correlationId}` : null,
              t.description,
              t.body,
            ]
              .filter(Boolean)
              .join("\n")}
          </pre>
        </details>
      )}
    </section>
  );
}
