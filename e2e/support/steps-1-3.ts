import { expect, type Page } from "@playwright/test";
import { SKATTEETATEN_APIS, type ApiId } from "../../lib/catalogue";
import { client } from "../../lib/i18n/messages/client";
import { common } from "../../lib/i18n/messages/common";
import { onboarding } from "../../lib/i18n/messages/onboarding";
import { scopes } from "../../lib/i18n/messages/scopes";
import { tokenClaims } from "../../lib/i18n/messages/token-claims";
import { orgnoCheckDigit } from "../../lib/mod11";
import { stepById } from "../../lib/steps";
import { expectNoSeriousA11yViolations } from "./a11y";
import { openDeveloperFold } from "./developer-fold";
import { movedOnTo } from "./flow";

/**
 * Page objects for steps 1–3, reading their labels from the same message modules the pages use (bokmål,
 * the default language). Other specs start from `completeSteps1to3` to get a vendor with a client and key.
 */
export const texts = {
  common: common.nb,
  onboarding: onboarding.nb,
  scopes: scopes.nb,
  client: client.nb,
  tokenClaims: tokenClaims.nb,
};

/** A random, valid, Tenor-like organisation number (starts with 3): a vendor no other test has used. */
export function randomOrgno(first = "3"): string {
  for (;;) {
    const body = first + String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0");
    const check = orgnoCheckDigit(body);
    if (check !== null) return body + check;
  }
}

export interface Steps1to3Options {
  /** Vendor organisation number; default a fresh random valid one. */
  orgno?: string;
  /** APIs chosen in step 2; default Krav og betalinger. */
  apis?: ApiId[];
  /** Run axe on each page as it is reached and after each result appears. */
  checkA11y?: boolean;
  /** Stop after step 3's client is created, before the test token. */
  skipTestToken?: boolean;
}

export interface Steps1to3Result {
  orgno: string;
  apis: ApiId[];
  kid: string;
  clientId: string;
}

async function a11y(page: Page, on: boolean | undefined, what: string) {
  if (on) await expectNoSeriousA11yViolations(page, what);
}

/** Step 1: simulator environment and the vendor, saved (the wizard goes on to step 2). */
export async function completeOnboarding(page: Page, orgno: string, checkA11y?: boolean): Promise<void> {
  const t = texts.onboarding;
  await page.goto(stepById("onboarding").path);
  await page.getByLabel(t.envs.simulator.label, { exact: true }).check();
  await page.getByLabel(t.orgnoLabel).fill(orgno);
  await expect(
    page.getByText(t.lookup.notFound).or(page.getByText(/^Navn i Enhetsregisteret:/)),
  ).toBeVisible();
  await a11y(page, checkA11y, "step 1");
  await page.getByRole("button", { name: t.submit }).click();
  await movedOnTo(page, stepById("scopes"));
}

/** Step 2: choose the APIs; saving has every scope granted by the simulator and goes on to step 3. */
export async function completeScopes(page: Page, apis: ApiId[], checkA11y?: boolean): Promise<void> {
  const t = texts.scopes;
  await page.goto(stepById("scopes").path);
  for (const id of apis) await page.getByLabel(SKATTEETATEN_APIS[id].name.nb, { exact: true }).check();
  await a11y(page, checkA11y, "step 2");
  await page.getByRole("button", { name: t.saveApisSim }).click();
  await movedOnTo(page, stepById("client"));
}

/**
 * Step 3. By default as a newcomer does it: the one button makes the key, the client and the test token, and
 * the wizard goes on to step 4; then back on step 3 with the developer fold open (the key, the client and the
 * decoded token, where later checks look). With `skipTestToken`, the parts one by one in the fold: the key
 * and the client, no test token (step 3 not done).
 */
export async function completeClient(
  page: Page,
  opts: { checkA11y?: boolean; skipTestToken?: boolean } = {},
): Promise<{ kid: string; clientId: string }> {
  const t = texts.client;
  await page.goto(stepById("client").path);
  await a11y(page, opts.checkA11y, "step 3 (no key)");
  if (!opts.skipTestToken) {
    await page.getByRole("button", { name: t.quickSetup }).click();
    await movedOnTo(page, stepById("system"));
    await page.goto(stepById("client").path);
    await openDeveloperFold(page);
    await expect(page.getByRole("heading", { name: texts.tokenClaims.title })).toBeVisible();
    await a11y(page, opts.checkA11y, "step 3 (token)");
  } else {
    await openDeveloperFold(page);
    // The suggested key id is in the server-rendered field; never read it as "" before the page is ready.
    await expect(page.getByLabel(t.kidLabel)).toHaveValue(/^sbw-\d{8}-[a-z0-9]+$/);
    await page.getByRole("button", { name: t.createKey }).click();
    await expect(page.getByText(t.keyReady)).toBeVisible();
    await page.getByRole("button", { name: t.createSim }).click();
  }
  const clientId =
    (await page.getByTestId("client-id").first().textContent({ timeout: 15_000 }))?.trim() ?? "";
  expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
  const kid = (await page.getByTestId("client-kid").first().textContent())?.trim() ?? "";
  expect(kid).toMatch(/^sbw-\d{8}-[a-z0-9]+$/);
  return { kid, clientId };
}

/**
 * Clicks through steps 1–3 in the simulator with a fresh random vendor, as a person would, and returns
 * what it used. Afterwards step 4 is available.
 */
export async function completeSteps1to3(page: Page, opts: Steps1to3Options = {}): Promise<Steps1to3Result> {
  const orgno = opts.orgno ?? randomOrgno();
  const apis = opts.apis ?? ["kravogbetalinger"];
  await completeOnboarding(page, orgno, opts.checkA11y);
  await completeScopes(page, apis, opts.checkA11y);
  const { kid, clientId } = await completeClient(page, {
    checkA11y: opts.checkA11y,
    skipTestToken: opts.skipTestToken,
  });
  return { orgno, apis, kid, clientId };
}
