import { expect, test, type Browser, type Page } from "@playwright/test";
import { stepById } from "../lib/steps";
import { completeSteps1to3, randomOrgno, texts as early } from "./support/steps-1-3";
import {
  approveAt,
  completeSystem,
  completeToken,
  CUSTOMER,
  expectApproved,
  sendRequest,
  texts,
} from "./support/steps-4-7";

/**
 * Two partners in one demo, same vendor number, two browsers, at the same time: each session has its own
 * simulated world (its sandbox in every simulated URL), so neither reuses nor breaks the other's client, key,
 * system or request, and both end with Skatteetaten's answer.
 */
async function wholeFlow(page: Page, orgno: string): Promise<{ clientId: string; confirmUrl: string }> {
  const { clientId } = await completeSteps1to3(page, { orgno, apis: ["kravogbetalinger"] });
  await completeSystem(page);
  const confirmUrl = await sendRequest(page, CUSTOMER);
  await approveAt(page, confirmUrl);
  await expectApproved(page);
  await completeToken(page, CUSTOMER);
  await page.goto(stepById("call").path);
  await page.getByRole("button", { name: texts.call.run }).first().click();
  await expect(page.getByText(texts.call.okTitle.replace("{status}", "200")).first()).toBeVisible({
    timeout: 20_000,
  });
  return { clientId, confirmUrl };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("two browsers with the same vendor number complete the flow side by side", async ({ browser }) => {
  test.setTimeout(240_000);
  const orgno = randomOrgno();
  const [a, b] = [await newPage(browser), await newPage(browser)];
  const [ra, rb] = await Promise.all([wholeFlow(a, orgno), wholeFlow(b, orgno)]);

  expect(ra.clientId).not.toBe(rb.clientId);
  const sandboxOf = (url: string) => /\/sim\/s\/([A-Za-z0-9_-]+)\//.exec(new URL(url).pathname)?.[1];
  expect(sandboxOf(ra.confirmUrl)).toBeTruthy();
  expect(sandboxOf(ra.confirmUrl)).not.toBe(sandboxOf(rb.confirmUrl));

  // The first browser's work still stands after the second one's: its step 3 test token still works.
  await a.goto(stepById("client").path);
  await a.getByRole("button", { name: early.client.fetchAgain }).click();
  await expect(a.getByRole("heading", { name: early.tokenClaims.title })).toBeVisible({ timeout: 15_000 });

  // A's request id in B's sandbox: B's simulated Altinn does not know it.
  const foreign = new URL(rb.confirmUrl);
  foreign.searchParams.set("id", new URL(ra.confirmUrl).searchParams.get("id") ?? "");
  const res = await b.request.get(foreign.toString());
  expect(await res.text()).not.toContain(orgno);
  await a.context().close();
  await b.context().close();
});
