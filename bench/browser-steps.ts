import type { Page } from "playwright-core";
import { completeSteps1to3 } from "../e2e/support/steps-1-3";
import { approvalMessages } from "../components/sim/approval-messages";
import { callMessages } from "../lib/i18n/messages/call";
import { common } from "../lib/i18n/messages/common";
import { customerMessages } from "../lib/i18n/messages/customer";
import { systemMessages } from "../lib/i18n/messages/system";
import { tokenMessages } from "../lib/i18n/messages/token";
import { stepById } from "../lib/steps";

/**
 * The seven steps as a person clicks them, in bokmål, located by roles and labels from the pages' own
 * message modules: steps 1–3 with the e2e page objects (e2e/support), steps 4–7 here. "Fill with example
 * values" is used where a form offers it, as in a demo.
 */
const T = {
  common: common.nb,
  system: systemMessages.nb,
  customer: customerMessages.nb,
  token: tokenMessages.nb,
  call: callMessages.nb,
  approval: approvalMessages.nb,
};
const WAIT = { timeout: 30_000 };

/** Called after each part with its name; the caller times the parts. */
export type Mark = (part: string) => void;

export async function clickThroughFlow(page: Page, mark: Mark = () => undefined): Promise<void> {
  await completeSteps1to3(page, { apis: ["kravogbetalinger"] });
  mark("steps 1-3");

  // Step 4: register the system.
  await page.goto(stepById("system").path);
  await page.getByRole("button", { name: T.common.fillExample }).click();
  await page.getByRole("button", { name: T.system.submit }).click();
  await page
    .getByRole("heading", { name: T.system.savedTitle })
    .or(page.getByText(T.system.savedTitle, { exact: true }))
    .first()
    .waitFor(WAIT);

  mark("step 4");

  // Step 5: send the access request, approve it as the customer, see the wizard notice.
  await page.goto(stepById("customer").path);
  await page.getByRole("button", { name: T.common.fillExample }).click();
  await page.getByRole("button", { name: T.customer.submit }).click();
  const confirm = page.locator('a[href*="/altinn-ui/accessmanagement/ui/systemuser/request"]').first();
  await confirm.waitFor(WAIT);
  const href = await confirm.getAttribute("href");
  if (!href) throw new Error("step 5 shows no confirmUrl link");
  const customer = await page.context().newPage();
  try {
    await customer.goto(href);
    await customer.getByRole("button", { name: T.approval.approve }).click();
    await customer.waitForURL((u) => !u.search.includes("DONTCHOOSEREPORTEE"), WAIT);
  } finally {
    await customer.close();
  }
  const accepted = page.getByText(T.customer.acceptedTitle).first();
  const checkNow = page.getByRole("button", { name: T.customer.live.checkNow });
  // The page polls on its own; "check now" only shortens the wait.
  if (await checkNow.isVisible().catch(() => false)) await checkNow.click().catch(() => undefined);
  await accepted.waitFor(WAIT);

  mark("step 5 (with approval)");

  // Step 6: the system-user token.
  await page.goto(stepById("token").path);
  await page.getByRole("button", { name: T.token.fetch }).click();
  await page.getByText(T.token.stepDone).first().waitFor(WAIT);

  mark("step 6");

  // Step 7: the test call.
  await page.goto(stepById("call").path);
  await page.getByRole("button", { name: T.call.run }).first().click();
  await page.getByText(T.call.stepDone).first().waitFor(WAIT);
  mark("step 7");
}
