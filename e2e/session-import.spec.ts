import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { requiredScopes } from "../lib/catalogue";
import { sessionMessages } from "../lib/i18n/messages/session";
import { seal, sessionKey, splitChunks } from "../lib/session/crypto";
import { initialState, type WizardState } from "../lib/session/state";
import { markDone, stepById } from "../lib/steps";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { startServer, type OwnServer } from "./support/reliability";
import { randomOrgno, texts } from "./support/steps-1-3";

/**
 * A browser that comes back with the first release's sealed state cookies (`sbw.0`, `sbw.1`, …): its state
 * moves into the database once, the old cookies are deleted, the page says what happened, and the key it
 * had still downloads. Its own server, so the test can seal cookies with that server's generated secret.
 */
const PORT = Number(process.env.E2E_IMPORT_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 6);
const t = sessionMessages.nb;

/** The first release's state in the test environment, steps 1–2 done and a key made (private part inside). */
function firstReleaseState(orgno: string) {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const jwk = key.export({ format: "jwk" });
  const kid = "sbw-20250101-import";
  const scopes = requiredScopes(["kravogbetalinger"]);
  let state: WizardState = {
    ...initialState("test"),
    vendor: { orgno, name: null },
    prerequisites: {
      digdirTerms: true,
      selfServiceRole: true,
      scopeOrders: true,
      tt02SystemRegister: true,
      tenorTestId: true,
    },
    apis: ["kravogbetalinger"],
    scopes: Object.fromEntries(scopes.map((s) => [s, "granted" as const])),
    key: {
      kid,
      publicJwk: { kty: "RSA", n: jwk.n!, e: jwk.e!, kid, alg: "RS256", use: "sig" },
      source: "generated",
      createdAt: Date.now(),
      downloaded: false,
    },
  };
  state = markDone(markDone(state, "onboarding"), "scopes");
  const { notices: _none, ...rest } = state;
  const der = key.export({ format: "der", type: "pkcs8" });
  return { legacy: { ...rest, key: { ...rest.key!, privatePkcs8: der.toString("base64") } }, der, kid };
}

test("the first release's cookies are moved into the database once, explained, and deleted", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "sbw-e2e-import-"));
  let server: OwnServer | undefined;
  try {
    server = await startServer(PORT, dataDir);
    const context = await browser.newContext({ baseURL: server.baseURL });
    const page = await context.newPage();
    // The first page view makes the server's secret (SESSION_SECRET is unset: it lives in the data folder).
    await page.goto("/");
    const secret = readFileSync(path.join(dataDir, "session-secret"), "utf8").trim();

    const orgno = randomOrgno();
    const { legacy, der, kid } = firstReleaseState(orgno);
    const chunks = splitChunks(await seal(legacy, sessionKey(secret)));
    await context.clearCookies();
    await context.addCookies(chunks.map((value, i) => ({ name: `sbw.${i}`, value, url: server!.baseURL })));

    // Any page: the browser is sent through the import and lands on the start page, which explains it.
    await page.goto(stepById("client").path);
    await expect(page).toHaveURL(`${server.baseURL}/`);
    const notice = page.getByText(t.imported.title);
    await expect(notice).toBeVisible();
    await expect(page.getByText(t.imported.body)).toBeVisible();
    await expect(page.getByText(t.imported.simulatorReset)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, "start page with the import notice");
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(["sbw_sid"]);

    // The state came along: the start page resumes at step 3, which shows the key; the key downloads once.
    const c = texts.common;
    await page.getByRole("link", { name: `${c.nav.resume}: ${c.steps.client.title} →` }).click();
    await expect(page.getByRole("main")).toContainText(kid);
    const download = await page.request.post("/api/key", { headers: { origin: server.baseURL } });
    expect(download.status()).toBe(200);
    const pem = await download.text();
    expect(createPrivateKey(pem).export({ format: "der", type: "pkcs8" }).equals(der)).toBe(true);

    // Read and hidden: the notice stays gone.
    await page.getByRole("button", { name: t.dismiss }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(t.imported.title)).toHaveCount(0);
    await context.close();
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
