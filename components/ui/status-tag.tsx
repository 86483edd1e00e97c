import { Tag } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

export type StatusTone = "success" | "info" | "warning" | "danger" | "neutral";

/** A status in Designsystemet's Tag: its colour says how it stands, the text says what it is. */
export function StatusTag({
  tone,
  compact = false,
  children,
}: {
  tone: StatusTone;
  /** Small print (the stepper's list). */
  compact?: boolean;
  children: ReactNode;
}) {
  return (
    <Tag data-color={tone} data-size="sm" className={compact ? "min-h-0 px-1.5 py-0 text-xs" : undefined}>
      {children}
    </Tag>
  );
}
