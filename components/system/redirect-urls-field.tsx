"use client";

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { SystemMessages } from "@/lib/i18n/messages/system";
import { translateMessage } from "@/lib/i18n/translate";
import { format } from "@/lib/i18n/types";
import type { SystemFormValues } from "@/lib/schemas/system";

/** allowedRedirectUrls: one input per URL, with the wizard's own return page one click away. */
export function RedirectUrlsField({
  control,
  register,
  errors,
  t,
  validation,
  simulator,
  returnUrl,
}: {
  control: Control<SystemFormValues>;
  register: UseFormRegister<SystemFormValues>;
  errors: FieldErrors<SystemFormValues>;
  t: SystemMessages;
  validation: CommonMessages["validation"];
  simulator: boolean;
  returnUrl: { url: string; valid: boolean };
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "allowedRedirectUrls" });
  const groupError = translateMessage(
    errors.allowedRedirectUrls?.message ?? errors.allowedRedirectUrls?.root?.message,
    validation,
  );
  const hasReturn = fields.some((f) => f.url === returnUrl.url);
  return (
    <fieldset className="space-y-3" aria-describedby="redirect-hint redirect-error">
      <legend className="text-sm font-semibold">{t.redirectLegend}</legend>
      <p id="redirect-hint" className="text-sm text-ink-subtle">
        {t.redirectHint} {simulator && t.redirectHintSim}
      </p>
      {!returnUrl.valid && (
        <p className="text-sm text-warning">{format(t.returnPageNotHttps, { url: returnUrl.url })}</p>
      )}
      <ul className="space-y-2">
        {fields.map((f, i) => {
          const err = translateMessage(errors.allowedRedirectUrls?.[i]?.url?.message, validation);
          const id = `allowedRedirectUrls-${i}`;
          return (
            <li key={f.id} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium">
                {format(t.redirectUrlLabel, { n: i + 1 })}
              </label>
              <div className="flex gap-2">
                <input
                  id={id}
                  type="url"
                  inputMode="url"
                  autoComplete="off"
                  className={inputClass}
                  aria-invalid={Boolean(err)}
                  aria-describedby={`${id}-error`}
                  {...register(`allowedRedirectUrls.${i}.url`)}
                />
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => remove(i)}
                  aria-label={`${t.remove}: ${format(t.redirectUrlLabel, { n: i + 1 })}`}
                >
                  {t.remove}
                </Button>
              </div>
              <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-danger">
                {err}
              </p>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => append({ url: "https://" })}>
          {t.addRedirect}
        </Button>
        {returnUrl.valid && !hasReturn && (
          <Button type="button" variant="secondary" onClick={() => append({ url: returnUrl.url })}>
            {t.addReturnPage}
          </Button>
        )}
      </div>
      <p id="redirect-error" aria-live="polite" className="text-sm font-medium text-danger">
        {groupError}
      </p>
    </fieldset>
  );
}
