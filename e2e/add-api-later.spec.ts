import { expect, test } from "@playwright/test";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { stepById } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { completeSteps1to3, texts as texts13 } from "./support/steps-1-3";
import {
  approveAt,
  completeSteps4and5,
  completeToken,
  CUSTOMER,
  customerCard,
  movedOnTo,
  texts,
} from "./support/steps-4-7";

/**
 * A system that gains an API after its customer approved (issue: "add an API later without starting
 * over"): the vendor adds Innrapportering boligselskap in step 2, updates the client's scopes in step 3 and
 * the system's rights in step 4 (the diff, then PUT), and step 5 compares the approved customer's system
 * user with the system's new rights and offers a change request (contracts-more §2) — AUTH-00004 is never
 * taken as done. Once the customer approves the change at its link, step 7 reports for it.
 */
const boligselskap = SKATTEETATEN_APIS["innrapportering-boligselskap"];

test("adding an API later: scopes, client, system rights, a change request the customer approves, then a 200", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await completeSteps1to3(page, { apis: ["kravogbetalinger"] });
  await completeSteps4and5(page);

  // Step 2: one more API, its scope granted by the simulator.
  const s = texts13.scopes;
  await page.goto(stepById("scopes").path);
  await page.getByLabel(boligselskap.name.nb, { exact: true }).check();
  await page.getByRole("button", { name: s.saveApisSim }).click();
  await movedOnTo(page, stepById("client"));

  // Step 3: the client's scopes no longer match; updating it adds the scope, and the test token works.
  const c = texts13.client;
  await page.goto(stepById("client").path);
  await expect(page.getByText(c.scopesMismatch)).toBeVisible();
  await page.getByRole("button", { name: c.updateSim }).click();
  await expect(page.getByText(c.scopesMismatch)).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole("button", { name: c.fetchToken }).click();
  await expect(page.getByRole("heading", { name: texts13.tokenClaims.title })).toBeVisible({
    timeout: 15_000,
  });

  // Step 4: the system now lists both rights; Altinn's stored definition differs, so the diff asks first.
  await page.goto(stepById("system").path);
  await page.getByRole("button", { name: texts.common.fillExample }).click();
  await page.getByRole("button", { name: texts.system.submit }).click();
  const diff = page.getByRole("region", { name: texts.system.diffTitle });
  await expect(diff).toContainText(boligselskap.resource, { timeout: 20_000 });
  await diff.getByRole("button", { name: texts.system.confirmUpdate }).click();
  await movedOnTo(page, stepById("customer"));

  // Step 5: the approved customer lacks the new right; a change request is offered, sent and approved.
  await page.goto(stepById("customer").path);
  const card = customerCard(page, CUSTOMER);
  await expect(card.getByRole("status")).toContainText(boligselskap.resource, { timeout: 20_000 });
  await card.getByRole("button", { name: texts.customers.sendChange }).click();
  await expect(card.locator("[data-change-status]")).toHaveAttribute("data-change-status", "New", {
    timeout: 20_000,
  });
  const changeUrl = await card.getByRole("link", { name: texts.customer.open }).getAttribute("href");
  expect(changeUrl).toContain("/systemuser/changerequest?id=");
  await expectNoSeriousA11yViolations(page, "step 5 (change request after a new API)");
  await approveAt(page, changeUrl!);
  await page.goto(stepById("customer").path);
  await expect(customerCard(page, CUSTOMER).locator("[data-change-status]")).toHaveAttribute(
    "data-change-status",
    "Accepted",
    { timeout: 30_000 },
  );

  // Steps 6–7: a new token, and the new API answers for the customer.
  await completeToken(page);
  await page.goto(stepById("call").path);
  const reporting = page.getByRole("region", { name: boligselskap.name.nb });
  await expect(reporting.getByLabel(texts.call.orgnoLabel)).toHaveValue(CUSTOMER);
  await reporting.getByRole("button", { name: texts.call.run }).click();
  await expect(reporting).toContainText(texts.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
});
