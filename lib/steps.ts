import type { StepId, WizardState } from "./session/state";
import { STEP_IDS } from "./session/state";

/**
 * The ordered step registry. Pages, the stepper, guards and tests all read it; no other file spells a step's
 * path. Each step names the steps it needs and the inputs it depends on: when those inputs change after the
 * step was done, the step shows as needing a re-run.
 */
export interface StepDefinition {
  id: StepId;
  number: number;
  path: `/${string}`;
  requires: readonly StepId[];
  /** The inputs from earlier steps this step was completed with, as a stable string. */
  inputs: (s: WizardState) => unknown;
}

export const STEPS: readonly StepDefinition[] = [
  { id: "onboarding", number: 1, path: "/onboarding", requires: [], inputs: () => null },
  {
    id: "scopes",
    number: 2,
    path: "/scopes",
    requires: ["onboarding"],
    inputs: (s) => [s.env, s.vendor?.orgno],
  },
  {
    id: "client",
    number: 3,
    path: "/client",
    requires: ["scopes"],
    inputs: (s) => [s.env, s.vendor?.orgno, [...s.apis].sort()],
  },
  {
    id: "system",
    number: 4,
    path: "/system",
    requires: ["client"],
    inputs: (s) => [s.env, s.vendor?.orgno, s.client?.clientId, [...s.apis].sort()],
  },
  {
    id: "customer",
    number: 5,
    path: "/customer",
    requires: ["system"],
    inputs: (s) => [s.env, s.system?.systemId, s.system?.savedAt],
  },
  {
    id: "token",
    number: 6,
    path: "/token",
    requires: ["customer"],
    inputs: (s) => [
      s.env,
      s.client?.clientId,
      s.key?.kid,
      s.request?.id,
      s.request?.externalRef,
      [...s.apis].sort(),
    ],
  },
  {
    id: "call",
    number: 7,
    path: "/call",
    requires: ["token"],
    // What the call acts with: the environment, the vendor's client, the customer's system user (the request it
    // was approved through) and the APIs. Not the token's time: fetching a new token in step 6 to look at it
    // changes none of these, so step 7 stays done.
    inputs: (s) => [
      s.env,
      s.client?.clientId,
      s.request?.systemId,
      s.request?.partyOrgNo,
      s.request?.externalRef,
      [...s.apis].sort(),
    ],
  },
] as const;

export const SUMMARY_PATH = "/summary";

export function stepById(id: StepId): StepDefinition {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

export function nextStep(id: StepId): StepDefinition | undefined {
  return STEPS[STEPS.findIndex((s) => s.id === id) + 1];
}

export function previousStep(id: StepId): StepDefinition | undefined {
  const i = STEPS.findIndex((s) => s.id === id);
  return i > 0 ? STEPS[i - 1] : undefined;
}

/** FNV-1a over the JSON of a step's inputs: short, stable, the same on server and client. */
export function fingerprint(step: StepDefinition, s: WizardState): string {
  const text = JSON.stringify(step.inputs(s) ?? null);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export type StepStatus = "done" | "stale" | "available" | "locked";

/**
 * done: completed with the current inputs. stale: completed, but an earlier step changed since (re-run it).
 * available: every required step is done (and not stale). locked: a required step is missing.
 */
export function stepStatuses(s: WizardState): Record<StepId, StepStatus> {
  const out = {} as Record<StepId, StepStatus>;
  for (const step of STEPS) {
    const ready = step.requires.every((r) => out[r] === "done");
    const record = s.done[step.id];
    if (!ready) out[step.id] = record ? "stale" : "locked";
    else if (!record) out[step.id] = "available";
    else out[step.id] = record.fp === fingerprint(step, s) ? "done" : "stale";
  }
  return out;
}

/** Marks a step done with the inputs it has now. */
export function markDone(s: WizardState, id: StepId, at = Date.now()): WizardState {
  return { ...s, done: { ...s.done, [id]: { at, fp: fingerprint(stepById(id), s) } } };
}

/** Forgets a step's completion (its result was undone, e.g. a request was deleted). */
export function markUndone(s: WizardState, id: StepId): WizardState {
  const done = { ...s.done };
  delete done[id];
  return { ...s, done };
}

/** The step a returning user should land on: the first that is not done. */
export function resumeStep(s: WizardState): StepDefinition {
  const statuses = stepStatuses(s);
  return STEPS.find((st) => statuses[st.id] !== "done") ?? STEPS[STEPS.length - 1]!;
}

/**
 * Where a locked step's message sends the user: the first open step (the first not done, which is available or
 * needs a re-run), not merely the step it directly requires — in a fresh browser step 7 points to step 1, not 6.
 * Null when the step is not locked.
 */
export function lockedStepTarget(s: WizardState, id: StepId): StepDefinition | null {
  if (stepStatuses(s)[id] !== "locked") return null;
  return resumeStep(s);
}

export { STEP_IDS };
