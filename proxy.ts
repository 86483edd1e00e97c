import { NextResponse, type NextRequest } from "next/server";
import { checkPagePost, readBodyLimited } from "./lib/http/action-request";
import { MAX_REQUEST_BODY_BYTES } from "./lib/http/limits";

/**
 * Runs before every page (on Node). POSTs to pages are server actions: a foreign origin gets 403, and a body
 * Next would answer with a 500 gets a 4xx (lib/http/action-request.ts). Bodies over the size limit never get
 * here: the guard in front of Next answers those with 413 while they stream in (lib/http/body-limit-guard.ts).
 *
 * Every page gets a Content-Security-Policy with a fresh nonce. Next reads the nonce from the request's CSP
 * header and puts it on its own scripts. The simulated Altinn approval page may send the customer's browser
 * on to the vendor's https redirect URL, so its form-action also allows https.
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST") {
    // Server actions are POSTs to pages. Next refuses a foreign Origin with a bare 500; refuse it here with a 403.
    if (!sameOrigin(request)) return refuse(403, "cross-origin request");
    // Next answers 500 to an action body React cannot decode; answer 4xx here instead. Reading the body does
    // not take it from the action: Next gives the proxy its own copy (next/dist/server/body-streams.js).
    const verdict = await checkPagePost(request.headers, () =>
      readBodyLimited(request, MAX_REQUEST_BODY_BYTES),
    );
    if (!verdict.ok) return refuse(verdict.status, verdict.reason);
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const approvalPage = /^\/sim\/(?:s\/[^/]+\/)?altinn-ui\//.test(request.nextUrl.pathname);
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${approvalPage ? " https:" : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  403: "Forbidden",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
};

function refuse(status: number, reason: string): NextResponse {
  return new NextResponse(`${STATUS_TEXT[status] ?? "Refused"}: ${reason}`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

function sameOrigin(request: NextRequest): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    {
      // Pages only: not static files, and not the JSON APIs of the simulated services.
      source:
        "/((?!_next/static|_next/image|favicon.ico|api/|sim/maskinporten|sim/samarbeid|sim/altinn/|sim/skatteetaten|sim/brreg|sim/_control|sim/s/[^/]+/(?:maskinporten|samarbeid|altinn/|skatteetaten|brreg|_control)).*)",
    },
  ],
};
