import { curlCall, tsCall, type HttpCall } from "./http";
import type { Snippet, SnippetContext, SnippetId } from "./types";
import type { StepId } from "../session/state";

/** Altinn's system register and system-user request API (contracts §2.3–2.10), called with the vendor token. */
const VENDOR_TOKEN = "the vendor token from Maskinporten with the Altinn scopes (step 3)";

function base(ctx: SnippetContext): string {
  return ctx.altinnPlatformUrl.endsWith("/") ? ctx.altinnPlatformUrl : `${ctx.altinnPlatformUrl}/`;
}

function snippet(id: SnippetId, step: StepId, call: HttpCall): Snippet {
  return { id, step, method: call.method, url: call.url, curl: curlCall(call), typescript: tsCall(call) };
}

const seg = encodeURIComponent;

export function systemGetSnippet(ctx: SnippetContext): Snippet {
  return snippet("altinn-system-get", "system", {
    method: "GET",
    url: `${base(ctx)}systemregister/vendor/${seg(ctx.systemId)}`,
    token: VENDOR_TOKEN,
    note: "200 with the registered system, 404 if it does not exist yet.",
  });
}

export function systemCreateSnippet(ctx: SnippetContext): Snippet {
  return snippet("altinn-system-create", "system", {
    method: "POST",
    url: `${base(ctx)}systemregister/vendor`,
    token: VENDOR_TOKEN,
    body: ctx.registration,
    note: "200 with the system's internal GUID as a JSON string.",
  });
}

export function systemUpdateSnippet(ctx: SnippetContext): Snippet {
  return snippet("altinn-system-update", "system", {
    method: "PUT",
    url: `${base(ctx)}systemregister/vendor/${seg(ctx.systemId)}`,
    token: VENDOR_TOKEN,
    body: ctx.registration,
    note: "PUT replaces the whole definition: send every field, clientId included.",
  });
}

export function requestCreateSnippet(ctx: SnippetContext): Snippet {
  return snippet("altinn-request-create", "customer", {
    method: "POST",
    url: `${base(ctx)}systemuser/request/vendor`,
    token: VENDOR_TOKEN,
    body: ctx.accessRequest,
    note: "201 with a new request (200 if one exists for the same systemId, partyOrgNo and externalRef); send the customer to confirmUrl.",
  });
}

export function requestGetSnippet(ctx: SnippetContext): Snippet {
  return snippet("altinn-request-get", "customer", {
    method: "GET",
    url: `${base(ctx)}systemuser/request/vendor/${seg(ctx.requestId)}`,
    token: VENDOR_TOKEN,
    note: "Poll status: New, Accepted, Rejected, Denied or Timedout.",
  });
}

export function requestByExternalRefSnippet(ctx: SnippetContext): Snippet {
  return snippet("altinn-request-byexternalref", "customer", {
    method: "GET",
    url: `${base(ctx)}systemuser/request/vendor/byexternalref/${seg(ctx.systemId)}/${seg(ctx.customerOrgNo)}/${seg(ctx.externalRef)}`,
    token: VENDOR_TOKEN,
    note: "Finds the request again without its id.",
  });
}

export function systemUserByQuerySnippet(ctx: SnippetContext): Snippet {
  const q = new URLSearchParams({
    "system-id": ctx.systemId,
    orgno: ctx.customerOrgNo,
    "external-ref": ctx.externalRef,
  });
  return snippet("altinn-systemuser-byquery", "token", {
    method: "GET",
    url: `${base(ctx)}systemuser/vendor/byquery?${q.toString()}`,
    token: `${VENDOR_TOKEN} (byquery needs altinn:authentication/systemuser.request.write)`,
    note: "200 with the system user (id, systemId, reporteeOrgNo, externalRef, userType); 404 if there is none.",
  });
}
