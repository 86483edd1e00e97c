import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { approvalMessages } from "@/components/sim/approval-messages";
import { SimulatedAltinnFrame } from "@/components/sim/simulated-altinn-frame";
import { Alert } from "@/components/ui/alert";
import { getLocale } from "@/lib/i18n/server";
import { loadApprovalView } from "@/lib/simulator/altinn/approval";
import { approvalPath } from "@/lib/simulator/altinn/request-model";
import { simPageContext, type SearchParams } from "./page-context";

export async function doneMetadata(): Promise<Metadata> {
  return { title: approvalMessages[await getLocale()].done.metaTitle, robots: { index: false } };
}

/** Where the customer lands after deciding a request that has no redirectUrl (Altinn's logged-out page). */
export async function DecisionDonePage({
  sandboxId,
  searchParams,
}: {
  sandboxId: string;
  searchParams: SearchParams;
}) {
  const { sim, t, param } = await simPageContext(sandboxId, searchParams);
  const view = await loadApprovalView(sim, param("id"));
  const title =
    view.state === "accepted" ? t.done.accepted : view.state === "rejected" ? t.done.rejected : t.done.other;
  return (
    <SimulatedAltinnFrame t={t} login={t.notLoggedIn}>
      <h1 className="text-2xl font-bold">{title}</h1>
      <Alert tone={view.state === "accepted" ? "success" : "info"} role="status">
        <p>{t.done.body}</p>
        <p className="mt-2">{t.done.poll}</p>
      </Alert>
      {view.requestId && (
        <Link
          className="text-accent underline underline-offset-2"
          href={`${approvalPath(sim.sandboxId)}?id=${view.requestId}`}
        >
          {t.done.back}
        </Link>
      )}
    </SimulatedAltinnFrame>
  );
}
