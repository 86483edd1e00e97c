import { ApiChoiceForm, type ApiCard } from "@/components/scopes/api-choice-form";
import { ApiDetails } from "@/components/scopes/api-details";
import { ScopeTable, type ScopeRow } from "@/components/scopes/scope-table";
import { StepPage } from "@/components/wizard/step-page";
import { Alert } from "@/components/ui/alert";
import { ALTINN_SCOPES, API_IDS, SKATTEETATEN_APIS, requiredScopes } from "@/lib/catalogue";
import { ACCESS_PACKAGE_PREFIX, findAccessPackage } from "@/lib/altinn/access-packages";
import { common } from "@/lib/i18n/messages/common";
import { scopes as scopeTexts } from "@/lib/i18n/messages/scopes";
import { getLocale } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/types";
import { scopesComplete } from "@/lib/schemas/scopes";
import { SCOPE_GUIDANCE_LINKS } from "@/lib/scope-guidance";
import { readSession } from "@/lib/session";
import { stepById } from "@/lib/steps";

// The Altinn scopes come with Altinn's terms for end-user system vendors and its registration form
// (contracts-more §5); the getting-started page links both. The service desk no longer hands them out.
const ALTINN_ORDER = SCOPE_GUIDANCE_LINKS.altinnGettingStarted;

export default async function Page() {
  const [{ state, env }, locale] = await Promise.all([readSession(), getLocale()]);
  const t = scopeTexts[locale];
  const cards: ApiCard[] = API_IDS.map((id) => {
    const api = SKATTEETATEN_APIS[id];
    return {
      id,
      name: api.name[locale],
      description: api.description[locale],
      scope: api.scope,
      resource: api.resource,
      baseUrl: env.skatteetaten[id],
      testCall: api.testCall[locale],
      docs: api.docs,
      packages: api.accessPackages.map((name) => {
        const info = findAccessPackage(`${ACCESS_PACKAGE_PREFIX}${name}`);
        return {
          urn: `${ACCESS_PACKAGE_PREFIX}${name}`,
          title: info?.title[locale] ?? name,
          agentOnly: info ? !info.isAssignable && info.isDelegable : false,
        };
      }),
      unverified: api.unverified?.[locale],
    };
  });
  const rows: ScopeRow[] = requiredScopes(state.apis).map((scope) => {
    const altinn = (ALTINN_SCOPES as readonly string[]).includes(scope);
    const api = state.apis.map((id) => SKATTEETATEN_APIS[id]).find((a) => a.scope === scope);
    const purposes = t.purposes as Record<string, string>;
    return {
      scope,
      owner: altinn ? "altinn" : "skatteetaten",
      purpose: altinn ? (purposes[scope] ?? "") : format(t.purposes.api, { api: api?.name[locale] ?? scope }),
      orderHref: altinn ? ALTINN_ORDER : (api?.docs ?? "https://skatteetaten.github.io/api-dokumentasjon/"),
      status: state.scopes[scope] ?? "none",
    };
  });
  const simulated = env.selfService.simulated;
  const scopeTable = state.apis.length > 0 && (
    <ScopeTable rows={rows} simulated={simulated} texts={t} common={common[locale]} />
  );
  return (
    <StepPage
      id="scopes"
      state={state}
      locale={locale}
      developer={
        <>
          {/* In the simulator the one button grants the scopes; the table is detail. Elsewhere it is the work. */}
          {simulated && scopeTable}
          <ApiDetails apis={cards} texts={t} />
        </>
      }
    >
      {scopesComplete(state) && <Alert tone="success">{t.done}</Alert>}
      <ApiChoiceForm
        apis={cards}
        selected={state.apis}
        simulated={simulated}
        nextPath={stepById("client").path}
        texts={t}
        common={common[locale]}
      />
      {!simulated && scopeTable}
      {!scopesComplete(state) && <p className="text-sm text-ink-subtle">{t.notDone}</p>}
    </StepPage>
  );
}
