"use client";

import type { UseFormRegister } from "react-hook-form";
import type { EnvironmentId } from "@/lib/environments";
import type { OnboardingMessages } from "@/lib/i18n/messages/onboarding";
import { PREREQUISITE_IDS, prerequisitesFor, type OnboardingInput } from "@/lib/schemas/onboarding";

/**
 * The prerequisite checklist: what must be in place, the error each missing one produces, and where to fix
 * it. In the simulator every item is satisfied by the simulator; elsewhere the user ticks each one.
 */
export function PrerequisiteList({
  env,
  register,
  texts,
}: {
  env: EnvironmentId;
  register: UseFormRegister<OnboardingInput>;
  texts: OnboardingMessages;
}) {
  const simulated = env === "simulator";
  const ids = simulated ? [...PREREQUISITE_IDS] : prerequisitesFor(env);
  return (
    <section aria-labelledby="prereq-title" className="space-y-3">
      <h2 id="prereq-title" className="text-lg font-semibold">
        {texts.prereqTitle}
      </h2>
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
    </section>
  );
}
