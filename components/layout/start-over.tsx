"use client";

import { useState } from "react";
import { startOver } from "@/app/actions";

/** "Start over" asks once, inline, before it deletes the state. */
export function StartOver({
  label,
  confirmText,
  cancel,
}: {
  label: string;
  confirmText: string;
  cancel: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="text-sm text-accent underline underline-offset-2"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <form
      action={startOver}
      className="flex flex-wrap items-center gap-2 text-sm"
      role="group"
      aria-label={label}
    >
      <span>{confirmText}</span>
      <button type="submit" className="rounded-md bg-danger px-3 py-1 font-semibold text-white">
        {label}
      </button>
      <button type="button" className="text-accent underline" onClick={() => setAsking(false)}>
        {cancel}
      </button>
    </form>
  );
}
