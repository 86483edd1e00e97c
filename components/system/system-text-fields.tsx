"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { SystemMessages } from "@/lib/i18n/messages/system";
import { translateMessage } from "@/lib/i18n/translate";
import { RECOMMENDED_SUFFIX, type SystemFormValues } from "@/lib/schemas/system";

const LANGS = ["nb", "nn", "en"] as const;

/** The system id (fixed `<orgno>_` prefix + the vendor's suffix) and the names and descriptions per language. */
export function SystemTextFields({
  register,
  errors,
  t,
  validation,
  prefix,
  suffix,
}: {
  register: UseFormRegister<SystemFormValues>;
  errors: FieldErrors<SystemFormValues>;
  t: SystemMessages;
  validation: CommonMessages["validation"];
  prefix: string;
  suffix: string;
}) {
  const idError = translateMessage(errors.idSuffix?.message, validation);
  const showRecommend = suffix.trim() !== "" && !/\s/.test(suffix) && !RECOMMENDED_SUFFIX.test(suffix.trim());
  return (
    <>
      <div className="space-y-1">
        <label htmlFor="idSuffix" className="block text-sm font-semibold">
          {t.idSuffixLabel}
        </label>
        <p id="idSuffix-hint" className="text-sm text-ink-subtle">
          {t.idHint} {t.idFixed}
        </p>
        <div className="flex items-stretch">
          <span
            id="idSuffix-prefix"
            className="inline-flex items-center rounded-l-md border border-r-0 border-line bg-canvas px-3 font-mono text-sm"
          >
            {prefix}
          </span>
          <input
            id="idSuffix"
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} rounded-l-none font-mono`}
            aria-invalid={Boolean(idError)}
            aria-describedby="idSuffix-prefix idSuffix-hint idSuffix-recommend idSuffix-error"
            {...register("idSuffix")}
          />
        </div>
        <p id="idSuffix-recommend" className="text-sm text-warning">
          {showRecommend ? t.idRecommend : ""}
        </p>
        <p id="idSuffix-error" aria-live="polite" className="text-sm font-medium text-danger">
          {idError}
        </p>
      </div>

      {(["name", "description"] as const).map((group) => (
        <fieldset key={group} className="space-y-3" aria-describedby={`${group}-hint`}>
          <legend className="text-sm font-semibold">
            {group === "name" ? t.nameLegend : t.descriptionLegend}
          </legend>
          <p id={`${group}-hint`} className="text-sm text-ink-subtle">
            {group === "name" ? t.nameHint : t.descriptionHint}
          </p>
          {LANGS.map((lang) => {
            const id = `${group}-${lang}`;
            const err = translateMessage(errors[group]?.[lang]?.message, validation);
            const props = {
              id,
              className: inputClass,
              "aria-invalid": Boolean(err),
              "aria-describedby": `${id}-error`,
              "aria-required": lang === "nb",
              ...register(`${group}.${lang}`),
            };
            return (
              <div key={lang} className="space-y-1">
                <label htmlFor={id} className="block text-sm font-medium">
                  {t.lang[lang]}
                  {lang === "nb" ? " *" : ""}
                </label>
                {group === "name" ? (
                  <input {...props} autoComplete="off" />
                ) : (
                  <textarea {...props} rows={2} />
                )}
                <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-danger">
                  {err}
                </p>
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
