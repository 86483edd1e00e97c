import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { closeDeveloperFold, openDeveloperFold } from "./support/developer-fold";
import { SKATTEETATEN_APIS } from "../lib/catalogue";
import { stepById, SUMMARY_PATH } from "../lib/steps";
import { findSecrets, keySecrets, recordFetchBodies } from "./support/reliability";
import {
  completeOnboarding,
  completeScopes,
  completeSteps1to3,
  randomOrgno,
  texts as t13,
} from "./support/steps-1-3";
import {
  completeSteps4and5,
  completeSystem,
  completeToken,
  CUSTOMER,
  texts as t47,
} from "./support/steps-4-7";

/**
 * Two promises of the security model, checked from the outside: each browser has its own wizard state,
 * and the private key leaves the server exactly once, in the download the user asked for. Everything else
 * the browser receives during a full flow (pages, RSC payloads, action results, JSON, the simulator's
 * pages), its cookies (one random handle) and everything the server writes to its log is searched for any
 * piece of that key.
 */
interface Recorded {
  method: string;
  url: string;
  status: number;
  /** Headers and body as text. */
  text: string;
  /** The HAR has no body though there was (or may have been) one. */
  missing: boolean;
}

interface HarEntry {
  request: { method: string; url: string };
  response: {
    status: number;
    headers: { name: string; value: string }[];
    bodySize: number;
    content: { size: number; text?: string; encoding?: string };
  };
}

/**
 * Every response the browser received, from the context's HAR (Playwright captures each body as soon as it
 * has arrived, even when the page has moved on since, which `page.on("response")` cannot promise).
 */
function readHar(file: string): Recorded[] {
  const har = JSON.parse(readFileSync(file, "utf8")) as { log: { entries: HarEntry[] } };
  return har.log.entries.map((e) => {
    const c = e.response.content;
    const body =
      c.text === undefined
        ? ""
        : c.encoding === "base64"
          ? Buffer.from(c.text, "base64").toString("utf8")
          : c.text;
    const redirect = e.response.status >= 300 && e.response.status < 400;
    return {
      method: e.request.method,
      url: e.request.url,
      status: e.response.status,
      text: `${e.response.headers.map((h) => `${h.name}: ${h.value}`).join("\n")}\n\n${body}`,
      // Aborted streams have size -1; an empty body (204, 410 without one) has size 0 and bodySize 0.
      missing: !redirect && e.response.status > 0 && !body && (c.size !== 0 || e.response.bodySize > 0),
    };
  });
}

/** `/icon.svg?…` and `/favicon.ico`: Next serves them from files in app/ (build time, the same for everyone). */
function isSiteIcon(url: string): boolean {
  return /^\/(icon\.svg|favicon\.ico)$/.test(new URL(url).pathname);
}

/** The self-hosted font: files fixed at build time that the browser loads for the CSS (no body in the HAR). */
function isBuildFont(url: string): boolean {
  return /^\/_next\/static\/media\/[\w.-]+\.woff2$/.test(new URL(url).pathname);
}

test.describe("reliability: isolation and secrets", () => {
  test("two browsers at the same time, each with its own vendor, never see each other's state", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const [ctxA, ctxB] = await Promise.all([
      browser.newContext({ baseURL }),
      browser.newContext({ baseURL }),
    ]);
    try {
      const [pageA, pageB] = await Promise.all([ctxA.newPage(), ctxB.newPage()]);
      const orgA = randomOrgno();
      let orgB = randomOrgno();
      while (orgB === orgA) orgB = randomOrgno();
      const [stepsA, stepsB] = await Promise.all([
        completeSteps1to3(pageA, { orgno: orgA }),
        completeSteps1to3(pageB, { orgno: orgB, apis: ["kravogbetalinger", "innrapportering-boligselskap"] }),
      ]);
      await Promise.all([completeSystem(pageA), completeSystem(pageB)]);
      // Each browser's key id as its state has it (the summary download).
      const [kidA, kidB] = await Promise.all(
        [pageA, pageB].map(
          async (p) =>
            ((await (await p.request.get("/api/summary")).json()) as { key: { kid: string } }).key.kid,
        ),
      );
      const a = { ...stepsA, kid: kidA! };
      const b = { ...stepsB, kid: kidB! };
      expect(a.clientId).not.toBe(b.clientId);
      expect(a.kid).toMatch(/\S/);
      expect(a.kid).not.toBe(b.kid);

      for (const [page, own, other] of [
        [pageA, a, b],
        [pageB, b, a],
      ] as const) {
        await page.goto(stepById("onboarding").path);
        await expect(page.getByLabel(t13.onboarding.orgnoLabel)).toHaveValue(own.orgno);
        await page.goto(stepById("client").path);
        await expect(page.getByTestId("client-id")).toHaveText(own.clientId);
        await page.goto(stepById("system").path);
        await openDeveloperFold(page);
        await expect(page.getByRole("figure").filter({ hasText: t47.system.preview })).toContainText(
          `"id": "${own.orgno}_regnskap_demo"`,
        );
        const summary = await page.request.get("/api/summary");
        const text = await summary.text();
        expect(text).toContain(own.clientId);
        expect(text).toContain(own.orgno);
        for (const path of [stepById("scopes").path, stepById("system").path, SUMMARY_PATH]) {
          const html = await (await page.request.get(path)).text();
          for (const foreign of [other.orgno, other.clientId, other.kid])
            expect(html, path).not.toContain(foreign);
        }
        expect(text).not.toContain(other.clientId);
        expect(text).not.toContain(other.orgno);
      }
      // Only B chose innrapportering; A's step 2 does not show it as chosen.
      await pageA.goto(stepById("scopes").path);
      await expect(
        pageA.getByLabel(SKATTEETATEN_APIS["innrapportering-boligselskap"].name.nb, { exact: true }),
      ).not.toBeChecked();
      await pageB.goto(stepById("scopes").path);
      await expect(
        pageB.getByLabel(SKATTEETATEN_APIS["innrapportering-boligselskap"].name.nb, { exact: true }),
      ).toBeChecked();
    } finally {
      await Promise.all([ctxA.close(), ctxB.close()]);
    }
  });

  test("during a full flow the private key is in no response but its one download, in no log line and in no cookie", async ({
    browser,
    baseURL,
  }, testInfo) => {
    test.setTimeout(180_000);
    const log = process.env.E2E_SERVER_LOG;
    expect(log, "playwright.config.ts sends the server's output to E2E_SERVER_LOG").toBeTruthy();
    const harFile = testInfo.outputPath("flow.har");
    const context = await browser.newContext({ baseURL, recordHar: { path: harFile, content: "embed" } });
    const fetched = await recordFetchBodies(context);
    const page = await context.newPage();
    const seen: string[] = [];
    context.on("response", (res) => seen.push(`${res.request().method()} ${res.url()}`));
    const t = t13.client;

    await completeOnboarding(page, randomOrgno());
    await completeScopes(page, ["kravogbetalinger"]);
    await page.goto(stepById("client").path);
    // Each part of step 3 by itself, in the developer fold.
    await openDeveloperFold(page);
    await page.getByRole("button", { name: t.createKey }).click();
    await expect(page.getByText(t.keyReady)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: t.downloadPrivate }).click(),
    ]);
    const pem = readFileSync(await download.path(), "utf8");
    expect(pem).toContain("-----BEGIN PRIVATE KEY-----");
    await expect(page.getByText(t.downloaded)).toBeVisible();
    // Once only: a second download is refused, also when the browser asks for it directly.
    const again = await page.evaluate(async () => (await fetch("/api/key", { method: "POST" })).status);
    expect(again).toBe(410);
    await page.getByRole("button", { name: t.createSim }).click();
    await expect(page.getByTestId("client-id")).toHaveText(/^[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByRole("button", { name: t.fetchToken }).click();
    await expect(page.getByRole("heading", { name: t13.tokenClaims.title })).toBeVisible({ timeout: 15_000 });

    await completeSteps4and5(page, CUSTOMER);
    await completeToken(page, CUSTOMER);
    await page.goto(stepById("call").path);
    const claims = page.getByRole("region", { name: SKATTEETATEN_APIS.kravogbetalinger.name.nb });
    await claims.getByRole("button", { name: t47.call.run }).click();
    await expect(claims).toContainText(t47.call.okTitle.replace("{status}", "200"), { timeout: 20_000 });
    await page.goto(SUMMARY_PATH);
    await expect(page.getByRole("heading", { name: t47.summary.title, level: 1 })).toBeVisible();
    // The developer fold remembers "open" in a cookie of its own; closed again, it leaves none.
    await page.goto(stepById("call").path);
    await closeDeveloperFold(page);
    await page.goto(SUMMARY_PATH);

    // The browser holds one random handle, out of the page's reach; the state and the key stay on the server.
    const cookies = await context.cookies();
    expect(await page.evaluate(() => document.cookie)).toBe("");
    await context.close(); // writes the HAR

    const secrets = keySecrets(pem);
    expect(cookies.map((c) => c.name)).toEqual(["sbw_sid"]);
    for (const cookie of cookies) {
      expect(cookie.httpOnly, cookie.name).toBe(true);
      expect(cookie.sameSite, cookie.name).toBe("Lax");
      expect(findSecrets(decodeURIComponent(cookie.value), secrets), cookie.name).toEqual([]);
    }
    const handle = cookies.find((c) => c.name === "sbw_sid")!;
    expect(handle.value, "32 random bytes, nothing else").toMatch(/^[A-Za-z0-9_-]{43}$/);
    const header = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect(Buffer.byteLength(header), "the Cookie header after a whole flow").toBeLessThanOrEqual(200);

    // Every response: exactly one carries the key, the download; no other holds any piece of it.
    const recorded = readHar(harFile);
    const viaFetch = [...fetched.values()];
    const index = new Set(recorded.map((r) => `${r.method} ${r.url}`));
    expect(
      seen.filter((s) => !index.has(s)),
      "every response the browser saw is in the HAR",
    ).toEqual([]);
    expect(recorded.length).toBeGreaterThan(30);
    const fetchedKeys = new Set(viaFetch.map((f) => `${f.method} ${f.url}`));
    expect(
      recorded
        // The site icon is a file fixed at build time, fetched by the browser outside the page (the HAR keeps
        // no body for it): it cannot hold a session's key.
        .filter(
          (r) =>
            r.missing &&
            !fetchedKeys.has(`${r.method} ${r.url}`) &&
            !isSiteIcon(r.url) &&
            !isBuildFont(r.url),
        )
        .map((r) => `${r.method} ${r.status} ${r.url}`),
      "a body for every response",
    ).toEqual([]);
    const isDownload = (r: { method: string; url: string; status: number }) =>
      r.method === "POST" && new URL(r.url).pathname === "/api/key" && r.status === 200;
    expect(recorded.filter(isDownload), "one download of the key").toHaveLength(1);
    const delivered = viaFetch.filter(isDownload);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.text).toBe(pem);
    // The scanner itself: it sees the key in the download, and a 40-character piece of `d` inside JSON.
    expect(findSecrets(delivered[0]!.text, secrets)).not.toEqual([]);
    expect(findSecrets(JSON.stringify({ x: `..${secrets.d.slice(100, 140)}..` }), secrets)).not.toEqual([]);
    expect(
      viaFetch.filter((f) => f.method === "POST").length,
      "server action results recorded",
    ).toBeGreaterThan(5);
    const leaks = [
      ...recorded.filter((r) => !isDownload(r)),
      ...viaFetch.filter((f) => !isDownload(f)),
    ].flatMap((r) => findSecrets(r.text, secrets).map((what) => `${r.method} ${r.status} ${r.url}: ${what}`));
    expect(leaks).toEqual([]);

    // The server's log of the whole run so far, this flow included.
    const serverLog = readFileSync(log!, "utf8");
    expect(serverLog.length, "the server log is being written").toBeGreaterThan(0);
    const logLeaks = serverLog
      .split("\n")
      .flatMap((line, i) => findSecrets(line, secrets).map((what) => `line ${i + 1}: ${what}`));
    expect(logLeaks).toEqual([]);
    expect(findSecrets(serverLog, secrets)).toEqual([]);
  });
});
