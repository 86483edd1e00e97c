import "server-only";
import type { Metadata } from "next";
import { approvalMessages } from "@/components/sim/approval-messages";
import { PowersList, localized } from "@/components/sim/request-details";
import { SimulatedAltinnFrame } from "@/components/sim/simulated-altinn-frame";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/sim/submit-button";
import { buttonClass } from "@/components/ui/button";
import { getLocale } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/types";
import { agentApprovalPath } from "@/lib/simulator/altinn/agent-model";
import {
  loadClientDelegationView,
  type ClientDelegationView,
} from "@/lib/simulator/altinn/client-delegation-view";
import { changeClientDelegation } from "./client-actions";
import { loginLine, simPageContext, type SearchParams } from "./page-context";

export async function clientDelegationMetadata(): Promise<Metadata> {
  return { title: approvalMessages[await getLocale()].clients.metaTitle, robots: { index: false } };
}

type T = (typeof approvalMessages)["nb"];
type ErrorKey = keyof T["clients"]["errors"];

/** The last add/remove's outcome, from the query the action redirected to; unknown values show nothing. */
function outcomeMessage(
  param: (name: string) => string | undefined,
  view: ClientDelegationView,
  t: T,
): { tone: "success" | "danger"; text: string } | null {
  const client = view.clients.find((c) => c.clientId === param("client")?.toLowerCase());
  const vars = { name: client ? `${client.name} (${client.orgno})` : "", firm: view.owner?.name ?? "" };
  const ok = param("ok");
  if (client && (ok === "add" || ok === "remove"))
    return { tone: "success", text: format(ok === "add" ? t.clients.added : t.clients.removedMsg, vars) };
  const error = param("error");
  if (error && error in t.clients.errors)
    return { tone: "danger", text: format(t.clients.errors[error as ErrorKey], vars) };
  return null;
}

/**
 * The simulated "Legg til kunder" page (contracts-more §1.6), reached after approving an agent request: the
 * agent organisation's daglig leder adds or removes clients, one form per client; refusals such as
 * AUTH-00080 show as messages. "Done" leads on to the agent request's redirectUrl, as Altinn would.
 */
export async function ClientDelegationPage({
  sandboxId,
  searchParams,
}: {
  sandboxId: string;
  searchParams: SearchParams;
}) {
  const { sim, locale, t, param } = await simPageContext(sandboxId, searchParams);
  const requestId = param("request") ?? "";
  const view = await loadClientDelegationView(sim, param("id"), requestId);
  const login = loginLine(t, view.approver, view.owner);
  if (view.state === "not-found") {
    return (
      <SimulatedAltinnFrame t={t} login={login}>
        <h1 className="text-2xl font-bold">{t.clients.title}</h1>
        <Alert tone="warning" title={t.clients.notFound.title} role="status">
          {t.clients.notFound.body}
        </Alert>
      </SimulatedAltinnFrame>
    );
  }
  const system = view.integrationTitle ?? localized(view.system?.name, locale, view.system?.id ?? "");
  const firm = view.owner?.name ?? "";
  const outcome = outcomeMessage(param, view, t);
  const done = view.redirectUrl
    ? { href: view.redirectUrl, text: format(t.clients.done, { host: new URL(view.redirectUrl).host }) }
    : requestId && /^[0-9a-f-]{36}$/i.test(requestId)
      ? { href: `${agentApprovalPath(sim.sandboxId)}?id=${requestId}`, text: t.clients.doneNoRedirect }
      : null;

  return (
    <SimulatedAltinnFrame t={t} login={login}>
      <div className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">{t.clients.title}</p>
        <h1 className="text-2xl font-bold">{format(t.clients.heading, { system })}</h1>
        <p>{format(t.clients.intro, { firm })}</p>
      </div>
      {outcome && (
        <div id="result">
          <Alert tone={outcome.tone} role={outcome.tone === "danger" ? "alert" : "status"}>
            {outcome.text}
          </Alert>
        </div>
      )}
      <section aria-labelledby="packages-heading" className="space-y-3">
        <h2 id="packages-heading" className="text-lg font-semibold">
          {t.clients.packagesHeading}
        </h2>
        <PowersList rights={[]} accessPackages={view.accessPackages} locale={locale} t={t} />
      </section>
      <section aria-labelledby="clients-heading" className="space-y-3">
        <h2 id="clients-heading" className="text-lg font-semibold">
          {t.clients.listHeading}
        </h2>
        {view.clients.length === 0 ? (
          <p className="text-sm">{t.clients.none}</p>
        ) : (
          <table className="stack w-full text-left text-sm">
            <caption className="pb-2 text-left text-ink-subtle">
              {format(t.clients.listCaption, { firm })}
            </caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  {t.clients.nameCol}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t.clients.statusCol}
                </th>
                <th scope="col" className="py-2">
                  {t.clients.actionCol}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.clients.map((c) => {
                const name = `${c.name} (${c.orgno})`;
                return (
                  <tr key={c.clientId} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {c.name} <span className="text-ink-subtle">{format(t.orgno, { orgno: c.orgno })}</span>
                    </th>
                    <td data-label={t.clients.statusCol} className="py-2 pr-4">
                      {c.delegated ? t.clients.isDelegated : t.clients.notDelegated}
                    </td>
                    <td data-label={t.clients.actionCol} className="py-2">
                      <form action={changeClientDelegation}>
                        <input type="hidden" name="sandbox" value={sim.sandboxId} />
                        <input type="hidden" name="id" value={view.systemUserId ?? ""} />
                        <input type="hidden" name="request" value={requestId} />
                        <input type="hidden" name="client" value={c.clientId} />
                        <input type="hidden" name="op" value={c.delegated ? "remove" : "add"} />
                        <SubmitButton
                          saving={t.saving}
                          variant={c.delegated ? "secondary" : "primary"}
                          aria-label={format(c.delegated ? t.clients.removeLabel : t.clients.addLabel, {
                            name,
                          })}
                        >
                          {c.delegated ? t.clients.remove : t.clients.add}
                        </SubmitButton>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {done && (
        <a className={buttonClass("secondary")} href={done.href}>
          {done.text}
        </a>
      )}
    </SimulatedAltinnFrame>
  );
}
