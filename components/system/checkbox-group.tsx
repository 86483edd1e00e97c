"use client";

import type { ReactNode } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * A fieldset of checkboxes bound to a string array (react-hook-form turns a lone registered checkbox into a
 * boolean, so the array is managed here). The legend, hint and error are tied to the group.
 */
export function CheckboxGroup<T extends FieldValues>({
  control,
  name,
  legend,
  hint,
  error,
  options,
}: {
  control: Control<T>;
  name: Path<T>;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: CheckboxOption[];
}) {
  const { field } = useController({ control, name });
  const selected: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const id = `group-${name.replace(/\W/g, "-")}`;
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ")}
    >
      <legend className="text-sm font-semibold">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-ink-subtle">
          {hint}
        </p>
      )}
      <ul className="space-y-1">
        {options.map((o) => (
          <li key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              className="ds-input mt-1 shrink-0"
              checked={selected.includes(o.value)}
              onBlur={field.onBlur}
              onChange={(e) =>
                field.onChange(
                  e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value),
                )
              }
            />
            <label htmlFor={`${id}-${o.value}`} className="text-sm">
              {o.label}
              {o.hint && <span className="block text-ink-subtle">{o.hint}</span>}
            </label>
          </li>
        ))}
      </ul>
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-danger">
        {error}
      </p>
    </fieldset>
  );
}
