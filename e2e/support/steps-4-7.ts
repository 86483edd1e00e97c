import { expect, type Page } from "@playwright/test";
import { approvalMessages } from "../../components/sim/approval-messages";
import { callMessages } from "../../lib/i18n/messages/call";
import { common } from "../../lib/i18n/messages/common";
import { customerMessages } from "../../lib/i18n/messages/customer";
import { customerPicker, customersList } from "../../lib/i18n/messages/customers-list";
import { summaryMessages } from "../../lib/i18n/messages/summary";
import { systemMessages } from "../../lib/i18n/messages/system";
import { tokenMessages } from "../../lib/i18n/messages/token";
import { stepById, type StepDefinition } from "../../lib/steps";
import { expectNoSeriousA11yViolations } from "./a11y";
import { openDeveloperFold } from "./developer-fold";
import { movedOnTo } from "./flow";

export { movedOnTo };

/**
 * Page objects for steps 4–7 and the summary, reading labels from the pages' own message modules (bokmål).
 * Steps 4–5 are clicked as a vendor would: example values, register, send the request, then approve it
 * as the customer at the confirmUrl (the simulated Altinn page, same browser).
 */
export const texts = {
  common: common.nb,
  system: systemMessages.nb,
  customer: customerMessages.nb,
  customers: customersList.nb,
  picker: customerPicker.nb,
  approval: approvalMessages.nb,
  token: tokenMessages.nb,
  call: callMessages.nb,
  summary: summaryMessages.nb,
};

/** The customers the simulator offers (its synthetic orgs): the first has open claims data. */
export const CUSTOMER = "313367002";
export const OTHER_CUSTOMER = "310702641";

async function a11y(page: Page, on: boolean | undefined, what: string) {
  if (on) await expectNoSeriousA11yViolations(page, what);
}

/** The (secondary) "next step" link the step frame shows on a done step. */
export function nextLink(page: Page, next: StepDefinition) {
  return page.getByRole("link", { name: `${texts.common.nav.next}: ${texts.common.steps[next.id].title} →` });
}

/** Step 4: register the system with the form's example values (the wizard goes on to step 5). */
export async function completeSystem(page: Page, opts: { checkA11y?: boolean } = {}): Promise<void> {
  await page.goto(stepById("system").path);
  await page.getByRole("button", { name: texts.common.fillExample }).click();
  await a11y(page, opts.checkA11y, "step 4");
  await page.getByRole("button", { name: texts.system.submit }).click();
  await movedOnTo(page, stepById("customer"));
}

/** Step 5: one customer's row in the list (a region named by its heading, which holds the orgno). */
export function customerCard(page: Page, orgno: string) {
  return page.getByRole("region", { name: new RegExp(`\\(${orgno}\\)|${orgno}$`) });
}

/** The status shown on a customer's row. */
export function customerStatus(page: Page, orgno: string) {
  return page.locator(`dd[data-org="${orgno}"]`);
}

/** Opens the "add one customer" fold unless it is open already (it is, while the list is empty). */
export async function openAddOne(page: Page): Promise<void> {
  const details = page.locator("details", { has: page.getByText(texts.customers.addOne, { exact: true }) });
  if ((await details.getAttribute("open")) === null)
    await page.getByText(texts.customers.addOne, { exact: true }).click();
}

/** Step 5: add `customer` with the form, send its request and return its confirmUrl (status New). */
export async function sendRequest(
  page: Page,
  customer: string,
  opts: { checkA11y?: boolean; withoutRights?: string[] } = {},
): Promise<string> {
  await page.goto(stepById("customer").path);
  await openAddOne(page);
  await page.getByLabel(texts.customer.customerLabel).selectOption(customer);
  // The rights are ticked by default (all the system offers); a vendor may ask for fewer.
  for (const resource of opts.withoutRights ?? [])
    await page.getByLabel(`(${resource})`, { exact: false }).uncheck();
  await a11y(page, opts.checkA11y, "step 5 (form)");
  await page.getByRole("button", { name: texts.customer.submit }).click();
  const open = customerCard(page, customer).getByRole("link", { name: texts.customer.open });
  await expect(open).toBeVisible({ timeout: 20_000 });
  await a11y(page, opts.checkA11y, "step 5 (waiting)");
  const href = await open.getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

/** The customer's side: approve at the confirmUrl in the simulated Altinn UI. */
export async function approveAt(
  page: Page,
  confirmUrl: string,
  opts: { checkA11y?: boolean } = {},
): Promise<void> {
  await page.goto(confirmUrl);
  await a11y(page, opts.checkA11y, "simulated Altinn approval");
  await page.getByRole("button", { name: texts.approval.approve }).click();
  // The decision sends the browser on (to the redirect URL or Altinn's own end page).
  await page.waitForURL((u) => u.href !== new URL(confirmUrl, page.url()).href, { timeout: 15_000 });
}

/** Back at step 5 the wizard sees the approval of `customer` (polling, or "check now"). */
export async function expectApproved(page: Page, customer = CUSTOMER): Promise<void> {
  await page.goto(stepById("customer").path);
  const status = customerStatus(page, customer);
  const checkNow = page.getByRole("button", { name: texts.customers.poll.checkNow });
  await expect(async () => {
    if ((await status.getAttribute("data-status")) === "Accepted") return;
    if (await checkNow.isVisible()) await checkNow.click();
    await expect(status).toHaveAttribute("data-status", "Accepted", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(status).toContainText(texts.customer.status.Accepted);
  // Step 5 is done (the stepper says so); whether a "next step" link shows depends on what else step 5 asks.
  const stepper = page.getByRole("navigation", { name: texts.common.stepper.label }).first();
  await expect(
    stepper.getByRole("link", { name: new RegExp(`^${texts.common.stepper.step.replace("{n}", "5")}:`) }),
  ).toContainText(texts.common.stepper.status.done);
}

/** Steps 4 and 5 through to an approved request for `customer`. */
export async function completeSteps4and5(
  page: Page,
  customer = CUSTOMER,
  opts: { checkA11y?: boolean; withoutRights?: string[] } = {},
): Promise<void> {
  await completeSystem(page, opts);
  const confirmUrl = await sendRequest(page, customer, opts);
  await approveAt(page, confirmUrl, opts);
  await expectApproved(page, customer);
  await a11y(page, opts.checkA11y, "step 5 (approved)");
}

/**
 * Step 6: fetch the system-user token (the wizard goes on to step 7), then back on step 6 see it decoded in the
 * developer fold and the system user confirmed.
 */
export async function completeToken(
  page: Page,
  customer = CUSTOMER,
  opts: { checkA11y?: boolean } = {},
): Promise<void> {
  await page.goto(stepById("token").path);
  await a11y(page, opts.checkA11y, "step 6 (before)");
  await page.getByRole("button", { name: texts.token.fetch }).click();
  await movedOnTo(page, stepById("call"));
  await page.goto(stepById("token").path);
  await openDeveloperFold(page);
  await expect(page.getByRole("heading", { name: texts.token.systemUserHeading })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("heading", { name: texts.token.tokenHeading })).toBeVisible();
  await expect(page.getByText(`0192:${customer}`).first()).toBeVisible();
  await expect(nextLink(page, stepById("call"))).toBeVisible();
  await a11y(page, opts.checkA11y, "step 6 (token)");
}

/**
 * Step 6's button, pressed on the token page: when it completes step 6 the wizard goes on to step 7, and this
 * comes back to step 6 so the caller can look at the token and its system user; on a done step it stays.
 */
export async function fetchTokenAndStay(page: Page, buttonName: string | RegExp): Promise<void> {
  const call = stepById("call").path;
  await page.getByRole("button", { name: buttonName }).click();
  const systemUser = page.getByRole("region", { name: texts.token.systemUserHeading });
  const doctor = page.getByRole("alert", { name: texts.common.errorDoctor.title });
  await Promise.race([
    page.waitForURL((u) => u.pathname === call, { timeout: 20_000 }),
    systemUser.or(doctor).first().waitFor({ timeout: 20_000 }),
  ]);
  if (new URL(page.url()).pathname === call) await page.goto(stepById("token").path);
}
