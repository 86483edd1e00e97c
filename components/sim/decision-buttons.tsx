"use client";

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
 * asks first: "Reject" shows a confirmation (focused, so a screen reader reads it) whose "Yes, reject" submits.
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
  const questionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  if (confirming) {
    return (
      <div
        ref={questionRef}
        tabIndex={-1}
        role="group"
        aria-labelledby="reject-question"
        aria-describedby="reject-body"
        className="space-y-3 rounded-md border border-danger p-4 focus:outline-2 focus:outline-accent"
      >
        <p id="reject-question" className="font-semibold">
          {confirm.question}
        </p>
        <p id="reject-body" className="text-sm">
          {confirm.body}
        </p>
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
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
            {confirm.cancel}
          </Button>
        </div>
      </div>
    );
  }

  return (
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
  );
}
