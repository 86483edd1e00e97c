import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { stepById } from "../lib/steps";
import { randomOrgno, texts } from "./support/steps-1-3";

/**
 * "Start over" as a user does it, and what a copy of the old cookie (a shared computer, a stolen cookie
 * header) gets afterwards: no state and no private key. The test environment is used because its steps 1–3
 * make no outbound call that needs the simulator: the vendor ticks the prerequisites, records the scopes
 * and creates the key.
 */
const SESSION_COOKIE = "sbw_sid";

async function stepsOneToThreeInTest(page: Page, orgno: string): Promise<string> {
  const t = texts.onboarding;
  await page.goto(stepById("onboarding").path);
  await page.getByLabel(t.envs.test.label).check();
  await page.getByLabel(t.orgnoLabel).fill(orgno);
  for (const box of await page.getByRole("checkbox", { name: new RegExp(t.prereqTick) }).all())
    await box.check();
  await page.getByRole("button", { name: t.submit }).click();
  // Step 1 complete: the wizard goes on to step 2.
  await page.waitForURL((u) => u.pathname === stepById("scopes").path);

  const s = texts.scopes;
  await page.getByLabel("Krav og betalinger", { exact: true }).check();
  await page.getByRole("button", { name: s.saveApis }).click();
  await expect(page.getByText(s.manualExplain)).toBeVisible();
  const grantButtons = page.getByRole("button", { name: new RegExp(`^${s.markGranted}`) });
  for (let left = await grantButtons.count(); left > 0; left--) {
    await grantButtons.first().click();
    await expect(grantButtons).toHaveCount(left - 1);
  }
  await expect(page.getByText(s.done)).toBeVisible();

  const c = texts.client;
  await page.goto(stepById("client").path);
  // The suggested key id is in the server-rendered field; never read it as "" before the page is ready.
  await expect(page.getByLabel(c.kidLabel)).toHaveValue(/^sbw-\d{8}-[a-z0-9]+$/);
  const kid = await page.getByLabel(c.kidLabel).inputValue();
  await page.getByRole("button", { name: c.createKey }).click();
  await expect(page.getByText(c.keyReady)).toBeVisible();
  await expect(page.getByRole("main")).toContainText(kid);
  return kid;
}

async function summary(request: APIRequestContext) {
  const res = await request.get("/api/summary");
  expect(res.ok()).toBe(true);
  return (await res.json()) as { vendor: { orgno: string } | null; key: { kid: string } | null };
}

test("after 'start over' a copy of the old cookie gets no state and no key", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const orgno = randomOrgno();
  try {
    const kid = await stepsOneToThreeInTest(page, orgno);
    const cookies = await context.cookies();
    const old = cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(old, "one session cookie").toBeTruthy();
    expect(old).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(old.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookies.filter((c) => /^sbw\.\d$/.test(c.name))).toEqual([]);
    const header = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect(Buffer.byteLength(header), "the whole Cookie header").toBeLessThanOrEqual(200);

    // Someone copies the cookie while the session holds a vendor and a key.
    const thief = await browser.newContext({ baseURL });
    await thief.addCookies([old]);
    expect(await summary(thief.request)).toMatchObject({ vendor: { orgno }, key: { kid } });

    // The user starts over, as a person does: the header's button, then the confirmation.
    await page.getByRole("button", { name: texts.common.nav.startOver }).click();
    await page
      .getByRole("dialog", { name: texts.common.nav.startOver })
      .getByRole("button", { name: texts.common.nav.startOver })
      .click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: `${texts.common.nav.start} →` })).toBeVisible();
    const fresh = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(fresh?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fresh?.value).not.toBe(old.value);
    expect(await summary(context.request)).toMatchObject({ vendor: null, key: null });

    // The copy of the old cookie: an empty wizard, nothing in the summary, and no key to download.
    const thiefPage = await thief.newPage();
    await thiefPage.goto(stepById("onboarding").path);
    await expect(thiefPage.getByLabel(texts.onboarding.orgnoLabel)).toHaveValue("");
    await thiefPage.goto(stepById("client").path);
    await expect(thiefPage.getByRole("main")).not.toContainText(kid);
    expect(await summary(thief.request)).toMatchObject({ vendor: null, key: null });
    const download = await thief.request.post("/api/key", { headers: { origin: baseURL! } });
    expect(download.status()).toBe(404);
    expect(await download.text()).not.toContain("PRIVATE KEY");
    // Nor does the browser that started over get the old key.
    expect((await context.request.post("/api/key", { headers: { origin: baseURL! } })).status()).toBe(404);
    await thief.close();
  } finally {
    await context.close();
  }
});
