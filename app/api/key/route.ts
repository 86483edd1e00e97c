import { getConfig } from "@/lib/config";
import { privateKeyPem } from "@/lib/keys";
import { readState, writeState } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * The one-time download of the private key (PKCS#8 PEM). A POST from this site only (Origin checked against
 * the host, as Next does for server actions), so another site cannot make a browser fetch it; the same
 * response marks the key as downloaded, after which this answers 410 and the page no longer offers it.
 */
export async function POST(req: Request): Promise<Response> {
  if (!sameOrigin(req)) return Response.json({ error: "forbidden_origin" }, { status: 403 });
  const state = await readState();
  const key = state.key;
  if (!key) return Response.json({ error: "no_key" }, { status: 404 });
  if (key.downloaded) return Response.json({ error: "already_downloaded" }, { status: 410 });
  const pem = privateKeyPem(key);
  await writeState({ ...state, key: { ...key, downloaded: true } });
  return new Response(pem, {
    status: 200,
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": `attachment; filename="${key.kid}.private.pem"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

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
