"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setupSimulatorClient } from "@/app/(wizard)/client/actions";
import { ActionFeedback, feedbackTexts, type Failure } from "@/components/onboarding/action-feedback";
import { Button } from "@/components/ui/button";
import type { ClientMessages } from "@/lib/i18n/messages/client";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { WithTerms } from "@/components/ui/with-terms";

/** Simulator: one button creates the client (or updates its scopes and key) through the self-service API. */
export function SimulatorClient({
  hasClient,
  texts,
  common,
}: {
  hasClient: boolean;
  texts: ClientMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [success, setSuccess] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setFailure(null);
    setSuccess(null);
    try {
      const result = await setupSimulatorClient({});
      if (!result.ok) setFailure(result);
      else {
        setSuccess(texts.clientSaved);
        router.refresh();
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-3">
      <p className="text-sm">
        <WithTerms text={texts.simIntro} />
      </p>
      <Button
        type="button"
        onClick={run}
        pending={pending}
        pendingLabel={common.pending}
        variant={hasClient ? "secondary" : "primary"}
      >
        {hasClient ? texts.updateSim : texts.createSim}
      </Button>
      <ActionFeedback failure={failure} success={success} texts={feedbackTexts(common)} onRetry={run} />
    </div>
  );
}
