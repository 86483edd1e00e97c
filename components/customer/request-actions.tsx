"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { renewRequest, withdrawRequest, type SendResult } from "@/app/(wizard)/customer/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorDoctor, type ErrorDoctorTexts } from "@/components/ui/error-doctor";
import type { ActionResult } from "@/lib/action-result";
import type { Diagnosis } from "@/lib/errors/types";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";

type Kind = "renew" | "withdraw";

/** Recovery for a request that did not end in approval: delete and send again, or withdraw it. */
export function RequestActions({
  kind,
  status,
  t,
  doctorTexts,
  pendingLabel,
}: {
  kind: Kind;
  status: string;
  t: CustomerMessages;
  doctorTexts: ErrorDoctorTexts;
  pendingLabel: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [which, setWhich] = useState<string | null>(null);
  const [error, setError] = useState<{ text?: string; diagnosis?: Diagnosis } | null>(null);

  function run(id: string, call: () => Promise<ActionResult<SendResult>>) {
    setWhich(id);
    setError(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        router.replace(`${pathname}?notice=${result.data.outcome}`, { scroll: false });
        router.refresh();
      } else {
        setError({ text: result.formError, diagnosis: result.diagnosis });
      }
    });
  }

  const renewSame = status === "Timedout" || status === "NotFound" ? t.resendTimedout : t.resendSame;
  return (
    <div className="space-y-3">
      {kind === "renew" ? (
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            pending={pending && which === "same"}
            pendingLabel={pendingLabel}
            disabled={pending}
            onClick={() => run("same", () => renewRequest({ mode: "same" }))}
          >
            {renewSame}
          </Button>
          <Button
            type="button"
            variant="secondary"
            pending={pending && which === "new"}
            pendingLabel={pendingLabel}
            disabled={pending}
            onClick={() => run("new", () => renewRequest({ mode: "new" }))}
          >
            {t.resendNew}
          </Button>
        </div>
      ) : (
        <div className="space-y-1">
          <Button
            type="button"
            variant="danger"
            pending={pending}
            pendingLabel={pendingLabel}
            onClick={() => run("withdraw", () => withdrawRequest({}))}
          >
            {t.withdraw}
          </Button>
          <p className="text-sm text-ink-subtle">{t.withdrawHint}</p>
        </div>
      )}
      {error?.text && (
        <Alert tone="danger" role="alert">
          {error.text}
        </Alert>
      )}
      {error?.diagnosis && <ErrorDoctor diagnosis={error.diagnosis} texts={doctorTexts} />}
    </div>
  );
}
