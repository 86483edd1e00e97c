import { NextResponse, type NextRequest } from "next/server";

/**
 * A Content-Security-Policy with a fresh nonce on every page. Next reads the nonce from the request's CSP
 * header and puts it on its own scripts. The simulated Altinn approval page may send the customer's browser
 * on to the vendor's https redirect URL, so its form-action also allows https.
 */
export function proxy(request: NextRequest) {
  // Server actions are POSTs to pages. Next refuses a foreign Origin with a bare 500; refuse it here with a 403.
  if (request.method === "POST" && !sameOrigin(request)) {
    return new NextResponse("Forbidden: cross-origin request", { status: 403, headers: { "content-type": "text/plain" } });
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const approvalPage = request.nextUrl.pathname.startsWith("/sim/altinn-ui/");
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
      source: "/((?!_next/static|_next/image|favicon.ico|api/|sim/maskinporten|sim/samarbeid|sim/altinn/|sim/skatteetaten|sim/brreg|sim/_control).*)",
    },
  ],
};
