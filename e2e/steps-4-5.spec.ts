import { expect, test, type Page } from "@playwright/test";
import { stepById } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { openDeveloperFold } from "./support/developer-fold";
import { completeSteps1to3 } from "./support/steps-1-3";
import {
  completeSystem,
  CUSTOMER,
  customerCard,
  customerStatus,
  expectApproved,
  movedOnTo,
  nextLink,
  openAddOne,
  sendRequest,
  texts,
} from "./support/steps-4-7";

/**
 * Steps 4 and 5 as a vendor clicks them in the simulator: register the system (and see Altinn's errors on
 * the fields they belong to), send the access request, hand the confirmUrl to the customer, and follow the
 * answer without pressing anything.
 */
const ts = texts.system;
const tc = texts.customer;

/** The list poller's live line (how many customers still wait). */
function livePoll(page: Page) {
  return page.locator("[role=status][data-waiting]");
}

async function requestId(page: Page): Promise<string> {
  const dd = page
    .locator("dt", { hasText: new RegExp(`^${tc.field.id}$`) })
    .locator("xpath=following-sibling::dd[1]");
  return (await dd.textContent())?.trim() ?? "";
}

test.describe("steps 4 and 5", () => {
  test.describe.configure({ timeout: 180_000 });

  test("register, send the request, the customer approves in a new tab, and the wizard sees Accepted by itself", async ({
    page,
    context,
  }) => {
    const { orgno, clientId } = await completeSteps1to3(page);

    await page.goto(stepById("system").path);
    await page.getByRole("button", { name: texts.common.fillExample }).click();
    // The live preview (for developers) shows the JSON that will be sent, with the vendor prefix and the
    // client from step 3.
    await openDeveloperFold(page);
    const preview = page.getByRole("figure").filter({ hasText: ts.preview });
    await expect(preview).toContainText(`"id": "${orgno}_regnskap_demo"`);
    await expect(preview).toContainText(`"ID": "0192:${orgno}"`);
    await expect(preview).toContainText(clientId);
    await page.getByRole("textbox", { name: ts.lang.en }).first().fill("Accounting Demo EN");
    await expect(preview).toContainText('"en": "Accounting Demo EN"');
    await expectNoSeriousA11yViolations(page, "step 4 (filled)");
    await page.getByRole("button", { name: ts.submit }).click();
    // Registered: the wizard goes on to step 5.
    await movedOnTo(page, stepById("customer"));
    await page.getByLabel(tc.customerLabel).selectOption(CUSTOMER);
    const requestPreview = page.getByRole("figure").filter({ hasText: tc.preview });
    await expect(requestPreview).toContainText(`"partyOrgNo": "${CUSTOMER}"`);
    await expect(requestPreview).toContainText("/customer/return");
    await expectNoSeriousA11yViolations(page, "step 5 (form)");
    await page.getByRole("button", { name: tc.submit }).click();
    await expect(page.getByText(tc.guide.waitingTitle.split("{customer}")[0]!)).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole("img", { name: tc.qrLabel })).toBeVisible();
    await expect(customerStatus(page, CUSTOMER)).toHaveText(tc.status.New);
    await expect(livePoll(page)).toHaveText(texts.customers.poll.waiting.replace("{waiting}", "1"));
    await expectNoSeriousA11yViolations(page, "step 5 (waiting)");

    // The customer opens the link in a new tab and approves; Altinn sends that browser to the return page.
    const [customerTab] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("link", { name: tc.open }).click(),
    ]);
    await customerTab.waitForLoadState();
    await expectNoSeriousA11yViolations(customerTab, "simulated Altinn approval");
    await customerTab.getByRole("button", { name: texts.approval.approve }).click();
    // The return page checks the answer and, step 5 being done, takes the vendor on to step 6.
    await customerTab.waitForURL((u) => u.pathname === stepById("token").path, { timeout: 20_000 });
    await expectNoSeriousA11yViolations(customerTab, "step 6 after the return");
    await customerTab.close();

    // The vendor's tab was left alone: its poller notices the approval without any click.
    await expect(customerStatus(page, CUSTOMER)).toHaveAttribute("data-status", "Accepted", {
      timeout: 30_000,
    });
    await expect(customerStatus(page, CUSTOMER)).toContainText(texts.customers.active);
    await expect(nextLink(page, stepById("token"))).toBeVisible();
    await expectNoSeriousA11yViolations(page, "step 5 (approved)");
  });

  test("a rejected request is renewed with the same externalRef after DELETE, and then approved", async ({
    page,
  }) => {
    await completeSteps1to3(page);
    await completeSystem(page);
    const confirmUrl = await sendRequest(page, CUSTOMER);
    const firstId = await requestId(page);
    const ref = (
      await page
        .locator("dt", { hasText: tc.field.externalRef })
        .locator("xpath=following-sibling::dd[1]")
        .textContent()
    )?.trim();

    await page.goto(confirmUrl);
    await page.getByRole("button", { name: texts.approval.reject }).click();
    // Rejecting asks first (the simulated Altinn pages confirm a rejection).
    await page.getByRole("button", { name: texts.approval.rejectConfirm.yes }).click();
    await page.waitForURL(/\/customer\/return/, { timeout: 15_000 });
    await expect(livePoll(page)).toHaveText(texts.customers.poll.allDone, { timeout: 15_000 });

    await page.goto(stepById("customer").path);
    await expect(customerStatus(page, CUSTOMER)).toHaveText(tc.status.Rejected);
    await expectNoSeriousA11yViolations(page, "step 5 (rejected)");
    await customerCard(page, CUSTOMER).getByRole("button", { name: tc.resendSame }).click();
    await expect(customerStatus(page, CUSTOMER)).toHaveText(tc.status.New, { timeout: 20_000 });
    expect(await requestId(page)).not.toBe(firstId);
    await expect(page.locator("dd", { hasText: ref! })).toBeVisible();

    const renewedUrl = await page.getByRole("link", { name: tc.open }).getAttribute("href");
    await page.goto(renewedUrl!);
    await page.getByRole("button", { name: texts.approval.approve }).click();
    await page.waitForURL(/\/customer\/return/, { timeout: 15_000 });
    await expectApproved(page, CUSTOMER);
  });

  test("sending the same request twice reuses the pending one instead of failing", async ({ page }) => {
    await completeSteps1to3(page);
    await completeSystem(page);
    await page.goto(stepById("customer").path);
    await page.getByLabel(tc.customerLabel).selectOption(CUSTOMER);
    const ref = await page.getByLabel(tc.externalRefLabel).inputValue();
    await page.getByRole("button", { name: tc.submit }).click();
    await expect(page.getByText(tc.guide.waitingTitle.split("{customer}")[0]!)).toBeVisible({
      timeout: 20_000,
    });
    const firstId = await requestId(page);

    await openAddOne(page);
    await page.getByLabel(tc.customerLabel).selectOption(CUSTOMER);
    await page.getByLabel(tc.externalRefLabel).fill(ref);
    await page.getByRole("button", { name: tc.submit }).click();
    await expect(page.getByText(tc.outcome.reused)).toBeVisible({ timeout: 20_000 });
    expect(await requestId(page)).toBe(firstId);
    await expect(customerStatus(page, CUSTOMER)).toHaveText(tc.status.New);
  });

  test("errors land on their fields: client-side rules, Altinn's AUTH.VLD codes, and the diff before a PUT", async ({
    page,
  }) => {
    const { orgno } = await completeSteps1to3(page);
    await page.goto(stepById("system").path);
    await page.getByRole("button", { name: texts.common.fillExample }).click();

    // Checked in the browser with the same schema and messages as the server.
    await page.getByLabel(ts.idSuffixLabel).fill("my system");
    await page
      .getByLabel(ts.redirectUrlLabel.replace("{n}", "1"), { exact: true })
      .fill("http://vendor.example/cb");
    await page.getByRole("button", { name: ts.submit }).click();
    await expect(page.getByLabel(ts.idSuffixLabel)).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#idSuffix-error")).toHaveText(texts.common.validation.noSpaces);
    await expect(page.locator("#allowedRedirectUrls-0-error")).toHaveText(
      texts.common.validation.httpsOrLocalUrl,
    );
    await expectNoSeriousA11yViolations(page, "step 4 (client-side errors)");

    // Register once, then try a second system with the same Maskinporten client: Altinn says AUTH.VLD-00004.
    await page.getByRole("button", { name: texts.common.fillExample }).click();
    await page.getByRole("button", { name: ts.submit }).click();
    await movedOnTo(page, stepById("customer"));
    await page.goto(stepById("system").path);
    await page.getByLabel(ts.idSuffixLabel).fill("second_system");
    await page.getByRole("button", { name: ts.submit }).click();
    const clientField = page.getByLabel(ts.clientIdLabel);
    await expect(clientField).toHaveAttribute("aria-invalid", "true", { timeout: 20_000 });
    await expect(page.locator("#clientId-error")).toContainText("AUTH.VLD-00004");
    await expectNoSeriousA11yViolations(page, "step 4 (Altinn validation error)");

    // Back to the registered id with a changed name: the diff is shown, and only a confirmation updates.
    await page.getByLabel(ts.idSuffixLabel).fill("regnskap_demo");
    await page.getByRole("textbox", { name: ts.lang.nb }).first().fill("Regnskap Demo 2");
    await page.getByRole("button", { name: ts.submit }).click();
    const diff = page.getByRole("region", { name: ts.diffTitle });
    await expect(diff).toBeVisible({ timeout: 20_000 });
    await expect(diff.getByRole("row", { name: /name\.nb/ })).toContainText("Regnskap Demo 2");
    await expect(diff).toContainText(ts.diffIntro);
    await expectNoSeriousA11yViolations(page, "step 4 (diff)");
    await diff.getByRole("button", { name: ts.confirmUpdate }).click();
    await movedOnTo(page, stepById("customer"));
    await page.goto(stepById("system").path);
    await expect(page.getByRole("textbox", { name: ts.lang.nb }).first()).toHaveValue("Regnskap Demo 2");
    await expect(page.getByText(`${orgno}_regnskap_demo`).first()).toBeVisible();
  });
});
