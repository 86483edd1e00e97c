import { curlCall, tsCall } from "./http";
import type { Snippet, SnippetContext } from "./types";

/** Skatteetaten's calls (contracts §3.2, §3.4), made with the system-user token. */
const SYSTEM_USER_TOKEN = "the system-user token from Maskinporten (step 6); it lives about 2 minutes";

export function openClaimsSnippet(ctx: SnippetContext): Snippet {
  const call = {
    method: "GET" as const,
    url: `${ctx.skatteetaten.kravogbetalinger}/regnskapssystem/${encodeURIComponent(ctx.customerOrgNo)}/aapnekrav`,
    token: SYSTEM_USER_TOKEN,
    note: "Open claims and unplaced payments for the customer; the answer's Korrelasjonsid header identifies the call.",
  };
  return {
    id: "skatteetaten-aapnekrav",
    step: "call",
    method: call.method,
    url: call.url,
    curl: curlCall(call),
    typescript: tsCall(call),
  };
}

export function boligselskapSnippet(ctx: SnippetContext): Snippet {
  const call = {
    method: "POST" as const,
    url: `${ctx.skatteetaten["innrapportering-boligselskap"]}/${ctx.inntektsaar}`,
    token: SYSTEM_USER_TOKEN,
    body: ctx.boligselskapBody,
    headers: {
      idempotencyKey: {
        shell: "$(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)",
        ts: "crypto.randomUUID()",
      },
    },
    note: "A new idempotencyKey (UUID) for every new submission; reuse it only to resend the very same delivery.",
  };
  return {
    id: "skatteetaten-boligselskap",
    step: "call",
    method: call.method,
    url: call.url,
    curl: curlCall(call),
    typescript: tsCall(call),
  };
}
