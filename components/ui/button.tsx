import { Button as DsButton } from "@digdir/designsystemet-react";
import type { ButtonHTMLAttributes, Ref } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

/** Designsystemet's button variants and colours for ours. */
const ds: Record<Variant, { variant: "primary" | "secondary" | "tertiary"; color?: "danger" }> = {
  primary: { variant: "primary" },
  secondary: { variant: "secondary" },
  danger: { variant: "secondary", color: "danger" },
  link: { variant: "tertiary" },
};

/**
 * Designsystemet's button look for an element that is not a `Button` (a link that starts or moves on, a plain
 * `<button>`): `ds-button` plus a class standing in for the variant attribute (app/globals.css).
 */
export function buttonClass(variant: Variant = "primary"): string {
  return variant === "primary" ? "ds-button" : `ds-button sbw-button--${variant}`;
}

/**
 * Designsystemet's Button. `pending` disables it and shows its spinner (and `pendingLabel`, if given) while an
 * action runs. Like a plain `<button>`, it submits its form unless `type` says otherwise.
 */
export function Button({
  variant = "primary",
  pending = false,
  pendingLabel,
  className = "",
  children,
  type = "submit",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  ref?: Ref<HTMLButtonElement>;
  variant?: Variant;
  pending?: boolean;
  pendingLabel?: string;
}) {
  const look = ds[variant];
  return (
    <DsButton
      {...props}
      type={type}
      variant={look.variant}
      data-color={look.color}
      disabled={pending || props.disabled}
      loading={pending}
      className={className || undefined}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </DsButton>
  );
}
