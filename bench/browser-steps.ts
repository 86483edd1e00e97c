import type { Page } from "playwright-core";
import { completeSteps1to3 } from "../e2e/support/steps-1-3";
import {
  approveAt,
  completeSystem,
  CUSTOMER,
  expectApproved,
  movedOnTo,
  sendRequest,
} from "../e2e/support/steps-4-7";
import { callMessages } from "../lib/i18n/messages/call";
import { tokenMessages } from "../lib/i18n/messages/token";
import { stepById } from "../lib/steps";

/**
 * The seven steps as a person clicks them, in bokmål, located by roles and labels from the pages' own
 * message modules, with the e2e page objects (e2e/support) up to the customer's approval, then steps 6–7
 * here. "Fill with example values" is used where a form offers it, as in a demo.
 */
const T = {
  token: tokenMessages.nb,
  call: callMessages.nb,
};
const WAIT = { timeout: 30_000 };

/** Called after each part with its name; the caller times the parts. */
export type Mark = (part: string) => void;

export async function clickThroughFlow(page: Page, mark: Mark = () => undefined): Promise<void> {
  await completeSteps1to3(page, { apis: ["kravogbetalinger"] });
  mark("steps 1-3");

  // Steps 4-5 with the e2e page objects: register, send the request, approve it as the customer.
  await completeSystem(page);
  mark("step 4");
  const confirmUrl = await sendRequest(page, CUSTOMER);
  await approveAt(page, confirmUrl);
  await expectApproved(page, CUSTOMER);
  mark("step 5 (with approval)");

  // Step 6: the system-user token; a token that is fetched moves on to step 7.
  await page.goto(stepById("token").path);
  await page.getByRole("button", { name: T.token.fetch }).click();
  await movedOnTo(page, stepById("call"));

  mark("step 6");

  // Step 7: the test call.
  await page.getByRole("button", { name: T.call.run }).first().click();
  await page.getByText(T.call.stepDone).first().waitFor(WAIT);
  mark("step 7");
}
