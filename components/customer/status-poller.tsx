"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { RequestStatusResponse } from "@/app/api/request-status/route";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import { format } from "@/lib/i18n/types";
import { statusLabel } from "./status-label";

/** Waits 1, 2, 4, 8, then 10 s between checks; gives up after half an hour (the user can check again). */
const DELAYS_S = [1, 2, 4, 8, 10];
const GIVE_UP_MS = 30 * 60 * 1000;

type View =
  | { kind: "checking" }
  | { kind: "waiting"; seconds: number }
  | { kind: "error"; code: string; seconds: number }
  | { kind: "final" }
  | { kind: "paused" };

/**
 * Follows the request's status without the user pressing anything: polls /api/request-status with backoff
 * until a final status, says each result in a live region, and refreshes the page when it ends.
 */
export function StatusPoller({
  initialStatus,
  initialFinal,
  t,
  checkAtOnce = false,
}: {
  initialStatus: string;
  initialFinal: boolean;
  t: Pick<CustomerMessages, "live" | "status">;
  /** Check at once instead of after the first delay (the return page: the saved status may be old). */
  checkAtOnce?: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState(initialStatus);
  const [final, setFinal] = useState(initialFinal);
  // Bumped by "check now": restarts the loop with a check at once and the backoff from the start.
  const [round, setRound] = useState(0);
  const [view, setView] = useState<View>(
    initialFinal
      ? { kind: "final" }
      : checkAtOnce
        ? { kind: "checking" }
        : { kind: "waiting", seconds: DELAYS_S[0]! },
  );

  useEffect(() => {
    if (final) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const started = Date.now();

    const later = (kind: "waiting" | "error", code = "") => {
      if (Date.now() - started > GIVE_UP_MS) return setView({ kind: "paused" });
      const seconds = DELAYS_S[Math.min(attempt, DELAYS_S.length - 1)]!;
      attempt++;
      setView(kind === "error" ? { kind, code, seconds } : { kind, seconds });
      timer = setTimeout(() => void run(), seconds * 1000);
    };

    const run = async () => {
      if (cancelled) return;
      setView({ kind: "checking" });
      let body: RequestStatusResponse | null = null;
      try {
        const res = await fetch("/api/request-status", {
          cache: "no-store",
          headers: { accept: "application/json" },
        });
        body = (await res.json()) as RequestStatusResponse;
      } catch {
        body = null;
      }
      if (cancelled) return;
      if (!body) return later("error", "NETWORK");
      setStatus(body.status);
      if (body.final) {
        setFinal(true);
        setView({ kind: "final" });
        router.refresh();
        return;
      }
      if (body.error) return later("error", body.error.code);
      later("waiting");
    };

    if (checkAtOnce || round > 0) {
      timer = setTimeout(() => void run(), 0);
    } else {
      // Normally the first check comes after the first delay: the page was just rendered with fresh data.
      attempt = 1;
      timer = setTimeout(() => void run(), DELAYS_S[0]! * 1000);
    }
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [final, round, checkAtOnce, router]);

  const label = statusLabel(t as CustomerMessages, status);
  // Only the status itself is in the live region, so a screen reader hears changes, not every countdown.
  const detail =
    view.kind === "checking"
      ? t.live.checking
      : view.kind === "waiting"
        ? format(t.live.waiting, { seconds: view.seconds })
        : view.kind === "error"
          ? format(t.live.error, { code: view.code, seconds: view.seconds })
          : view.kind === "paused"
            ? t.live.paused
            : null;

  return (
    <div className="space-y-1">
      <p role="status" aria-live="polite" aria-atomic="true" className="font-semibold" data-status={status}>
        {format(t.live.final, { status: label })}
      </p>
      {detail && (
        <div className="flex flex-wrap items-center gap-3 text-sm text-ink-subtle">
          <span>{detail}</span>
          {view.kind !== "checking" && (
            <button
              type="button"
              className="rounded border border-accent bg-surface px-2 py-1 text-xs font-semibold text-accent hover:bg-accent-subtle"
              onClick={() => setRound((r) => r + 1)}
            >
              {t.live.checkNow}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
