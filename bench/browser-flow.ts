import { chromium, type Browser } from "playwright-core";
import { clickThroughFlow } from "./browser-steps";
import { median, round } from "./stats";

/**
 * The whole seven-step flow as a person clicks it, in headless Chromium, timed from the first page load to
 * the successful Skatteetaten call; the median of `runs` runs in fresh browser contexts. The cookies of the
 * last run are returned so the first-load-JS measurement can load every step page unlocked.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface BrowserFlowResult {
  medianMs: number | null;
  runsMs: number[];
  /** Median time of each part of the flow (steps 1-3, 4, 5 …). */
  partsMs: Record<string, number>;
  /** `name=value; …` of the last completed run, for fetching unlocked step pages. */
  cookieHeader: string;
}

export type BrowserFlowOutcome = { ok: true; result: BrowserFlowResult } | { ok: false; reason: string };

export async function measureBrowserFlow(origin: string, runs = 3): Promise<BrowserFlowOutcome> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const times: number[] = [];
    const parts: Record<string, number[]> = {};
    let cookieHeader = "";
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ baseURL: origin });
      try {
        const page = await context.newPage();
        const t = performance.now();
        let last = t;
        await page.goto(origin);
        await clickThroughFlow(page, (part) => {
          const now = performance.now();
          (parts[part] ??= []).push(now - last);
          last = now;
        });
        times.push(performance.now() - t);
        cookieHeader = (await context.cookies(origin)).map((c) => `${c.name}=${c.value}`).join("; ");
      } finally {
        await context.close();
      }
    }
    const partsMs = Object.fromEntries(
      Object.entries(parts).map(([k, v]) => [k, Math.round(median(v) ?? 0)]),
    );
    return {
      ok: true,
      result: {
        medianMs: round(median(times), 0),
        runsMs: times.map((t) => Math.round(t)),
        partsMs,
        cookieHeader,
      },
    };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    await browser?.close();
  }
}
