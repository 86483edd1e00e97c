import { getConfig } from "@/lib/config";
import { downloadOnce } from "@/lib/keys/store";
import { currentSessionId, keyStore } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * The one-time download of the private key (PKCS#8 PEM). A POST from this site only (Origin checked against
 * the host, as Next does for server actions), so another site cannot make a browser fetch it. The database
 * marks the key downloaded and hands it out in one statement: of two racing requests exactly one gets the
 * PEM and the other a 410, and after "start over" or "forget key" there is nothing left to hand out (404).
 */
export async function POST(req: Request): Promise<Response> {
  if (!sameOrigin(req))
    return Response.json({ error: "forbidden_origin" }, { status: 403, headers: noStore });
  const result = await downloadOnce(await keyStore(), await currentSessionId());
  if (result.kind === "none") return Response.json({ error: "no_key" }, { status: 404, headers: noStore });
  if (result.kind === "alreadyDownloaded")
    return Response.json({ error: "already_downloaded" }, { status: 410, headers: noStore });
  return new Response(result.pem, {
    status: 200,
    headers: {
      ...noStore,
      "content-type": "application/x-pem-file",
      "content-disposition": `attachment; filename="${result.kid}.private.pem"`,
      "x-content-type-options": "nosniff",
    },
  });
}

const noStore = { "cache-control": "no-store" };

function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set([new URL(getConfig().publicUrl).origin]);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}
