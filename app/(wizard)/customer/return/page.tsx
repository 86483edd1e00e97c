import Link from "next/link";
import { redirect } from "next/navigation";
import { ListPoller } from "@/components/customer/list-poller";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { isFollowed } from "@/lib/customers/model";
import { customersOf, withDefaultActive } from "@/lib/customers/session";
import { getDb } from "@/lib/db";
import { customerMessages } from "@/lib/i18n/messages/customer";
import { customersList } from "@/lib/i18n/messages/customers-list";
import { getLocale } from "@/lib/i18n/server";
import { readSession } from "@/lib/session";
import { stepById, stepStatuses } from "@/lib/steps";

/**
 * Where Altinn sends the customer's browser after they answer (the request's redirectUrl). The redirect
 * carries no status (field notes §3.16), so when this browser has the wizard's session with customers, the
 * statuses are checked again here at once; the customer may be someone else with no session, who is simply
 * thanked. Once nothing waits and step 5 is done (the statuses checked here say so), the vendor is taken
 * straight on to step 6: the approval was the point of the round trip.
 */
export default async function Page() {
  const [{ state, sessionId }, locale, db] = await Promise.all([readSession(), getLocale(), getDb()]);
  const t = customerMessages[locale];
  const tl = customersList[locale];
  const list = await customersOf(db, sessionId, state);
  const waiting = list.filter(isFollowed).length;
  if (list.length > 0 && waiting === 0 && stepStatuses(withDefaultActive(state, list)).customer === "done")
    redirect(stepById("token").path);
  return (
    <article className="space-y-6" aria-labelledby="return-title">
      <h1 id="return-title" className="text-2xl font-bold">
        {t.returnTitle}
      </h1>
      {list.length > 0 ? (
        <>
          <p>{t.returnVendor}</p>
          <div className="space-y-1 rounded-md border border-line bg-surface p-4">
            <h2 className="text-sm font-semibold">{t.field.status}</h2>
            <ListPoller initialWaiting={waiting} t={tl.poll} checkAtOnce />
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
