"use client";

import { ErrorSummary } from "@digdir/designsystemet-react";
import { useEffect, useRef, type ComponentRef, type MouseEvent } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";

export interface SummaryItem {
  /** The field's name in the form (react-hook-form's path, e.g. `allowedRedirectUrls.0.url`). */
  name: string;
  message: string;
}

/**
 * Every message in react-hook-form's errors (client zod errors and the server's field errors put there with
 * setError), in the order the fields were registered, translated by `t`.
 */
export function summaryItems<T extends FieldValues>(
  errors: FieldErrors<T>,
  t: (key: string | undefined) => string | undefined,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    const n = node as { message?: unknown; type?: unknown; ref?: unknown; root?: unknown };
    if (typeof n.message === "string" && n.message && (n.type !== undefined || n.ref !== undefined)) {
      items.push({ name: path, message: t(n.message) ?? n.message });
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "ref" || key === "types") continue;
      walk(value, key === "root" ? path : path ? `${path}.${key}` : key);
    }
  };
  walk(errors, "");
  return items;
}

/** The element a summary entry leads to: the control with that id, else the first control with that name. */
function target(name: string, ids: Record<string, string>): HTMLElement | null {
  const byId = document.getElementById(ids[name] ?? name);
  if (byId) return byId;
  const byName = document.getElementsByName(name)[0] ?? document.querySelector(`[name^="${name}."]`);
  return byName instanceof HTMLElement ? byName : null;
}

function hrefFor(name: string, ids: Record<string, string>): string {
  if (ids[name]) return `#${ids[name]}`;
  if (typeof document !== "undefined") {
    const el = target(name, ids);
    if (el?.id) return `#${el.id}`;
  }
  return `#${name}`;
}

/**
 * Designsystemet's error summary at the top of a form whose submit failed: a heading, then one link per
 * field error that moves focus to the field. It takes focus each time `focusKey` changes (a failed submit), so
 * a screen reader reads it and the keyboard starts there. Nothing is shown before a submit failed.
 */
export function FormErrorSummary({
  heading,
  items,
  focusKey,
  ids = {},
}: {
  heading: string;
  items: SummaryItem[];
  /** Changes on every failed submit (0: none yet). */
  focusKey: number;
  /** Field name → element id, for fields whose control id is not their name. */
  ids?: Record<string, string>;
}) {
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const show = focusKey > 0 && items.length > 0;
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (!show) return null;

  const go = (e: MouseEvent<HTMLAnchorElement>, name: string) => {
    const el = target(name, ids);
    if (!el) return;
    e.preventDefault();
    el.scrollIntoView({ block: "center" });
    el.focus();
  };

  return (
    <ErrorSummary ref={ref} tabIndex={-1} data-testid="form-error-summary">
      <ErrorSummary.Heading level={2} data-size="xs">
        {heading}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item, i) => (
          <ErrorSummary.Item key={`${item.name}-${i}`}>
            <ErrorSummary.Link href={hrefFor(item.name, ids)} onClick={(e) => go(e, item.name)}>
              {item.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** The form options that keep every click: errors appear on submit, and are re-checked as the user types. */
export const submitValidation = {
  mode: "onSubmit",
  reValidateMode: "onChange",
  shouldFocusError: false,
} as const;
