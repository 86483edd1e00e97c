import { describe, expect, it } from "vitest";
import { initialState, type WizardState } from "@/lib/session/state";
import { lockedStepTarget, markDone, markUndone, stepStatuses } from "@/lib/steps";

/** A state with steps 1–3 done (the vendor, its APIs and a client). */
function throughClient(): WizardState {
  let s: WizardState = { ...initialState("simulator"), vendor: { orgno: "314500008", name: null } };
  s = markDone(s, "onboarding");
  s = { ...s, apis: ["kravogbetalinger"] };
  s = markDone(s, "scopes");
  s = { ...s, client: { clientId: "c-1" } as WizardState["client"] };
  return markDone(s, "client");
}

describe("where a locked step points", () => {
  it("in a fresh browser, every locked step points to step 1, not to the step just before it", () => {
    const s = initialState();
    expect(stepStatuses(s).call).toBe("locked");
    expect(lockedStepTarget(s, "call")?.id).toBe("onboarding");
    expect(lockedStepTarget(s, "token")?.id).toBe("onboarding");
    expect(lockedStepTarget(s, "scopes")?.id).toBe("onboarding");
  });

  it("points to the first open step further on", () => {
    const s = throughClient();
    expect(stepStatuses(s).system).toBe("available");
    expect(lockedStepTarget(s, "call")?.id).toBe("system");
    expect(lockedStepTarget(s, "customer")?.id).toBe("system");
  });

  it("points to a step that must be re-run when that is the first one not done", () => {
    const s = markUndone(throughClient(), "scopes");
    expect(lockedStepTarget(s, "call")?.id).toBe("scopes");
  });

  it("is null for a step that is not locked", () => {
    const s = throughClient();
    expect(lockedStepTarget(s, "system")).toBeNull();
    expect(lockedStepTarget(s, "onboarding")).toBeNull();
  });
});
