import { ClientSummary } from "@/components/client/client-summary";
import { KeyDetails } from "@/components/client/key-details";
import { KeySetupForm } from "@/components/client/key-setup-form";
import { ManualClientForm } from "@/components/client/manual-client-form";
import { SimulatorClient } from "@/components/client/simulator-client";
import { TestTokenPanel } from "@/components/client/test-token-panel";
import { DecodedToken } from "@/components/token/decoded-token";
import { StepSnippets } from "@/components/snippets/step-snippets";
import { StepPage } from "@/components/wizard/step-page";
import { requiredScopes } from "@/lib/catalogue";
import { client as clientTexts } from "@/lib/i18n/messages/client";
import { common } from "@/lib/i18n/messages/common";
import { tokenClaims } from "@/lib/i18n/messages/token-claims";
import { getLocale } from "@/lib/i18n/server";
import { defaultKid, publicView } from "@/lib/keys";
import { readSession } from "@/lib/session";

export default async function Page() {
  const [{ state, env }, locale] = await Promise.all([readSession(), getLocale()]);
  const t = clientTexts[locale];
  const c = common[locale];
  const scopes = requiredScopes(state.apis);
  return (
    <StepPage id="client" state={state} locale={locale}>
      <section aria-labelledby="key-title" className="space-y-4">
        <h2 id="key-title" className="text-xl font-semibold">
          {t.keyTitle}
        </h2>
        <p className="text-sm">{t.keyIntro}</p>
        {state.key ? (
          <KeyDetails keyView={publicView(state.key)} texts={t} common={c} locale={locale} />
        ) : (
          <KeySetupForm defaultKid={defaultKid()} texts={t} common={c} />
        )}
      </section>

      <section aria-labelledby="client-title" className="space-y-4 border-t border-line pt-6">
        <h2 id="client-title" className="text-xl font-semibold">
          {t.clientTitle}
        </h2>
        {state.client && (
          <ClientSummary client={state.client} keyKid={state.key?.kid} wantedScopes={scopes} texts={t} />
        )}
        {!state.key ? (
          <p className="text-sm text-ink-subtle">{t.needKeyFirst}</p>
        ) : env.selfService.simulated ? (
          <SimulatorClient hasClient={Boolean(state.client)} texts={t} common={c} />
        ) : (
          <ManualClientForm
            portalUrl={env.selfService.portalUrl}
            kid={state.key.kid}
            scopes={scopes}
            savedClientId={state.client?.clientId ?? ""}
            texts={t}
            common={c}
          />
        )}
      </section>

      <section aria-labelledby="token-title" className="space-y-4 border-t border-line pt-6">
        <h2 id="token-title" className="text-xl font-semibold">
          {t.tokenTitle}
        </h2>
        <p className="text-sm">{t.tokenIntro}</p>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t.endpoint}</dt>
          <dd className="break-all font-mono text-xs">{env.maskinporten.tokenEndpoint}</dd>
          <dt className="font-semibold">{t.issuer}</dt>
          <dd className="break-all font-mono text-xs">{env.maskinporten.issuer}</dd>
        </dl>
        {state.key && state.client ? (
          <TestTokenPanel hasToken={Boolean(state.testToken)} texts={t} common={c} />
        ) : (
          <p className="text-sm text-ink-subtle">{t.needClientFirst}</p>
        )}
        {state.testToken && (
          <DecodedToken
            header={state.testToken.header}
            claims={state.testToken.claims}
            clockOffsetSeconds={state.testToken.clockOffsetSeconds}
            texts={tokenClaims[locale]}
            locale={locale}
            copyLabel={c.copy}
            copiedLabel={c.copied}
            idPrefix="test-token"
          />
        )}
      </section>
      <StepSnippets state={state} env={env} locale={locale} step="client" />
    </StepPage>
  );
}
