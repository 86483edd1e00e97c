"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import type { SystemMessages } from "@/lib/i18n/messages/system";
import { SYSTEM_KINDS } from "@/lib/schemas/system";

/** Step 4's first choice: who uses the system (contracts-more §1): standard or agent system users. */
export function SystemKindField({
  t,
  registration,
}: {
  t: SystemMessages;
  registration: UseFormRegisterReturn<"kind">;
}) {
  const text = {
    standard: { label: t.kindStandard, hint: t.kindStandardHint },
    agent: { label: t.kindAgent, hint: t.kindAgentHint },
  } as const;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{t.kindLegend}</legend>
      {SYSTEM_KINDS.map((kind) => (
        <div key={kind} className="flex items-start gap-2">
          <input
            id={`kind-${kind}`}
            type="radio"
            value={kind}
            className="ds-input mt-1 shrink-0"
            aria-describedby={`kind-${kind}-hint`}
            {...registration}
          />
          <div>
            <label htmlFor={`kind-${kind}`} className="text-sm font-semibold">
              {text[kind].label}
            </label>
            <p id={`kind-${kind}-hint`} className="text-sm text-ink-subtle">
              {text[kind].hint}
            </p>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
