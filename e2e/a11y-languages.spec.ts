import { expect, test, type Page } from "@playwright/test";
import { GLOSSARY_PATH } from "../lib/glossary";
import { systemMessages } from "../lib/i18n/messages/system";
import { LOCALE_COOKIE, LOCALES, type Locale } from "../lib/i18n/types";
import { stepById, SUMMARY_PATH } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { completeClient, completeOnboarding, completeScopes, randomOrgno } from "./support/steps-1-3";
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
 * Every page and state of the simulator flow, in every interface language, on a laptop and a phone: no
 * serious or critical axe violation, and no horizontal scrolling. The flow is walked once in bokmål with the
 * shared helpers; at each stop the language cookie is set to each language in turn and the page reloaded
 * (states that live only in the browser — the error doctor, an open glossary tooltip — are brought back
 * after the reload), then checked at 1366×768 and 390×844.
 */
const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function setLanguage(page: Page, locale: Locale): Promise<void> {
  // For the whole site (path "/"), also when the page is deep under /sim.
  const { hostname } = new URL(page.url());
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, domain: hostname, path: "/" }]);
}

async function expectNoHorizontalOverflow(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    const w = window.innerWidth;
    // The widest elements that stick out, to make a failure readable.
    const out = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > w + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: w, culprits: out };
  });
  expect
    .soft(scrollWidth, `${what}: page wider than the window (${culprits.join(", ")})`)
    .toBeLessThanOrEqual(innerWidth);
}

/**
 * Checks the current page in every language and viewport. `restore` brings back a browser-only state after
 * the reload (it gets the language); the page is left in bokmål on the desktop.
 */
async function checkEverywhere(
  page: Page,
  what: string,
  restore?: (page: Page, locale: Locale) => Promise<void>,
): Promise<void> {
  for (const locale of LOCALES) {
    await setLanguage(page, locale);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    if (restore) await restore(page, locale);
    for (const vp of VIEWPORTS) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      const where = `${what} [${locale}, ${vp.name}]`;
      // Collected rather than thrown, so that one run lists every page and state that fails.
      await expectNoSeriousA11yViolations(page, where).catch((e: unknown) => {
        expect.soft(String(e), where).toBe("");
      });
      await expectNoHorizontalOverflow(page, where);
    }
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  }
  await setLanguage(page, "nb");
  await page.reload();
}

/** Step 4 with a second system on the same Maskinporten client: the error doctor explains AUTH.VLD-00004. */
async function showClientIdDoctor(page: Page, locale: Locale): Promise<void> {
  const ts = systemMessages[locale];
  await page.getByLabel(ts.idSuffixLabel).fill("second_system");
  await page.getByRole("button", { name: ts.submit }).click();
  const doctor = page.getByRole("alert").filter({ hasText: "AUTH.VLD-00004" }).first();
  await expect(doctor).toBeVisible({ timeout: 20_000 });
  // The system that holds the client id is named (the one registered first: <orgno>_<suffix>).
  await expect(doctor).toContainText(/\d{9}_\w+/);
}

/** Focuses the first glossary term on the page: its explanation opens. */
async function openFirstTerm(page: Page): Promise<void> {
  const term = page.locator("[data-term]").first();
  await term.focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
}

// A control that is not there fails the step at once, not after the whole test's time.
test.use({ actionTimeout: 20_000 });

test("every page and state passes axe and fits a phone, in every language", async ({ page }) => {
  test.setTimeout(12 * 60_000);
  await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });

  await page.goto("/");
  await checkEverywhere(page, "start page");

  // A step whose prerequisites are not done shows where to begin.
  await page.goto(stepById("system").path);
  await checkEverywhere(page, "locked step 4");

  const orgno = randomOrgno();
  await page.goto(stepById("onboarding").path);
  await checkEverywhere(page, "step 1 open");
  await completeOnboarding(page, orgno);
  // A step that succeeds moves on: come back to see it done.
  await page.goto(stepById("onboarding").path);
  await checkEverywhere(page, "step 1 done");

  await page.goto(stepById("scopes").path);
  await checkEverywhere(page, "step 2 open");
  await completeScopes(page, ["kravogbetalinger"]);
  await page.goto(stepById("scopes").path);
  await checkEverywhere(page, "step 2 done");

  await page.goto(stepById("client").path);
  await checkEverywhere(page, "step 3 open");
  await checkEverywhere(page, "step 3 with a glossary term open", async (p) => openFirstTerm(p));
  await completeClient(page);
  await page.goto(stepById("client").path);
  await checkEverywhere(page, "step 3 done");

  await page.goto(stepById("system").path);
  await checkEverywhere(page, "step 4 open");
  await completeSystem(page);
  await page.goto(stepById("system").path);
  await checkEverywhere(page, "step 4 done");
  await checkEverywhere(page, "step 4 error doctor (AUTH.VLD-00004)", showClientIdDoctor);

  await page.goto(stepById("customer").path);
  await checkEverywhere(page, "step 5 open");
  const confirmUrl = await sendRequest(page, CUSTOMER);
  await checkEverywhere(page, "step 5 waiting for the customer");

  await page.goto(confirmUrl);
  await checkEverywhere(page, "simulated Altinn approval (before answering)");
  // Only Altinn's frame: nothing of the wizard's header.
  await expect(page.getByRole("button", { name: texts.common.nav.startOver })).toHaveCount(0);
  await approveAt(page, confirmUrl);
  await page.goto(confirmUrl);
  await expect(page.getByRole("button", { name: texts.approval.approve })).toHaveCount(0);
  await checkEverywhere(page, "simulated Altinn approval (after answering)");
  await expect(page.getByRole("button", { name: texts.common.nav.startOver })).toHaveCount(0);

  await expectApproved(page, CUSTOMER);
  await page.goto(stepById("customer").path);
  await checkEverywhere(page, "step 5 done");

  await page.goto(stepById("token").path);
  await checkEverywhere(page, "step 6 open");
  await completeToken(page, CUSTOMER);
  await page.goto(stepById("token").path);
  await checkEverywhere(page, "step 6 done");

  await page.goto(stepById("call").path);
  await checkEverywhere(page, "step 7 open");
  await page.getByRole("button", { name: texts.call.run }).first().click();
  await expect(page.getByText(texts.call.okTitle.replace("{status}", "200")).first()).toBeVisible({
    timeout: 20_000,
  });
  await checkEverywhere(page, "step 7 done");

  await page.goto(SUMMARY_PATH);
  await checkEverywhere(page, "summary");

  await page.goto(GLOSSARY_PATH);
  await checkEverywhere(page, "glossary");
});
