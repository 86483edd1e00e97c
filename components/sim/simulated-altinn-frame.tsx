import type { ReactNode } from "react";
import type { ApprovalMessages } from "./approval-messages";

/**
 * The frame of every simulated Altinn UI page: an unmistakable "Simulert Altinn" label (so nobody takes it
 * for altinn.no) with the simulated login, and the page's card.
 */
export function SimulatedAltinnFrame({
  t,
  login,
  children,
}: {
  t: ApprovalMessages;
  login: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <div className="mb-6 rounded-md border-2 border-dashed border-warning bg-warning-subtle p-4">
        <p className="flex flex-wrap items-center gap-3">
          <span className="rounded bg-warning px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-white">
            {t.badge}
          </span>
          <span className="text-sm font-semibold">{login}</span>
        </p>
        <p className="mt-2 text-sm">{t.badgeNote}</p>
      </div>
      <div className="space-y-6 rounded-lg border border-line bg-surface p-6 shadow-sm">{children}</div>
    </main>
  );
}
