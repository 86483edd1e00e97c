import { randomUUID } from "node:crypto";
import { CustomerForm, type CustomerChoice } from "@/components/customer/customer-form";
import { RequestPanel } from "@/components/customer/request-panel";
import { Alert } from "@/components/ui/alert";
import { StepSnippets } from "@/components/snippets/step-snippets";
import { StepPage } from "@/components/wizard/step-page";
import { customerReturnUrl } from "@/lib/altinn/return-url";
import { systemOffer } from "@/lib/altinn/system-offer";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import { getConfig } from "@/lib/config";
import { common } from "@/lib/i18n/messages/common";
import { customerMessages } from "@/lib/i18n/messages/customer";
import { systemMessages } from "@/lib/i18n/messages/system";
import { getLocale } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/types";
import { searchOrganisations } from "@/lib/org-register";
import type { CustomerFormValues } from "@/lib/schemas/customer";
import { readSession } from "@/lib/session";

const NOTICES = ["created", "reused", "pending", "alreadyApproved", "rejected", "deleted"] as const;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ state, env }, locale, params] = await Promise.all([readSession(), getLocale(), searchParams]);
  const t = customerMessages[locale];
  const c = common[locale];
  const offer = systemOffer(state);
  const request = offer && state.request?.systemId === offer.systemId ? state.request : undefined;
  const noticeKey = NOTICES.find((n) => n === params.notice);
  const simulator = state.env === "simulator";

  // The simulator's customers come from the sandbox's organisation register, over HTTP like any service; a
  // register that does not answer leaves a free organisation number field.
  const customerOrgs = simulator ? await searchOrganisations(env, { role: "customer" }) : null;
  const customers: CustomerChoice[] | null = customerOrgs?.length
    ? customerOrgs.map((o) => ({
        orgno: o.orgno,
        label: format(t.customerOption, { name: o.name, orgno: o.orgno, leader: o.dagligLeder ?? "" }),
      }))
    : null;
  const resourceName = (r: string) =>
    Object.values(SKATTEETATEN_APIS).find((a) => a.resource === r)?.name[locale] ?? r;
  const returnUrl = customerReturnUrl(getConfig().publicUrl, state.env).url;
  const defaultRedirect = offer?.allowedRedirectUrls.includes(returnUrl)
    ? returnUrl
    : (offer?.allowedRedirectUrls[0] ?? "");
  const defaults: CustomerFormValues = {
    partyOrgNo: customers?.[0]?.orgno ?? "",
    externalRef: randomUUID(),
    rights: offer?.rights ?? [],
    accessPackages: [],
    redirectUrl: defaultRedirect,
  };
  const example: CustomerFormValues = { ...defaults, partyOrgNo: customers?.[0]?.orgno ?? "313367002" };

  const form = offer && (
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
  );

  return (
    <StepPage id="customer" state={state} locale={locale} intro={<p>{t.intro}</p>}>
      {!offer ? (
        <Alert tone="warning">{systemMessages[locale].missingPrereq}</Alert>
      ) : (
        <div className="space-y-6">
          {request && (
            <RequestPanel
              state={state}
              request={request}
              env={env}
              customerName={customerOrgs?.find((o) => o.orgno === request.partyOrgNo)?.name ?? null}
              notice={noticeKey ? t.outcome[noticeKey] : null}
              t={t}
              copyLabel={c.copy}
              copiedLabel={c.copied}
              doctorTexts={{ ...c.errorDoctor, retry: c.retry }}
              pendingLabel={c.pending}
            />
          )}
          {request ? (
            <details className="rounded-md border border-line bg-surface p-4">
              <summary className="cursor-pointer font-semibold">{t.anotherRequest}</summary>
              <div className="mt-4">{form}</div>
            </details>
          ) : (
            <section aria-labelledby="form-title" className="space-y-4">
              <h2 id="form-title" className="text-lg font-semibold">
                {t.formTitle}
              </h2>
              {noticeKey === "deleted" && (
                <Alert tone="info" role="status">
                  {t.outcome.deleted}
                </Alert>
              )}
              {form}
            </section>
          )}
        </div>
      )}
      <StepSnippets state={state} env={env} locale={locale} step="customer" />
    </StepPage>
  );
}
