"use client";

import type { ReactNode } from "react";
import { developerFoldCookie } from "@/lib/developer-fold";

/** The client half of the developer fold: a native <details> whose toggle is written to a cookie. */
export function DeveloperDetails({
  initialOpen,
  summary,
  hint,
  children,
}: {
  initialOpen: boolean;
  summary: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <details
      open={initialOpen}
      data-developer-fold
      className="rounded-md border border-line bg-surface"
      onToggle={(e) => {
        document.cookie = developerFoldCookie(e.currentTarget.open, location.protocol === "https:");
      }}
    >
      <summary className="cursor-pointer px-4 py-3 font-semibold">
        {summary} <span className="text-sm font-normal text-ink-subtle">– {hint}</span>
      </summary>
      <div className="space-y-6 border-t border-line p-4">{children}</div>
    </details>
  );
}
