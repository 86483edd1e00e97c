"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveApis } from "@/app/(wizard)/scopes/actions";
import {
  ActionFeedback,
  applyFieldErrors,
  feedbackTexts,
  makeTranslator,
  type Failure,
} from "@/components/onboarding/action-feedback";
import { Button } from "@/components/ui/button";
import { ActionBar } from "@/components/wizard/action-bar";
import { FormErrorSummary, submitValidation, summaryItems } from "@/components/ui/form-error-summary";
import { API_IDS, type ApiId } from "@/lib/apis";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { ScopesMessages } from "@/lib/i18n/messages/scopes";
import { apiSelectionSchema, type ApiSelectionInput } from "@/lib/schemas/scopes";

export interface ApiCard {
  id: ApiId;
  name: string;
  description: string;
  scope: string;
  resource: string;
  baseUrl: string;
  testCall: string;
  docs: string;
  /** The access packages that give the API, each marked when only an agent system user may hold it. */
  packages: { urn: string; title: string; agentOnly: boolean }[];
  /** What the module relies on that Skatteetaten has not confirmed (e.g. a path). */
  unverified?: string;
}

/**
 * The catalogue of Skatteetaten's APIs as checkboxes (name, what it is for, its documentation; the scope,
 * resource, address and test call are in the step's developer fold). Its one button saves the choice and, in
 * the simulator, has the scopes granted too, then goes on to step 3.
 */
export function ApiChoiceForm({
  apis,
  selected,
  simulated,
  nextPath,
  texts,
  common,
}: {
  apis: ApiCard[];
  selected: ApiId[];
  /** The self-service is the simulator's: saving also grants the scopes. */
  simulated: boolean;
  nextPath: string;
  texts: ScopesMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const t = makeTranslator(common.validation);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [failedAt, setFailedAt] = useState(0);
  const { register, handleSubmit, setValue, setError, formState } = useForm<ApiSelectionInput>({
    resolver: zodResolver(apiSelectionSchema),
    defaultValues: { apis: selected },
    ...submitValidation,
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFailure(null);
      setSuccess(null);
      const result = await saveApis(values);
      if (!result.ok) {
        applyFieldErrors(setError, result.fieldErrors, ["apis"], t);
        setFailure(result);
        if (result.fieldErrors?.apis) setFailedAt((n) => n + 1);
        return;
      }
      if (result.data.done) {
        setSuccess(texts.apisSavedDone);
        setMoving(true);
        router.push(nextPath);
        return;
      }
      setSuccess(simulated ? texts.apisSaved : texts.apisSavedManual);
      router.refresh();
    },
    () => setFailedAt((n) => n + 1),
  );
  const error = t(formState.errors.apis?.message ?? formState.errors.apis?.root?.message);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormErrorSummary
        heading={common.errorSummary}
        items={summaryItems(formState.errors, t)}
        focusKey={failedAt}
      />
      <fieldset className="space-y-3" aria-describedby="apis-hint apis-error">
        <legend className="text-lg font-semibold">{texts.apisLegend}</legend>
        <p id="apis-hint" className="text-sm text-ink-subtle">
          {texts.apisHint}
        </p>
        {apis.map((api) => (
          <div key={api.id} className="rounded-md border border-line bg-surface px-4 py-3">
            <div className="flex items-start gap-3">
              <input
                type="checkbox"
                id={`api-${api.id}`}
                value={api.id}
                aria-describedby={`api-${api.id}-desc`}
                className="ds-input mt-1 shrink-0"
                {...register("apis")}
              />
              <div className="min-w-0 space-y-1">
                <label htmlFor={`api-${api.id}`} className="font-semibold">
                  {api.name}
                </label>
                <p id={`api-${api.id}-desc`} className="text-sm">
                  {api.description}{" "}
                  <a
                    className="text-accent underline underline-offset-2"
                    href={api.docs}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {texts.docs}: {api.name}
                  </a>
                </p>
              </div>
            </div>
          </div>
        ))}
        <p id="apis-error" aria-live="polite" className="text-sm font-medium text-danger">
          {error}
        </p>
      </fieldset>
      <ActionFeedback failure={failure} success={success} texts={feedbackTexts(common)} />
      <ActionBar>
        <Button
          type="submit"
          data-primary-action
          pending={formState.isSubmitting || moving}
          pendingLabel={common.pending}
        >
          {simulated ? texts.saveApisSim : texts.saveApis}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => setValue("apis", [API_IDS[0]], { shouldDirty: true, shouldValidate: true })}
        >
          {common.fillExample}
        </Button>
      </ActionBar>
    </form>
  );
}
