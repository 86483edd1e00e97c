import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { approvalMessages } from "../components/sim/approval-messages";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { callMessages } from "../lib/i18n/messages/call";
import { client } from "../lib/i18n/messages/client";
import { common } from "../lib/i18n/messages/common";
import { customerMessages } from "../lib/i18n/messages/customer";
import { onboarding } from "../lib/i18n/messages/onboarding";
import { scopes } from "../lib/i18n/messages/scopes";
import { systemMessages } from "../lib/i18n/messages/system";
import { tokenMessages } from "../lib/i18n/messages/token";
import { LOCALE_COOKIE, LOCALES, type Locale } from "../lib/i18n/types";
import { stepById } from "../lib/steps";

/**
 * A newcomer's first run, from an empty browser to a Skatteetaten 200 in the simulator, in every language,
 * on a 1366×768 laptop screen. It counts the user's real input inside the page — trusted clicks (and
 * Enter/Space on a control), a chosen option in a select, and each distinct field that received typed text —
 * through listeners the page gets before any of its own scripts, reporting to the test over a binding. The
 * test's own helpers cannot hide input from that count, and it may only reach a page by clicking (one
 * `goto` opens the wizard). It fails when the flow grows past 14 clicks or 4 typed fields, and checks that
 * each step's primary action is in the first viewport when the step opens.
 */
const MAX_CLICKS = 14;
const MAX_TYPED_FIELDS = 4;

test.use({ viewport: { width: 1366, height: 768 } });

interface InputCount {
  clicks: string[];
  typed: Set<string>;
}

async function countUserInput(context: BrowserContext): Promise<InputCount> {
  const count: InputCount = { clicks: [], typed: new Set() };
  await context.exposeBinding("__sbwUserInput", (_source, kind: string, what: string) => {
    if (kind === "typed") count.typed.add(what);
    else count.clicks.push(`${kind}: ${what}`);
  });
  await context.addInitScript(() => {
    const report = (kind: string, what: string) =>
      (window as unknown as { __sbwUserInput: (k: string, w: string) => void }).__sbwUserInput(kind, what);
    const describe = (el: EventTarget | null): string => {
      if (!(el instanceof Element)) return "?";
      const control = el.closest("a,button,input,select,textarea,label,summary") ?? el;
      const shown =
        control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.text ?? "") : control.textContent;
      const text = (shown ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
      return `${control.tagName.toLowerCase()}${control.id ? `#${control.id}` : ""} ${text}`.trim();
    };
    const isTextField = (el: EventTarget | null) =>
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement &&
        !["checkbox", "radio", "button", "submit", "reset", "file", "range", "color"].includes(el.type));
    // A click that a label passes on to its control (detail 0) is the same click, not another one.
    document.addEventListener(
      "click",
      (e) => {
        if (e.isTrusted && e.detail > 0) report("click", describe(e.target));
      },
      true,
    );
    document.addEventListener(
      "keydown",
      (e) => {
        if (e.isTrusted && (e.key === "Enter" || e.key === " ") && !isTextField(e.target))
          report("key", describe(e.target));
      },
      true,
    );
    // Choosing an option is one action however it is done (a script's selectOption is not trusted).
    document.addEventListener(
      "change",
      (e) => {
        if (e.target instanceof HTMLSelectElement) report("select", describe(e.target));
      },
      true,
    );
    document.addEventListener(
      "input",
      (e) => {
        const el = e.target;
        if (e.isTrusted && isTextField(el)) {
          const field = el as HTMLInputElement | HTMLTextAreaElement;
          report("typed", `${location.pathname}#${field.id || field.name}`);
        }
      },
      true,
    );
  });
  return count;
}

/** The step's primary action, whole, in the first viewport without scrolling. */
async function expectPrimaryInView(page: Page, what: string) {
  const primary = page.locator("[data-primary-action]").first();
  await expect(primary, `${what}: primary action`).toBeVisible();
  await expect(primary, `${what}: primary action in the first viewport`).toBeInViewport({ ratio: 1 });
}

async function opened(page: Page, path: string, what: string) {
  await page.waitForURL((u) => u.pathname === path, { timeout: 30_000 });
  await expect(page.locator("h1")).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), `${what} opens at the top`).toBe(0);
  await expectPrimaryInView(page, what);
}

for (const locale of LOCALES as readonly Locale[]) {
  test(`first run in ${locale}: empty browser to a Skatteetaten 200 within ${MAX_CLICKS} clicks`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
    const count = await countUserInput(context);
    const page = await context.newPage();
    const c = common[locale];
    const ob = onboarding[locale];
    const sc = scopes[locale];
    const cl = client[locale];
    const sy = systemMessages[locale];
    const cu = customerMessages[locale];
    const tk = tokenMessages[locale];
    const ca = callMessages[locale];
    const api = SKATTEETATEN_APIS.kravogbetalinger.name as unknown as Record<string, string>;

    try {
      await page.goto("/");
      await page.getByRole("link", { name: `${c.nav.start} →`, exact: true }).click();

      // Step 1: a demo vendor from the simulator's register, saved.
      await opened(page, stepById("onboarding").path, "step 1");
      const vendors = page.getByLabel(ob.demoVendors.label);
      const first = await vendors.locator("option").nth(1).getAttribute("value");
      await vendors.selectOption(first!);
      await page.getByRole("button", { name: ob.submit }).click();

      // Step 2: one API; saving has the simulator grant its scopes.
      await opened(page, stepById("scopes").path, "step 2");
      await page.getByLabel(api[locale] ?? api.nb!, { exact: true }).check();
      await page.getByRole("button", { name: sc.saveApisSim }).click();

      // Step 3: key, client and test token in one.
      await opened(page, stepById("client").path, "step 3");
      await page.getByRole("button", { name: cl.quickSetup }).click();

      // Step 4: example values, registered.
      await opened(page, stepById("system").path, "step 4");
      await page.getByRole("button", { name: c.fillExample }).click();
      await page.getByRole("button", { name: sy.submit }).click();

      // Step 5: the demo customer is chosen already; send, then approve as its daglig leder.
      await opened(page, stepById("customer").path, "step 5");
      await page.getByRole("button", { name: cu.submit }).click();
      const approveAs = page.locator("a[data-primary-action]");
      await expect(approveAs).toBeVisible({ timeout: 20_000 });
      await expect(approveAs).toBeInViewport({ ratio: 1 });
      const leaderText = cu.guide.approveAs.split("{leader}")[0]!;
      await expect(approveAs).toContainText(leaderText);
      await approveAs.click();
      await page.getByRole("button", { name: approvalMessages[locale].approve, exact: true }).click();

      // Altinn's redirect back lands in the wizard, which goes on to step 6.
      await opened(page, stepById("token").path, "step 6");
      await page.getByRole("button", { name: tk.fetch }).click();

      // Step 7: the call.
      await opened(page, stepById("call").path, "step 7");
      await page.getByRole("button", { name: ca.run }).click();
      await expect(page.getByText(ca.okTitle.replace("{status}", "200"))).toBeVisible({ timeout: 20_000 });

      console.log(
        `[first-run ${locale}] clicks: ${count.clicks.length}, typed fields: ${count.typed.size}\n  ` +
          count.clicks.join("\n  "),
      );
      expect(count.clicks.length, count.clicks.join("\n")).toBeLessThanOrEqual(MAX_CLICKS);
      expect(count.typed.size, [...count.typed].join("\n")).toBeLessThanOrEqual(MAX_TYPED_FIELDS);
    } finally {
      await context.close();
    }
  });
}
