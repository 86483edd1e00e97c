"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveManualClient } from "@/app/(wizard)/client/actions";
import {
  ActionFeedback,
  applyFieldErrors,
  feedbackTexts,
  makeTranslator,
  type Failure,
} from "@/components/onboarding/action-feedback";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormErrorSummary, submitValidation, summaryItems } from "@/components/ui/form-error-summary";
import type { ClientMessages } from "@/lib/i18n/messages/client";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { format } from "@/lib/i18n/types";
import { manualClientSchema, type ManualClientInput } from "@/lib/schemas/client";
import { WithTerms } from "@/components/ui/with-terms";

export const EXAMPLE_CLIENT_ID = "a2ed712d-4144-4471-839f-80ae4a68146b";

/**
 * Test/production: where exactly to create the client and upload the key in Samarbeidsportalen, then the
 * client id pasted back, with two confirmations so a missing key or scope is caught before the token call.
 */
export function ManualClientForm({
  portalUrl,
  kid,
  scopes,
  savedClientId,
  texts,
  common,
}: {
  portalUrl: string;
  kid: string;
  scopes: string[];
  savedClientId: string;
  texts: ClientMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const t = makeTranslator(common.validation, { client: texts.validation });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [failedAt, setFailedAt] = useState(0);
  const { register, handleSubmit, setValue, setError, formState } = useForm<ManualClientInput>({
    resolver: zodResolver(manualClientSchema),
    ...submitValidation,
    defaultValues: { clientId: savedClientId, keyUploaded: false as true, scopesAdded: false as true },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFailure(null);
      setSuccess(null);
      const result = await saveManualClient(values);
      if (!result.ok) {
        applyFieldErrors(setError, result.fieldErrors, ["clientId", "keyUploaded", "scopesAdded"], t);
        setFailure(result);
        if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) setFailedAt((n) => n + 1);
        return;
      }
      setSuccess(texts.clientSaved);
      router.refresh();
    },
    () => setFailedAt((n) => n + 1),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorSummary
        heading={common.errorSummary}
        items={summaryItems(formState.errors, t)}
        focusKey={failedAt}
      />
      <p className="text-sm">
        <WithTerms text={texts.manualIntro} />
      </p>
      <ol className="list-decimal space-y-1 pl-6 text-sm">
        {texts.manualSteps.map((step) => (
          <li key={step}>{format(step, { portal: portalUrl })}</li>
        ))}
      </ol>
      <ul className="flex flex-wrap gap-2" aria-label={texts.clientScopes}>
        {scopes.map((s) => (
          <li key={s}>
            <code className="rounded bg-canvas px-2 py-0.5 font-mono text-xs">{s}</code>
          </li>
        ))}
      </ul>
      <p>
        <a
          className="text-accent underline underline-offset-2"
          href={portalUrl}
          target="_blank"
          rel="noreferrer"
        >
          {texts.portalLink}
        </a>
      </p>
      <Field
        id="clientId"
        label={texts.clientIdLabel}
        hint={texts.clientIdHint}
        error={t(formState.errors.clientId?.message)}
      >
        {(aria) => (
          <input
            {...aria}
            {...register("clientId")}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} max-w-md font-mono`}
          />
        )}
      </Field>
      {(["keyUploaded", "scopesAdded"] as const).map((name) => (
        <div key={name} className="space-y-1">
          <div className="flex items-start gap-2">
            <input
              type="checkbox"
              id={name}
              aria-invalid={Boolean(formState.errors[name])}
              aria-describedby={`${name}-error`}
              className="ds-input mt-1 shrink-0"
              {...register(name)}
            />
            <label htmlFor={name} className="text-sm">
              {name === "keyUploaded" ? format(texts.keyUploadedLabel, { kid }) : texts.scopesAddedLabel}
            </label>
          </div>
          <div id={`${name}-error`} aria-live="polite">
            {formState.errors[name] && (
              <p className="ds-validation-message text-sm">{t(formState.errors[name]?.message)}</p>
            )}
          </div>
        </div>
      ))}
      <ActionFeedback failure={failure} success={success} texts={feedbackTexts(common)} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting} pendingLabel={common.pending}>
          {texts.saveClient}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => setValue("clientId", EXAMPLE_CLIENT_ID, { shouldValidate: true })}
        >
          {common.fillExample}
        </Button>
      </div>
    </form>
  );
}
