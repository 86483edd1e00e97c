"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldErrors } from "react-hook-form";
import { setupKey } from "@/app/(wizard)/client/actions";
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
import { keySetupSchema, type KeySetupInput } from "@/lib/schemas/client";

const MODES = ["generate", "pem", "jwk"] as const;

/** Create an RSA-2048 key on the server, or import one as PEM or JWK. The private key never comes back. */
export function KeySetupForm({
  defaultKid,
  texts,
  common,
}: {
  defaultKid: string;
  texts: ClientMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const t = makeTranslator(common.validation, { client: texts.validation });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [failedAt, setFailedAt] = useState(0);
  const { register, handleSubmit, setValue, setError, control, formState } = useForm<KeySetupInput>({
    resolver: zodResolver(keySetupSchema),
    ...submitValidation,
    defaultValues: { mode: "generate", kid: defaultKid, text: "" },
  });
  const mode = useWatch({ control, name: "mode" });
  const errors = formState.errors as FieldErrors<{ kid: string; text: string }>;

  const onSubmit = handleSubmit(
    async (values) => {
      setFailure(null);
      const result = await setupKey(values);
      if (!result.ok) {
        applyFieldErrors(setError, result.fieldErrors, ["kid", "text"], t);
        setFailure(
          result.fieldErrors?.kid || result.fieldErrors?.text ? { ...result, formError: undefined } : result,
        );
        if (result.fieldErrors?.kid || result.fieldErrors?.text) setFailedAt((n) => n + 1);
        return;
      }
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
        ids={{ text: "key-text" }}
      />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{texts.modeLegend}</legend>
        {MODES.map((m) => (
          <div key={m} className="flex items-center gap-2">
            <input
              type="radio"
              id={`key-mode-${m}`}
              value={m}
              className="ds-input shrink-0"
              {...register("mode")}
            />
            <label htmlFor={`key-mode-${m}`} className="text-sm">
              {texts.modes[m]}
            </label>
          </div>
        ))}
      </fieldset>
      <Field
        id="kid"
        label={texts.kidLabel}
        hint={mode === "jwk" ? `${texts.kidHint} ${texts.kidHintJwk}` : texts.kidHint}
        error={t(errors.kid?.message)}
      >
        {(aria) => (
          <input
            {...aria}
            {...register("kid")}
            defaultValue={defaultKid}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} max-w-md font-mono`}
          />
        )}
      </Field>
      {mode !== "generate" && (
        <Field
          id="key-text"
          label={texts.textLabel[mode]}
          hint={texts.textHint}
          error={t(errors.text?.message)}
        >
          {(aria) => (
            <textarea
              {...aria}
              {...register("text")}
              rows={8}
              autoComplete="off"
              spellCheck={false}
              className={`${inputClass} font-mono text-xs`}
            />
          )}
        </Field>
      )}
      <ActionFeedback failure={failure} texts={feedbackTexts(common)} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={formState.isSubmitting} pendingLabel={common.pending}>
          {mode === "generate" ? texts.createKey : texts.importKey}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setValue("mode", "generate");
            setValue("kid", defaultKid, { shouldValidate: true });
          }}
        >
          {common.fillExample}
        </Button>
      </div>
    </form>
  );
}
