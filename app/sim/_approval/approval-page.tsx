import "server-only";
import type { Metadata } from "next";
import { approvalMessages } from "@/components/sim/approval-messages";
import { RequestDetails, localized } from "@/components/sim/request-details";
import { SimulatedAltinnFrame } from "@/components/sim/simulated-altinn-frame";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { getLocale } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/types";
import { loadApprovalView } from "@/lib/simulator/altinn/approval";
import { agentDelegationPath } from "@/lib/simulator/altinn/client-delegation-view";
import { DecisionForm } from "./decision-form";
import { loginLine, simPageContext, type SearchParams } from "./page-context";

export type { SearchParams } from "./page-context";

export async function approvalMetadata(): Promise<Metadata> {
  const t = approvalMessages[await getLocale()];
  return { title: t.metaTitle, robots: { index: false } };
}

/**
 * The simulated Altinn page at the confirmUrl, for one sandbox: the customer's daglig leder (the persona from
 * the sandbox's organisation register) approves or rejects.
 */
export async function ApprovalPage({
  sandboxId,
  searchParams,
  kind = "standard",
}: {
  sandboxId: string;
  searchParams: SearchParams;
  /** "agent" on the agentrequest page (contracts-more §1.3): only agent requests, decided as such. */
  kind?: "standard" | "agent";
}) {
  const { sim, locale, t, param } = await simPageContext(sandboxId, searchParams);
  const view = await loadApprovalView(sim, param("id"), kind);
  const login = loginLine(t, view.approver, view.party);
  const systemName = localized(view.system?.name, locale, view.system?.id ?? "");

  if (view.state !== "pending") {
    const s = t.states[view.state];
    return (
      <SimulatedAltinnFrame t={t} login={login}>
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <Alert tone={view.state === "accepted" ? "success" : "warning"} title={s.title} role="status">
          {s.body}
        </Alert>
        {view.agentSystemUserId && view.requestId && (
          <a
            className={buttonClass("primary")}
            href={`${agentDelegationPath(sim.sandboxId)}?${new URLSearchParams({ id: view.agentSystemUserId, request: view.requestId }).toString()}`}
          >
            {t.clients.manage}
          </a>
        )}
        {view.requestId && <RequestDetails view={view} locale={locale} t={t} />}
      </SimulatedAltinnFrame>
    );
  }

  return (
    <SimulatedAltinnFrame t={t} login={login}>
      <div className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">{t.title}</p>
        <h1 className="text-2xl font-bold">{format(t.heading, { vendor: view.vendor?.name ?? "" })}</h1>
        <p>
          {format(t.intro, { system: view.integrationTitle ?? systemName, party: view.party?.name ?? "" })}
        </p>
      </div>
      <RequestDetails view={view} locale={locale} t={t} />
      <DecisionForm
        t={t}
        sandboxId={sim.sandboxId}
        id={view.requestId ?? ""}
        kind={kind}
        redirectUrl={view.redirectUrl}
      />
    </SimulatedAltinnFrame>
  );
}
