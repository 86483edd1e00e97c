import "server-only";
import type { Metadata } from "next";
import { approvalMessages } from "@/components/sim/approval-messages";
import { PowersList, RequestFacts, localized } from "@/components/sim/request-details";
import { SimulatedAltinnFrame } from "@/components/sim/simulated-altinn-frame";
import { Alert } from "@/components/ui/alert";
import { getLocale } from "@/lib/i18n/server";
import { format, type Locale } from "@/lib/i18n/types";
import { loadChangeApprovalView, type ChangeApprovalView } from "@/lib/simulator/altinn/change-approval-view";
import { DecisionForm } from "./decision-form";
import { loginLine, simPageContext, type SearchParams } from "./page-context";

export async function changeApprovalMetadata(): Promise<Metadata> {
  return { title: approvalMessages[await getLocale()].change.metaTitle, robots: { index: false } };
}

type T = (typeof approvalMessages)["nb"];

/** The state's title and text: the change's own where it has one, the request's otherwise. */
function stateText(t: T, state: Exclude<ChangeApprovalView["state"], "pending">) {
  const own = t.change.states as Partial<Record<typeof state, { title: string; body: string }>>;
  return own[state] ?? t.states[state as keyof T["states"]];
}

/** What is added and what is removed: only the difference approval makes (contracts-more §2). */
function Difference({ view, t, locale }: { view: ChangeApprovalView; t: T; locale: Locale }) {
  const added = view.rights.length + view.accessPackages.length > 0;
  const removed = view.removed.rights.length + view.removed.accessPackages.length > 0;
  return (
    <>
      {added && (
        <section aria-labelledby="added-heading" className="space-y-3">
          <h2 id="added-heading" className="text-lg font-semibold">
            {t.change.added}
          </h2>
          <PowersList rights={view.rights} accessPackages={view.accessPackages} locale={locale} t={t} />
        </section>
      )}
      {removed && (
        <section aria-labelledby="removed-heading" className="space-y-3">
          <h2 id="removed-heading" className="text-lg font-semibold">
            {t.change.removed}
          </h2>
          <PowersList
            rights={view.removed.rights}
            accessPackages={view.removed.accessPackages}
            locale={locale}
            t={t}
          />
        </section>
      )}
      {!added && !removed && <p className="text-sm">{t.change.nothing}</p>}
    </>
  );
}

/**
 * The simulated Altinn page at a change request's confirmUrl (`…/systemuser/changerequest?id=`): the
 * customer's daglig leder sees what would be added and removed, and approves or rejects (decideChangeRequest).
 */
export async function ChangeApprovalPage({
  sandboxId,
  searchParams,
}: {
  sandboxId: string;
  searchParams: SearchParams;
}) {
  const { sim, locale, t, param } = await simPageContext(sandboxId, searchParams);
  const view = await loadChangeApprovalView(sim, param("id"));
  const login = loginLine(t, view.approver, view.party);
  const systemName = localized(view.system?.name, locale, view.system?.id ?? "");
  const facts = <RequestFacts view={view} locale={locale} t={t} requestIdLabel={t.change.requestId} />;

  if (view.state !== "pending") {
    const s = stateText(t, view.state);
    return (
      <SimulatedAltinnFrame t={t} login={login}>
        <h1 className="text-2xl font-bold">{t.change.title}</h1>
        <Alert tone={view.state === "accepted" ? "success" : "warning"} title={s.title} role="status">
          {s.body}
        </Alert>
        {view.requestId && (
          <>
            {facts}
            <Difference view={view} t={t} locale={locale} />
          </>
        )}
      </SimulatedAltinnFrame>
    );
  }

  return (
    <SimulatedAltinnFrame t={t} login={login}>
      <div className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">{t.change.title}</p>
        <h1 className="text-2xl font-bold">
          {format(t.change.heading, { vendor: view.vendor?.name ?? "" })}
        </h1>
        <p>
          {format(t.change.intro, {
            system: view.integrationTitle ?? systemName,
            party: view.party?.name ?? "",
          })}
        </p>
      </div>
      <Difference view={view} t={t} locale={locale} />
      {facts}
      <DecisionForm
        t={t}
        sandboxId={sim.sandboxId}
        id={view.requestId ?? ""}
        kind="change"
        redirectUrl={view.redirectUrl}
      />
    </SimulatedAltinnFrame>
  );
}
