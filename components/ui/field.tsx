import type { ReactNode } from "react";

/**
 * A labelled form field: the label, an optional hint and the error are tied to the control with
 * aria-describedby, and the error sits in a live region so screen readers hear it.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby": string }) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errorId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-ink-subtle">
          {hint}
        </p>
      )}
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-danger">
        {error}
      </p>
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger";
