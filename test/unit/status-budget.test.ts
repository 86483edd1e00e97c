import { describe, expect, it } from "vitest";
import {
  estimatedCost,
  mayRefresh,
  POLL_DELAYS_S,
  spend,
  STATUS_CALLS_PER_MINUTE,
  type StatusBudget,
} from "@/lib/customers/status-budget";

/**
 * The list poller's schedule against the budget for `minutes`, with every refresh costing `cost` Altinn
 * calls: which checks reached Altinn (seconds since the page opened) and the calls spent in the worst
 * 60-second window.
 */
function follow(cost: number, minutes = 1) {
  let budget: StatusBudget | undefined;
  const refreshes: number[] = [];
  for (let t = POLL_DELAYS_S[0]! * 1000, attempt = 1; t <= minutes * 60_000; attempt++) {
    const d = mayRefresh(budget, t, estimatedCost(200));
    let retry = 0;
    if (d.ok) {
      budget = spend(budget, t, cost);
      refreshes.push(t / 1000);
    } else retry = Math.ceil(d.retryInMs / 1000);
    t += Math.max(POLL_DELAYS_S[Math.min(attempt, POLL_DELAYS_S.length - 1)]!, retry) * 1000;
  }
  const worstWindow = Math.max(
    ...refreshes.map((start) => refreshes.filter((s) => s >= start && s < start + 60).length * cost),
  );
  return { refreshes, worstWindow };
}

describe("step 5's status budget", () => {
  it("follows 200 waiting customers (8 calls a refresh) for a minute with at most 20 Altinn calls", () => {
    const { refreshes, worstWindow } = follow(8);
    expect(refreshes.length * 8).toBeLessThanOrEqual(STATUS_CALLS_PER_MINUTE);
    expect(refreshes.length).toBeGreaterThanOrEqual(2);
    expect(follow(8, 10).worstWindow).toBeLessThanOrEqual(STATUS_CALLS_PER_MINUTE);
    expect(worstWindow).toBeLessThanOrEqual(STATUS_CALLS_PER_MINUTE);
  });

  it("lets one customer's status through at the poller's own pace at first (1, 3, 7 and 15 s)", () => {
    const { refreshes } = follow(2);
    expect(refreshes.slice(0, 4)).toEqual([1, 3, 7, 15]);
    expect(follow(2, 10).worstWindow).toBeLessThanOrEqual(STATUS_CALLS_PER_MINUTE);
  });

  it("waits for a full bucket when one refresh costs more than it holds (thousands of customers)", () => {
    const { refreshes } = follow(40, 5);
    expect(refreshes.length).toBeGreaterThan(1);
    for (let i = 1; i < refreshes.length; i++) expect(refreshes[i]! - refreshes[i - 1]!).toBeGreaterThan(30);
  });

  it("says when to ask again, and never goes below an empty bucket", () => {
    const spent = spend(undefined, 0, 8);
    expect(spent).toEqual({ tokens: 0, at: 0, lastCost: 8 });
    const d = mayRefresh(spent, 1000, 2);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.retryInMs).toBe(39_000); // 8 calls at 12 a minute, one second already refilled
    expect(mayRefresh(spent, 40_000, 2)).toEqual({ ok: true });
    expect(spend(spent, 1000, 8).tokens).toBe(0);
    expect(estimatedCost(1)).toBe(2);
    expect(estimatedCost(200)).toBe(8);
  });
});
