"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { runTestCall } from "@/app/(wizard)/call/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorDoctor, type ErrorDoctorTexts } from "@/components/ui/error-doctor";
import { Field, inputClass } from "@/components/ui/field";
import type { Diagnosis } from "@/lib/errors/types";
import type { CallMessages } from "@/lib/i18n/messages/call";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { translateMessage } from "@/lib/i18n/translate";
import { format } from "@/lib/i18n/types";
import {
  boligselskapCallSchema,
  openClaimsCallSchema,
  type CallInput,
  type CallResultView,
} from "@/lib/schemas/call";
import { CallResult } from "./call-result";

/**
 * The test-call forms of step 7: Krav og betalinger asks for the organisation to look up, innrapportering
 * for the income year. Each shows the answer (or the doctor's diagnosis) and refreshes the page's history.
 */
type CommonTexts = Pick<
  CommonMessages,
  "validation" | "errorDoctor" | "retry" | "copy" | "copied" | "pending"
>;

interface FormProps {
  customerOrgNo: string;
  texts: CallMessages;
  common: CommonTexts;
  locale: "nb" | "en";
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
  locale: "nb" | "en";
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

export function OpenClaimsForm({ customerOrgNo, texts, common, locale }: FormProps) {
  const form = useForm({
    resolver: zodResolver(openClaimsCallSchema.omit({ api: true })),
    mode: "onTouched",
    defaultValues: { orgno: customerOrgNo },
  });
  const runner = useCallRunner((errors) => {
    if (errors.orgno?.[0]) form.setError("orgno", { type: "server", message: errors.orgno[0] });
  });
  const t = (k: string | undefined) => translateMessage(k, common.validation);
  const onSubmit = form.handleSubmit((v) => runner.run({ api: "kravogbetalinger", orgno: v.orgno }));
  const id = "call-kravogbetalinger";
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <Field
          id={`${id}-orgno`}
          label={texts.orgnoLabel}
          hint={format(texts.orgnoHint, { org: customerOrgNo })}
          error={t(form.formState.errors.orgno?.message)}
        >
          {(aria) => (
            <input
              {...aria}
              {...form.register("orgno")}
              inputMode="numeric"
              autoComplete="off"
              maxLength={11}
              className={`${inputClass} max-w-xs font-mono`}
            />
          )}
        </Field>
        <Button type="submit" pending={form.formState.isSubmitting} pendingLabel={texts.running}>
          {runner.call ? texts.runAgain : texts.run}
        </Button>
      </form>
      <Outcome
        id={id}
        runner={runner}
        onRetry={() => void onSubmit()}
        texts={texts}
        common={common}
        locale={locale}
      />
    </div>
  );
}

export function BoligselskapForm({
  customerOrgNo,
  defaultYear,
  texts,
  common,
  locale,
}: FormProps & { defaultYear: number }) {
  const form = useForm({
    resolver: zodResolver(boligselskapCallSchema.omit({ api: true })),
    mode: "onTouched",
    defaultValues: { inntektsaar: defaultYear },
  });
  const runner = useCallRunner((errors) => {
    if (errors.inntektsaar?.[0])
      form.setError("inntektsaar", { type: "server", message: errors.inntektsaar[0] });
  });
  const t = (k: string | undefined) => translateMessage(k, common.validation);
  // One idempotencyKey per submission. "Try again" after a failure resends the same delivery with the same
  // key, so one that Skatteetaten took before the connection broke is answered with its receipt, not taken twice.
  const [attempt, setAttempt] = useState<{ key: string; year: number } | null>(null);
  const send = (inntektsaar: number, retry: boolean) => {
    const current =
      retry && attempt?.year === inntektsaar ? attempt : { key: newIdempotencyKey(), year: inntektsaar };
    setAttempt(current);
    return runner.run({ api: "innrapportering-boligselskap", inntektsaar, idempotencyKey: current.key });
  };
  const onSubmit = form.handleSubmit((v) => send(v.inntektsaar, false));
  const onRetry = form.handleSubmit((v) => send(v.inntektsaar, true));
  const id = "call-innrapportering-boligselskap";
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <Field
          id={`${id}-year`}
          label={texts.yearLabel}
          hint={texts.yearHint}
          error={t(form.formState.errors.inntektsaar?.message)}
        >
          {(aria) => (
            <input
              {...aria}
              {...form.register("inntektsaar")}
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              className={`${inputClass} max-w-[8rem] font-mono`}
            />
          )}
        </Field>
        <p className="text-sm text-ink-subtle">{format(texts.submissionHint, { org: customerOrgNo })}</p>
        <Button type="submit" pending={form.formState.isSubmitting} pendingLabel={texts.running}>
          {runner.call ? texts.runAgain : texts.run}
        </Button>
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
