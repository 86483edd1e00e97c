import { expect, test, type Page } from "@playwright/test";
import { LOCALE_COOKIE, LOCALES } from "../lib/i18n/types";
import { STEPS, SUMMARY_PATH, stepById } from "../lib/steps";
import { completeSteps1to3 } from "./support/steps-1-3";
import { approveAt, CUSTOMER, completeToken, expectApproved, nextLink, texts } from "./support/steps-4-7";

/**
 * The longest input every form accepts, in three scripts (names and descriptions at their maximum length in
 * nb/nn/en, two long redirect URLs, a 100-character external reference), through the whole flow. The first
 * release put this in cookies and locked the browser out with 431; now the cookie is one small handle.
 */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const NAMES = {
  nb: fill("Ærlig Øvre Ålesund ", 100),
  nn: fill("系统用户测试名称", 100),
  en: fill("Системный-", 100),
};
const DESCRIPTIONS = {
  nb: fill("Beskrivelse med æøå. ", 1000),
  nn: fill("这是一个很长的系统描述。", 1000),
  en: fill("Очень длинное описание системы. ", 1000),
};
const longUrl = (n: number) => `https://vendor-${n}.example.no/${fill(`callback-${n}/`, 470)}`;
const EXTERNAL_REF = fill("ref-0123456789.", 100);

async function cookieBytes(page: Page): Promise<number> {
  const cookies = await page.context().cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ").length;
}

test("the longest valid inputs in every script complete the flow without growing the cookie", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const statuses: number[] = [];
  page.on("response", (r) => statuses.push(r.status()));
  // After the approval Altinn sends the customer's browser to the vendor's redirect URL: stand in for that page.
  await page.route(/^https:\/\/vendor-\d\.example\.no\//, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Vendor</title><h1>Takk</h1>" }),
  );
  await completeSteps1to3(page, { apis: ["kravogbetalinger"] });

  // Step 4 with every text at its maximum, in three scripts, and two long redirect URLs.
  await page.goto(stepById("system").path);
  await page.getByRole("button", { name: texts.common.fillExample }).click();
  for (const lang of ["nb", "nn", "en"] as const) {
    await page
      .getByRole("group", { name: texts.system.nameLegend })
      .getByLabel(texts.system.lang[lang])
      .fill(NAMES[lang]);
    await page
      .getByRole("group", { name: texts.system.descriptionLegend })
      .getByLabel(texts.system.lang[lang])
      .fill(DESCRIPTIONS[lang]);
  }
  const urls = page.getByRole("textbox", { name: /Redirect-URL \d/ });
  while ((await urls.count()) < 2) await page.getByRole("button", { name: texts.system.addRedirect }).click();
  await urls.nth(0).fill(longUrl(1));
  await urls.nth(1).fill(longUrl(2));
  await page.getByRole("button", { name: texts.system.submit }).click();
  await expect(nextLink(page, stepById("customer"))).toBeVisible({ timeout: 20_000 });

  // Step 5 with the longest external reference and one of the long redirect URLs.
  await page.goto(stepById("customer").path);
  await page.getByLabel(texts.customer.customerLabel).selectOption(CUSTOMER);
  await page.getByLabel(texts.customer.externalRefLabel).fill(EXTERNAL_REF);
  await page.getByLabel(texts.customer.redirectLabel).selectOption(longUrl(2));
  await page.getByRole("button", { name: texts.customer.submit }).click();
  const open = page.getByRole("link", { name: texts.customer.open });
  await expect(open).toBeVisible({ timeout: 20_000 });
  await approveAt(page, (await open.getAttribute("href"))!);
  await expectApproved(page);
  await completeToken(page, CUSTOMER);
  await page.goto(stepById("call").path);
  await page.getByRole("button", { name: texts.call.run }).first().click();
  await expect(page.getByText(texts.call.okTitle.replace("{status}", "200")).first()).toBeVisible({
    timeout: 20_000,
  });

  // The state kept every character: step 4's form opens with the registration as saved.
  await page.goto(stepById("system").path);
  for (const lang of ["nb", "nn", "en"] as const) {
    await expect(
      page.getByRole("group", { name: texts.system.nameLegend }).getByLabel(texts.system.lang[lang]),
    ).toHaveValue(NAMES[lang]);
    await expect(
      page.getByRole("group", { name: texts.system.descriptionLegend }).getByLabel(texts.system.lang[lang]),
    ).toHaveValue(DESCRIPTIONS[lang]);
  }
  // Every page still opens, in each interface language.
  for (const locale of LOCALES) {
    await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: page.url() }]);
    for (const path of [...STEPS.map((s) => s.path), SUMMARY_PATH, "/"]) {
      const res = await page.goto(path);
      expect(res?.status(), `${locale} ${path}`).toBe(200);
    }
  }
  expect(statuses.filter((s) => s === 431)).toEqual([]);
  expect(await cookieBytes(page)).toBeLessThanOrEqual(200);
});
