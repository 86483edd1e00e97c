"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fetchTestToken, setupKey, setupSimulatorClient } from "@/app/(wizard)/client/actions";
import { ActionFeedback, feedbackTexts, type Failure } from "@/components/onboarding/action-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ActionBar } from "@/components/wizard/action-bar";
import type { ClientMessages } from "@/lib/i18n/messages/client";
import type { CommonMessages } from "@/lib/i18n/messages/common";

/**
 * Simulator: step 3 in one click. A new key (unless there is one), the client in the simulated self-service
 * with that key and step 2's scopes, and the test token with its scope check: the same three actions the
 * developer fold offers one by one. The first that fails stops the run and is explained where it happened;
 * when all pass, the step is done and the wizard goes on to step 4.
 */
export function QuickSetup({
  hasKey,
  defaultKid,
  nextPath,
  texts,
  common,
}: {
  hasKey: boolean;
  defaultKid: string;
  nextPath: string;
  texts: ClientMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [success, setSuccess] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setFailure(null);
    setProblems([]);
    setSuccess(null);
    let moving = false;
    try {
      if (!hasKey) {
        const key = await setupKey({ mode: "generate", kid: defaultKid, text: "" });
        if (!key.ok) return setFailure(key);
      }
      const client = await setupSimulatorClient({});
      if (!client.ok) return setFailure(client);
      const token = await fetchTestToken({});
      if (!token.ok) return setFailure(token);
      const failed = token.data.scopeChecks.filter((c) => c.status !== "ok");
      if (failed.length) {
        setProblems(
          failed.map((c) => `${c.scope}: ${c.diagnosis ? `${c.diagnosis.title}. ${c.diagnosis.fix}` : ""}`),
        );
        return;
      }
      setSuccess(texts.quickDone);
      moving = true;
      router.push(nextPath);
    } finally {
      if (!moving) {
        setPending(false);
        router.refresh();
      }
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-sm">{texts.quickIntro}</p>
      <ActionBar>
        <Button
          type="button"
          data-primary-action
          onClick={run}
          pending={pending}
          pendingLabel={common.pending}
        >
          {hasKey ? texts.quickSetupKeyExists : texts.quickSetup}
        </Button>
      </ActionBar>
      {problems.length > 0 && (
        <Alert tone="danger" role="alert" title={texts.scopeCheck.notDone}>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      <ActionFeedback failure={failure} success={success} texts={feedbackTexts(common)} onRetry={run} />
    </div>
  );
}
