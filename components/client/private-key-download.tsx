"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveFile } from "./download-button";

/**
 * The one-time private key download: a same-origin POST to /api/key, which answers with the PEM as an
 * attachment and marks the key downloaded in the same response. The PEM goes straight to a file.
 */
export function PrivateKeyDownload({
  kid,
  label,
  failedText,
  pendingLabel,
}: {
  kid: string;
  label: string;
  failedText: string;
  pendingLabel: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    setPending(true);
    setFailed(false);
    try {
      const res = await fetch("/api/key", { method: "POST", credentials: "same-origin", cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      saveFile(`${kid}.private.pem`, await res.blob());
      router.refresh();
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-2">
      <Button type="button" onClick={download} pending={pending} pendingLabel={pendingLabel}>
        {label}
      </Button>
      <div aria-live="polite">{failed && <Alert tone="danger">{failedText}</Alert>}</div>
    </div>
  );
}
