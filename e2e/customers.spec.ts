import { expect, test, type Page } from "@playwright/test";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { plural } from "../lib/i18n/format";
import { format } from "../lib/i18n/types";
import { stepById } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { sandboxControl } from "./support/sandbox";
import { completeSteps1to3 } from "./support/steps-1-3";
import {
  approveAt,
  completeSystem,
  CUSTOMER,
  customerCard,
  customerStatus,
  expectApproved,
  sendRequest,
  texts,
} from "./support/steps-4-7";

/**
 * Step 5 as a list of customers, clicked as a vendor would: paste the sandbox's five customer organisations
 * (one line wrong first, then fixed), hand two confirmUrls to their customers who approve, withdraw one
 * request, and see every other customer keep its own status; then act for a chosen customer in steps 6–7.
 */
const tl = texts.customers;
const tc = texts.customer;

/** The sandbox's customer organisations, from its simulated Brreg search (as the wizard's picker reads them). */
async function sandboxCustomers(page: Page): Promise<string[]> {
  const base = (await sandboxControl(page)).replace(/\/_control$/, "");
  const res = await page.request.get(`${base}/brreg/enhetsregisteret/api/enheter?simRole=customer&size=100`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { _embedded?: { enheter: { organisasjonsnummer: string }[] } };
  return (body._embedded?.enheter ?? []).map((e) => e.organisasjonsnummer);
}

test("five pasted customers: two approve and one rejects without the list being reloaded, one is withdrawn, the rest keep their status; step 7 for a chosen one", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await completeSteps1to3(page, { apis: ["kravogbetalinger"] });
  await completeSystem(page);
  const orgs = (await sandboxCustomers(page)).slice(0, 5);
  expect(orgs).toHaveLength(5);
  const [a, b, c, d, e] = orgs as [string, string, string, string, string];

  await page.goto(stepById("customer").path);
  await page.getByText(tl.addMany, { exact: true }).click();
  const field = page.getByLabel(tl.bulkLabel);
  // A wrong check digit on line 2: named, and nothing is sent.
  await field.fill(`${a}\n${a.slice(0, 8)}${(Number(a[8]) + 1) % 10}`);
  await page.getByRole("button", { name: tl.bulkSubmit }).click();
  await expect(page.locator("#bulk-orgnos-error")).toContainText("Linje 2", { timeout: 20_000 });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(tl.empty)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "step 5 (paste with an error)");

  // Fixed, with a duplicate written the way Brønnøysund prints numbers: five customers, one request each.
  const spaced = `${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6)}`;
  await field.fill(`${a}\n${b}, ${c}\n${d}; ${e}\n${spaced}`);
  await page.getByRole("button", { name: tl.bulkSubmit }).click();
  await expect(page.getByRole("status").filter({ hasText: "5 forespørsler sendt" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(plural("nb", 5, tl.counts, { approved: 0, waiting: 5 }))).toBeVisible();
  for (const org of orgs) await expect(customerStatus(page, org)).toHaveText(tc.status.New);
  await expect(page.getByRole("img", { name: tc.qrLabel })).toHaveCount(5);
  await expectNoSeriousA11yViolations(page, "step 5 (five customers waiting)");

  // Two customers approve at their own links and one rejects (after Altinn asks again), as people click
  // them in another tab; the vendor's list follows by itself, without reloading.
  const links: Record<string, string> = {};
  for (const org of [b, a, d])
    links[org] = (await customerCard(page, org).getByRole("link", { name: tc.open }).getAttribute("href"))!;
  const customersTab = await page.context().newPage();
  for (const org of [b, a]) await approveAt(customersTab, links[org]!);
  await customersTab.goto(links[d]!);
  await customersTab.getByRole("button", { name: texts.approval.reject }).click();
  await customersTab.getByRole("button", { name: texts.approval.rejectConfirm.yes }).click();
  const rejectedAt = new URL(links[d]!, page.url()).href;
  await customersTab.waitForURL((u) => u.href !== rejectedAt, { timeout: 15_000 });
  await customersTab.close();
  for (const [org, status] of [
    [b, "Accepted"],
    [a, "Accepted"],
    [d, "Rejected"],
  ] as const)
    await expect(customerStatus(page, org)).toHaveAttribute("data-status", status, { timeout: 40_000 });
  await expect(customerStatus(page, d)).toHaveText(tc.status.Rejected);
  await expectApproved(page, b);
  await expectApproved(page, a);

  // Withdrawing one request touches only that customer.
  await customerCard(page, c).getByRole("button", { name: tc.withdraw }).click();
  await expect(customerStatus(page, c)).toHaveText(tl.local.Withdrawn, { timeout: 20_000 });
  await expect(page.getByText(tl.withdrawn.replace("{orgno}", c))).toBeVisible();
  await page.reload();
  await expect(customerStatus(page, a)).toHaveAttribute("data-status", "Accepted");
  await expect(customerStatus(page, b)).toHaveAttribute("data-status", "Accepted");
  await expect(customerStatus(page, c)).toHaveAttribute("data-status", "Withdrawn");
  await expect(customerStatus(page, d)).toHaveAttribute("data-status", "Rejected");
  await expect(customerStatus(page, e)).toHaveText(tc.status.New);
  // The first to approve is the one steps 6–7 act for until the vendor picks another.
  await expect(customerStatus(page, b)).toContainText(tl.active);
  await expectNoSeriousA11yViolations(page, "step 5 (mixed statuses)");

  // Step 6 for the other approved customer, picked from the list; step 7 calls for it.
  await page.goto(stepById("token").path);
  const picker = page.getByLabel(texts.picker.label);
  await expect(picker).toHaveValue(b);
  await expect(picker.locator("option")).toHaveCount(2);
  await picker.selectOption(a);
  await page.getByRole("button", { name: texts.picker.submit }).click();
  await expect(page.getByText(`0192:${a}`).first()).toBeVisible({ timeout: 20_000 });
  await page
    .getByRole("button", { name: new RegExp(`^(${texts.token.fetch}|${texts.token.fetchAgain})$`) })
    .click();
  await expect(page.getByRole("region", { name: texts.token.systemUserHeading })).toContainText(a, {
    timeout: 20_000,
  });
  await expectNoSeriousA11yViolations(page, "step 6 (chosen customer)");

  await page.goto(stepById("call").path);
  await expect(page.getByLabel(texts.picker.label)).toHaveValue(a);
  const claims = page.getByRole("region", { name: SKATTEETATEN_APIS.kravogbetalinger.name.nb });
  await expect(claims.getByLabel(texts.call.orgnoLabel)).toHaveValue(a);
  await claims.getByRole("button", { name: texts.call.run }).click();
  const answer = claims.getByRole("region", { name: texts.call.resultHeading });
  await expect(answer).toContainText(texts.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
  await expect(answer).toContainText(`/regnskapssystem/${a}/aapnekrav`);
  await expectNoSeriousA11yViolations(page, "step 7 (chosen customer)");
});

test("a customer whose system user lacks a right the system offers gets a change request, approved at its link", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const boligselskap = SKATTEETATEN_APIS["innrapportering-boligselskap"].resource;
  await completeSteps1to3(page, { apis: ["kravogbetalinger", "innrapportering-boligselskap"] });
  await completeSystem(page);
  // The customer is asked for Krav og betalinger only, and approves.
  const confirmUrl = await sendRequest(page, CUSTOMER, { withoutRights: [boligselskap] });
  await approveAt(page, confirmUrl);
  await expectApproved(page, CUSTOMER);

  // The system offers more than the system user holds: step 5 says so, and sends the change request.
  const card = customerCard(page, CUSTOMER);
  await expect(card.getByRole("status")).toContainText(boligselskap);
  await expectNoSeriousA11yViolations(page, "step 5 (rights changed)");
  await card.getByRole("button", { name: tl.sendChange }).click();
  await expect(page.getByText(tl.changed.replace("{orgno}", CUSTOMER))).toBeVisible({ timeout: 20_000 });
  await expect(card.locator("[data-change-status]")).toHaveAttribute("data-change-status", "New");
  const changeUrl = await card.getByRole("link", { name: tc.open }).getAttribute("href");
  expect(changeUrl).toContain("/systemuser/changerequest?id=");
  await expectNoSeriousA11yViolations(page, "step 5 (change request waiting)");

  // Step 6 warns before acting for a customer whose rights differ.
  await page.goto(stepById("token").path);
  await expect(page.getByRole("status").filter({ hasText: boligselskap })).toBeVisible();

  // The customer approves the change; the wizard follows it by itself and the warning is gone.
  await approveAt(page, changeUrl!);
  await page.goto(stepById("customer").path);
  await expect(customerCard(page, CUSTOMER).locator("[data-change-status]")).toHaveAttribute(
    "data-change-status",
    "Accepted",
    { timeout: 30_000 },
  );
  await expect(customerCard(page, CUSTOMER).getByRole("button", { name: tl.sendChange })).toHaveCount(0);
  await page.goto(stepById("token").path);
  await expect(page.getByRole("status").filter({ hasText: boligselskap })).toHaveCount(0);
});

test("an agent system: the accounting firm approves an agent request and adds two clients; step 7 calls for one, and an organisation that is not a client is refused with GLD_1015", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const firm = "314250052";
  // A client whose books the firm keeps (it has given the firm the regnskapsfører packages).
  const client = "RASK KREATIV TIGER AS (313367002)";
  const secondClient = "STILLE ROLIG ELG AS (310702641)";
  // An organisation that is not the firm's client (no role, no authorisation): never delegated.
  const notAClient = "310904473";
  await completeSteps1to3(page, { apis: ["kravogbetalinger", "innrapportering-boligselskap"] });
  await page.goto(stepById("system").path);
  await page.getByLabel(texts.system.kindAgent).check();
  await page.getByRole("button", { name: texts.common.fillExample }).click();
  await page.getByRole("button", { name: texts.system.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: "_regnskap_demo" })).toBeVisible({
    timeout: 20_000,
  });

  // Step 5: the firm is pasted like any customer, and gets an agent request (its own approval page).
  await page.goto(stepById("customer").path);
  await page.getByText(tl.addMany, { exact: true }).click();
  await page.getByLabel(tl.bulkLabel).fill(firm);
  await page.getByRole("button", { name: tl.bulkSubmit }).click();
  await expect(customerStatus(page, firm)).toHaveText(tc.status.New, { timeout: 30_000 });
  const link = await customerCard(page, firm).getByRole("link", { name: tc.open }).getAttribute("href");
  expect(link).toContain("/systemuser/agentrequest?id=");

  // A person at the firm approves, then adds a client on Altinn's "Legg til kunder" page.
  await page.goto(link!);
  await page.getByRole("button", { name: texts.approval.approve }).click();
  await page.waitForURL(/\/systemuser\/agentdelegation\?/, { timeout: 15_000 });
  for (const name of [client, secondClient]) {
    await page.getByRole("button", { name: format(texts.approval.clients.addLabel, { name }) }).click();
    await expect(
      page.getByRole("status").filter({ hasText: format(texts.approval.clients.added, { name }) }),
    ).toBeVisible();
  }

  await expectApproved(page, firm);
  await expectNoSeriousA11yViolations(page, "step 5 (agent approved)");

  // Step 6: the token is the firm's; step 7 names the client in the call.
  await page.goto(stepById("token").path);
  await expect(page.getByLabel(texts.picker.label)).toHaveValue(firm);
  await page.getByRole("button", { name: texts.token.fetch }).click();
  await expect(page.getByRole("region", { name: texts.token.systemUserHeading })).toContainText(firm, {
    timeout: 20_000,
  });
  await page.goto(stepById("call").path);
  await expect(page.getByRole("status").filter({ hasText: firm })).toContainText(
    texts.picker.agentClient.split(":")[0]!,
  );
  const claims = page.getByRole("region", { name: SKATTEETATEN_APIS.kravogbetalinger.name.nb });
  await expect(claims.getByLabel(texts.call.orgnoLabel)).toHaveValue("");
  await expect(claims).toContainText(texts.call.orgnoHintAgent);
  await expectNoSeriousA11yViolations(page, "step 7 (agent)");

  // A submission for the client (the firm's regnskapsfører package covers boligselskap reporting).
  const reporting = page.getByRole("region", {
    name: SKATTEETATEN_APIS["innrapportering-boligselskap"].name.nb,
  });
  await reporting.getByLabel(texts.call.orgnoLabel).fill("313367002");
  await reporting.getByRole("button", { name: texts.call.run }).click();
  await expect(reporting).toContainText(texts.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });

  // The same submission for an organisation the firm was never given: Skatteetaten refuses it, and the
  // doctor names the code (contracts-more §1.8).
  await reporting.getByLabel(texts.call.orgnoLabel).fill(notAClient);
  await reporting.getByRole("button", { name: texts.call.runAgain }).click();
  await expect(reporting.getByText("GLD_1015").first()).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousA11yViolations(page, "step 7 (agent, not a client)");
});
