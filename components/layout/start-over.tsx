"use client";

import { Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { startOver } from "@/app/actions";
import { Button } from "@/components/ui/button";

/** "Start over" asks first, in Designsystemet's modal dialog (focus on "Cancel"), before it deletes the state. */
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
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Runs after the dialog's own effect has opened it.
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  return (
    <>
      <button
        type="button"
        className="text-sm text-accent underline underline-offset-2"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
      <Dialog
        open={asking}
        onClose={() => setAsking(false)}
        closeButton={false}
        aria-labelledby={asking ? "start-over-title" : undefined}
        aria-describedby={asking ? "start-over-body" : undefined}
      >
        {asking && (
          <form action={startOver} className="space-y-4">
            <Heading id="start-over-title" level={2} data-size="xs">
              {label}
            </Heading>
            <Paragraph id="start-over-body" data-size="sm">
              {confirmText}
            </Paragraph>
            <div className="flex flex-wrap gap-3">
              <Button type="submit" variant="danger">
                {label}
              </Button>
              <Button ref={cancelRef} type="button" variant="secondary" onClick={() => setAsking(false)}>
                {cancel}
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
