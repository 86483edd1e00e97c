"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { RequestStatusResponse } from "@/app/api/request-status/route";
import type { CustomersListMessages } from "@/lib/i18n/messages/customers-list";
import { POLL_DELAYS_S } from "@/lib/customers/status-budget";
import { format } from "@/lib/i18n/types";

/** Waits POLL_DELAYS_S between checks (longer when the status budget says so); gives up after half an hour. */
const DELAYS_S = POLL_DELAYS_S;
const GIVE_UP_MS = 30 * 60 * 1000;

type View =
  | { kind: "checking" }
  | { kind: "waiting"; seconds: number }
  | { kind: "error"; code: string; seconds: number }
  | { kind: "final" }
  | { kind: "paused" };

/**
 * Follows every customer's status at once while any is waiting: one GET of /api/request-status per round
 * (which pages through Altinn's listings), with backoff. The page is re-rendered when a status changed, so
 * each customer's row shows its own; the live region says only how many are still waiting.
 */
export function ListPoller({
  initialWaiting,
  t,
  checkAtOnce = false,
}: {
  initialWaiting: number;
  t: CustomersListMessages["poll"];
  /** Check at once (the return page: the saved statuses may be old). */
  checkAtOnce?: boolean;
}) {
  const router = useRouter();
  const [waiting, setWaiting] = useState(initialWaiting);
  const [round, setRound] = useState(0);
  const final = waiting === 0 && !checkAtOnce;
  const [view, setView] = useState<View>(
    final
      ? { kind: "final" }
      : checkAtOnce
        ? { kind: "checking" }
        : { kind: "waiting", seconds: DELAYS_S[0]! },
  );

  useEffect(() => {
    if (final && round === 0) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const started = Date.now();

    const later = (kind: "waiting" | "error", code = "", atLeast = 0) => {
      if (Date.now() - started > GIVE_UP_MS) return setView({ kind: "paused" });
      const seconds = Math.max(atLeast, DELAYS_S[Math.min(attempt, DELAYS_S.length - 1)]!);
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
      if (body.error) return later("error", body.error.code);
      setWaiting(body.waiting);
      // Re-render when this refresh changed something, or when another tab's refresh already did (the
      // counts differ from what this page was rendered with).
      if (body.changed > 0 || body.waiting !== initialWaiting) router.refresh();
      if (body.final) return setView({ kind: "final" });
      later("waiting", "", body.retryInSeconds ?? 0);
    };

    if (checkAtOnce || round > 0) {
      timer = setTimeout(() => void run(), 0);
    } else {
      attempt = 1;
      timer = setTimeout(() => void run(), DELAYS_S[0]! * 1000);
    }
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
    // `final` is read only to start; a finished list restarts with "check now" (round).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round, checkAtOnce, router, initialWaiting]);

  const detail =
    view.kind === "checking"
      ? t.checking
      : view.kind === "waiting"
        ? format(t.next, { seconds: view.seconds })
        : view.kind === "error"
          ? format(t.error, { code: view.code, seconds: view.seconds })
          : view.kind === "paused"
            ? t.paused
            : null;

  return (
    <div className="space-y-1">
      <p role="status" aria-live="polite" aria-atomic="true" className="font-semibold" data-waiting={waiting}>
        {waiting > 0 ? format(t.waiting, { waiting }) : t.allDone}
      </p>
      <div className="flex flex-wrap items-center gap-3 text-sm text-ink-subtle">
        {detail && <span>{detail}</span>}
        {view.kind !== "checking" && (
          <button
            type="button"
            className="rounded border border-accent bg-surface px-2 py-1 text-xs font-semibold text-accent hover:bg-accent-subtle"
            onClick={() => setRound((r) => r + 1)}
          >
            {t.checkNow}
          </button>
        )}
      </div>
    </div>
  );
}
