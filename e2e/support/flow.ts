import { expect, type Page } from "@playwright/test";
import { common } from "../../lib/i18n/messages/common";
import type { StepDefinition } from "../../lib/steps";

/**
 * Waits until the wizard has gone on to `step` (a primary action that succeeded moves on by itself), with the
 * step rendered and its scripts loaded before the caller goes anywhere else.
 */
export async function movedOnTo(page: Page, step: StepDefinition, timeout = 20_000): Promise<void> {
  await page.waitForURL((u) => u.pathname === step.path, { timeout });
  await expect(page.locator("#step-title")).toHaveText(common.nb.steps[step.id].title);
  await page.waitForLoadState("load");
}
