import { expect, test } from "@playwright/test";
import { common } from "../lib/i18n/messages/common";
import { stepById } from "../lib/steps";
import {
  actionTargets,
  corpus,
  send,
  streamOf,
  type ActionTarget,
  type Probe,
} from "./support/malformed-actions";
import { listeningPid, rssMb } from "./support/process-memory";
import { completeOnboarding, completeScopes, randomOrgno } from "./support/steps-1-3";

/**
 * Server actions are public POST endpoints: whatever arrives, the answer is a 4xx (or the action's own
 * field message), never a 5xx; a body over the limit gets 413 while it streams in, and the server's memory
 * does not follow the attacker's bodies. The corpus (support/malformed-actions.ts) goes to every action of
 * every page, the ids taken from the build. The /api routes get the same treatment. Then the wizard is used
 * as a person would, to show nothing was left broken.
 */

const MB = 1024 * 1024;
const targets = actionTargets();
const pages = [...new Set(targets.map((t) => t.page))];

async function sendAll(baseURL: string, jobs: { target: ActionTarget; probe: Probe }[]): Promise<string[]> {
  const failures: string[] = [];
  for (const { target, probe } of jobs) {
    const r = await send(baseURL, target.page, probe);
    const ok = probe.expect === 413 ? r.status === 413 : r.status > 0 && r.status < 500;
    if (!ok) failures.push(`${r.status} ${target.page} ${target.name}: ${probe.name}`);
  }
  return failures;
}

test.describe("hard edges: server-action and API bodies", () => {
  test("the build has the actions this test expects to reach", () => {
    expect(pages).toEqual(
      expect.arrayContaining(["/onboarding", "/scopes", "/client", "/system", "/customer"]),
    );
    expect(pages).toEqual(expect.arrayContaining(["/token", "/call", "/"]));
    expect(targets.length).toBeGreaterThanOrEqual(30);
  });

  test("every action of every page: malformed bodies get a 4xx or the action's own answer, never a 5xx", async ({
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const jobs = targets.flatMap((target) =>
      corpus(target, baseURL!)
        .filter((p) => p.expect !== 413)
        .map((probe) => ({ target, probe })),
    );
    expect(jobs.length).toBeGreaterThan(1500);
    expect(await sendAll(baseURL!, jobs)).toEqual([]);
  });

  test("the approval page's action answers malformed arguments with a 4xx too", async ({ baseURL }) => {
    const jobs = targets
      .filter((t) => t.name === "decideSystemUserRequest")
      .flatMap((target) =>
        corpus(target, baseURL!)
          .filter((p) => p.reachesAction)
          .map((probe) => ({ target, probe })),
      );
    expect(jobs.length).toBeGreaterThan(10);
    expect(await sendAll(baseURL!, jobs)).toEqual([]);
  });

  test("bodies over the limit get 413 on every page, before the server reads them whole", async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    for (const page of pages) {
      const target = targets.find((t) => t.page === page)!;
      for (const probe of corpus(target, baseURL!).filter((p) => p.expect === 413)) {
        const r = await send(baseURL!, page, probe);
        expect(r.status, `${page} ${probe.name}`).toBe(413);
        // Streamed bodies: what the client got into the socket before the answer, kernel buffers included.
        if (typeof probe.body === "function")
          expect(r.bytesSentBeforeAnswer, probe.name).toBeLessThan(32 * MB);
      }
    }
  });

  test("ten 128 MB chunked bodies at once: all 413, and the server's memory moves by less than 50 MB", async ({
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const pid = listeningPid(Number(new URL(baseURL!).port));
    expect(pid, "the e2e server's pid, from /proc").not.toBeNull();
    const target = targets.find((t) => t.page === stepById("onboarding").path)!;
    const big = corpus(target, baseURL!).find((p) => p.name === "128 MB chunked")!;
    await send(baseURL!, target.page, big); // warm-up: first-use allocations are not the attack's cost
    const before = rssMb(pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid!))), 20);
    const results = await Promise.all(Array.from({ length: 10 }, () => send(baseURL!, target.page, big)));
    await new Promise((r) => setTimeout(r, 200));
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(pid!));
    test
      .info()
      .annotations.push({ type: "rss", description: `${before.toFixed(0)} → peak ${peak.toFixed(0)} MB` });
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(413));
    expect(peak - before).toBeLessThan(50);
  });

  test("action POSTs from another origin get 403 on every page", async ({ baseURL }) => {
    for (const page of pages) {
      const target = targets.find((t) => t.page === page)!;
      const probe: Probe = {
        name: "foreign origin",
        headers: {
          origin: "https://evil.example",
          "next-action": target.id,
          "content-type": "text/plain;charset=UTF-8",
        },
        body: "[{}]",
        expect: "4xx-or-ok",
      };
      expect((await send(baseURL!, page, probe)).status, page).toBe(403);
      const crossSite = {
        ...probe,
        headers: { ...probe.headers, origin: baseURL!, "sec-fetch-site": "cross-site" },
      };
      expect((await send(baseURL!, page, crossSite)).status, page).toBe(403);
    }
  });

  test("the /api routes answer bad input with a 4xx", async ({ request, baseURL }) => {
    const routes = ["/api/health", "/api/key", "/api/request-status", "/api/summary"];
    const cookies = [
      "sbw.0=garbage",
      "sbw.0=; sbw.3=" + "A".repeat(3000),
      "sbw=%ZZ%",
      "sbw.0=" + "x_".repeat(1500),
    ];
    for (const route of routes) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
        const res = await request.fetch(route, { method, headers: { origin: baseURL! }, data: "{broken" });
        expect(res.status(), `${method} ${route}`).toBeLessThan(500);
      }
      for (const cookie of cookies) {
        for (const method of ["GET", "POST"]) {
          const res = await request.fetch(`${route}?x=%ff&__proto__=1`, {
            method,
            headers: { cookie, origin: baseURL! },
          });
          expect(res.status(), `${method} ${route} with cookie ${cookie.slice(0, 20)}`).toBeLessThan(500);
        }
      }
      const big: Probe = {
        name: "big",
        headers: { origin: baseURL! },
        body: Buffer.alloc(10 * MB),
        expect: 413,
      };
      expect((await send(baseURL!, route, big)).status, route).toBe(413);
      expect((await send(baseURL!, route, { ...big, body: streamOf(10 * MB) })).status, route).toBe(413);
    }
    const foreign = await request.post("/api/key", { headers: { origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
  });

  test("afterwards the wizard still works: steps 1–2, the language switch (with and without JavaScript)", async ({
    page,
    browser,
  }) => {
    await completeOnboarding(page, randomOrgno());
    await completeScopes(page, ["kravogbetalinger"]);
    // The language switch is a FormData action: the multipart body React really sends passes the proxy.
    await page.getByRole("button", { name: common.en.switchToLabel }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Without JavaScript the same form is a plain multipart form post with a $ACTION_ID_ field.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(stepById("onboarding").path);
    await p.getByRole("button", { name: common.en.switchToLabel }).click();
    await expect(p.locator("html")).toHaveAttribute("lang", "en");
    await noJs.close();
  });
});
