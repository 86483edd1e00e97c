import "server-only";
import { Alert } from "@/components/ui/alert";
import Link from "next/link";
import { approvedCustomers, rightsChange, systemHoldings } from "@/lib/customers/model";
import { customersOf } from "@/lib/customers/session";
import { getDb } from "@/lib/db";
import { common } from "@/lib/i18n/messages/common";
import { customerPicker, customersList } from "@/lib/i18n/messages/customers-list";
import { format, type Locale } from "@/lib/i18n/types";
import type { WizardState } from "@/lib/session/state";
import { stepById } from "@/lib/steps";
import { CustomerPicker } from "./customer-picker";

/** Steps 6–7's choice of customer: the approved customers of the system, the active one selected. */
export async function ActiveCustomer({
  state,
  sessionId,
  locale,
}: {
  state: WizardState;
  sessionId: string | null;
  locale: Locale;
}) {
  const t = customerPicker[locale];
  const approved = approvedCustomers(await customersOf(await getDb(), sessionId, state));
  if (approved.length === 0) return <Alert tone="warning">{t.none}</Alert>;
  const options = approved.map((c) => ({
    orgNo: c.orgNo,
    label: format(t.option, { name: c.orgNo, ref: c.externalRef }),
  }));
  const current = state.request?.partyOrgNo ?? approved[0]!.orgNo;
  // Before acting for the customer: does its system user still hold what the system offers?
  const active = approved.find((c) => c.orgNo === current);
  const system = systemHoldings(state);
  const change = active && system ? rightsChange(active, system) : null;
  const tl = customersList[locale];
  return (
    <>
      <CustomerPicker
        key={current}
        options={options}
        current={current}
        t={t}
        pendingLabel={common[locale].pending}
      />
      {change && (
        <Alert tone="warning" role="status">
          {active?.held
            ? format(tl.rightsChanged, {
                required: [...change.requiredRights, ...change.requiredAccessPackages].join(", ") || "–",
              })
            : tl.rightsUnknown}{" "}
          <Link href={stepById("customer").path} className="underline">
            {tl.sendChange}
          </Link>
        </Alert>
      )}
    </>
  );
}
