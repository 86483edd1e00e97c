export const dynamic = "force-dynamic";

/** Readiness probe for Playwright's webServer and the benchmark. */
export function GET(): Response {
  return Response.json({ ok: true });
}
