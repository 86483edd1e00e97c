"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fetchSystemUserToken } from "@/app/(wizard)/token/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { ErrorDoctor, type ErrorDoctorTexts } from "@/components/ui/error-doctor";
import type { Diagnosis } from "@/lib/errors/types";
import type { TokenMessages } from "@/lib/i18n/messages/token";
import { format } from "@/lib/i18n/types";

/**
 * The step-6 button: asks the server for a fresh system-user token, then lets the page re-render from the
 * session. A failure shows the error doctor (for MP-303: the cause Altinn's data points to).
 */
export function SystemUserTokenForm({
  hasToken,
  nextPath,
  texts,
  doctor,
  pendingLabel,
  copyLabel,
  copiedLabel,
}: {
  hasToken: boolean;
  /** Step 6 is not done yet: a token for the system user completes it and goes on here (step 7). */
  nextPath: string | null;
  texts: Pick<
    TokenMessages,
    "fetch" | "fetchAgain" | "fetching" | "fetched" | "clockOffset" | "systemUserMissing" | "grantSentHeading"
  >;
  doctor: ErrorDoctorTexts;
  pendingLabel: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [diagnoses, setDiagnoses] = useState<Diagnosis[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [warning, setWarning] = useState<Diagnosis | null>(null);
  const [grant, setGrant] = useState<string | null>(null);

  const run = () => {
    setDiagnoses([]);
    setFormError(null);
    setSuccess(null);
    setWarning(null);
    setGrant(null);
    startTransition(async () => {
      const result = await fetchSystemUserToken({});
      if (!result.ok) {
        setFormError(result.formError ?? null);
        setDiagnoses(
          [result.diagnosis, ...(result.diagnoses ?? [])].filter((d): d is Diagnosis => Boolean(d)),
        );
        return;
      }
      const data = result.data;
      if (data.outcome === "failed") {
        setDiagnoses([data.diagnosis]);
        return;
      }
      const parts = [format(texts.fetched, { ms: data.durationMs })];
      if (data.clockOffsetSeconds !== null)
        parts.push(format(texts.clockOffset, { s: data.clockOffsetSeconds }));
      if (!data.systemUserFound && !data.lookup) parts.push(texts.systemUserMissing);
      setSuccess(parts.join(" "));
      setWarning(data.lookup ?? null);
      setGrant(JSON.stringify(data.grant, null, 2));
      // The token is for the customer's system user and nothing needs a look: on to the call. Fetched again
      // on a done step (to look at it), or with a warning to read, the page stays.
      if (nextPath && data.systemUserFound && !data.lookup) router.push(nextPath);
      else router.refresh();
    });
  };

  return (
    <div className="space-y-4">
      <Button
        type="button"
        data-primary-action
        variant={nextPath ? "primary" : "secondary"}
        onClick={run}
        pending={pending}
        pendingLabel={texts.fetching || pendingLabel}
      >
        {hasToken ? texts.fetchAgain : texts.fetch}
      </Button>
      <div aria-live="polite" className="space-y-3">
        {success && <Alert tone="success">{success}</Alert>}
        {formError && (
          <Alert tone="danger" role="alert">
            {formError}
          </Alert>
        )}
      </div>
      {diagnoses.map((d, i) => (
        <ErrorDoctor key={`${d.code}-${i}`} diagnosis={d} texts={doctor} onRetry={run} />
      ))}
      {warning && <ErrorDoctor diagnosis={warning} texts={doctor} onRetry={run} />}
      {grant && (
        <details className="rounded-md border border-line bg-surface p-3">
          <summary className="cursor-pointer text-sm font-semibold">{texts.grantSentHeading}</summary>
          <div className="mt-2">
            <CodeBlock
              id="su-grant-sent"
              label={texts.grantSentHeading}
              code={grant}
              copyLabel={copyLabel}
              copiedLabel={copiedLabel}
            />
          </div>
        </details>
      )}
    </div>
  );
}
