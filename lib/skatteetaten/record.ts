import type { ApiId } from "../catalogue";
import type { CallRecord, WizardState } from "../session/state";

/**
 * Calls are kept in the session for the page's history and the summary. Bodies are shortened and only
 * the latest calls are kept: the history is for a glance, and every save of step 7 rewrites it.
 */
export const MAX_CALL_RECORDS = 8;
export const MAX_RECORDED_BODY = 1500;
export const TRUNCATION_MARK = "\n…";

export function shortenBody(text: string, max = MAX_RECORDED_BODY): string {
  return text.length <= max ? text : text.slice(0, max) + TRUNCATION_MARK;
}

export function prettyBody(body: unknown, raw?: string): string {
  if (body === null || body === undefined) return raw ?? "";
  return JSON.stringify(body, null, 2);
}

export function callRecord(c: {
  api: ApiId;
  method: string;
  url: string;
  status: number;
  correlationId: string | null;
  durationMs: number;
  at: number;
  ok: boolean;
  body: string;
}): CallRecord {
  return {
    api: c.api,
    method: c.method,
    url: c.url,
    status: c.status,
    correlationId: c.correlationId,
    durationMs: Math.round(c.durationMs),
    at: c.at,
    ok: c.ok,
    body: shortenBody(c.body),
  };
}

/** The state with the call added first (newest first), the oldest beyond the limit dropped. */
export function withCall(state: WizardState, record: CallRecord): WizardState {
  return { ...state, calls: [record, ...state.calls].slice(0, MAX_CALL_RECORDS) };
}
