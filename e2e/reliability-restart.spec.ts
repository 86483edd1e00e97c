import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openDeveloperFold } from "./support/developer-fold";
import { stepById } from "../lib/steps";
import { startServer, stepperSnapshot, type OwnServer } from "./support/reliability";
import {
  completeOnboarding,
  completeScopes,
  completeSteps1to3,
  randomOrgno,
  texts as t13,
} from "./support/steps-1-3";
import {
  approveAt,
  completeSystem,
  completeToken,
  CUSTOMER,
  expectApproved,
  sendRequest,
  texts as t47,
} from "./support/steps-4-7";

/**
 * The wizard keeps nothing that matters in the server's memory: the state and the encrypted key are in the
 * database in the data folder (embedded PostgreSQL), the browser keeps only its session handle, the
 * simulator's world is in the same database, and token caches refill themselves. So stopping and starting
 * the server between two steps, or while a request waits for the customer, loses nothing — the key too
 * still opens (the generated secret is in the data folder as well). This needs a server of its own (the
 * shared webServer cannot be restarted), on a port next to it.
 */
const c = t13.common;
/** What the wizard's state holds, as the summary download shows it (no secrets). */
async function summaryOf(
  page: Page,
): Promise<Record<"vendor" | "apis" | "client" | "key", unknown> & { key: { kid: string } | null }> {
  const res = await page.request.get("/api/summary");
  expect(res.ok()).toBe(true);
  return (await res.json()) as Record<"vendor" | "apis" | "client" | "key", unknown> & {
    key: { kid: string } | null;
  };
}

const RESTART_PORT = Number(process.env.E2E_RESTART_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 5);

test.describe("reliability: restart and resume", () => {
  test("a server restart after step 3 and another while the customer decides: the flow goes on where it was", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const dataDir = mkdtempSync(path.join(tmpdir(), "sbw-e2e-restart-"));
    let server: OwnServer | undefined = await startServer(RESTART_PORT, dataDir);
    const context = await browser.newContext({ baseURL: server.baseURL });
    const page = await context.newPage();
    try {
      const { clientId } = await completeSteps1to3(page);
      const before = await stepperSnapshot(page);
      const saved = await summaryOf(page);
      expect(saved.key?.kid).toMatch(/\S/);
      expect(before.slice(0, 3).every((s) => s.endsWith(c.stepper.status.done))).toBe(true);

      await server.stop();
      server = undefined;
      await expect(
        fetch(`http://127.0.0.1:${RESTART_PORT}/api/health`),
        "the server is down",
      ).rejects.toThrow();
      server = await startServer(RESTART_PORT, dataDir);

      // Same page, new server process: the stepper, the client and the key are as they were.
      await page.reload();
      expect(await stepperSnapshot(page)).toEqual(before);
      await expect(page.getByTestId("client-id")).toHaveText(clientId);
      const restored = await summaryOf(page);
      for (const part of ["vendor", "apis", "client", "key"] as const)
        expect(restored[part], part).toEqual(saved[part]);
      await expect(page.locator("main")).toContainText(saved.key!.kid);
      // The key, encrypted under the secret in the data folder, still opens after the restart: once.
      const origin = { origin: server.baseURL };
      const download = await page.request.post("/api/key", { headers: origin });
      expect(download.status()).toBe(200);
      expect(await download.text()).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect((await page.request.post("/api/key", { headers: origin })).status()).toBe(410);

      // The start page resumes at step 4; registering there needs a fresh vendor token (the cache was in memory).
      await page.goto("/");
      await page.getByRole("link", { name: `${c.nav.resume}: ${c.steps.system.title} →` }).click();
      await expect(page).toHaveURL(new RegExp(`${stepById("system").path}$`));
      await completeSystem(page);
      await page.goto(stepById("system").path);
      await openDeveloperFold(page);
      const preview = page.getByRole("figure").filter({ hasText: t47.system.preview });
      await expect(preview).toContainText(clientId);

      // The request is sent; the server goes down and comes back while the customer has the link.
      const confirmUrl = await sendRequest(page, CUSTOMER);
      await server.stop();
      server = undefined;
      server = await startServer(RESTART_PORT, dataDir);
      await approveAt(page, confirmUrl);
      await expectApproved(page);
      await completeToken(page, CUSTOMER);
      const after = await stepperSnapshot(page);
      expect(after.slice(0, 6).every((s) => s.endsWith(c.stepper.status.done))).toBe(true);
    } finally {
      await context.close();
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("the start page names the active environment and resumes at the first step not done", async ({
    page,
  }) => {
    await page.goto("/");
    const main = page.getByRole("main");
    await expect(main).toContainText(`${c.environmentActive}: ${c.environment.simulator}`);
    await page.getByRole("link", { name: `${c.nav.start} →` }).click();
    await expect(page).toHaveURL(new RegExp(`${stepById("onboarding").path}$`));

    await completeOnboarding(page, randomOrgno());
    await completeScopes(page, ["kravogbetalinger"]);
    await page.goto("/");
    await expect(main).toContainText(`${c.environmentActive}: ${c.environment.simulator}`);
    await page.getByRole("link", { name: `${c.nav.resume}: ${c.steps.client.title} →` }).click();
    await expect(page).toHaveURL(new RegExp(`${stepById("client").path}$`));
    await expect(page.getByRole("heading", { name: c.steps.client.title, level: 1 })).toBeVisible();
  });
});
