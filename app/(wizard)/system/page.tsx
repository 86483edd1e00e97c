import { SystemForm } from "@/components/system/system-form";
import { Alert } from "@/components/ui/alert";
import { StepSnippets } from "@/components/snippets/step-snippets";
import { StepPage } from "@/components/wizard/step-page";
import { ACCESS_PACKAGE_PREFIX, packageAllowedFor } from "@/lib/altinn/access-packages";
import { registeredSystemSchema } from "@/lib/altinn/types";
import { customerReturnUrl } from "@/lib/altinn/return-url";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import { getConfig } from "@/lib/config";
import { common } from "@/lib/i18n/messages/common";
import { systemMessages } from "@/lib/i18n/messages/system";
import { getLocale } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/types";
import { registrationToFormValues } from "@/lib/payloads/system-registration";
import { KNOWN_ACCESS_PACKAGES, KNOWN_RESOURCES, type SystemFormValues } from "@/lib/schemas/system";
import { readSession } from "@/lib/session";
import { stepStatuses } from "@/lib/steps";

export default async function Page() {
  const [{ state, env }, locale] = await Promise.all([readSession(), getLocale()]);
  const t = systemMessages[locale];
  const c = common[locale];
  const vendorOrgNo = state.vendor?.orgno;
  const clientId = state.client?.clientId;
  const apis = state.apis.map((id) => {
    const api = SKATTEETATEN_APIS[id];
    return { id, name: api.name[locale], resource: api.resource, accessPackages: [...api.accessPackages] };
  });
  const returnUrl = customerReturnUrl(getConfig().publicUrl, state.env);

  const kind = state.system?.kind ?? "standard";
  const initial: SystemFormValues = {
    kind,
    idSuffix: "",
    name: { nb: "", nn: "", en: "" },
    description: { nb: "", nn: "", en: "" },
    rights: kind === "agent" ? [] : apis.map((a) => a.resource),
    accessPackages: [],
    isVisible: true,
    allowedRedirectUrls: returnUrl.valid ? [{ url: returnUrl.url }] : [],
  };
  const saved = state.system ? registeredSystemSchema.safeParse(state.system.registration) : null;
  const savedValues =
    saved?.success && vendorOrgNo
      ? registrationToFormValues(saved.data, vendorOrgNo, {
          resources: KNOWN_RESOURCES,
          accessPackages: KNOWN_ACCESS_PACKAGES,
        })
      : null;
  // Prefill with what was saved, limited to the APIs chosen now; when step 2 changed since (stale), every
  // chosen API's right starts checked so a newly added API is not silently left out.
  const stale = stepStatuses(state).system === "stale";
  const offered = new Set(apis.map((a) => a.resource));
  // Only the packages the saved kind of system user may hold (contracts-more §1.1).
  const offeredPackages = new Set(
    apis
      .flatMap((a) => a.accessPackages)
      .filter((p) => packageAllowedFor(`${ACCESS_PACKAGE_PREFIX}${p}`, kind)),
  );
  const defaults: SystemFormValues = savedValues
    ? {
        ...savedValues,
        kind,
        rights:
          kind === "agent" ? [] : stale ? [...offered] : savedValues.rights.filter((r) => offered.has(r)),
        accessPackages: savedValues.accessPackages.filter((p) => offeredPackages.has(p)),
      }
    : initial;
  const example: SystemFormValues = {
    ...initial,
    idSuffix: "regnskap_demo",
    name: { nb: "Regnskap Demo", nn: "Rekneskap Demo", en: "Accounting Demo" },
    description: {
      nb: "Regnskapssystem som henter krav og betalinger og sender innrapportering for kundene sine.",
      nn: "Rekneskapssystem som hentar krav og betalingar og sender innrapportering for kundane sine.",
      en: "Accounting system that reads claims and payments and submits reports for its customers.",
    },
  };

  return (
    <StepPage id="system" state={state} locale={locale} intro={<p>{t.intro}</p>}>
      {!vendorOrgNo || !clientId ? (
        <Alert tone="warning">{t.missingPrereq}</Alert>
      ) : (
        <div className="space-y-4">
          {state.system && (
            <Alert tone="success" title={t.savedTitle}>
              {format(t.savedBody, {
                id: state.system.systemId,
                time: formatDateTime(state.system.savedAt, locale),
              })}
            </Alert>
          )}
          <SystemForm
            t={t}
            c={c}
            envId={state.env}
            vendorOrgNo={vendorOrgNo}
            clientId={clientId}
            apis={apis}
            defaults={defaults}
            example={example}
            returnUrl={returnUrl}
          />
        </div>
      )}
      <StepSnippets state={state} env={env} locale={locale} step="system" />
    </StepPage>
  );
}
