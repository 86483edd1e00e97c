/**
 * Runs once when the server starts. On Node it puts the request-body limit in front of Next (see
 * lib/http/body-limit-guard.ts for why it cannot live in proxy.ts or next.config.ts alone).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installBodyLimitGuard } = await import("./lib/http/body-limit-guard");
  installBodyLimitGuard();
}
