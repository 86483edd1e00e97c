"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { forgetKey } from "@/app/(wizard)/client/actions";
import { Button } from "@/components/ui/button";
import type { ClientMessages } from "@/lib/i18n/messages/client";

/** "Forget key / make a new one", confirmed inline before the key is removed from the session. */
export function ForgetKey({ texts, pendingLabel }: { texts: ClientMessages; pendingLabel: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  if (!asking) {
    return (
      <Button type="button" variant="danger" onClick={() => setAsking(true)}>
        {texts.forgetKey}
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={texts.forgetKey}
      className="space-y-2 rounded-md border border-danger bg-danger-subtle p-3 text-sm"
    >
      <p>{texts.forgetConfirm}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="danger"
          pending={pending}
          pendingLabel={pendingLabel}
          onClick={async () => {
            setPending(true);
            const result = await forgetKey({});
            setPending(false);
            if (result.ok) {
              setAsking(false);
              router.refresh();
            }
          }}
        >
          {texts.forgetYes}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
          {texts.cancel}
        </Button>
      </div>
    </div>
  );
}
