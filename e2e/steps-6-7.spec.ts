import { expect, test, type Page } from "@playwright/test";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { stepById, SUMMARY_PATH } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { completeSteps1to3 } from "./support/steps-1-3";
import {
  approveAt,
  completeSteps4and5,
  completeToken,
  CUSTOMER,
  expectApproved,
  OTHER_CUSTOMER,
  sendRequest,
  texts,
  fetchTokenAndStay,
} from "./support/steps-4-7";

/** The error doctor's panel (role alert, named by its title). */
function doctor(page: Page) {
  return page.getByRole("alert", { name: texts.common.errorDoctor.title });
}

test.describe("steps 6 and 7", () => {
  test.describe.configure({ timeout: 180_000 });

  test("fresh browser: steps 6, 7 and the summary say what comes first, accessibly", async ({ page }) => {
    for (const path of [stepById("token").path, stepById("call").path]) {
      await page.goto(path);
      await expect(page.getByText(texts.common.locked.title)).toBeVisible();
      // the link goes to the first open step, not the step just before this one
      const start = page.getByText(texts.common.locked.start).getByRole("link");
      await expect(start).toHaveAttribute("href", stepById("onboarding").path);
      await expect(start).toHaveText(`Steg 1: ${texts.common.steps.onboarding.title}`);
      await expectNoSeriousA11yViolations(page, `${path} (locked)`);
    }
    await page.goto(SUMMARY_PATH);
    await expect(page.getByText(texts.summary.notYet).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, "summary (empty)");
  });

  test("a second customer's pending request leaves steps 6-7 with the approved one; once approved it can be chosen", async ({
    page,
  }) => {
    await completeSteps1to3(page, { apis: ["kravogbetalinger"] });
    await completeSteps4and5(page, CUSTOMER);
    await completeToken(page, CUSTOMER, { checkA11y: true });

    // A second customer: the request is sent, nobody has approved it. Step 6 still acts for the first
    // (before the list, sending it made the wizard forget the approved customer).
    const confirmUrl = await sendRequest(page, OTHER_CUSTOMER);
    await page.goto(stepById("token").path);
    await expect(page.getByLabel(texts.picker.label)).toHaveValue(CUSTOMER);
    await expect(page.getByText(texts.common.stale)).toHaveCount(0);
    await expect(page.getByText(`0192:${CUSTOMER}`).first()).toBeVisible();

    // The customer approves; the vendor picks them for step 6 and gets their token.
    await approveAt(page, confirmUrl);
    await expectApproved(page, OTHER_CUSTOMER);
    await page.goto(stepById("token").path);
    await expect(page.getByLabel(texts.picker.label)).toHaveValue(CUSTOMER);
    await page.getByLabel(texts.picker.label).selectOption(OTHER_CUSTOMER);
    await page.getByRole("button", { name: texts.picker.submit }).click();
    await expect(page.getByText(`0192:${OTHER_CUSTOMER}`).first()).toBeVisible({ timeout: 20_000 });
    await expectNoSeriousA11yViolations(page, "step 6 (customer chosen)");
    await fetchTokenAndStay(page, texts.token.fetchAgain);
    await expect(page.getByRole("alert", { name: texts.common.errorDoctor.title })).toHaveCount(0);
    await expect(page.getByRole("region", { name: texts.token.systemUserHeading })).toContainText(
      OTHER_CUSTOMER,
      { timeout: 20_000 },
    );
  });

  test("a submission the customer did not grant the right for is refused with 403 and explained", async ({
    page,
  }) => {
    await completeSteps1to3(page, { apis: ["kravogbetalinger", "innrapportering-boligselskap"] });
    // The customer is asked only for Krav og betalinger.
    await completeSteps4and5(page, CUSTOMER, {
      withoutRights: [SKATTEETATEN_APIS["innrapportering-boligselskap"].resource],
    });
    await completeToken(page, CUSTOMER);

    await page.goto(stepById("call").path);
    const reporting = page.getByRole("region", {
      name: SKATTEETATEN_APIS["innrapportering-boligselskap"].name.nb,
    });
    await reporting.getByRole("button", { name: texts.call.run }).click();
    const d = doctor(page);
    await expect(d).toBeVisible({ timeout: 20_000 });
    await expect(d).toContainText("GLD_005");
    await expect(d).toContainText("403: tokenet ble godtatt");
    await expect(d).toContainText("ske-innrapportering-boligselskap");
    await expect(reporting).toContainText(texts.call.failedTitle.replace("{status}", "403"));
    await expectNoSeriousA11yViolations(page, "step 7 (GLD_005 explained)");

    // What was granted still works.
    const claims = page.getByRole("region", { name: SKATTEETATEN_APIS.kravogbetalinger.name.nb });
    await claims.getByRole("button", { name: texts.call.run }).click();
    await expect(claims).toContainText(texts.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
  });

  test("a call for an organisation the system user does not belong to is refused with 403 and explained", async ({
    page,
    context,
    baseURL,
  }) => {
    await completeSteps1to3(page, { apis: ["kravogbetalinger"] });
    await completeSteps4and5(page, CUSTOMER);
    await completeToken(page, CUSTOMER);

    await page.goto(stepById("call").path);
    await expectNoSeriousA11yViolations(page, "step 7 (before)");
    await page.getByLabel(texts.call.orgnoLabel).fill(OTHER_CUSTOMER);
    await page.getByRole("button", { name: texts.call.run }).click();
    const d = doctor(page);
    await expect(d).toBeVisible({ timeout: 20_000 });
    await expect(d).toContainText("DAS-008");
    await expect(d).toContainText("403: tokenet ble godtatt");
    const answer = page.getByRole("region", { name: texts.call.resultHeading });
    await expect(answer).toContainText(texts.call.failedTitle.replace("{status}", "403"));
    await expect(answer).toContainText(`/regnskapssystem/${OTHER_CUSTOMER}/aapnekrav`);
    await expect(answer.getByText(/^[0-9a-f-]{36}$/).first()).toBeVisible(); // the correlation id
    await expectNoSeriousA11yViolations(page, "step 7 (403 explained)");

    // The customer's own number works, with the token from the cache.
    await page.getByLabel(texts.call.orgnoLabel).fill(CUSTOMER);
    await page.getByRole("button", { name: texts.call.runAgain }).click();
    await expect(answer).toContainText(texts.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
    await expect(answer).toContainText(texts.call.tokenCached.split(" (")[0]!);
    await expect(
      page.getByRole("region", { name: texts.call.historyHeading }).getByRole("listitem"),
    ).toHaveCount(2);
    await expectNoSeriousA11yViolations(page, "step 7 (answer)");

    // The summary, in both languages.
    await page.goto(SUMMARY_PATH);
    await expect(page.getByRole("heading", { name: texts.summary.title, level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: texts.summary.sections.calls })).toContainText("403");
    await expectNoSeriousA11yViolations(page, "summary (nb)");
    await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);
    for (const path of [stepById("token").path, stepById("call").path, SUMMARY_PATH]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoSeriousA11yViolations(page, `${path} (en)`);
    }
    await expect(page.getByRole("heading", { name: "Summary", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download as JSON" })).toBeVisible();
  });
});
