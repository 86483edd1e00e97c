import { expect, test } from "@playwright/test";
import { stepById } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { completeSteps1to3 } from "./support/steps-1-3";
import { texts } from "./support/steps-4-7";

/**
 * Step 4's first question, who uses the system (contracts-more §1.1–1.2): for accountants' clients the
 * registration has packages only, client packages on offer, and isVisible false; for the customers
 * themselves the client packages are never offered.
 */
const ts = texts.system;
const pkg = (name: string) => `urn:altinn:accesspackage:${name}`;

test("an agent system registers packages only, invisible; standard users are never offered client packages", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await completeSteps1to3(page, { apis: ["kravogbetalinger", "innrapportering-boligselskap"] });
  await page.goto(stepById("system").path);
  await expect(page.getByLabel(ts.kindStandard)).toBeChecked();
  // Standard: skattegrunnlag is offered, the client-only packages are not.
  await expect(page.getByLabel(pkg("skattegrunnlag"))).toBeVisible();
  await expect(page.getByLabel(pkg("forretningsforer-eiendom"))).toHaveCount(0);

  await page.getByLabel(ts.kindAgent).check();
  await expect(page.getByText(ts.agentRightsNote)).toBeVisible();
  await expect(page.getByText(ts.agentVisibleNote)).toBeVisible();
  await expect(page.getByRole("group", { name: ts.rightsLegend })).toHaveCount(0);
  await page.getByRole("button", { name: texts.common.fillExample }).click();
  await expect(page.getByLabel(ts.kindAgent)).toBeChecked();
  await page.getByLabel(pkg("forretningsforer-eiendom")).check();
  const preview = page.getByRole("figure").filter({ hasText: ts.preview });
  await expect(preview).toContainText('"isVisible": false');
  await expect(preview).toContainText('"rights": []');
  await expect(preview).toContainText(pkg("forretningsforer-eiendom"));
  await expectNoSeriousA11yViolations(page, "step 4 (agent)");

  await page.getByRole("button", { name: ts.submit }).click();
  // Registered: the wizard goes on to step 5. The kind is saved with the system and comes back with the page.
  await page.waitForURL((u) => u.pathname === stepById("customer").path, { timeout: 20_000 });
  await page.goto(stepById("system").path);
  await expect(page.getByLabel(ts.kindAgent)).toBeChecked();
  await expect(page.getByLabel(pkg("forretningsforer-eiendom"))).toBeChecked();

  // Back to standard: the client packages go, and the rights come back.
  await page.getByLabel(ts.kindStandard).check();
  await expect(page.getByLabel(pkg("forretningsforer-eiendom"))).toHaveCount(0);
  await expect(preview).toContainText('"value": "ske-krav-og-betalinger"');
  await expect(preview).not.toContainText(pkg("forretningsforer-eiendom"));
});
