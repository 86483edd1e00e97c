"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { runTestCall } from "@/app/(wizard)/call/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ActionBar } from "@/components/wizard/action-bar";
import { ErrorDoctor, type ErrorDoctorTexts } from "@/components/ui/error-doctor";
import { Field, inputClass } from "@/components/ui/field";
import { FormErrorSummary, submitValidation, summaryItems } from "@/components/ui/form-error-summary";
import type { Diagnosis } from "@/lib/errors/types";
import type { CallMessages } from "@/lib/i18n/messages/call";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { translateMessage } from "@/lib/i18n/translate";
import { format, type Locale } from "@/lib/i18n/types";
import { SKATTEETATEN_APIS, type ApiId } from "@/lib/apis";
import { type CallInput, type CallResultView } from "@/lib/schemas/call";
import { orgnoSchema } from "@/lib/schemas/common";
import { CallResult } from "./call-result";

/**
 * The test-call form of step 7, one per chosen API: it shows the answer (or the doctor's diagnosis) and
 * refreshes the page's history.
 */
type CommonTexts = Pick<
  CommonMessages,
  "validation" | "errorDoctor" | "retry" | "copy" | "copied" | "pending" | "errorSummary"
>;

interface FormProps {
  customerOrgNo: string;
  texts: CallMessages;
  common: CommonTexts;
  locale: Locale;
}

function useCallRunner(onFieldErrors: (errors: Record<string, string[]>) => void) {
  const router = useRouter();
  const [call, setCall] = useState<CallResultView | null>(null);
  const [diagnoses, setDiagnoses] = useState<Diagnosis[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const run = async (input: CallInput) => {
    setDiagnoses([]);
    setFormError(null);
    const result = await runTestCall(input);
    if (!result.ok) {
      onFieldErrors(result.fieldErrors ?? {});
      setFormError(result.formError ?? null);
      setDiagnoses([result.diagnosis, ...(result.diagnoses ?? [])].filter((d): d is Diagnosis => Boolean(d)));
      return;
    }
    const data = result.data;
    setCall(data.outcome === "ok" ? data.call : (data.call ?? null));
    if (data.outcome === "failed") setDiagnoses([data.diagnosis, ...(data.diagnoses ?? [])]);
    router.refresh();
  };
  return { run, call, diagnoses, formError };
}

function Outcome({
  id,
  runner,
  onRetry,
  texts,
  common,
  locale,
}: {
  id: string;
  runner: ReturnType<typeof useCallRunner>;
  onRetry: () => void;
  texts: CallMessages;
  common: CommonTexts;
  locale: Locale;
}): ReactNode {
  const doctor: ErrorDoctorTexts = { ...common.errorDoctor, retry: common.retry };
  return (
    <>
      <div aria-live="polite">
        {runner.formError && (
          <Alert tone="danger" role="alert">
            {runner.formError}
          </Alert>
        )}
      </div>
      {runner.diagnoses.map((d, i) => (
        <ErrorDoctor key={`${d.code}-${i}`} diagnosis={d} texts={doctor} onRetry={onRetry} />
      ))}
      {runner.call && (
        <CallResult
          call={runner.call}
          texts={texts}
          locale={locale}
          idPrefix={id}
          copyLabel={common.copy}
          copiedLabel={common.copied}
        />
      )}
    </>
  );
}

/**
 * The test-call form of one API, drawn from its module (lib/apis/<id>): the organisation the call is about
 * (the customer by default) and the API's own fields. One idempotencyKey per submission: "Try again" after a
 * failure resends the same delivery with the same key, so one that Skatteetaten took before the connection
 * broke is answered with its receipt, not taken twice. The server ignores the key for calls that take none.
 */
export function TestCallForm({
  apiId,
  customerOrgNo,
  defaults,
  texts,
  common,
  locale,
}: FormProps & { apiId: ApiId; defaults: Record<string, string> }) {
  const api = SKATTEETATEN_APIS[apiId];
  const [schema] = useState(() => api.call.schema.extend({ forOrgNo: orgnoSchema }));
  const form = useForm<Record<string, string>>({
    resolver: zodResolver(schema) as unknown as Resolver<Record<string, string>>,
    ...submitValidation,
    defaultValues: { forOrgNo: customerOrgNo, ...defaults },
  });
  const forOrgNo = useWatch({ control: form.control, name: "forOrgNo" });
  const names = ["forOrgNo", ...api.call.fields.map((f) => f.name)];
  const [failedAt, setFailedAt] = useState(0);
  const runner = useCallRunner((errors) => {
    let placed = 0;
    for (const name of names) {
      const message = errors[name]?.[0];
      if (message) {
        form.setError(name, { type: "server", message });
        placed++;
      }
    }
    if (placed > 0) setFailedAt((n) => n + 1);
  });
  const t = (k: string | undefined) => translateMessage(k, common.validation);
  const [attempt, setAttempt] = useState<{ key: string; values: string } | null>(null);
  const send = (values: Record<string, unknown>, retry: boolean) => {
    const signature = JSON.stringify(values);
    const current =
      retry && attempt?.values === signature ? attempt : { key: newIdempotencyKey(), values: signature };
    setAttempt(current);
    return runner.run({ ...values, api: apiId, idempotencyKey: current.key });
  };
  const onInvalid = () => setFailedAt((n) => n + 1);
  const onSubmit = form.handleSubmit((v) => send(v, false), onInvalid);
  const onRetry = form.handleSubmit((v) => send(v, true), onInvalid);
  const id = `call-${apiId}`;
  const fields = [
    {
      name: "forOrgNo",
      label: texts.orgnoLabel,
      // An agent system's token is the firm's: nothing is filled in, the user names the client.
      hint: customerOrgNo ? format(texts.orgnoHint, { org: customerOrgNo }) : texts.orgnoHintAgent,
      inputMode: "numeric" as const,
      maxLength: 11,
      placeholder: undefined,
    },
    ...api.call.fields.map((f) => ({ ...f, label: f.label[locale], hint: f.hint[locale] })),
  ];
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <FormErrorSummary
          heading={common.errorSummary}
          items={summaryItems(form.formState.errors, t)}
          focusKey={failedAt}
          ids={Object.fromEntries(names.map((n) => [n, `${id}-${n}`]))}
        />
        {fields.map((f) => (
          <Field
            key={f.name}
            id={`${id}-${f.name}`}
            label={f.label}
            hint={f.hint}
            error={t(form.formState.errors[f.name]?.message)}
          >
            {(aria) => (
              <input
                {...aria}
                {...form.register(f.name)}
                inputMode={f.inputMode}
                autoComplete="off"
                maxLength={f.maxLength}
                placeholder={f.placeholder}
                className={`${inputClass} max-w-xs font-mono`}
              />
            )}
          </Field>
        ))}
        <p className="text-sm text-ink-subtle">
          {format(api.call.about[locale], { org: forOrgNo || customerOrgNo })}
        </p>
        <ActionBar>
          <Button
            type="submit"
            data-primary-action
            pending={form.formState.isSubmitting}
            pendingLabel={texts.running}
          >
            {runner.call ? texts.runAgain : texts.run}
          </Button>
        </ActionBar>
      </form>
      <Outcome
        id={id}
        runner={runner}
        onRetry={() => void onRetry()}
        texts={texts}
        common={common}
        locale={locale}
      />
    </div>
  );
}

/** A UUID v4; crypto.randomUUID exists only in secure contexts (https, localhost). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = Array.from(b, (v) => v.toString(16).padStart(2, "0")).join("");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
