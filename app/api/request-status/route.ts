import { UserError } from "@/lib/actions";
import { hasSystemUserFor, isFinalStatus, refreshRequestStatus } from "@/lib/altinn/request-flow";
import { diagnose } from "@/lib/errors";
import { isServiceError } from "@/lib/http/service-error";
import { sessionMessages } from "@/lib/i18n/messages/session";
import { getLocale } from "@/lib/i18n/server";
import { ConcurrentUpdateError, mutateState } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * The status of this browser's system-user request, for the poller on step 5 and on the return page. It
 * reads the session itself, asks Altinn, saves what changed (on Accepted: the system user, step 5 done)
 * and returns only what the page shows. It takes its turn with the session's actions, and its save names
 * the part versions it read, so a click in another tab meanwhile is not overwritten.
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
  let current: string | undefined;
  try {
    return await mutateState(async ({ state, env, signer }) => {
      current = state.request?.status;
      if (!state.request) return { data: reply({ status: "None", final: true }, 404) };
      const res = await refreshRequestStatus(state, env, signer);
      const accepted = res.status === "Accepted";
      const userFound = accepted && hasSystemUserFor(res.state);
      return {
        state: res.changed ? res.state : undefined,
        data: reply({
          status: res.status,
          final: isFinalStatus(res.status) && (!accepted || userFound),
          systemUserId: userFound ? res.state.systemUser?.id : undefined,
        }),
      };
    });
  } catch (e) {
    const status = current ?? "None";
    if (e instanceof UserError)
      return reply({ status, final: true, error: { code: "USER", title: e.message } }, 409);
    if (e instanceof ConcurrentUpdateError) {
      const title = sessionMessages[await getLocale()].concurrentUpdate;
      return reply({ status, final: false, error: { code: "CONFLICT", title } }, 409);
    }
    if (isServiceError(e)) {
      const d = diagnose(e.toJSON(), await getLocale());
      return reply({ status, final: false, error: { code: d.code, title: d.title } }, 502);
    }
    console.error("[request-status] unexpected error:", e instanceof Error ? e.name : "unknown");
    return reply({ status, final: false, error: { code: "UNEXPECTED", title: "" } }, 502);
  }
}
