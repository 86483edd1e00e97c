"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  chooseCustomer,
  renewRequest,
  sendChangeRequest,
  withdrawRequest,
} from "@/app/(wizard)/customer/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorDoctor, type ErrorDoctorTexts } from "@/components/ui/error-doctor";
import type { ActionResult } from "@/lib/action-result";
import type { Diagnosis } from "@/lib/errors/types";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import type { CustomersListMessages } from "@/lib/i18n/messages/customers-list";

/** What one customer's row offers: withdraw a waiting request, send a finished one again, or use it in 6–7. */
export type CustomerActionKind = "renew" | "withdraw" | "choose" | "change";

export function RequestActions({
  orgNo,
  kinds,
  status,
  t,
  tl,
  doctorTexts,
  pendingLabel,
}: {
  orgNo: string;
  kinds: CustomerActionKind[];
  status: string;
  t: CustomerMessages;
  tl: CustomersListMessages;
  doctorTexts: ErrorDoctorTexts;
  pendingLabel: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [which, setWhich] = useState<string | null>(null);
  const [error, setError] = useState<{ text?: string; diagnosis?: Diagnosis } | null>(null);

  function run(id: string, notice: string, call: () => Promise<ActionResult<unknown>>) {
    setWhich(id);
    setError(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        router.replace(`${pathname}?notice=${notice}&org=${orgNo}`, { scroll: false });
        router.refresh();
      } else {
        setError({ text: result.formError, diagnosis: result.diagnosis });
      }
    });
  }

  const button = (
    id: string,
    label: string,
    variant: "primary" | "secondary" | "danger",
    notice: string,
    call: () => Promise<ActionResult<unknown>>,
  ) => (
    <Button
      type="button"
      variant={variant}
      pending={pending && which === id}
      pendingLabel={pendingLabel}
      disabled={pending}
      aria-describedby={`customer-${orgNo}-title`}
      onClick={() => run(id, notice, call)}
    >
      {label}
    </Button>
  );

  const renewSame = status === "Timedout" || status === "NotFound" ? t.resendTimedout : t.resendSame;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {kinds.includes("choose") &&
          button("choose", tl.useThis, "primary", "chosen", () => chooseCustomer({ orgNo }))}
        {kinds.includes("renew") && (
          <>
            {button("same", renewSame, "primary", "renewed", () => renewRequest({ orgNo, mode: "same" }))}
            {button("new", t.resendNew, "secondary", "renewed", () => renewRequest({ orgNo, mode: "new" }))}
          </>
        )}
        {kinds.includes("change") &&
          button("change", tl.sendChange, "primary", "changed", () => sendChangeRequest({ orgNo }))}
        {kinds.includes("withdraw") &&
          button("withdraw", t.withdraw, "danger", "withdrawn", () => withdrawRequest({ orgNo }))}
      </div>
      {kinds.includes("withdraw") && <p className="text-sm text-ink-subtle">{t.withdrawHint}</p>}
      {error?.text && (
        <Alert tone="danger" role="alert">
          {error.text}
        </Alert>
      )}
      {error?.diagnosis && <ErrorDoctor diagnosis={error.diagnosis} texts={doctorTexts} />}
    </div>
  );
}
