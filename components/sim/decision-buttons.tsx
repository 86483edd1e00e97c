"use client";

import { Dialog, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

export interface RejectConfirmTexts {
  question: string;
  body: string;
  yes: string;
  cancel: string;
}

/**
 * Approve / Reject as submit buttons of one form; both are disabled while the decision is saved. Rejecting
 * asks first: "Reject" opens Designsystemet's modal dialog (focus on "Cancel") whose "Yes, reject" submits the
 * form the dialog sits in.
 */
export function DecisionButtons({
  approve,
  reject,
  saving,
  confirm,
  describedBy,
}: {
  approve: string;
  reject: string;
  saving: string;
  confirm: RejectConfirmTexts;
  describedBy?: string;
}) {
  const { pending, data } = useFormStatus();
  const chosen = data?.get("decision");
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Runs after the dialog's own effect has opened it.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  return (
    <>
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          pending={pending && chosen === "approve"}
          pendingLabel={saving}
          aria-describedby={describedBy}
        >
          {approve}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => setConfirming(true)}
          aria-describedby={describedBy}
        >
          {reject}
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        closeButton={false}
        aria-labelledby={confirming ? "reject-question" : undefined}
        aria-describedby={confirming ? "reject-body" : undefined}
      >
        {confirming && (
          <div className="space-y-4">
            <Heading id="reject-question" level={2} data-size="xs">
              {confirm.question}
            </Heading>
            <Paragraph id="reject-body" data-size="sm">
              {confirm.body}
            </Paragraph>
            <div className="flex flex-wrap gap-3">
              <Button
                type="submit"
                name="decision"
                value="reject"
                variant="danger"
                disabled={pending}
                pending={pending && chosen === "reject"}
                pendingLabel={saving}
              >
                {confirm.yes}
              </Button>
              <Button
                type="button"
                variant="secondary"
                ref={cancelRef}
                disabled={pending}
                onClick={() => setConfirming(false)}
              >
                {confirm.cancel}
              </Button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
