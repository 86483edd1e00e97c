"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { grantInSimulator, markScope } from "@/app/(wizard)/scopes/actions";
import { ActionFeedback, feedbackTexts, type Failure } from "@/components/onboarding/action-feedback";
import { Button } from "@/components/ui/button";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import type { ScopesMessages } from "@/lib/i18n/messages/scopes";
import { format } from "@/lib/i18n/types";
import { SCOPE_GUIDANCE_LINKS } from "@/lib/scope-guidance";
import { WithTerms } from "@/components/ui/with-terms";

export interface ScopeRow {
  scope: string;
  owner: "altinn" | "skatteetaten";
  purpose: string;
  orderHref: string;
  status: "none" | "ordered" | "granted";
}

const badge: Record<ScopeRow["status"], string> = {
  none: "border-line bg-canvas text-ink",
  ordered: "border-warning bg-warning-subtle text-ink",
  granted: "border-success bg-success-subtle text-ink",
};

/**
 * Every scope the chosen APIs need: who grants it, how to order it, and its state. In the simulator a button
 * has the simulated owner grant it; elsewhere the user records ordered / granted as the owner answers.
 */
export function ScopeTable({
  rows,
  simulated,
  texts,
  common,
}: {
  rows: ScopeRow[];
  simulated: boolean;
  texts: ScopesMessages;
  common: CommonMessages;
}) {
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const markLabel = (s: ScopeRow["status"]) =>
    s === "ordered" ? texts.markOrdered : s === "granted" ? texts.markGranted : texts.markNone;
  const granted = rows.filter((r) => r.status === "granted").length;
  const missing = rows.filter((r) => r.status !== "granted").map((r) => r.scope);

  async function run(id: string, call: () => ReturnType<typeof markScope>) {
    setFailure(null);
    setBusy(id);
    try {
      const result = await call();
      if (!result.ok) setFailure(result);
      else startTransition(() => router.refresh());
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="scopes-title" className="space-y-4">
      <h2 id="scopes-title" className="text-lg font-semibold">
        {texts.scopesTitle}
      </h2>
      <p className="text-sm">
        <WithTerms text={texts.scopesIntro} />
      </p>
      <ScopeGuidance texts={texts.guidance} />
      <p className="text-sm text-ink-subtle">{simulated ? texts.simExplain : texts.manualExplain}</p>
      <p className="font-semibold" role="status">
        {format(texts.progress, { granted, total: rows.length })}
      </p>
      <ul className="space-y-3">
        {rows.map((row) => (
          <li key={row.scope} className="rounded-md border border-line bg-surface p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <code className="break-all font-mono text-sm font-semibold">{row.scope}</code>
              <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${badge[row.status]}`}>
                {texts.statusLabel}: {texts.status[row.status]}
              </span>
            </div>
            <p className="mt-1 text-sm">{row.purpose}</p>
            <p className="mt-1 text-sm">
              <span className="font-semibold">{texts.orderAt}: </span>
              <a
                className="text-accent underline underline-offset-2"
                href={row.orderHref}
                target="_blank"
                rel="noreferrer"
              >
                {texts.owners[row.owner]}
              </a>
            </p>
            {!(simulated && row.status === "granted") && (
              <div
                className="mt-3 flex flex-wrap gap-2"
                role="group"
                aria-label={format(texts.rowAction, { scope: row.scope })}
              >
                {simulated
                  ? row.status !== "granted" && (
                      <Button
                        type="button"
                        variant="secondary"
                        pending={busy === row.scope}
                        pendingLabel={common.pending}
                        disabled={busy !== null}
                        onClick={() => run(row.scope, () => grantInSimulator({ scopes: [row.scope] }))}
                        aria-label={`${texts.grantSim}: ${row.scope}`}
                      >
                        {texts.grantSim}
                      </Button>
                    )
                  : (["ordered", "granted", "none"] as const)
                      .filter((s) => s !== row.status)
                      .map((s) => (
                        <Button
                          key={s}
                          type="button"
                          variant={s === "granted" ? "primary" : "secondary"}
                          pending={busy === `${row.scope}:${s}`}
                          pendingLabel={common.pending}
                          disabled={busy !== null}
                          onClick={() =>
                            run(`${row.scope}:${s}`, () => markScope({ scope: row.scope, status: s }))
                          }
                          aria-label={`${markLabel(s)}: ${row.scope}`}
                        >
                          {markLabel(s)}
                        </Button>
                      ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {simulated && missing.length > 1 && (
        <Button
          type="button"
          pending={busy === "all"}
          pendingLabel={common.pending}
          disabled={busy !== null}
          onClick={() => run("all", () => grantInSimulator({ scopes: missing }))}
        >
          {texts.grantAllSim}
        </Button>
      )}
      <ActionFeedback failure={failure} texts={feedbackTexts(common)} />
    </section>
  );
}

/** How vendors get the scopes today and when Dialogporten is needed (contracts-more §5, §4.4), with links. */
function ScopeGuidance({ texts }: { texts: ScopesMessages["guidance"] }) {
  const links = [
    { href: SCOPE_GUIDANCE_LINKS.altinnTerms, label: texts.links.altinnTerms },
    { href: SCOPE_GUIDANCE_LINKS.altinnGettingStarted, label: texts.links.altinnGettingStarted },
    { href: SCOPE_GUIDANCE_LINKS.dialogporten, label: texts.links.dialogporten },
    { href: SCOPE_GUIDANCE_LINKS.amelding, label: texts.links.amelding },
  ];
  return (
    <div className="space-y-1 text-sm">
      <p>{texts.altinn}</p>
      <p>{texts.dialogporten}</p>
      <ul className="flex flex-wrap gap-x-4">
        {links.map((l) => (
          <li key={l.href}>
            <a className="underline" href={l.href} target="_blank" rel="noreferrer">
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
