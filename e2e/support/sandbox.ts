import { expect, type Page } from "@playwright/test";

/**
 * The control path of this browser's own simulator sandbox (`/sim/s/<id>/_control`), read from the summary
 * download's Maskinporten issuer, as a vendor could read it from any snippet. Faults, clock skew and scope
 * withdrawals set there touch only this session's simulated world.
 */
export async function sandboxControl(page: Page): Promise<string> {
  const res = await page.request.get("/api/summary");
  expect(res.ok(), "the session has a summary (step 1 saved)").toBe(true);
  const issuer = ((await res.json()) as { environment: { maskinportenIssuer: string } }).environment
    .maskinportenIssuer;
  const id = /\/sim\/s\/([A-Za-z0-9_-]+)\/maskinporten\/$/.exec(new URL(issuer).pathname)?.[1];
  expect(id, `a sandbox in the issuer ${issuer}`).toBeTruthy();
  return `/sim/s/${id}/_control`;
}
