import { randomUUID } from "node:crypto";
import { BulkForm } from "@/components/customer/bulk-form";
import { CustomerCard } from "@/components/customer/customer-card";
import { CustomerForm, type CustomerChoice } from "@/components/customer/customer-form";
import { ListPoller } from "@/components/customer/list-poller";
import { Alert } from "@/components/ui/alert";
import { StepSnippets } from "@/components/snippets/step-snippets";
import { StepPage } from "@/components/wizard/step-page";
import { ACCESS_PACKAGE_PREFIX, packageAllowedFor } from "@/lib/altinn/access-packages";
import { customerReturnUrl } from "@/lib/altinn/return-url";
import { systemOffer } from "@/lib/altinn/system-offer";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import { getConfig } from "@/lib/config";
import { isActive, isApproved, isFollowed, systemHoldings } from "@/lib/customers/model";
import { customersOf, withDefaultActive } from "@/lib/customers/session";
import { getDb } from "@/lib/db";
import { common } from "@/lib/i18n/messages/common";
import { customerMessages } from "@/lib/i18n/messages/customer";
import { customersList } from "@/lib/i18n/messages/customers-list";
import { systemMessages } from "@/lib/i18n/messages/system";
import { getLocale } from "@/lib/i18n/server";
import { plural } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/types";
import { searchOrganisations } from "@/lib/org-register";
import type { CustomerFormValues } from "@/lib/schemas/customer";
import { readSession } from "@/lib/session";

const OUTCOMES = ["created", "reused", "pending", "alreadyApproved", "rejected"] as const;
const LIST_NOTICES = ["withdrawn", "renewed", "chosen", "changed"] as const;
/** Up to this many customers, every waiting customer's approval link is unfolded. */
const OPEN_LINKS_UP_TO = 10;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ state, sessionId, env }, locale, params, db] = await Promise.all([
    readSession(),
    getLocale(),
    searchParams,
    getDb(),
  ]);
  const t = customerMessages[locale];
  const tl = customersList[locale];
  const c = common[locale];
  const offer = systemOffer(state);
  const list = offer ? await customersOf(db, sessionId, state) : [];
  // The poller's route saves the active customer; the page shows the same choice already.
  const shown = withDefaultActive(state, list);
  const outcome = OUTCOMES.find((n) => n === params.notice);
  const listNotice = LIST_NOTICES.find((n) => n === params.notice);
  const noticeOrg = typeof params.org === "string" && /^\d{9}$/.test(params.org) ? params.org : "";
  const simulator = state.env === "simulator";

  // The simulator's customers come from the sandbox's organisation register, over HTTP like any service; a
  // register that does not answer leaves a free organisation number field.
  const customerOrgs = simulator ? await searchOrganisations(env, { role: "customer" }) : null;
  const names = new Map((customerOrgs ?? []).map((o) => [o.orgno, o.name]));
  const customers: CustomerChoice[] | null = customerOrgs?.length
    ? customerOrgs.map((o) => ({
        orgno: o.orgno,
        label: format(t.customerOption, { name: o.name, orgno: o.orgno, leader: o.dagligLeder ?? "" }),
      }))
    : null;
  const resourceName = (r: string) =>
    Object.values(SKATTEETATEN_APIS).find((a) => a.resource === r)?.name[locale] ?? r;
  const kind = state.system?.kind ?? "standard";
  const allowed = (name: string) => packageAllowedFor(`${ACCESS_PACKAGE_PREFIX}${name}`, kind);
  const returnUrl = customerReturnUrl(getConfig().publicUrl, state.env).url;
  const defaultRedirect = offer?.allowedRedirectUrls.includes(returnUrl)
    ? returnUrl
    : (offer?.allowedRedirectUrls[0] ?? "");
  const defaults: CustomerFormValues = {
    partyOrgNo: customers?.[0]?.orgno ?? "",
    externalRef: randomUUID(),
    rights: offer?.rights ?? [],
    // An agent system offers packages only (contracts-more §1.2): those it may hold are asked for by default.
    accessPackages: offer && !offer.rights.length ? offer.accessPackages.filter((n) => allowed(n)) : [],
    redirectUrl: defaultRedirect,
  };
  const example: CustomerFormValues = { ...defaults, partyOrgNo: customers?.[0]?.orgno ?? "313367002" };
  const waiting = list.filter(isFollowed).length;
  const system = systemHoldings(state);
  const approved = list.filter(isApproved).length;
  const doctorTexts = { ...c.errorDoctor, retry: c.retry };

  return (
    <StepPage id="customer" state={shown} locale={locale} intro={<p>{t.intro}</p>}>
      {!offer ? (
        <Alert tone="warning">{systemMessages[locale].missingPrereq}</Alert>
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="customers-title" className="space-y-3">
            <h2 id="customers-title" className="text-lg font-semibold">
              {tl.listTitle}
            </h2>
            <p className="text-sm text-ink-subtle">{tl.listIntro}</p>
            {outcome && (
              <Alert tone={outcome === "rejected" ? "warning" : "info"} role="status">
                {t.outcome[outcome]}
              </Alert>
            )}
            {listNotice && noticeOrg && (
              <Alert tone="info" role="status">
                {format(tl[listNotice], { orgno: noticeOrg })}
              </Alert>
            )}
            {list.length === 0 ? (
              <p>{tl.empty}</p>
            ) : (
              <>
                <p>{plural(locale, list.length, tl.counts, { approved, waiting })}</p>
                <ListPoller key={`${waiting}:${list.length}`} initialWaiting={waiting} t={tl.poll} />
                <ul className="space-y-3">
                  {list.map((cu) => (
                    <CustomerCard
                      key={cu.orgNo}
                      customer={cu}
                      system={system}
                      name={names.get(cu.orgNo) ?? null}
                      active={isActive(shown, cu) && isApproved(cu)}
                      openLink={list.length <= OPEN_LINKS_UP_TO}
                      env={env}
                      t={t}
                      tl={tl}
                      copyLabel={c.copy}
                      copiedLabel={c.copied}
                      doctorTexts={doctorTexts}
                      pendingLabel={c.pending}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
          <details className="rounded-md border border-line bg-surface p-4" open={list.length === 0}>
            <summary className="cursor-pointer font-semibold">{tl.addOne}</summary>
            <div className="mt-4">
              <CustomerForm
                t={t}
                c={c}
                systemId={offer.systemId}
                customers={customers}
                rights={offer.rights.map((r) => ({ value: r, label: `${resourceName(r)} (${r})` }))}
                accessPackages={offer.accessPackages}
                redirectUrls={offer.allowedRedirectUrls}
                defaults={defaults}
                example={example}
              />
            </div>
          </details>
          <details className="rounded-md border border-line bg-surface p-4">
            <summary className="cursor-pointer font-semibold">{tl.addMany}</summary>
            <div className="mt-4">
              <BulkForm tl={tl} c={c} doctorTexts={doctorTexts} />
            </div>
          </details>
        </div>
      )}
      <StepSnippets state={shown} env={env} locale={locale} step="customer" />
    </StepPage>
  );
}
