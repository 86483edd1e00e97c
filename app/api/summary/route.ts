import { readSession } from "@/lib/session";
import { buildSummary, summaryFileName } from "@/lib/summary/build";

export const dynamic = "force-dynamic";

/**
 * The summary as a JSON download: what was set up, from this browser's session. Built from an allow-list
 * (lib/summary/build.ts), so neither the private key nor any token can end up in the file.
 */
export async function GET(): Promise<Response> {
  const { state, env } = await readSession();
  const now = Date.now();
  const body = JSON.stringify(buildSummary(state, env, now), null, 2);
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${summaryFileName(state, now)}"`,
      "cache-control": "no-store",
    },
  });
}
