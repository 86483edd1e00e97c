"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { chooseCustomer } from "@/app/(wizard)/customer/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { CustomerPickerMessages } from "@/lib/i18n/messages/customers-list";

/**
 * Steps 6–7: which approved customer to act for. The default is the one already chosen (the most recently
 * approved unless the user picked another); choosing saves it, and the token step then needs a new token.
 */
export function CustomerPicker({
  options,
  current,
  t,
  pendingLabel,
}: {
  options: { orgNo: string; label: string }[];
  current: string;
  t: CustomerPickerMessages;
  pendingLabel: string;
}) {
  const router = useRouter();
  const [value, setValue] = useState(current);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await chooseCustomer({ orgNo: value });
      if (result.ok) router.refresh();
      else setError(result.formError ?? null);
    });
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-wrap items-end gap-3 rounded-md border border-line bg-surface p-4"
    >
      <div className="space-y-1">
        <label htmlFor="active-customer" className="block text-sm font-semibold">
          {t.label}
        </label>
        <p id="active-customer-hint" className="text-sm text-ink-subtle">
          {t.hint}
        </p>
        <select
          id="active-customer"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby="active-customer-hint"
          className={inputClass}
        >
          {options.map((o) => (
            <option key={o.orgNo} value={o.orgNo}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <Button
        type="submit"
        variant="secondary"
        disabled={value === current}
        pending={pending}
        pendingLabel={pendingLabel}
      >
        {t.submit}
      </Button>
      {error && (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      )}
    </form>
  );
}
