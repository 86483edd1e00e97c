import { expect, test } from "@playwright/test";
import { openDeveloperFold } from "./support/developer-fold";
import { SKATTEETATEN_APIS } from "../lib/apis";
import { stepById } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { completeSteps1to3, texts as steps1to3 } from "./support/steps-1-3";
import { completeSteps4and5, completeToken, CUSTOMER, OTHER_CUSTOMER, texts } from "./support/steps-4-7";

/**
 * The wizard with Innrapportering a-melding chosen (lib/apis/innrapportering-amelding): step 2 says what it
 * needs, steps 4–6 as for any API, and step 7 sends a minimal a-melding and gets the receipt; for an
 * organisation the system user may not act for, the doctor explains AMLD_005 / AMLD_1015.
 */
const AMELDING = SKATTEETATEN_APIS["innrapportering-amelding"];

test.describe("a-melding", () => {
  test.describe.configure({ timeout: 180_000 });

  test("from an empty browser to a 2xx from the a-melding API, accessibly", async ({ page }) => {
    await completeSteps1to3(page, { apis: [AMELDING.id] });

    // Step 2 shows the scope and what a system user needs for it (for developers).
    await page.goto(stepById("scopes").path);
    await openDeveloperFold(page);
    const card = page.locator(`[data-api="${AMELDING.id}"]`);
    await expect(card).toContainText(AMELDING.scope);
    await expect(card).toContainText(AMELDING.resource);
    await expect(card).toContainText(`Regnskapsfører lønn (${steps1to3.scopes.agentOnly})`);
    await expect(card).toContainText("A-ordningen");
    await expectNoSeriousA11yViolations(page, "step 2 (a-melding)");

    await completeSteps4and5(page, CUSTOMER);
    await completeToken(page, CUSTOMER);

    await page.goto(stepById("call").path);
    const section = page.getByRole("region", { name: AMELDING.name.nb });
    await expect(section).toContainText(`/innsending/`);
    await expect(section).toContainText(`/${CUSTOMER}`);
    await expectNoSeriousA11yViolations(page, "step 7 (a-melding, before)");
    await section.getByRole("button", { name: texts.call.run }).click();
    await expect(section).toContainText(texts.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
    await expect(section).toContainText("forsendelseId");
    await expect(section).toContainText("meldingsId");
    await expectNoSeriousA11yViolations(page, "step 7 (a-melding, receipt)");

    // The same call for an organisation the customer's standard system user may not act for.
    await section.getByLabel(texts.call.orgnoLabel).fill(OTHER_CUSTOMER);
    await section.getByRole("button", { name: texts.call.runAgain }).click();
    const doctor = page.getByRole("alert", { name: texts.common.errorDoctor.title }).first();
    await expect(doctor).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("AMLD_1015").first()).toBeVisible();
    await expect(section).toContainText(texts.call.failedTitle.replace("{status}", "403"));
    await expectNoSeriousA11yViolations(page, "step 7 (a-melding, AMLD_1015 explained)");
  });
});
