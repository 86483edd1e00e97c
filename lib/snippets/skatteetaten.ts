import { API_LIST, type ApiId } from "../apis";
import { curlCall, tsCall } from "./http";
import type { Snippet, SnippetContext } from "./types";

/** Skatteetaten's calls (contracts §3.2, §3.4, contracts-more §4.2), made with the system-user token. */
const SYSTEM_USER_TOKEN = "the system-user token from Maskinporten (step 6); it lives about 2 minutes";

/** The call step 7 makes to one API, as its module builds it for the customer and the snippet's period. */
export function apiCallSnippet(ctx: SnippetContext, id: ApiId): Snippet {
  const api = API_LIST.find((a) => a.id === id)!;
  const call = ctx.apiCalls[id];
  if (!call) throw new Error(`No test call built for ${id}`);
  const spec = {
    method: call.method,
    url: `${ctx.skatteetaten[id]}${call.path}`,
    token: SYSTEM_USER_TOKEN,
    note: api.snippet.note,
    ...(call.body !== undefined ? { body: call.body } : {}),
    ...(call.idempotent
      ? {
          headers: {
            idempotencyKey: {
              shell: "$(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)",
              ts: "crypto.randomUUID()",
            },
          },
        }
      : {}),
  };
  return {
    id: api.snippet.id,
    step: "call",
    method: spec.method,
    url: spec.url,
    curl: curlCall(spec),
    typescript: tsCall(spec),
  };
}
