import { TestCallForm } from "@/components/call/call-form";
import { CallHistory } from "@/components/call/call-history";
import { ActiveCustomer } from "@/components/customer/active-customer";
import { Snippets } from "@/components/snippets/snippets";
import { Alert } from "@/components/ui/alert";
import { StepPage } from "@/components/wizard/step-page";
import { SKATTEETATEN_APIS, type ApiId } from "@/lib/apis";
import { callMessages } from "@/lib/i18n/messages/call";
import { common } from "@/lib/i18n/messages/common";
import { customerPicker } from "@/lib/i18n/messages/customers-list";
import { getLocale } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/types";
import { readSession } from "@/lib/session";
import { snippetContext, snippetsForStep, TEST_CONTACT_NAME } from "@/lib/snippets";
import { stepStatuses } from "@/lib/steps";
import { WithTerms } from "@/components/ui/with-terms";

export default async function Page() {
  const [{ state, sessionId, env }, locale] = await Promise.all([readSession(), getLocale()]);
  const t = callMessages[locale];
  const c = common[locale];
  // An agent system's token is the accounting firm's; the client it acts for is named in the call
  // (contracts-more §1.7), so the forms start empty instead of with the firm's own number.
  const agent = state.system?.kind === "agent";
  const firm = state.request?.partyOrgNo ?? "";
  const customer = agent ? "" : firm;
  const views = testCallViews(state.apis, customer, Date.now);
  const done = stepStatuses(state).call === "done";
  const commonTexts = {
    validation: c.validation,
    errorDoctor: c.errorDoctor,
    retry: c.retry,
    copy: c.copy,
    copied: c.copied,
    pending: c.pending,
    errorSummary: c.errorSummary,
  };

  return (
    <StepPage
      id="call"
      state={state}
      locale={locale}
      intro={
        <p>
          <WithTerms text={t.intro} />
        </p>
      }
      developer={
        <Snippets
          snippets={snippetsForStep(snippetContext(state, env), "call")}
          locale={locale}
          heading={t.snippetsHeading}
        />
      }
    >
      <ActiveCustomer state={state} sessionId={sessionId} locale={locale} />
      {agent && firm && (
        <Alert tone="info" role="status">
          {format(customerPicker[locale].agentClient, { firm })}
        </Alert>
      )}
      {views.map(({ id, api, defaults, line }) => {
        return (
          <section
            // A new customer chosen above gives the form fresh defaults (its organisation number).
            key={`${id}:${customer}`}
            aria-labelledby={`call-${id}-title`}
            className="space-y-3 rounded-md border border-line bg-surface p-4"
          >
            <h2 id={`call-${id}-title`} className="text-lg font-semibold">
              {api.name[locale]}
            </h2>
            <p className="text-sm text-ink-subtle">{api.description[locale]}</p>
            <p className="text-sm">
              <span className="font-semibold">{t.requestLine}: </span>
              <code className="break-all font-mono text-xs">
                {line ? `${line.method} ${env.skatteetaten[id]}${line.path}` : api.testCall[locale]}
              </code>
            </p>
            {api.unverified && <p className="text-xs text-ink-subtle">{api.unverified[locale]}</p>}
            <TestCallForm
              apiId={id}
              customerOrgNo={customer}
              defaults={defaults}
              texts={t}
              common={commonTexts}
              locale={locale}
            />
          </section>
        );
      })}

      {done && (
        <Alert tone="success" role="status">
          {t.stepDone}
        </Alert>
      )}

      <CallHistory calls={state.calls} texts={t} locale={locale} />
    </StepPage>
  );
}

/**
 * Each chosen API's form defaults and request line, as its module builds them for the customer (the real call
 * uses the form's values). `clock` is read once, outside rendering.
 */
function testCallViews(ids: readonly ApiId[], customer: string, clock: () => number) {
  const now = clock();
  return ids.map((id) => {
    const api = SKATTEETATEN_APIS[id];
    const defaults = api.call.defaults({ now, forOrgNo: customer });
    const values = api.call.schema.safeParse(defaults);
    const line = values.success
      ? api.call.build(values.data, {
          forOrgNo: customer,
          contactName: TEST_CONTACT_NAME,
          submissionId: "",
          now,
        })
      : null;
    return { id, api, defaults, line };
  });
}
