/**
 * Approves a system-user request as the customer does in the simulated Altinn UI, without JavaScript: load
 * the confirm page, take the approval form's hidden fields (Next's server-action id and the request id) and
 * post them back with decision=approve, as a browser submitting the form would.
 */
export class ApprovalError extends Error {}

/** `confirmUrl` is the request's own, as Altinn answered it (it carries the sandbox). */
export async function approveRequest(confirmUrl: string): Promise<void> {
  const pageUrl = confirmUrl;
  const origin = new URL(confirmUrl).origin;
  const page = await fetch(pageUrl);
  const html = await page.text();
  if (!page.ok) throw new ApprovalError(`approval page → ${page.status}`);
  // The page has other forms (the language switch); the approval form is the one carrying the request id.
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)]
    .map((m) => m[1]!)
    .find((f) => /name="id"/.test(f));
  if (!form) throw new ApprovalError("approval page has no approval form (request not pending?)");
  const body = new FormData();
  for (const m of form.matchAll(/<input\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/type="hidden"/i.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (name) body.append(decodeEntities(name), decodeEntities(/value="([^"]*)"/.exec(tag)?.[1] ?? ""));
  }
  if (![...body.keys()].some((k) => k.startsWith("$ACTION")))
    throw new ApprovalError("approval form has no server-action id");
  body.append("decision", "approve");
  const res = await fetch(pageUrl, { method: "POST", body, headers: { origin }, redirect: "manual" });
  // A decided request redirects to the vendor's redirectUrl or the "done" page; back to the same page means refused.
  const location = res.headers.get("location") ?? "";
  if (
    res.status < 300 ||
    res.status >= 400 ||
    (location.includes(new URL(confirmUrl).pathname) && !location.includes("/done"))
  ) {
    throw new ApprovalError(`approval post → ${res.status} ${location}`);
  }
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
