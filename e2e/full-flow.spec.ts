import { expect, test } from "@playwright/test";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { stepById, SUMMARY_PATH } from "../lib/steps";
import { completeSteps1to3 } from "./support/steps-1-3";
import { completeSteps4and5, completeToken, CUSTOMER, nextLink, texts } from "./support/steps-4-7";

/**
 * The whole onboarding in one go, from a fresh browser, on the simulator: vendor and scopes, key and
 * client, system, the customer's approval at the confirmUrl, the system-user token, and a Krav og
 * betalinger answer on screen — then the summary and its download.
 */
test("a vendor goes from nothing to Skatteetaten's answer in seven steps", async ({ page }) => {
  test.setTimeout(180_000);
  const { clientId } = await completeSteps1to3(page, {
    apis: ["kravogbetalinger", "innrapportering-boligselskap"],
  });
  await completeSteps4and5(page, CUSTOMER);
  await completeToken(page, CUSTOMER);

  // Step 7: open claims for the customer with the system-user token.
  await nextLink(page, stepById("call")).click();
  await expect(page).toHaveURL(new RegExp(`${stepById("call").path}$`));

  // Innrapportering boligselskap: a minimal test submission, receipted.
  const reporting = page.getByRole("region", {
    name: SKATTEETATEN_APIS["innrapportering-boligselskap"].name.nb,
  });
  await reporting.getByRole("button", { name: texts.call.run }).click();
  await expect(reporting).toContainText(texts.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
  await expect(reporting).toContainText(/Mottatt\. forsendelseId [0-9a-f-]{36}/);
  await expect(reporting).toContainText(/idempotencyKey brukt: [0-9a-f-]{36}/);

  // Krav og betalinger: the customer's open claims, the last thing on screen.
  const claims = page.getByRole("region", { name: SKATTEETATEN_APIS.kravogbetalinger.name.nb });
  await claims.getByRole("button", { name: texts.call.run }).click();
  const answer = claims.getByRole("region", { name: texts.call.resultHeading });
  await expect(answer).toBeVisible({ timeout: 20_000 });
  await expect(answer).toContainText(texts.call.okTitle.replace("{status}", "200"));
  await expect(answer).toContainText(`/regnskapssystem/${CUSTOMER}/aapnekrav`);
  await expect(answer).toContainText(`"partIdentifikator": "${CUSTOMER}"`);
  await expect(answer).toContainText(/åpne krav, saldo/);

  // A new token in step 6, fetched just to look at it, leaves step 7 done (not "run it again").
  await page.goto(stepById("token").path);
  const saved = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === stepById("token").path,
    { timeout: 20_000 },
  );
  await page.getByRole("button", { name: texts.token.fetchAgain }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole("alert", { name: texts.common.errorDoctor.title })).toHaveCount(0);
  await page.goto(stepById("call").path);
  await expect(page.getByText(texts.common.stale)).toHaveCount(0);

  // The step is done; the summary has what was set up, and the download holds no secrets.
  await page.getByRole("link", { name: new RegExp(texts.common.nav.summary) }).click();
  await expect(page).toHaveURL(new RegExp(`${SUMMARY_PATH}$`));
  await expect(page.getByRole("heading", { name: texts.summary.title, level: 1 })).toBeVisible();
  // the request's status in the user's language, not Altinn's "Accepted"
  const request = page.getByRole("region", { name: texts.summary.sections.request });
  await expect(request).toContainText(texts.customer.status.Accepted);
  await expect(request).not.toContainText("Accepted");
  await expect(page.getByText(clientId).first()).toBeVisible();
  const download = await page.request.get("/api/summary");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="systembruker-simulator-/);
  const summary = (await download.json()) as {
    calls: { status: number; url: string }[];
    client: { clientId: string };
  };
  expect(summary.client.clientId).toBe(clientId);
  expect(summary.calls.map((c) => c.status)).toEqual([200, 200]);
  const raw = await download.text();
  expect(raw).not.toMatch(/privatePkcs8|PRIVATE KEY|eyJ[A-Za-z0-9_-]{20,}\./);
});
