"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { lookupVendorName, saveOnboarding } from "@/app/(wizard)/onboarding/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { choiceClass, Field, inputClass } from "@/components/ui/field";
import { FormErrorSummary, submitValidation, summaryItems } from "@/components/ui/form-error-summary";
import { ActionBar } from "@/components/wizard/action-bar";
import type { EnvironmentId } from "@/lib/environments";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { OnboardingMessages } from "@/lib/i18n/messages/onboarding";
import { normaliseOrgno } from "@/lib/mod11";
import { format } from "@/lib/i18n/types";
import {
  EXAMPLE_VENDOR_ORGNO,
  onboardingSchema,
  PREREQUISITE_IDS,
  type OnboardingInput,
} from "@/lib/schemas/onboarding";
import {
  ActionFeedback,
  applyFieldErrors,
  feedbackTexts,
  makeTranslator,
  type Failure,
} from "./action-feedback";
import { PrerequisiteList } from "./prerequisite-list";
import { VendorName } from "./vendor-name";

/** A vendor the simulator's register offers (read by the page over HTTP, never from the simulator's modules). */
export interface DemoVendor {
  orgno: string;
  name: string;
}

export interface OnboardingSaved {
  env: EnvironmentId;
  orgno: string;
  name: string | null;
  prerequisites: Record<string, boolean>;
}

export function OnboardingForm({
  saved,
  environments,
  demoVendors,
  laterState,
  nextPath,
  texts,
  common,
}: {
  saved: OnboardingSaved;
  environments: EnvironmentId[];
  /** The simulator's demo vendors (not Skatteetaten); null when there is no simulator or its register is silent. */
  demoVendors: DemoVendor[] | null;
  laterState: boolean;
  /** Where a complete save goes on to (step 2). */
  nextPath: string;
  texts: OnboardingMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const t = makeTranslator(common.validation);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const [moving, setMoving] = useState(false);
  const [failedAt, setFailedAt] = useState(0);
  const form = useForm<OnboardingInput>({
    resolver: zodResolver(onboardingSchema),
    ...submitValidation,
    defaultValues: {
      env: saved.env,
      orgno: saved.orgno,
      prerequisites: Object.fromEntries(
        PREREQUISITE_IDS.map((id) => [id, saved.prerequisites[id] === true]),
      ) as OnboardingInput["prerequisites"],
    },
  });
  const { register, handleSubmit, setValue, setError, control, formState } = form;
  const env = useWatch({ control, name: "env" });
  const orgno = useWatch({ control, name: "orgno" });
  const willReset =
    laterState && (env !== saved.env || (saved.orgno !== "" && normaliseOrgno(orgno) !== saved.orgno));

  const onSubmit = handleSubmit(
    async (values) => {
      setFailure(null);
      setSuccess(null);
      const result = await saveOnboarding(values);
      if (!result.ok) {
        setExtra(applyFieldErrors(setError, result.fieldErrors, ["env", "orgno"], t));
        setFailure(result);
        if (result.fieldErrors?.env || result.fieldErrors?.orgno) setFailedAt((n) => n + 1);
        return;
      }
      setSuccess(result.data.reset ? texts.savedReset : result.data.done ? texts.savedDone : texts.saved);
      // Saved and complete: on to step 2. Otherwise (a prerequisite not yet ticked) stay and say what is missing.
      if (result.data.done) {
        setMoving(true);
        router.push(nextPath);
      } else router.refresh();
    },
    () => setFailedAt((n) => n + 1),
  );

  const fillExample = () => {
    setValue("env", environments.includes("simulator") ? "simulator" : environments[0]!, {
      shouldDirty: true,
    });
    const example = demoVendors?.find((v) => v.orgno === EXAMPLE_VENDOR_ORGNO) ?? demoVendors?.[0] ?? null;
    setValue("orgno", example?.orgno ?? EXAMPLE_VENDOR_ORGNO, { shouldDirty: true, shouldValidate: true });
  };

  const chooseDemoVendor = (orgno: string) => {
    if (orgno) setValue("orgno", orgno, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  };
  const showDemoVendors = env === "simulator" && demoVendors !== null;
  const chosenDemo = demoVendors?.some((v) => v.orgno === normaliseOrgno(orgno)) ? normaliseOrgno(orgno) : "";

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormErrorSummary
        heading={common.errorSummary}
        items={summaryItems(formState.errors, t)}
        focusKey={failedAt}
        ids={{ env: `env-${environments[0]}` }}
      />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{texts.envLegend}</legend>
        <p className="text-sm text-ink-subtle">{texts.envHint}</p>
        {environments.map((id) => (
          <div key={id} className="flex items-start gap-3 rounded-md border border-line bg-surface p-3">
            <input
              type="radio"
              id={`env-${id}`}
              value={id}
              aria-describedby={`env-${id}-desc`}
              className={`${choiceClass} mt-1`}
              {...register("env")}
            />
            <div>
              <label htmlFor={`env-${id}`} className="font-semibold">
                {texts.envs[id].label}
              </label>
              <p id={`env-${id}-desc`} className="text-sm text-ink-subtle">
                {texts.envs[id].description}
              </p>
            </div>
          </div>
        ))}
        {formState.errors.env?.message && (
          <p className="text-sm font-medium text-danger" role="alert">
            {t(formState.errors.env.message)}
          </p>
        )}
      </fieldset>

      <Field
        id="orgno"
        label={texts.orgnoLabel}
        hint={texts.orgnoHint}
        error={t(formState.errors.orgno?.message)}
      >
        {(aria) => (
          <input
            {...aria}
            {...register("orgno")}
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            className={`${inputClass} max-w-xs font-mono`}
          />
        )}
      </Field>
      <VendorName
        env={env}
        orgno={orgno}
        initial={saved.orgno === normaliseOrgno(orgno) ? saved.name : null}
        lookup={lookupVendorName}
        texts={texts.lookup}
      />
      {showDemoVendors && (
        <div className="space-y-1">
          <label htmlFor="demo-vendor" className="block text-sm font-semibold">
            {texts.demoVendors.label}
          </label>
          <p id="demo-vendor-hint" className="text-sm text-ink-subtle">
            {texts.demoVendors.hint}
          </p>
          <select
            id="demo-vendor"
            value={chosenDemo}
            onChange={(e) => chooseDemoVendor(e.target.value)}
            aria-describedby="demo-vendor-hint"
            className={`${inputClass} max-w-md`}
          >
            <option value="">{texts.demoVendors.choose}</option>
            {demoVendors.map((v) => (
              <option key={v.orgno} value={v.orgno}>
                {format(texts.demoVendors.option, { name: v.name, orgno: v.orgno })}
              </option>
            ))}
          </select>
        </div>
      )}

      <PrerequisiteList env={env} register={register} ticked={saved.prerequisites} texts={texts} />

      {willReset && (
        <Alert tone="warning" title={texts.resetWarning.title} role="alert">
          {texts.resetWarning.body}
        </Alert>
      )}

      <ActionFeedback
        failure={failure}
        success={success}
        texts={feedbackTexts(common)}
        extraMessages={extra}
      />

      <ActionBar>
        <Button
          type="submit"
          data-primary-action
          pending={formState.isSubmitting || moving}
          pendingLabel={common.pending}
        >
          {texts.submit}
        </Button>
        <Button type="button" variant="secondary" onClick={fillExample}>
          {common.fillExample}
        </Button>
      </ActionBar>
    </form>
  );
}
