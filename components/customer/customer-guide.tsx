import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { CustomerGuide } from "@/lib/customers/guide";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import { format } from "@/lib/i18n/types";

/**
 * Step 5's one message for the state it is in (lib/customers/guide.ts decides which), with the one action it
 * calls for. In the simulator, where the vendor plays the customer, a waiting request's call to action opens
 * the simulated Altinn page in this tab and names the daglig leder to approve as; Altinn's redirect brings
 * the browser back to the wizard.
 */
export function CustomerGuideBanner({
  guide,
  simulator,
  customerName,
  leader,
  statusText,
  nextPath,
  trusted,
  t,
}: {
  guide: CustomerGuide;
  simulator: boolean;
  /** "Name (orgno)" of the customer the guide is about. */
  customerName: string;
  /** The customer's daglig leder (the simulator's register knows it); null when unknown. */
  leader: string | null;
  /** The guide's status in the user's words (for an ended request). */
  statusText: string;
  nextPath: string;
  /** The link points to the environment's Altinn UI (otherwise it is never offered as a link). */
  trusted: boolean;
  t: CustomerMessages;
}) {
  const g = t.guide;
  const v = { customer: customerName, leader: leader ?? "" };
  const approveLink = (url: string) =>
    simulator && trusted ? (
      <a href={url} data-primary-action className={`${buttonClass("primary")} mt-3`}>
        {leader ? format(g.approveAs, v) : g.approveAsNoName}
      </a>
    ) : null;
  switch (guide.kind) {
    case "start":
      return null;
    case "waiting":
      return (
        <Alert tone="info" role="status" title={format(g.waitingTitle, v)}>
          <p>{format(simulator && leader ? g.waitingSim : g.waitingReal, v)}</p>
          {approveLink(guide.confirmUrl)}
        </Alert>
      );
    case "approved":
      return (
        <Alert tone="success" role="status" title={format(g.approvedTitle, v)}>
          <p>{g.approvedBody}</p>
          <Link href={nextPath} data-primary-action className={`${buttonClass("primary")} mt-3`}>
            {g.goOn} →
          </Link>
        </Alert>
      );
    case "changeNeeded":
      return (
        <Alert tone="warning" role="status" title={format(g.changeTitle, v)}>
          <p>{format(g.changeNeeded, { ...v, missing: guide.missing.join(", ") })}</p>
        </Alert>
      );
    case "changeUnknown":
      return (
        <Alert tone="warning" role="status" title={format(g.changeTitle, v)}>
          <p>{format(g.changeUnknown, v)}</p>
        </Alert>
      );
    case "changeWaiting":
      return (
        <Alert tone="info" role="status" title={format(g.changeWaitingTitle, v)}>
          <p>{format(simulator && leader ? g.changeWaitingSim : g.changeWaitingReal, v)}</p>
          {approveLink(guide.confirmUrl)}
        </Alert>
      );
    case "ended":
      return (
        <Alert tone="warning" role="status" title={format(g.endedTitle, v)}>
          <p>{format(g.endedBody, { ...v, status: statusText })}</p>
        </Alert>
      );
  }
}
