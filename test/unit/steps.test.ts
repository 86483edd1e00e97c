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

/** Steps 1–7 done, with a token fetched at `at` and a call made. */
function throughCall(at = 1_000): WizardState {
  let s = throughClient();
  s = { ...s, system: { systemId: "314500008_sys" } as WizardState["system"] };
  s = markDone(s, "system");
  s = {
    ...s,
    request: {
      id: "r-1",
      systemId: "314500008_sys",
      partyOrgNo: "313367002",
      externalRef: "ext-1",
      rights: [],
      redirectUrl: null,
      status: "Accepted",
      confirmUrl: "https://example.test/confirm",
      createdAt: 1,
      checkedAt: 1,
    },
  };
  s = markDone(s, "customer");
  s = { ...s, systemUserToken: { at, header: {}, claims: {}, clockOffsetSeconds: 0, durationMs: 5 } };
  s = markDone(s, "token", at);
  return markDone(s, "call", at + 1);
}

describe("step 7 after a new token in step 6", () => {
  it("stays done when step 6 fetches a new token for the same customer", () => {
    const before = throughCall(1_000);
    expect(stepStatuses(before).call).toBe("done");
    let after: WizardState = {
      ...before,
      systemUserToken: { ...before.systemUserToken!, at: 99_000, claims: { jti: "new" } },
    };
    after = markDone(after, "token", 99_000);
    expect(stepStatuses(after).token).toBe("done");
    expect(stepStatuses(after).call).toBe("done");
  });

  it("goes stale when what the call acts with changes: another customer, or other APIs", () => {
    const before = throughCall();
    const otherCustomer: WizardState = {
      ...before,
      request: { ...before.request!, partyOrgNo: "310702641", externalRef: "ext-2" },
    };
    expect(stepStatuses(markDone(otherCustomer, "token")).call).toBe("stale");
    const otherApis: WizardState = { ...before, apis: ["kravogbetalinger", "innrapportering-amelding"] };
    expect(stepStatuses(otherApis).call).toBe("stale");
  });
});
