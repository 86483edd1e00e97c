import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { approvalMessages } from "../components/sim/approval-messages";
import { format, LOCALE_COOKIE } from "../lib/i18n/types";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { simVendor, type SimVendor } from "./support/sim-vendor";

/**
 * The simulated Altinn pages beyond the first approval (contracts-more §1.5–1.6, §2): a change request's
 * page shows only the difference and approving gives the system user the right; an agent request approved by
 * the accounting firm leads to "Legg til kunder", where two clients are added and one is refused
 * (AUTH-00080); every rejection asks first. Each test has a sandbox of its own, set up through the
 * simulator's APIs as a vendor's code would.
 */
const t = approvalMessages.nb;
const VENDOR = "314500008";
const CUSTOMER = "313367002";
const FIRM = "314250052";
const KRAV = "ske-krav-og-betalinger";
const BOLIG = "ske-innrapportering-boligselskap";
const P = "urn:altinn:accesspackage:";
const right = (value: string) => ({ resource: [{ id: "urn:altinn:resource", value }] });
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

async function registerSystem(v: SimVendor, id: string, over: Record<string, unknown>): Promise<string> {
  const systemId = `${VENDOR}_${id}`;
  const res = await v.altinn("POST", "systemregister/vendor", {
    id: systemId,
    vendor: { ID: `0192:${VENDOR}` },
    name: { nb: "E2E Regnskap", nn: "E2E Rekneskap", en: "E2E Accounting" },
    description: { nb: "Regnskapssystem", nn: "Rekneskapssystem", en: "Accounting system" },
    rights: [],
    accessPackages: [],
    clientId: [randomUUID()],
    isVisible: true,
    allowedRedirectUrls: ["https://vendor.example/done"],
    ...over,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return systemId;
}

/** A standard system user of CUSTOMER holding krav, approved on the request page; returns its id. */
async function approvedSystemUser(page: Page, v: SimVendor, systemId: string): Promise<string> {
  const req = await v.altinn("POST", "systemuser/request/vendor", {
    systemId,
    partyOrgNo: CUSTOMER,
    externalRef: "e2e-1",
    rights: [right(KRAV)],
  });
  expect(req.status).toBe(201);
  await page.goto(pathOf((req.json as { confirmUrl: string }).confirmUrl));
  await page.getByRole("button", { name: t.approve }).click();
  await expect(page.getByRole("heading", { name: t.done.accepted })).toBeVisible();
  const q = new URLSearchParams({ "system-id": systemId, orgno: CUSTOMER, "external-ref": "e2e-1" });
  const user = await v.altinn("GET", `systemuser/vendor/byquery?${q.toString()}`);
  expect(user.status).toBe(200);
  return (user.json as { id: string }).id;
}

async function changeRequest(v: SimVendor, systemUserId: string, body: Record<string, unknown>) {
  const id = randomUUID();
  const res = await v.altinn(
    "POST",
    `systemuser/changerequest/vendor?correlation-id=${id}&system-user-id=${systemUserId}`,
    body,
  );
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return { id, confirmUrl: (res.json as { confirmUrl: string }).confirmUrl };
}

test("a change request's page shows only what is added; approving gives the system user the right", async ({
  page,
  request,
}) => {
  const v = await simVendor(request);
  const systemId = await registerSystem(v, "endring", { rights: [right(KRAV)] });
  const userId = await approvedSystemUser(page, v, systemId);
  // The system gains a right (contracts-more §3.3); the existing system user does not have it yet.
  const put = await v.altinn("PUT", `systemregister/vendor/${systemId}/rights`, [right(KRAV), right(BOLIG)]);
  expect(put.status).toBe(200);
  const change = await changeRequest(v, userId, { requiredRights: [right(KRAV), right(BOLIG)] });
  expect(change.confirmUrl).toContain("/altinn-ui/accessmanagement/ui/systemuser/changerequest?id=");

  await page.goto(pathOf(change.confirmUrl));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    format(t.change.heading, { vendor: "REGNSKAPSKLAR LEVERANDØR AS" }),
  );
  const added = page.getByRole("region", { name: t.change.added });
  await expect(added).toContainText(BOLIG);
  // Krav is held already: not part of the difference, and nothing is removed.
  await expect(added).not.toContainText(KRAV);
  await expect(page.getByRole("region", { name: t.change.removed })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "change request page");

  await page.getByRole("button", { name: t.approve }).click();
  await expect(page.getByRole("status").filter({ hasText: t.change.states.accepted.title })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "change request page (approved)");
  const read = await v.altinn("GET", `systemuser/changerequest/vendor/${change.id}`);
  expect(read.json).toMatchObject({ status: "Accepted" });

  // The system user now holds bolig: a new change request asking for it adds nothing.
  const again = await changeRequest(v, userId, { requiredRights: [right(BOLIG)] });
  await page.goto(pathOf(again.confirmUrl));
  await expect(page.getByText(t.change.nothing)).toBeVisible();
});

test("the firm approves an agent request, adds two clients, and one lacking a package is refused", async ({
  page,
  request,
}) => {
  const v = await simVendor(request);
  const packages = [{ urn: `${P}regnskapsforer-lonn` }, { urn: `${P}a-ordning` }];
  const systemId = await registerSystem(v, "klient", { isVisible: false, accessPackages: packages });
  const req = await v.altinn("POST", "systemuser/request/vendor/agent", {
    systemId,
    partyOrgNo: FIRM,
    accessPackages: packages,
    redirectUrl: "https://vendor.example/done",
  });
  expect(req.status, JSON.stringify(req.json)).toBe(201);
  await page.goto(pathOf((req.json as { confirmUrl: string }).confirmUrl));
  await expectNoSeriousA11yViolations(page, "agent request page");
  await page.getByRole("button", { name: t.approve }).click();

  await page.waitForURL(/\/altinn-ui\/accessmanagement\/ui\/systemuser\/agentdelegation\?/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t.clients.title);
  await expectNoSeriousA11yViolations(page, "client delegation page");
  for (const name of ["RASK KREATIV TIGER AS (313367002)", "STILLE ROLIG ELG AS (310702641)"]) {
    await page.getByRole("button", { name: format(t.clients.addLabel, { name }) }).click();
    await expect(
      page.getByRole("status").filter({ hasText: format(t.clients.added, { name }) }),
    ).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(name.split(" (")[0]!) })).toContainText(
      t.clients.isDelegated,
    );
  }
  await page
    .getByRole("button", { name: format(t.clients.addLabel, { name: "LYSEBLÅ ÆRLIG OTER BRL (314248295)" }) })
    .click();
  const refused = format(t.clients.errors["AUTH-00080"], {
    name: "LYSEBLÅ ÆRLIG OTER BRL (314248295)",
    firm: "GLAD TRYGG HARE AS",
  });
  await expect(page.getByRole("alert").filter({ hasText: "AUTH-00080" })).toHaveText(refused);
  await expectNoSeriousA11yViolations(page, "client delegation page (refused)");
  await expect(
    page.getByRole("link", { name: format(t.clients.done, { host: "vendor.example" }) }),
  ).toHaveAttribute("href", "https://vendor.example/done");

  // The same page in English, message included (the outcome is in the page's query).
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: page.url() }]);
  await page.reload();
  const en = approvalMessages.en;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(en.clients.heading.split(" {")[0]!);
  await expect(page.getByRole("alert").filter({ hasText: "AUTH-00080" })).toHaveText(
    format(en.clients.errors["AUTH-00080"], {
      name: "LYSEBLÅ ÆRLIG OTER BRL (314248295)",
      firm: "GLAD TRYGG HARE AS",
    }),
  );
  await expectNoSeriousA11yViolations(page, "client delegation page (en)");
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: "nb", url: page.url() }]);

  // Back on the agent request's page, the firm can return to its clients.
  const delegationUrl = page.url();
  await page.goto(pathOf((req.json as { confirmUrl: string }).confirmUrl));
  await page.getByRole("link", { name: t.clients.manage }).click();
  await expect(page.getByRole("row", { name: /RASK KREATIV TIGER AS/ })).toContainText(t.clients.isDelegated);

  // The delegations are real: the firm's own view through the client-delegation API lists the two.
  const agentId = new URL(delegationUrl).searchParams.get("id");
  const login = await request.post(`${v.base}/altinn/authentication/api/v1/enduser/login`, {
    data: { orgno: FIRM },
  });
  const bearer = ((await login.json()) as { access_token: string }).access_token;
  const clients = await request.get(
    `${v.base}/altinn/authentication/api/v1/enduser/systemuser/clients?agent=${agentId}`,
    { headers: { authorization: `Bearer ${bearer}` } },
  );
  const data = ((await clients.json()) as { data: { clientOrganizationNumber: string }[] }).data;
  expect(data.map((c) => c.clientOrganizationNumber).sort()).toEqual(["310702641", "313367002"]);
});

test("rejecting asks for confirmation first, and can be cancelled", async ({ page, request }) => {
  const v = await simVendor(request);
  const systemId = await registerSystem(v, "avvis", { rights: [right(KRAV), right(BOLIG)] });
  const userId = await approvedSystemUser(page, v, systemId);
  const change = await changeRequest(v, userId, { requiredRights: [right(BOLIG)] });
  await page.goto(pathOf(change.confirmUrl));

  await page.getByRole("button", { name: t.reject }).click();
  const confirm = page.getByRole("dialog", { name: t.rejectConfirm.question });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: t.rejectConfirm.cancel })).toBeFocused();
  await expectNoSeriousA11yViolations(page, "reject confirmation");
  await confirm.getByRole("button", { name: t.rejectConfirm.cancel }).click();
  await expect(confirm).toBeHidden();
  const still = await v.altinn("GET", `systemuser/changerequest/vendor/${change.id}`);
  expect(still.json).toMatchObject({ status: "New" });

  await page.getByRole("button", { name: t.reject }).click();
  await page.getByRole("button", { name: t.rejectConfirm.yes }).click();
  await expect(page.getByRole("status").filter({ hasText: t.change.states.rejected.title })).toBeVisible();
  const read = await v.altinn("GET", `systemuser/changerequest/vendor/${change.id}`);
  expect(read.json).toMatchObject({ status: "Rejected" });
});

test("unknown or malformed ids get a clear message on the shared and the per-sandbox pages, never a 500", async ({
  page,
}) => {
  const sandbox = `/sim/s/${"x".repeat(22)}`;
  for (const prefix of ["/sim", sandbox]) {
    for (const id of [randomUUID(), "not-a-guid", ""]) {
      const change = await page.goto(
        `${prefix}/altinn-ui/accessmanagement/ui/systemuser/changerequest?id=${id}`,
      );
      expect(change?.status()).toBe(200);
      await expect(page.getByRole("status")).toContainText(t.change.states["not-found"].title);
      const clients = await page.goto(
        `${prefix}/altinn-ui/accessmanagement/ui/systemuser/agentdelegation?id=${id}`,
      );
      expect(clients?.status()).toBe(200);
      await expect(page.getByRole("status")).toContainText(t.clients.notFound.title);
    }
  }
  await expectNoSeriousA11yViolations(page, "client delegation page (not found)");
});
