import Link from "next/link";
import { StatusPoller } from "@/components/customer/status-poller";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { hasSystemUserFor, isFinalStatus } from "@/lib/altinn/request-flow";
import { customerMessages } from "@/lib/i18n/messages/customer";
import { getLocale } from "@/lib/i18n/server";
import { readState } from "@/lib/session";
import { stepById } from "@/lib/steps";

/**
 * Where Altinn sends the customer's browser after they answer (the request's redirectUrl). The redirect
 * carries no status (field notes §3.16), so when this browser has the wizard's session the status is checked
 * again here; the customer may be someone else with no session, who is simply thanked.
 */
export default async function Page() {
  const [state, locale] = await Promise.all([readState(), getLocale()]);
  const t = customerMessages[locale];
  const request = state.request;
  return (
    <article className="space-y-6" aria-labelledby="return-title">
      <h1 id="return-title" className="text-2xl font-bold">
        {t.returnTitle}
      </h1>
      {request ? (
        <>
          <p>{t.returnVendor}</p>
          <div className="space-y-1 rounded-md border border-line bg-surface p-4">
            <h2 className="text-sm font-semibold">{t.field.status}</h2>
            <StatusPoller
              initialStatus={request.status}
              initialFinal={
                isFinalStatus(request.status) && (request.status !== "Accepted" || hasSystemUserFor(state))
              }
              t={{ live: t.live, status: t.status }}
              checkAtOnce
            />
          </div>
          <Link className={buttonClass("primary")} href={stepById("customer").path}>
            {t.returnLink}
          </Link>
        </>
      ) : (
        <Alert tone="success">{t.returnThanks}</Alert>
      )}
    </article>
  );
}
