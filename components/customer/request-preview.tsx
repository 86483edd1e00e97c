"use client";

import { useSyncExternalStore } from "react";
import { CodeBlock } from "@/components/ui/code-block";

/**
 * The request JSON as the customer form builds it, shown live in the step's developer fold (which is outside
 * the form). The form publishes; the preview subscribes. One form per page, so one module-level value.
 */
let current: string | null = null;
const listeners = new Set<() => void>();

export function publishRequestPreview(json: string): void {
  if (json === current) return;
  current = json;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function RequestPreview({
  initial,
  label,
  copyLabel,
  copiedLabel,
}: {
  /** The JSON of the form's default values, until the form publishes (and on the server). */
  initial: string;
  label: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const code = useSyncExternalStore(
    subscribe,
    () => current ?? initial,
    () => initial,
  );
  return (
    <CodeBlock
      id="request-preview-label"
      label={label}
      code={code}
      copyLabel={copyLabel}
      copiedLabel={copiedLabel}
    />
  );
}
