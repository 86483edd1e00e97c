"use client";

import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** A form's submit button that shows it is saving (and cannot be pressed twice) while the action runs. */
export function SubmitButton({
  saving,
  ...props
}: Omit<ComponentProps<typeof Button>, "type"> & { saving: string }) {
  const { pending } = useFormStatus();
  return <Button {...props} type="submit" pending={pending} pendingLabel={saving} />;
}
