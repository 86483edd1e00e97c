import { expect, test, type Page } from "@playwright/test";
import { stepById } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { completeSteps1to3, randomOrgno, texts } from "./support/steps-1-3";
import { texts as later } from "./support/steps-4-7";

/**
 * Validation never moves a control under the pointer: a value typed and at once followed by a click on the
 * submit button (the click's own mousedown is the only blur) is never lost. An invalid value brings up the
 * error summary at the top of the form, focused, with a link to the field; a valid one is submitted.
 */

const summary = (page: Page) => page.getByTestId("form-error-summary");

/** Mousedown and mouseup on the spot where the button is before the click, like a person's click. */
async function clickRightAway(page: Page, name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error(`no button ${name}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

test("step 3: an invalid client id typed and clicked at once shows the error summary; a valid one saves", async ({
  page,
}) => {
  const t = texts.onboarding;
  await page.goto(stepById("onboarding").path);
  await page.getByLabel(t.envs.test.label).check();
  await page.getByLabel(t.orgnoLabel).fill(randomOrgno());
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
  for (const box of await page.getByRole("checkbox", { name: new RegExp(t.prereqTick) }).all())
    await box.check();
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: t.savedDone })).toBeVisible();

  const s = texts.scopes;
  await page.goto(stepById("scopes").path);
  await page.getByLabel("Krav og betalinger", { exact: true }).check();
  await page.getByRole("button", { name: s.saveApis }).click();
  await expect(page.getByText(s.manualExplain)).toBeVisible();
  await page.getByRole("button", { name: `${s.markOrdered}: skatteetaten:kravogbetalinger` }).click();
  await expect(page.getByText(`${s.statusLabel}: ${s.status.ordered}`)).toBeVisible();
  const grantButtons = page.getByRole("button", { name: new RegExp(`^${s.markGranted}`) });
  for (let left = await grantButtons.count(); left > 0; left--) {
    await grantButtons.first().click();
    await expect(grantButtons).toHaveCount(left - 1);
  }
  await expect(page.getByText(s.done)).toBeVisible();

  const c = texts.client;
  await page.goto(stepById("client").path);
  await page.getByRole("button", { name: c.createKey }).click();
  await expect(page.getByText(c.keyReady)).toBeVisible();
  await page.getByRole("checkbox", { name: /offentlige nøkkelen/ }).check();
  await page.getByRole("checkbox", { name: /Scopes-fane/ }).check();

  const field = page.getByLabel(c.clientIdLabel);
  await field.fill("klient id med mellomrom");
  await clickRightAway(page, c.saveClient);
  await expect(summary(page)).toBeVisible();
  await expect(summary(page)).toBeFocused();
  const link = summary(page).getByRole("link");
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", "#clientId");
  await expectNoSeriousA11yViolations(page, "step 3 with the error summary");
  await link.click();
  await expect(field).toBeFocused();

  await field.fill("a2ed712d-4144-4471-839f-80ae4a68146b");
  await clickRightAway(page, c.saveClient);
  await expect(page.getByTestId("client-id")).toHaveText("a2ed712d-4144-4471-839f-80ae4a68146b");
});

test("step 4: a URL typed after “add URL” and clicked at once shows the error summary; a valid one registers", async ({
  page,
}) => {
  await completeSteps1to3(page);
  const t = later.system;
  await page.goto(stepById("system").path);
  await page.getByRole("button", { name: later.common.fillExample }).click();
  await page.getByRole("button", { name: t.addRedirect }).click();
  const urls = page.getByRole("textbox", { name: /^Redirect-URL \d+$/ });
  const added = urls.last();
  const n = await urls.count();

  await added.fill("ikke en adresse");
  await clickRightAway(page, t.submit);
  await expect(summary(page)).toBeVisible();
  await expect(summary(page)).toBeFocused();
  const link = summary(page).getByRole("link");
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", `#allowedRedirectUrls-${n - 1}`);
  await expectNoSeriousA11yViolations(page, "step 4 with the error summary");
  await link.click();
  await expect(added).toBeFocused();

  await added.fill("https://leverandor.example/ferdig");
  await clickRightAway(page, t.submit);
  await expect(summary(page)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: /er registrert i Altinn/ })).toBeVisible({
    timeout: 20_000,
  });
});

test("step 1: a short organisation number gives the error summary, whose link leads to the field", async ({
  page,
}) => {
  const t = texts.onboarding;
  await page.goto(stepById("onboarding").path);
  await page.getByLabel(t.envs.simulator.label, { exact: true }).check();
  await page.getByLabel(t.orgnoLabel).fill("123");
  await clickRightAway(page, t.submit);
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole("heading", { name: texts.common.errorSummary })).toBeVisible();
  await summary(page).getByRole("link").first().click();
  await expect(page.getByLabel(t.orgnoLabel)).toBeFocused();
  // Fixing the value clears the summary as the user types, before the next click.
  await page.getByLabel(t.orgnoLabel).fill(randomOrgno());
  await expect(summary(page)).toHaveCount(0);
});
