import { expect, test, type BrowserContext } from "@playwright/test";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { stepById } from "../lib/steps";
import type { StepId } from "../lib/session/state";
import { sandboxControl } from "./support/sandbox";
import {
  ALTINN_REQUEST,
  ALTINN_SYSTEMREGISTER,
  clearFaults,
  countsSince,
  expectDoctor,
  injectFault,
  simCounts,
  stepperSnapshot,
} from "./support/reliability";
import {
  completeClient,
  completeOnboarding,
  completeScopes,
  randomOrgno,
  texts as t13,
} from "./support/steps-1-3";
import {
  approveAt,
  completeToken,
  CUSTOMER,
  expectApproved,
  movedOnTo,
  nextLink,
  texts as t47,
} from "./support/steps-4-7";

/**
 * The wizard against services that fail the way networks do, through the simulator's fault injection on the
 * outbound calls the wizard makes: an answer that comes after the time limit (the service did the work), a
 * 500 and a 503 (it did not), a body that is not JSON, a connection cut after the work was done. Each time
 * the page shows the error doctor's diagnosis with "try again"; what was saved stays as it was; after the
 * fault is gone a retry succeeds without creating anything twice.
 */

/** The epoch ms in a UUIDv7 (the simulator's forsendelseId is one, stamped when the submission was taken). */
function uuidV7Time(id: string): number {
  return parseInt(id.replaceAll("-", "").slice(0, 12), 16);
}
const c = t47.common;
/** The wizard's time limit on outbound calls in the e2e server (scripts/serve-e2e.mjs). */
const OUTBOUND_TIMEOUT_MS = Number(process.env.OUTBOUND_TIMEOUT_MS ?? 4_000);

/** What another tab of the same browser sees on `step`: the stepper and the page's text. */
async function savedView(
  context: BrowserContext,
  step: StepId,
): Promise<{ stepper: string[]; text: string }> {
  const tab = await context.newPage();
  try {
    await tab.goto(stepById(step).path);
    const stepper = await stepperSnapshot(tab);
    const text = await tab.locator("main").innerText();
    return { stepper, text };
  } finally {
    await tab.close();
  }
}

function statusOf(snapshot: string[], step: StepId): string | undefined {
  return snapshot.find((s) => s.includes(c.steps[step].title));
}

test.describe("reliability: faults on the wizard's outbound calls", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a broken token answer, a late system registration, 500 / 503 / a cut connection on the access request, a cut submission", async ({
    page,
    context,
    request,
  }) => {
    const orgno = randomOrgno();
    await completeOnboarding(page, orgno);
    const control = await sandboxControl(page);
    await completeScopes(page, ["kravogbetalinger", "innrapportering-boligselskap"]);
    const { clientId } = await completeClient(page, { skipTestToken: true });

    // --- Step 3: Maskinporten answers the test token with a body that is not JSON (MALFORMED).
    const beforeToken = await stepperSnapshot(page);
    await injectFault(request, control, {
      service: "maskinporten",
      kind: "malformed",
      pathPrefix: "/token",
      method: "POST",
    });
    await page.getByRole("button", { name: t13.client.fetchToken }).click();
    let doctor = await expectDoctor(page, "MALFORMED");
    await expect(page.getByRole("heading", { name: t13.tokenClaims.title })).toBeHidden();
    let saved = await savedView(context, "client");
    expect(saved.stepper).toEqual(beforeToken);
    expect(statusOf(saved.stepper, "client")).toContain(c.stepper.status.available);
    expect(saved.text).toContain(clientId);
    await clearFaults(request, control);
    await doctor.getByRole("button", { name: c.retry }).click();
    await expect(page.getByRole("heading", { name: t13.tokenClaims.title })).toBeVisible({ timeout: 15_000 });
    await expect(doctor).toBeHidden();
    await expect(nextLink(page, stepById("system"))).toBeVisible();

    // --- Step 4: Altinn registers the system but answers after the wizard's time limit (TIMEOUT).
    await page.goto(stepById("system").path);
    const beforeSystem = await stepperSnapshot(page);
    expect(statusOf(beforeSystem, "client")).toContain(c.stepper.status.done);
    const counts0 = await simCounts(request, control);
    await injectFault(request, control, {
      service: "altinn",
      kind: "latency",
      latencyMs: OUTBOUND_TIMEOUT_MS + 2_000,
      pathPrefix: ALTINN_SYSTEMREGISTER,
      method: "POST",
    });
    await page.getByRole("button", { name: c.fillExample }).click();
    const preview = page.getByRole("figure").filter({ hasText: t47.system.preview });
    await expect(preview).toContainText(`"id": "${orgno}_regnskap_demo"`);
    await page.getByRole("button", { name: t47.system.submit }).click();
    doctor = await expectDoctor(page, "TIMEOUT", 20_000);
    // The simulator did the work before the late answer: the dangerous case for a naive retry.
    expect(countsSince(counts0, await simCounts(request, control)).systems).toBe(1);
    saved = await savedView(context, "system");
    expect(saved.stepper).toEqual(beforeSystem);
    await expect(preview).toContainText(`"id": "${orgno}_regnskap_demo"`);
    await clearFaults(request, control);
    await doctor.getByRole("button", { name: c.retry }).click();
    // The retry looks the system up first, finds it as sent, and saves it without a second POST.
    await movedOnTo(page, stepById("customer"));
    expect(countsSince(counts0, await simCounts(request, control)).systems).toBe(1);
    saved = await savedView(context, "system");
    expect(statusOf(saved.stepper, "system")).toContain(c.stepper.status.done);
    expect(saved.text).toContain(clientId);

    // --- Step 5: the access request meets a 500, then a 503, then a connection cut after Altinn stored it.
    await page.goto(stepById("customer").path);
    const beforeRequest = await stepperSnapshot(page);
    await page.getByLabel(t47.customer.customerLabel).selectOption(CUSTOMER);
    const ref = await page.getByLabel(t47.customer.externalRefLabel).inputValue();
    const counts1 = await simCounts(request, control);

    await injectFault(request, control, {
      service: "altinn",
      kind: "status",
      status: 500,
      pathPrefix: ALTINN_REQUEST,
      method: "POST",
    });
    await page.getByRole("button", { name: t47.customer.submit }).click();
    doctor = await expectDoctor(page, "HTTP_5XX");
    expect(countsSince(counts1, await simCounts(request, control)).requests).toBe(0);
    saved = await savedView(context, "customer");
    expect(saved.stepper).toEqual(beforeRequest);

    await clearFaults(request, control);
    await injectFault(request, control, {
      service: "altinn",
      kind: "status",
      status: 503,
      pathPrefix: ALTINN_REQUEST,
      method: "POST",
    });
    await doctor.getByRole("button", { name: c.retry }).click();
    doctor = await expectDoctor(page, "HTTP_5XX");
    await doctor.locator("summary").click();
    await expect(doctor.locator("pre")).toContainText("HTTP 503");
    expect(countsSince(counts1, await simCounts(request, control)).requests).toBe(0);
    expect((await savedView(context, "customer")).stepper).toEqual(beforeRequest);

    await clearFaults(request, control);
    await injectFault(request, control, {
      service: "altinn",
      kind: "drop",
      pathPrefix: ALTINN_REQUEST,
      method: "POST",
    });
    await doctor.getByRole("button", { name: c.retry }).click();
    doctor = await expectDoctor(page, "NETWORK");
    expect(countsSince(counts1, await simCounts(request, control)).requests).toBe(1);
    expect((await savedView(context, "customer")).stepper).toEqual(beforeRequest);
    // The form still holds what the user chose.
    await expect(page.getByLabel(t47.customer.externalRefLabel)).toHaveValue(ref);
    await expect(page.getByLabel(t47.customer.customerLabel)).toHaveValue(CUSTOMER);

    await clearFaults(request, control);
    await doctor.getByRole("button", { name: c.retry }).click();
    // Altinn's de-duplication (same system, customer and externalRef) hands back the request it stored.
    await expect(page.getByText(t47.customer.outcome.reused)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("link", { name: t47.customer.open })).toBeVisible();
    await expect(page.locator("dd", { hasText: ref })).toBeVisible();
    const delta = countsSince(counts1, await simCounts(request, control));
    expect(delta.requests).toBe(1);
    expect(delta.systems).toBe(0);
    saved = await savedView(context, "customer");
    expect(saved.stepper.slice(0, 4)).toEqual(beforeRequest.slice(0, 4));
    expect(saved.text).toContain(ref);

    // --- Step 7: the connection is cut after Skatteetaten took the submission. The retry must send it with the
    // same idempotencyKey, so Skatteetaten answers with the receipt of the first one instead of a second delivery.
    const confirmUrl = await page.getByRole("link", { name: t47.customer.open }).getAttribute("href");
    await approveAt(page, confirmUrl!);
    await expectApproved(page);
    await completeToken(page, CUSTOMER);
    await page.goto(stepById("call").path);
    const beforeCall = await stepperSnapshot(page);
    const reporting = page.getByRole("region", {
      name: SKATTEETATEN_APIS["innrapportering-boligselskap"].name.nb,
    });
    await injectFault(request, control, {
      service: "skatteetaten",
      kind: "drop",
      pathPrefix: "/innrapporteringboligselskap/",
      method: "POST",
    });
    await reporting.getByRole("button", { name: t47.call.run }).click();
    doctor = await expectDoctor(page, "NETWORK", 20_000);
    expect((await savedView(context, "call")).stepper).toEqual(beforeCall);
    await clearFaults(request, control);
    // The simulator stamps with its own clock (skewable); compare on that clock.
    const skew = (
      (await (await request.get(`${control}/state`)).json()) as { control: { clockSkewSeconds: number } }
    ).control.clockSkewSeconds;
    const retriedAt = Date.now() + skew * 1000;
    await doctor.getByRole("button", { name: c.retry }).click();
    await expect(reporting).toContainText(t47.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
    const receipt = /forsendelseId ([0-9a-f-]{36})/.exec(await reporting.innerText());
    expect(receipt, "the receipt names the delivery").not.toBeNull();
    // Stamped before the retry was sent: the first submission's receipt, replayed, not a new delivery.
    expect(uuidV7Time(receipt![1]!)).toBeLessThan(retriedAt);
    saved = await savedView(context, "call");
    expect(statusOf(saved.stepper, "call")).toContain(c.stepper.status.done);
  });
});
