import { expect, test, type Page } from "@playwright/test";
import { approvalMessages } from "../components/sim/approval-messages";
import { client } from "../lib/i18n/messages/client";
import { common } from "../lib/i18n/messages/common";
import { customersList } from "../lib/i18n/messages/customers-list";
import { ZONE_LABEL } from "../lib/i18n/format";
import { networkCatalog } from "../lib/errors/catalog/network";
import { LOCALES, type Locale } from "../lib/i18n/types";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { clearFaults, injectFault } from "./support/reliability";
import { sandboxControl } from "./support/sandbox";
import { completeSteps1to3 } from "./support/steps-1-3";
import { completeSystem, CUSTOMER, sendRequest } from "./support/steps-4-7";

/**
 * Nynorsk through the header's language switcher: a step page, the error doctor and the simulated Altinn
 * approval page. The helpers read bokmål labels, so each state is reached in bokmål and the language is
 * switched once there, as a person would.
 */
async function switchTo(page: Page, locale: Locale) {
  const header = page.getByRole("banner");
  await header.getByRole("button", { name: common[locale].switchToLabel }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(header.locator('[aria-current="true"]')).toHaveText(common[locale].languageName);
}

test("nynorsk on a step page, in the error doctor and on the simulated Altinn page", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const nn = common.nn;
  await completeSteps1to3(page, { skipTestToken: true });
  const control = await sandboxControl(page);

  // The switcher offers every language, each named in itself and marked with its own lang.
  const header = page.getByRole("banner");
  for (const l of LOCALES.filter((l) => l !== "nb")) {
    await expect(header.getByRole("button", { name: common[l].switchToLabel })).toHaveAttribute("lang", l);
  }
  await switchTo(page, "nn");
  await expect(page.getByRole("navigation", { name: nn.stepper.label }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: nn.steps.client.title })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "step 3 in nynorsk");

  // The error doctor in nynorsk: Maskinporten's token answer is not JSON.
  await injectFault(request, control, { service: "maskinporten", kind: "malformed", pathPrefix: "/token" });
  await page.getByRole("button", { name: client.nn.fetchToken }).click();
  const box = page.getByRole("alert", { name: nn.errorDoctor.title }).filter({ hasText: "MALFORMED" });
  await expect(box).toBeVisible({ timeout: 15_000 });
  await expect(box).toContainText(networkCatalog.MALFORMED!.title.nn);
  await expect(box).toContainText(networkCatalog.MALFORMED!.fix.nn);
  await expect(box.getByRole("button", { name: nn.retry })).toBeVisible();
  await clearFaults(request, control);
  await box.getByRole("button", { name: nn.retry }).click();
  await expect(box).toBeHidden({ timeout: 15_000 });

  // Steps 4–5 in bokmål (the helpers' labels), then step 5 and the approval page in nynorsk.
  await switchTo(page, "nb");
  await completeSystem(page);
  const confirmUrl = await sendRequest(page, CUSTOMER);
  await switchTo(page, "nn");
  await expect(page.getByRole("heading", { name: customersList.nn.listTitle })).toBeVisible();

  await page.goto(confirmUrl);
  const t = approvalMessages.nn;
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("heading", { name: t.detailsHeading })).toBeVisible();
  // The time the request was sent: Oslo time, labelled in the reader's language.
  await expect(page.getByText(`(${ZONE_LABEL.nn})`).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "simulated Altinn approval in nynorsk");
  await page.getByRole("button", { name: t.approve }).click();
  // The decision sends the browser on, here to the wizard's return page, still in nynorsk.
  await page.waitForURL((u) => u.href !== new URL(confirmUrl, page.url()).href, { timeout: 15_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
});
