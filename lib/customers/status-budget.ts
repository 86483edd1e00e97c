/**
 * How often step 5 may ask Altinn about its customers' statuses: a token bucket per session, so following
 * 200 waiting requests for a minute costs at most 20 Altinn calls (issue target `status_poll_calls`), while
 * one customer's status still shows within seconds of the approval. The bucket holds BURST calls and refills
 * PER_MINUTE − BURST a minute, so no 60-second window spends more than PER_MINUTE. A refresh may start only
 * when the bucket holds what the last refresh cost (the first refresh's cost is estimated from the list),
 * never by going into debt; a refresh that costs more than the whole bucket (a list of thousands) waits for
 * a full bucket. Pure: the state stores the bucket, the status route applies it.
 */
export const STATUS_CALLS_PER_MINUTE = 20;
/** The list poller's waits between checks, in seconds: 1, 2, 4, 8, then 10 (the last repeats). */
export const POLL_DELAYS_S: readonly number[] = [1, 2, 4, 8, 10];
const BURST = 8;
const REFILL_PER_MS = (STATUS_CALLS_PER_MINUTE - BURST) / 60_000;

export interface StatusBudget {
  /** Calls left in the bucket at `at`. */
  tokens: number;
  at: number;
  /** Altinn calls the last refresh made: what the next one is expected to cost. */
  lastCost: number;
}

/** Calls one refresh of `waiting` followed customers is expected to cost: two listings of 50 a page. */
export function estimatedCost(waiting: number): number {
  return 2 * Math.max(1, Math.ceil(waiting / 50));
}

function tokensAt(b: StatusBudget | undefined, now: number): number {
  if (!b) return BURST;
  return Math.min(BURST, b.tokens + Math.max(0, now - b.at) * REFILL_PER_MS);
}

export type BudgetDecision = { ok: true } | { ok: false; retryInMs: number };

/** May a refresh expected to cost `cost` (or the last refresh's cost, when known) start now? */
export function mayRefresh(b: StatusBudget | undefined, now: number, cost: number): BudgetDecision {
  const need = Math.min(BURST, b?.lastCost ?? cost);
  const have = tokensAt(b, now);
  if (have >= need) return { ok: true };
  return { ok: false, retryInMs: Math.ceil((need - have) / REFILL_PER_MS) };
}

/** The bucket after a refresh that made `calls` Altinn calls. */
export function spend(b: StatusBudget | undefined, now: number, calls: number): StatusBudget {
  return { tokens: Math.max(0, tokensAt(b, now) - calls), at: now, lastCost: calls };
}
