"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** Approve / Reject as the two submit buttons of one form; both are disabled while the decision is saved. */
export function DecisionButtons({
  approve,
  reject,
  saving,
  describedBy,
}: {
  approve: string;
  reject: string;
  saving: string;
  describedBy?: string;
}) {
  const { pending, data } = useFormStatus();
  const chosen = data?.get("decision");
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
        type="submit"
        name="decision"
        value="reject"
        variant="secondary"
        disabled={pending}
        pending={pending && chosen === "reject"}
        pendingLabel={saving}
        aria-describedby={describedBy}
      >
        {reject}
      </Button>
    </div>
  );
}
