"use client";

import type { UseFormRegister } from "react-hook-form";
import { format } from "@/lib/i18n/types";
import type { EnvironmentId } from "@/lib/environments";
import type { OnboardingMessages } from "@/lib/i18n/messages/onboarding";
import { PREREQUISITE_IDS, prerequisitesFor, type OnboardingInput } from "@/lib/schemas/onboarding";

/**
 * The prerequisite checklist: what must be in place, the error each missing one produces, and where to fix
 * it. In the simulator every item is satisfied by the simulator; elsewhere the user ticks each one. When every
 * one is met the list folds away under its heading (one click opens it), so the step's action comes first.
 */
export function PrerequisiteList({
  env,
  register,
  ticked,
  texts,
}: {
  env: EnvironmentId;
  register: UseFormRegister<OnboardingInput>;
  /** The prerequisites saved as in place (the list folds when they are all met, not while ticking). */
  ticked: Partial<Record<string, boolean>>;
  texts: OnboardingMessages;
}) {
  const simulated = env === "simulator";
  const ids = simulated ? [...PREREQUISITE_IDS] : prerequisitesFor(env);
  const met = simulated ? ids.length : ids.filter((id) => ticked[id]).length;
  const allMet = met === ids.length;
  return (
    <details
      open={!allMet}
      aria-labelledby="prereq-title"
      className="group space-y-3 rounded-md border border-line bg-surface"
    >
      <summary className="cursor-pointer px-4 py-3">
        <h2 id="prereq-title" className="inline text-lg font-semibold">
          {texts.prereqTitle}
        </h2>{" "}
        <span className={`text-sm font-semibold ${allMet ? "text-success" : "text-ink-subtle"}`}>
          {allMet && <span aria-hidden>✓ </span>}
          {format(texts.prereqSummary, { met, total: ids.length })}
        </span>
      </summary>
      <div className="space-y-3 px-4 pb-4">
        <p className="text-sm text-ink-subtle">
          {simulated ? texts.prereqAllSatisfied : `${texts.prereqIntro} ${texts.prereqMissing}`}
        </p>
        <ul className="space-y-3">
          {ids.map((id) => {
            const p = texts.prerequisites[id];
            return (
              <li key={id} className="rounded-md border border-line bg-surface p-4">
                <h3 className="font-semibold">{p.title}</h3>
                <p className="mt-1 text-sm">{p.body}</p>
                <p className="mt-2 text-sm">
                  <span className="font-semibold">{texts.prereqSymptom}: </span>
                  <code className="break-words rounded bg-canvas px-1 font-mono text-xs">{p.symptom}</code>
                </p>
                <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  {p.links.map((l) => (
                    <li key={l.href}>
                      <a
                        className="text-accent underline underline-offset-2"
                        href={l.href}
                        target="_blank"
                        rel="noreferrer"
                      >
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
                <div className="mt-3">
                  {simulated ? (
                    <p className="inline-flex items-center gap-2 rounded-full bg-success-subtle px-3 py-1 text-sm font-semibold text-success">
                      <span aria-hidden>✓</span> {texts.prereqSimulator}
                    </p>
                  ) : (
                    <div className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        id={`prereq-${id}`}
                        className="ds-input shrink-0"
                        aria-label={`${texts.prereqTick}: ${p.title}`}
                        {...register(`prerequisites.${id}`)}
                      />
                      <label htmlFor={`prereq-${id}`} className="text-sm font-semibold">
                        {texts.prereqTick}
                      </label>
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
