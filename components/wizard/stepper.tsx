"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { StatusTag, type StatusTone } from "@/components/ui/status-tag";
import type { StepStatus } from "@/lib/steps";

export interface StepperItem {
  id: string;
  number: number;
  path: string;
  title: string;
  status: StepStatus;
}

const tone: Record<StepStatus, StatusTone> = {
  done: "success",
  stale: "warning",
  available: "info",
  locked: "neutral",
};

const marker: Record<StepStatus, string> = {
  done: "bg-success text-white border-success",
  stale: "bg-warning-subtle text-warning border-warning",
  available: "bg-surface text-accent border-accent",
  locked: "bg-canvas text-ink-subtle border-line",
};

/** The seven steps with each one's state; the current page is marked with aria-current. */
export function Stepper({
  items,
  label,
  statusLabels,
  stepLabel,
}: {
  items: StepperItem[];
  label: string;
  statusLabels: Record<StepStatus | "current", string>;
  stepLabel: string;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ol className="space-y-1">
        {items.map((item) => {
          const current = pathname === item.path;
          const body = (
            <>
              <span
                aria-hidden
                className={`flex size-7 shrink-0 items-center justify-center rounded-full border-2 text-xs font-bold ${marker[item.status]}`}
              >
                {item.status === "done" ? "✓" : item.status === "stale" ? "!" : item.number}
              </span>
              <span className="min-w-0">
                <span className="sr-only">{stepLabel.replace("{n}", String(item.number))}: </span>
                <span className="block text-sm font-semibold leading-tight">{item.title}</span>
                <span className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-ink-subtle">
                  {current ? `${statusLabels.current} · ` : ""}
                  <StatusTag tone={tone[item.status]} compact>
                    {statusLabels[item.status]}
                  </StatusTag>
                </span>
              </span>
            </>
          );
          const cls = `flex items-center gap-3 rounded-md px-2 py-2 ${current ? "bg-accent-subtle" : "hover:bg-canvas"}`;
          return (
            <li key={item.id}>
              <Link href={item.path} className={cls} aria-current={current ? "step" : undefined}>
                {body}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
