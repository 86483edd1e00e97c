import { gzipSync } from "node:zlib";
import { STEPS } from "../lib/steps";

/**
 * First-load JavaScript: for a page, the gzip size (zlib level 9) of every `<script src>` its HTML
 * references, summed. The figure is the largest over the seven step pages; the baseline is a page that
 * renders only the root layout (a 404), so the difference is what the wizard itself adds.
 */
export interface PageJs {
  path: string;
  status: number;
  scripts: number;
  gzipKb: number;
}

export interface JsSizeResult {
  maxKb: number;
  maxPath: string;
  baselineKb: number;
  pages: PageJs[];
  baseline: PageJs;
  withSession: boolean;
}

export const BASELINE_PATH = "/_bench-baseline-404";

export async function measureFirstLoadJs(
  origin: string,
  opts: { cookie?: string } = {},
): Promise<JsSizeResult> {
  const cache = new Map<string, number>();
  const pages: PageJs[] = [];
  for (const step of STEPS) pages.push(await pageJs(origin, step.path, cache, opts.cookie));
  const baseline = await pageJs(origin, BASELINE_PATH, cache, opts.cookie);
  const max = pages.reduce((a, b) => (b.gzipKb > a.gzipKb ? b : a));
  return {
    maxKb: max.gzipKb,
    maxPath: max.path,
    baselineKb: baseline.gzipKb,
    pages,
    baseline,
    withSession: Boolean(opts.cookie),
  };
}

export function scriptSources(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*?\ssrc=("([^"]*)"|'([^']*)')[^>]*>/gi)) {
    const src = (m[2] ?? m[3] ?? "").replace(/&amp;/g, "&");
    if (src) out.add(src);
  }
  return [...out];
}

async function pageJs(
  origin: string,
  path: string,
  cache: Map<string, number>,
  cookie?: string,
): Promise<PageJs> {
  const res = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: "follow" });
  const html = await res.text();
  const srcs = scriptSources(html);
  let bytes = 0;
  for (const src of srcs) {
    const url = new URL(src, `${origin}${path}`).toString();
    let size = cache.get(url);
    if (size === undefined) {
      const r = await fetch(url);
      if (!r.ok) throw new Error(`script ${url} → ${r.status}`);
      size = gzipSync(Buffer.from(await r.arrayBuffer()), { level: 9 }).length;
      cache.set(url, size);
    }
    bytes += size;
  }
  return { path, status: res.status, scripts: srcs.length, gzipKb: Math.round((bytes / 1024) * 10) / 10 };
}
