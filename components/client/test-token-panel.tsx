"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fetchTestToken, type ScopeCheckView } from "@/app/(wizard)/client/actions";
import { ActionFeedback, feedbackTexts, type Failure } from "@/components/onboarding/action-feedback";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import type { ClientMessages } from "@/lib/i18n/messages/client";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { format } from "@/lib/i18n/types";

type Grant = { header: Record<string, unknown>; claims: Record<string, unknown> };

/**
 * Fetches the test token. On success the page (server) shows the decoded token from the state; this shows
 * the grant that was signed. On failure the error doctor explains the Maskinporten error.
 */
export function TestTokenPanel({
  hasToken,
  nextPath,
  texts,
  common,
}: {
  hasToken: boolean;
  /** Where a passing test token goes on to (step 4) when this is the step's main action; unset: stay. */
  nextPath?: string;
  texts: ClientMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [grant, setGrant] = useState<Grant | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [scopeChecks, setScopeChecks] = useState<ScopeCheckView[]>([]);
  const [notDone, setNotDone] = useState(false);

  async function run() {
    setPending(true);
    setFailure(null);
    setSuccess(null);
    setNotDone(false);
    setScopeChecks([]); // a failed run must not leave the previous run's results looking current
    try {
      const result = await fetchTestToken({});
      if (!result.ok) {
        setFailure(result);
        setGrant(null);
        return;
      }
      setGrant(result.data.grant);
      setScopeChecks(result.data.scopeChecks);
      const passed = result.data.scopeChecks.every((c) => c.status === "ok");
      setNotDone(!passed);
      setSuccess(passed ? format(texts.tokenOk, { ms: result.data.durationMs }) : null);
      if (passed && nextPath) router.push(nextPath);
      else router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <Button
        type="button"
        onClick={run}
        pending={pending}
        pendingLabel={common.pending}
        data-primary-action={nextPath ? true : undefined}
      >
        {hasToken ? texts.fetchAgain : texts.fetchToken}
      </Button>
      <ActionFeedback failure={failure} success={success} texts={feedbackTexts(common)} onRetry={run} />
      {scopeChecks.length > 0 && (
        <ScopeChecks checks={scopeChecks} texts={texts.scopeCheck} notDone={notDone} />
      )}
      {grant && (
        <CodeBlock
          id="signed-grant"
          label={texts.grantTitle}
          code={`${JSON.stringify(grant.header, null, 2)}\n${JSON.stringify(grant.claims, null, 2)}`}
          copyLabel={common.copy}
          copiedLabel={common.copied}
        />
      )}
    </div>
  );
}

/** Each chosen Skatteetaten scope's preflight result; a failed one with the doctor's cause and fix. */
function ScopeChecks({
  checks,
  texts,
  notDone,
}: {
  checks: ScopeCheckView[];
  texts: ClientMessages["scopeCheck"];
  notDone: boolean;
}) {
  return (
    <section aria-labelledby="scope-checks-title" className="space-y-2">
      <h3 id="scope-checks-title" className="font-semibold">
        {texts.title}
      </h3>
      <p className="text-sm">{texts.intro}</p>
      {notDone && (
        <p role="alert" className="text-sm font-semibold">
          {texts.notDone}
        </p>
      )}
      <ul aria-labelledby="scope-checks-title" className="space-y-2 text-sm">
        {checks.map((c) => (
          <li key={c.scope} className="rounded border border-line p-2">
            <code className="font-mono text-xs">{c.scope}</code>: <span>{texts.status[c.status]}</span>
            {c.diagnosis && (
              <div className="mt-1 space-y-1">
                <p className="font-semibold">{c.diagnosis.title}</p>
                <p>{c.diagnosis.cause}</p>
                <p>{c.diagnosis.fix}</p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
