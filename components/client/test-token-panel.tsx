"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fetchTestToken } from "@/app/(wizard)/client/actions";
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
  texts,
  common,
}: {
  hasToken: boolean;
  texts: ClientMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [grant, setGrant] = useState<Grant | null>(null);
  const [success, setSuccess] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setFailure(null);
    setSuccess(null);
    try {
      const result = await fetchTestToken({});
      if (!result.ok) {
        setFailure(result);
        setGrant(null);
        return;
      }
      setGrant(result.data.grant);
      setSuccess(format(texts.tokenOk, { ms: result.data.durationMs }));
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <Button type="button" onClick={run} pending={pending} pendingLabel={common.pending}>
        {hasToken ? texts.fetchAgain : texts.fetchToken}
      </Button>
      <ActionFeedback failure={failure} success={success} texts={feedbackTexts(common)} onRetry={run} />
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
