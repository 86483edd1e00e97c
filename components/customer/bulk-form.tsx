"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addCustomers } from "@/app/(wizard)/customer/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorDoctor, type ErrorDoctorTexts } from "@/components/ui/error-doctor";
import { inputClass } from "@/components/ui/field";
import { FormErrorSummary } from "@/components/ui/form-error-summary";
import type { Diagnosis } from "@/lib/errors/types";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { CustomersListMessages } from "@/lib/i18n/messages/customers-list";
import { translateMessage } from "@/lib/i18n/translate";
import { format } from "@/lib/i18n/types";

/**
 * Paste many organisation numbers: the server checks every line (MOD11, duplicates merged) and sends
 * nothing while any line is wrong, naming each line to fix; then one request per new customer.
 */
export function BulkForm({
  tl,
  c,
  doctorTexts,
}: {
  tl: CustomersListMessages;
  c: CommonMessages;
  doctorTexts: ErrorDoctorTexts;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [text, setText] = useState("");
  const [pending, startTransition] = useTransition();
  const [lines, setLines] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const [failedAt, setFailedAt] = useState(0);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setLines([]);
    setFormError(null);
    setDiagnosis(null);
    setDone([]);
    if (!text.trim()) {
      setLines([tl.bulkEmpty]);
      setFailedAt((n) => n + 1);
      return;
    }
    startTransition(async () => {
      const result = await addCustomers({ text });
      if (result.ok) {
        const n = result.data.counts;
        setDone([
          format(tl.bulkDone, {
            sent: n.created,
            reused: n.reused + n.pending + n.alreadyApproved + n.rejected,
            unchanged: n.unchanged,
            failed: n.failed,
          }),
          ...result.data.notes,
        ]);
        setText("");
        router.replace(pathname, { scroll: false });
        router.refresh();
        return;
      }
      const fieldLines = (result.fieldErrors?.text ?? []).map((m) => translateMessage(m, c.validation) ?? m);
      setLines(fieldLines);
      if (fieldLines.length > 0) setFailedAt((n) => n + 1);
      setFormError(result.formError ?? null);
      setDiagnosis(result.diagnosis ?? null);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <FormErrorSummary
        heading={c.errorSummary}
        items={lines.map((message) => ({ name: "text", message }))}
        focusKey={failedAt}
        ids={{ text: "bulk-orgnos" }}
      />
      {formError && (
        <Alert tone="danger" role="alert">
          {formError}
        </Alert>
      )}
      <div className="space-y-1">
        <label htmlFor="bulk-orgnos" className="block text-sm font-semibold">
          {tl.bulkLabel}
        </label>
        <p id="bulk-orgnos-hint" className="text-sm text-ink-subtle">
          {tl.bulkHint}
        </p>
        <textarea
          id="bulk-orgnos"
          name="text"
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={lines.length > 0}
          aria-describedby="bulk-orgnos-hint bulk-orgnos-error"
          className={`${inputClass} font-mono`}
        />
        <ul
          id="bulk-orgnos-error"
          aria-live="polite"
          className="list-disc pl-5 text-sm font-medium text-danger"
        >
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      </div>
      <Button type="submit" pending={pending} pendingLabel={tl.bulkPending}>
        {tl.bulkSubmit}
      </Button>
      {done.length > 0 && (
        <Alert tone="success" role="status">
          {done.map((d, i) => (
            <p key={i}>{d}</p>
          ))}
        </Alert>
      )}
      {diagnosis && <ErrorDoctor diagnosis={diagnosis} texts={doctorTexts} />}
    </form>
  );
}
