import { ActiveCustomer } from "@/components/customer/active-customer";
import { Snippets } from "@/components/snippets/snippets";
import { DecodedToken } from "@/components/token/decoded-token";
import { formatEpochSeconds } from "@/lib/i18n/format";
import { GrantPreview } from "@/components/token/grant-preview";
import { SystemUserCard } from "@/components/token/system-user-card";
import { SystemUserTokenForm } from "@/components/token/system-user-token-form";
import { Alert } from "@/components/ui/alert";
import { StepPage } from "@/components/wizard/step-page";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import { common } from "@/lib/i18n/messages/common";
import { tokenMessages } from "@/lib/i18n/messages/token";
import { tokenClaims } from "@/lib/i18n/messages/token-claims";
import { getLocale } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/types";
import { buildSystemUserDetails } from "@/lib/payloads/grant";
import { readSession } from "@/lib/session";
import { snippetContext, snippetsForStep } from "@/lib/snippets";
import { stepStatuses } from "@/lib/steps";

function tokenSystemUserId(claims: Record<string, unknown>): string | null {
  const first: unknown = Array.isArray(claims.authorization_details) ? claims.authorization_details[0] : null;
  const ids =
    first && typeof first === "object" ? (first as { systemuser_id?: unknown }).systemuser_id : null;
  return Array.isArray(ids) && typeof ids[0] === "string" ? ids[0] : null;
}

export default async function Page() {
  const [{ state, sessionId, env }, locale] = await Promise.all([readSession(), getLocale()]);
  const t = tokenMessages[locale];
  const c = common[locale];
  const request = state.request;
  const token = state.systemUserToken;
  const scopes = state.apis.map((id) => SKATTEETATEN_APIS[id].scope);
  const exp = token && typeof token.claims.exp === "number" ? token.claims.exp : null;
  const tokenSu = token ? tokenSystemUserId(token.claims) : null;
  const mismatch = tokenSu && state.systemUser && tokenSu !== state.systemUser.id;
  const done = stepStatuses(state).token === "done";
  const snippets = snippetsForStep(snippetContext(state, env), "token");

  return (
    <StepPage id="token" state={state} locale={locale} intro={<p>{t.intro}</p>}>
      <ActiveCustomer state={state} sessionId={sessionId} locale={locale} />
      {request && (
        <GrantPreview
          scopes={scopes}
          customer={request.partyOrgNo}
          externalRef={request.externalRef}
          authorizationDetails={buildSystemUserDetails(request.partyOrgNo, request.externalRef)}
          texts={t}
          copyLabel={c.copy}
          copiedLabel={c.copied}
        />
      )}

      <SystemUserTokenForm
        hasToken={Boolean(token)}
        texts={t}
        doctor={{ ...c.errorDoctor, retry: c.retry }}
        pendingLabel={c.pending}
        copyLabel={c.copy}
        copiedLabel={c.copied}
      />

      {token && (
        <section aria-labelledby="su-token-heading" className="space-y-3">
          <h2 id="su-token-heading" className="text-lg font-semibold">
            {t.tokenHeading}
          </h2>
          <p className="text-sm text-ink-subtle">{t.tokenIntro}</p>
          {exp !== null && (
            <p className="text-sm">{format(t.expires, { time: formatEpochSeconds(exp, locale) })}</p>
          )}
          <DecodedToken
            header={token.header}
            claims={token.claims}
            clockOffsetSeconds={token.clockOffsetSeconds}
            texts={tokenClaims[locale]}
            locale={locale}
            copyLabel={c.copy}
            copiedLabel={c.copied}
            idPrefix="su-token"
          />
        </section>
      )}

      {state.systemUser && token && <SystemUserCard systemUser={state.systemUser} texts={t} />}
      {mismatch && (
        <Alert tone="warning" role="status">
          {format(t.mismatch, { token: tokenSu, altinn: state.systemUser!.id })}
        </Alert>
      )}
      {done && (
        <Alert tone="success" role="status">
          {t.stepDone}
        </Alert>
      )}

      <Snippets snippets={snippets} locale={locale} heading={t.snippetsHeading} />
    </StepPage>
  );
}
