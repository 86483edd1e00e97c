import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { stepById } from "../lib/steps";
import { sandboxControl } from "./support/sandbox";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { completeSteps1to3, randomOrgno, texts } from "./support/steps-1-3";

test.describe("steps 1–3", () => {
  test("in the simulator a vendor goes from nothing to a decoded test token", async ({ page }) => {
    const result = await completeSteps1to3(page, {
      checkA11y: true,
      apis: ["kravogbetalinger", "innrapportering-boligselskap"],
    });

    const claims = page.getByRole("table", { name: texts.tokenClaims.claimsTitle });
    await expect(claims.getByRole("row", { name: /^client_id/ })).toContainText(result.clientId);
    await expect(claims.getByRole("row", { name: /^consumer/ })).toContainText(`0192:${result.orgno}`);
    await expect(claims.getByRole("row", { name: /^client_amr/ })).toContainText("private_key_jwt");
    await expect(claims.getByRole("row", { name: /^scope/ })).toContainText(
      "altinn:authentication/systemregister.write",
    );
    await expect(page.getByText(texts.tokenClaims.clock.title)).toBeVisible();
    await expect(page.getByText(texts.tokenClaims.clock.precision)).toBeVisible();
    // Fetched again from the developer fold, the test token shows the signed grant and the scope checks:
    // both chosen Skatteetaten scopes passed the preflight next to the Altinn token.
    await page.getByRole("button", { name: texts.client.fetchAgain }).click();
    const scopeChecks = page.getByRole("list", { name: texts.client.scopeCheck.title });
    for (const scope of ["skatteetaten:kravogbetalinger", "skatteetaten:innrapporteringboligselskap"])
      await expect(scopeChecks.getByRole("listitem").filter({ hasText: scope })).toContainText(
        texts.client.scopeCheck.status.ok,
      );
    await expect(page.getByRole("figure").filter({ hasText: texts.client.grantTitle })).toContainText(
      '"aud"',
    );

    // Step 3 is done: the stepper says so and step 4 is open.
    const stepper = page.getByRole("navigation", { name: texts.common.stepper.label }).first();
    await expect(stepper.getByRole("link", { name: /Steg 3/ })).toContainText(
      texts.common.stepper.status.done,
    );
    await expect(page.getByRole("link", { name: new RegExp(texts.common.nav.next) })).toHaveAttribute(
      "href",
      stepById("system").path,
    );
  });

  test("the organisation number is MOD11-checked with the same message in the form and on the server", async ({
    page,
  }) => {
    const t = texts.onboarding;
    await page.goto(stepById("onboarding").path);
    const orgno = page.getByLabel(t.orgnoLabel);
    await orgno.fill("974761077");
    // Errors appear on submit (never on blur, which would move the button under the pointer), then as one types.
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.locator("#orgno-error")).toHaveText(texts.common.validation.orgnoMod11);
    await expect(orgno).toHaveAttribute("aria-invalid", "true");
    await orgno.fill("12345");
    await expect(page.locator("#orgno-error")).toHaveText(texts.common.validation.orgnoFormat);
    // grouped with spaces, as people type and copy it
    await orgno.fill("974 761 076");
    await expect(page.getByText("Navn i Enhetsregisteret: SKATTEETATEN")).toBeVisible();
    await expect(orgno).toHaveAttribute("aria-invalid", "false");
    await expectNoSeriousA11yViolations(page, "step 1 with errors cleared");
  });

  test("the site has a favicon: /favicon.ico answers and pages link an icon", async ({ page, request }) => {
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    await page.goto(stepById("onboarding").path);
    const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
    expect(href).toBeTruthy();
    const svg = await request.get(href!);
    expect(svg.status()).toBe(200);
    expect(await svg.text()).toContain("<svg");
  });

  test("the simulator offers its demo vendors, not Skatteetaten, and the example is one of them", async ({
    page,
  }) => {
    const t = texts.onboarding;
    await page.goto(stepById("onboarding").path);
    await page.getByLabel(t.envs.simulator.label, { exact: true }).check();
    const picker = page.getByLabel(t.demoVendors.label);
    await expect(picker.getByRole("option")).not.toHaveCount(0);
    await expect(picker.getByRole("option", { name: /SKATTEETATEN|974761076/ })).toHaveCount(0);
    await picker.selectOption({ label: "BOLIGTALL SYSTEMER AS (314501373)" });
    await expect(page.getByLabel(t.orgnoLabel)).toHaveValue("314501373");
    await expect(page.getByText("Navn i Enhetsregisteret: BOLIGTALL SYSTEMER AS")).toBeVisible();
    await page.getByRole("button", { name: texts.common.fillExample }).click();
    await expect(page.getByLabel(t.orgnoLabel)).not.toHaveValue("974761076");
    await expect(page.getByText(/^Navn i Enhetsregisteret: /)).not.toContainText("SKATTEETATEN");
    await expect(picker).not.toHaveValue("");
    await expectNoSeriousA11yViolations(page, "step 1 with the demo vendors");
  });

  test("the private key can be downloaded once, then only forgotten", async ({ page }) => {
    const { kid } = await completeSteps1to3(page, { skipTestToken: true });
    const t = texts.client;
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: t.downloadPrivate }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${kid}.private.pem`);
    const pem = await readFile((await file.path())!, "utf8");
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    await expect(page.getByText(t.downloaded)).toBeVisible();
    await expect(page.getByRole("button", { name: t.downloadPrivate })).toHaveCount(0);
    expect(await page.content()).not.toContain(pem.split("\n")[1]!);

    const origin = new URL(page.url()).origin;
    expect((await page.request.post("/api/key", { headers: { origin } })).status()).toBe(410);
    expect(
      (await page.request.post("/api/key", { headers: { origin: "https://evil.example" } })).status(),
    ).toBe(403);

    await page.getByRole("button", { name: t.forgetKey }).click();
    await page.getByRole("button", { name: t.forgetYes }).click();
    await expect(page.getByRole("button", { name: t.createKey })).toBeVisible();
    await expectNoSeriousA11yViolations(page, "step 3 after forgetting the key");
  });

  test("a Maskinporten error is explained by the error doctor (clock skew → MP-130)", async ({
    page,
    request,
  }) => {
    await completeSteps1to3(page);
    const control = await sandboxControl(page);
    await request.post(`${control}/clock`, { data: { skewSeconds: 60 } });
    try {
      await page.getByRole("button", { name: texts.client.fetchAgain }).click();
      const doctor = page.getByRole("alert", { name: texts.common.errorDoctor.title });
      await expect(doctor).toContainText("MP-130");
      await expect(doctor).toContainText("Feil tid i grantet (iat/exp)");
      await expect(doctor).toContainText(/±10 sekunder/);
      await doctor.getByText(texts.common.errorDoctor.details).click();
      await expect(doctor).toContainText("Issue time is too far in the past"); // the simulator runs 60 s ahead
      await expectNoSeriousA11yViolations(page, "step 3 with the error doctor");
    } finally {
      await request.post(`${control}/clock`, { data: { skewSeconds: 0 } });
    }
    await page.getByRole("button", { name: texts.client.fetchAgain }).click();
    await expect(page.getByRole("status").filter({ hasText: "Steg 3 er fullført" })).toBeVisible();
  });

  test("a scope withdrawn from the organisation gives MP-250, explained by the error doctor", async ({
    page,
    request,
  }) => {
    const { orgno } = await completeSteps1to3(page);
    const withdrawn = await request.delete(`${await sandboxControl(page)}/scope-grants`, {
      data: { orgno, scope: "altinn:authentication/systemuser.request.write" },
    });
    expect(withdrawn.status()).toBe(204);
    await page.getByRole("button", { name: texts.client.fetchAgain }).click();
    const doctor = page.getByRole("alert", { name: texts.common.errorDoctor.title });
    await expect(doctor).toContainText("MP-250");
    await expect(doctor).toContainText("Organisasjonen har ikke fått tilgang til scopet");
    // Today's route to the Altinn scopes (contracts-more §5), not an e-mail to the service desk.
    await expect(doctor).toContainText("Bruksvilkår for sluttbrukersystemleverandører i Altinn");
    await expect(doctor).not.toContainText("servicedesk@altinn.no");
    await expectNoSeriousA11yViolations(page, "step 3 with MP-250 explained");
  });

  test("a Skatteetaten scope withdrawn from the organisation shows MP-250 in step 3, before any customer is asked", async ({
    page,
    request,
  }) => {
    const { orgno } = await completeSteps1to3(page);
    const scope = "skatteetaten:kravogbetalinger";
    const withdrawn = await request.delete(`${await sandboxControl(page)}/scope-grants`, {
      data: { orgno, scope },
    });
    expect(withdrawn.status()).toBe(204);
    await page.getByRole("button", { name: texts.client.fetchAgain }).click();
    const item = page
      .getByRole("list", { name: texts.client.scopeCheck.title })
      .getByRole("listitem")
      .filter({ hasText: scope });
    await expect(item).toContainText(texts.client.scopeCheck.status["MP-250"]);
    await expect(item).toContainText("Organisasjonen har ikke fått tilgang til scopet");
    await expect(page.getByRole("alert").filter({ hasText: texts.client.scopeCheck.notDone })).toBeVisible();
    // Step 3 is not done: the test token was dropped and the stepper does not say "done".
    const stepper = page.getByRole("navigation", { name: texts.common.stepper.label }).first();
    await expect(stepper.getByRole("link", { name: /Steg 3/ })).not.toContainText(
      texts.common.stepper.status.done,
    );
    await expect(page.getByRole("button", { name: texts.client.fetchToken })).toBeVisible();
    await expectNoSeriousA11yViolations(page, "step 3 with a Skatteetaten scope refused");
  });

  test("changing the vendor after later steps warns first, then resets them", async ({ page }) => {
    await completeSteps1to3(page, { skipTestToken: true });
    const t = texts.onboarding;
    await page.goto(stepById("onboarding").path);
    await expect(page.getByText(t.resetWarning.title)).toHaveCount(0);
    await page.getByLabel(t.orgnoLabel).fill(randomOrgno());
    await expect(page.getByText(t.resetWarning.title)).toBeVisible();
    await page.getByRole("button", { name: t.submit }).click();
    await page.waitForURL((u) => u.pathname === stepById("scopes").path);
    await expect(page.getByLabel("Krav og betalinger", { exact: true })).not.toBeChecked();
  });

  test("in the test environment the user ticks prerequisites, marks scopes and pastes the client id", async ({
    page,
  }) => {
    const t = texts.onboarding;
    await page.goto(stepById("onboarding").path);
    await page.getByLabel(t.envs.test.label).check();
    await page.getByLabel(t.orgnoLabel).fill(randomOrgno());
    await expect(page.getByRole("heading", { name: t.prerequisites.tenorTestId.title })).toBeVisible();
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(texts.common.nav.next) })).toHaveCount(0);
    for (const box of await page.getByRole("checkbox", { name: new RegExp(t.prereqTick) }).all())
      await box.check();
    await expectNoSeriousA11yViolations(page, "step 1 (test environment)");
    await page.getByRole("button", { name: t.submit }).click();
    // Complete now: the wizard goes on to step 2.
    await page.waitForURL((u) => u.pathname === stepById("scopes").path);

    const s = texts.scopes;
    await page.getByLabel("Krav og betalinger", { exact: true }).check();
    await page.getByRole("button", { name: s.saveApis }).click();
    await expect(page.getByText(s.manualExplain)).toBeVisible();
    await page.getByRole("button", { name: `${s.markOrdered}: skatteetaten:kravogbetalinger` }).click();
    await expect(page.getByText(`${s.statusLabel}: ${s.status.ordered}`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, "step 2 (test environment)");
    const grantButtons = page.getByRole("button", { name: new RegExp(`^${s.markGranted}`) });
    for (let left = await grantButtons.count(); left > 0; left--) {
      await grantButtons.first().click();
      await expect(grantButtons).toHaveCount(left - 1);
    }
    await expect(page.getByText(s.done)).toBeVisible();

    const c = texts.client;
    await page.goto(stepById("client").path);
    await page.getByRole("button", { name: c.createKey }).click();
    await expect(page.getByText(c.keyReady)).toBeVisible();
    await expect(page.getByRole("link", { name: c.portalLink })).toHaveAttribute(
      "href",
      /sjolvbetjening\.test\.samarbeid\.digdir\.no/,
    );
    await page.getByRole("button", { name: c.saveClient }).click();
    await expect(page.locator("#keyUploaded-error")).toHaveText(c.validation.confirmKeyUploaded);
    await page.getByLabel(c.clientIdLabel).fill("a2ed712d-4144-4471-839f-80ae4a68146b");
    await page.getByRole("checkbox", { name: /offentlige nøkkelen/ }).check();
    await page.getByRole("checkbox", { name: /Scopes-fane/ }).check();
    await page.getByRole("button", { name: c.saveClient }).click();
    await expect(page.getByTestId("client-id")).toHaveText("a2ed712d-4144-4471-839f-80ae4a68146b");
    await expect(page.getByRole("button", { name: c.fetchToken })).toBeVisible();
    await expectNoSeriousA11yViolations(page, "step 3 (test environment)");
  });

  test("step 1 in English reads the same flow", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "lang", value: "en", url: baseURL! }]);
    await page.goto(stepById("onboarding").path);
    // All met in the simulator: folded under its heading, one click away.
    await expect(page.getByRole("heading", { name: "Prerequisites" })).toBeVisible();
    await expect(page.getByText("5 of 5 in place")).toBeVisible();
    await expect(page.getByText("Satisfied by the simulator").first()).toBeHidden();
    await page.getByRole("heading", { name: "Prerequisites" }).click();
    await expect(page.getByText("Satisfied by the simulator").first()).toBeVisible();
    const orgno = page.getByLabel("Organisation number of the vendor (your organisation)");
    await orgno.fill("974761077");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.locator("#orgno-error")).toHaveText(
      "The organisation number has a wrong check digit (MOD11).",
    );
    await expectNoSeriousA11yViolations(page, "step 1 in English");
  });
});
