"use client";

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { ErrorDoctor, type ErrorDoctorTexts } from "@/components/ui/error-doctor";
import type { ActionResult } from "@/lib/action-result";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { translateMessage } from "@/lib/i18n/translate";

/**
 * What steps 1–3 show after an action: the form message, the error doctor's diagnoses, or a success note in
 * a polite live region. Shared by the step forms so every failure looks and reads the same.
 */
export type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export interface FeedbackTexts {
  validation: CommonMessages["validation"];
  errorDoctor: CommonMessages["errorDoctor"];
  retry: string;
}

export function feedbackTexts(common: CommonMessages): FeedbackTexts {
  return { validation: common.validation, errorDoctor: common.errorDoctor, retry: common.retry };
}

/** Turns a message key into text: `validation.*` from the common texts, `<ns>.*` from `extra`, else as is. */
export function makeTranslator(
  validation: CommonMessages["validation"],
  extra: Record<string, Record<string, string>> = {},
) {
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const dot = key.indexOf(".");
    if (dot > 0) {
      const ns = extra[key.slice(0, dot)];
      const text = ns?.[key.slice(dot + 1)];
      if (text) return text;
    }
    return translateMessage(key, validation);
  };
}

/** Puts the server's field errors on the form's fields (those the form has; the rest become form text). */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
  fields: readonly string[],
  t: (k: string | undefined) => string | undefined,
): string[] {
  const rest: string[] = [];
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    const message = t(messages[0]) ?? "";
    if (fields.includes(name)) setError(name as Path<T>, { type: "server", message });
    else rest.push(message);
  }
  return rest;
}

export function ActionFeedback({
  failure,
  success,
  texts,
  extraMessages = [],
  onRetry,
}: {
  failure?: Failure | null;
  success?: string | null;
  texts: FeedbackTexts;
  extraMessages?: string[];
  onRetry?: () => void;
}) {
  const doctor: ErrorDoctorTexts = { ...texts.errorDoctor, retry: texts.retry };
  return (
    <div className="space-y-3">
      <div aria-live="polite" role="status">
        {success && <Alert tone="success">{success}</Alert>}
      </div>
      {failure?.formError && !failure.diagnosis && (
        <Alert tone="danger" role="alert">
          <p>{failure.formError}</p>
          {extraMessages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </Alert>
      )}
      {failure?.diagnosis && <ErrorDoctor diagnosis={failure.diagnosis} texts={doctor} onRetry={onRetry} />}
      {failure?.diagnoses?.map((d) => (
        <ErrorDoctor key={`${d.code}-${d.title}`} diagnosis={d} texts={doctor} />
      ))}
    </div>
  );
}
