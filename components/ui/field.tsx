import type { ReactNode } from "react";

/**
 * A labelled form field in Designsystemet's look: the label, an optional hint and the error are tied to the
 * control with aria-describedby, and the error sits in a live region so screen readers hear it. The error is
 * Designsystemet's validation message (with its icon); the control takes `inputClass`.
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
    <div className="ds-field">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} data-field="description" className="text-sm">
          {hint}
        </p>
      )}
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      <div id={errorId} aria-live="polite">
        {error && <p className="ds-validation-message text-sm">{error}</p>}
      </div>
    </div>
  );
}

/** Designsystemet's text input, select and textarea. */
export const inputClass = "ds-input";

/** Designsystemet's checkbox and radio (an `<input type="checkbox|radio">` with this class). */
export const choiceClass = "ds-input shrink-0";
