"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { sendRequest } from "@/app/(wizard)/customer/actions";
import { CheckboxGroup } from "@/components/system/checkbox-group";
import { applyServerErrors } from "@/components/system/server-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ActionBar } from "@/components/wizard/action-bar";
import { ErrorDoctor } from "@/components/ui/error-doctor";
import { publishRequestPreview } from "./request-preview";
import { inputClass } from "@/components/ui/field";
import { FormErrorSummary, submitValidation, summaryItems } from "@/components/ui/form-error-summary";
import type { Diagnosis } from "@/lib/errors/types";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import { translateMessage } from "@/lib/i18n/translate";
import { buildAccessRequest } from "@/lib/payloads/access-request";
import { customerFormSchema, type CustomerFormValues } from "@/lib/schemas/customer";
import { WithTerms } from "@/components/ui/with-terms";

export interface CustomerChoice {
  orgno: string;
  label: string;
}

const FIELDS = ["partyOrgNo", "externalRef", "rights", "accessPackages", "redirectUrl"];

/** An opaque reference with no personal data (field notes §4.7). */
export function newExternalRef(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

export function CustomerForm({
  t,
  c,
  systemId,
  customers,
  rights,
  accessPackages,
  redirectUrls,
  defaults,
  example,
}: {
  t: CustomerMessages;
  c: CommonMessages;
  systemId: string;
  /** The simulator's synthetic customers, or null for a free organisation number field. */
  customers: CustomerChoice[] | null;
  rights: { value: string; label: string }[];
  accessPackages: string[];
  redirectUrls: string[];
  defaults: CustomerFormValues;
  example: CustomerFormValues;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const form = useForm<CustomerFormValues>({
    resolver: zodResolver(customerFormSchema),
    defaultValues: defaults,
    ...submitValidation,
  });
  const { register, control, handleSubmit, setError, setValue, reset, formState } = form;
  const watched = useWatch({ control }) as Partial<CustomerFormValues>;
  const preview = buildAccessRequest({
    systemId,
    partyOrgNo: watched.partyOrgNo ?? "",
    externalRef: watched.externalRef ?? "",
    rights: (watched.rights ?? []).filter(Boolean),
    accessPackages: (watched.accessPackages ?? []).filter(Boolean),
    redirectUrl: watched.redirectUrl ?? "",
  });
  // The JSON is shown in the step's developer fold, outside this form.
  const previewJson = JSON.stringify(preview, null, 2);
  useEffect(() => publishRequestPreview(previewJson), [previewJson]);
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [doctor, setDoctor] = useState<Diagnosis[]>([]);
  const [failedAt, setFailedAt] = useState(0);
  const err = (name: keyof CustomerFormValues) =>
    translateMessage(formState.errors[name]?.message, c.validation);

  const onSubmit = handleSubmit(
    (values) => {
      setFormError(null);
      setDoctor([]);
      startTransition(async () => {
        const result = await sendRequest(values);
        if (result.ok) {
          router.replace(`${pathname}?notice=${result.data.outcome}&org=${result.data.orgNo}`, {
            scroll: false,
          });
          router.refresh();
          return;
        }
        const { unplaced, placed } = applyServerErrors(result, setError, FIELDS);
        if (placed > 0) setFailedAt((n) => n + 1);
        setDoctor(unplaced);
        setFormError(result.formError && (placed === 0 || unplaced.length === 0) ? result.formError : null);
      });
    },
    () => setFailedAt((n) => n + 1),
  );

  const orgError = err("partyOrgNo");
  const refError = err("externalRef");
  const redirectError = err("redirectUrl");
  return (
    <div>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <FormErrorSummary
          heading={c.errorSummary}
          items={summaryItems(formState.errors, (k) => translateMessage(k, c.validation))}
          focusKey={failedAt}
        />
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => reset({ ...example, externalRef: newExternalRef() })}
          >
            {c.fillExample}
          </Button>
        </div>

        <div className="space-y-1">
          <label htmlFor="partyOrgNo" className="block text-sm font-semibold">
            {t.customerLabel}
          </label>
          <p id="partyOrgNo-hint" className="text-sm text-ink-subtle">
            {customers ? t.customerPickerHint : t.customerHint}
          </p>
          {customers ? (
            <select
              id="partyOrgNo"
              className={inputClass}
              aria-invalid={Boolean(orgError)}
              aria-describedby="partyOrgNo-hint partyOrgNo-error"
              {...register("partyOrgNo")}
            >
              {customers.map((o) => (
                <option key={o.orgno} value={o.orgno}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id="partyOrgNo"
              inputMode="numeric"
              autoComplete="off"
              maxLength={11}
              className={`${inputClass} font-mono`}
              aria-invalid={Boolean(orgError)}
              aria-describedby="partyOrgNo-hint partyOrgNo-error"
              {...register("partyOrgNo")}
            />
          )}
          <p id="partyOrgNo-error" aria-live="polite" className="text-sm font-medium text-danger">
            {orgError}
          </p>
        </div>

        <div className="space-y-1">
          <label htmlFor="externalRef" className="block text-sm font-semibold">
            <WithTerms text={t.externalRefLabel} />
          </label>
          <p id="externalRef-hint" className="text-sm text-ink-subtle">
            {t.externalRefHint}
          </p>
          <div className="flex gap-2">
            <input
              id="externalRef"
              autoComplete="off"
              spellCheck={false}
              className={`${inputClass} font-mono`}
              aria-invalid={Boolean(refError)}
              aria-describedby="externalRef-hint externalRef-error"
              {...register("externalRef")}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => setValue("externalRef", newExternalRef(), { shouldValidate: true })}
            >
              {t.newRef}
            </Button>
          </div>
          <p id="externalRef-error" aria-live="polite" className="text-sm font-medium text-danger">
            {refError}
          </p>
        </div>

        <CheckboxGroup
          control={control}
          name="rights"
          legend={t.rightsLegend}
          hint={t.rightsHint}
          error={err("rights")}
          options={rights}
        />
        {accessPackages.length > 0 && (
          <CheckboxGroup
            control={control}
            name="accessPackages"
            legend={t.packagesLegend}
            error={err("accessPackages")}
            options={accessPackages.map((p) => ({
              value: p,
              label: <code className="font-mono text-xs">urn:altinn:accesspackage:{p}</code>,
            }))}
          />
        )}

        <div className="space-y-1">
          <label htmlFor="redirectUrl" className="block text-sm font-semibold">
            <WithTerms text={t.redirectLabel} />
          </label>
          <p id="redirectUrl-hint" className="text-sm text-ink-subtle">
            {t.redirectHint}
          </p>
          <select
            id="redirectUrl"
            className={inputClass}
            aria-invalid={Boolean(redirectError)}
            aria-describedby="redirectUrl-hint redirectUrl-error"
            {...register("redirectUrl")}
          >
            <option value="">{t.redirectNone}</option>
            {redirectUrls.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          <p id="redirectUrl-error" aria-live="polite" className="text-sm font-medium text-danger">
            {redirectError}
          </p>
        </div>

        {formError && (
          <Alert tone="danger" role="alert">
            {formError}
          </Alert>
        )}
        {doctor.map((d) => (
          <ErrorDoctor
            key={d.code}
            diagnosis={d}
            texts={{ ...c.errorDoctor, retry: c.retry }}
            onRetry={() => void onSubmit()}
          />
        ))}
        <ActionBar>
          <Button type="submit" data-primary-action pending={pending} pendingLabel={t.pending}>
            {t.submit}
          </Button>
        </ActionBar>
      </form>
    </div>
  );
}
