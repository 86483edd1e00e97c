import { expect, type Page } from "@playwright/test";

/**
 * Opens the step's "for developers" fold (snippets, decoded tokens, raw JSON, keys) unless it is open. The
 * fold remembers its state in a cookie, so it stays open on the next pages of the same browser.
 */
export async function openDeveloperFold(page: Page): Promise<void> {
  const fold = page.locator("details[data-developer-fold]");
  if ((await fold.getAttribute("open")) === null) await fold.locator(":scope > summary").click();
  await expect(fold).toHaveAttribute("open", "");
}

/** Closes the fold again (its cookie is deleted), e.g. before a test inspects the browser's cookies. */
export async function closeDeveloperFold(page: Page): Promise<void> {
  const fold = page.locator("details[data-developer-fold]");
  if ((await fold.getAttribute("open")) !== null) await fold.locator(":scope > summary").click();
  await expect(fold).not.toHaveAttribute("open", "");
}
