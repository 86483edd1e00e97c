import { UserError } from "@/lib/actions";
import { refreshAll } from "@/lib/customers/service";
import { getDb } from "@/lib/db";
import { diagnose } from "@/lib/errors";
import { isServiceError } from "@/lib/http/service-error";
import { sessionMessages } from "@/lib/i18n/messages/session";
import { getLocale } from "@/lib/i18n/server";
import { ConcurrentUpdateError, mutateState } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * The statuses of this session's customers, for the list poller on step 5 and on the return page. It reads
 * the session itself, refreshes every waiting customer with Altinn's two paged listings (not one call per
 * customer), saves the rows that changed (and the customer steps 6–7 act for, once one is approved), and
 * returns only counts. It takes its turn with the session's actions.
 */
export interface RequestStatusResponse {
  waiting: number;
  approved: number;
  total: number;
  /** How many customers changed in this refresh: the page re-renders when any did. */
  changed: number;
  /** Nothing left to follow: no customer is waiting. */
  final: boolean;
  /** Altinn was not asked this time (the status budget, lib/customers/status-budget.ts): ask again after this. */
  retryInSeconds?: number;
  error?: { code: string; title: string };
}

const headers = { "cache-control": "no-store" };
const EMPTY = { waiting: 0, approved: 0, total: 0, changed: 0 };

function reply(body: RequestStatusResponse, status = 200): Response {
  return Response.json(body, { status, headers });
}

export async function GET(): Promise<Response> {
  try {
    const [db, locale] = await Promise.all([getDb(), getLocale()]);
    return await mutateState(async ({ state, sessionId, env, signer }) => {
      const res = await refreshAll({ state, sessionId, env, signer, db, locale });
      const data = reply({ ...res.data, final: res.data.waiting === 0 });
      return { state: res.state === state ? undefined : res.state, data };
    });
  } catch (e) {
    if (e instanceof UserError)
      return reply({ ...EMPTY, final: true, error: { code: "USER", title: e.message } }, 409);
    if (e instanceof ConcurrentUpdateError) {
      const title = sessionMessages[await getLocale()].concurrentUpdate;
      return reply({ ...EMPTY, final: false, error: { code: "CONFLICT", title } }, 409);
    }
    if (isServiceError(e)) {
      const d = diagnose(e.toJSON(), await getLocale());
      return reply({ ...EMPTY, final: false, error: { code: d.code, title: d.title } }, 502);
    }
    console.error("[request-status] unexpected error:", e instanceof Error ? e.name : "unknown");
    return reply({ ...EMPTY, final: false, error: { code: "UNEXPECTED", title: "" } }, 502);
  }
}
