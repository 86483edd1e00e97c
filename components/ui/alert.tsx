import { Alert as DsAlert } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "danger";

/** Designsystemet's Alert (its colour and icon for the tone), with an optional bold first line. */
export function Alert({
  tone = "info",
  title,
  children,
  role,
}: {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  role?: "alert" | "status";
}) {
  return (
    <DsAlert data-color={tone} role={role} className="text-sm">
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : ""}>{children}</div>}
    </DsAlert>
  );
}
