import { UserError } from "@/lib/actions";
import { hasSystemUserFor, isFinalStatus, refreshRequestStatus } from "@/lib/altinn/request-flow";
import { getEnvironment } from "@/lib/environments";
import { diagnose } from "@/lib/errors";
import { isServiceError } from "@/lib/http/service-error";
import { getLocale } from "@/lib/i18n/server";
import { readState, writeState } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * The status of this browser's system-user request, for the poller on step 5 and on the return page. It
 * reads the session itself, asks Altinn, saves what changed (on Accepted: the system user, step 5 done)
 * and returns only what the page shows.
 */
export interface RequestStatusResponse {
  status: string;
  final: boolean;
  systemUserId?: string;
  error?: { code: string; title: string };
}

const headers = { "cache-control": "no-store" };

function reply(body: RequestStatusResponse, status = 200): Response {
  return Response.json(body, { status, headers });
}

export async function GET(): Promise<Response> {
  const state = await readState();
  const current = state.request;
  if (!current) return reply({ status: "None", final: true }, 404);
  try {
    const res = await refreshRequestStatus(state, getEnvironment(state.env));
    if (res.changed) await writeState(res.state);
    const accepted = res.status === "Accepted";
    const userFound = accepted && hasSystemUserFor(res.state);
    return reply({
      status: res.status,
      final: isFinalStatus(res.status) && (!accepted || userFound),
      systemUserId: userFound ? res.state.systemUser?.id : undefined,
    });
  } catch (e) {
    if (e instanceof UserError)
      return reply({ status: current.status, final: true, error: { code: "USER", title: e.message } }, 409);
    if (isServiceError(e)) {
      const d = diagnose(e.toJSON(), await getLocale());
      return reply({ status: current.status, final: false, error: { code: d.code, title: d.title } }, 502);
    }
    console.error("[request-status] unexpected error:", e instanceof Error ? e.name : "unknown");
    return reply({ status: current.status, final: false, error: { code: "UNEXPECTED", title: "" } }, 502);
  }
}
