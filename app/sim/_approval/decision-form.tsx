import "server-only";
import type { ApprovalMessages } from "@/components/sim/approval-messages";
import { DecisionButtons } from "@/components/sim/decision-buttons";
import { format } from "@/lib/i18n/types";
import { decideSystemUserRequest } from "./actions";

/**
 * The decision at the foot of every simulated approval page: where the browser goes next, then Approve /
 * Reject (rejecting asks first). `kind` tells the action which request type the id names.
 */
export function DecisionForm({
  t,
  sandboxId,
  id,
  kind,
  redirectUrl,
}: {
  t: ApprovalMessages;
  sandboxId: string;
  id: string;
  kind: "standard" | "agent" | "change";
  redirectUrl?: string;
}) {
  const redirectHost = redirectUrl ? new URL(redirectUrl).host : null;
  return (
    <form
      action={decideSystemUserRequest}
      aria-label={t.decisionLabel}
      className="space-y-3 border-t border-line pt-4"
    >
      <input type="hidden" name="sandbox" value={sandboxId} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="kind" value={kind} />
      <p id="after-choice" className="text-sm text-ink-subtle">
        {redirectHost ? format(t.afterChoice, { host: redirectHost }) : t.noRedirect}
      </p>
      <DecisionButtons
        approve={t.approve}
        reject={t.reject}
        saving={t.saving}
        confirm={t.rejectConfirm}
        describedBy="after-choice"
      />
    </form>
  );
}
