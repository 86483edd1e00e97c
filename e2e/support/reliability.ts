import { spawn, type ChildProcess } from "node:child_process";
import { createPrivateKey, createPublicKey } from "node:crypto";
import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { common } from "../../lib/i18n/messages/common";

/**
 * Helpers for the reliability specs: the simulator's fault and state controls, a snapshot of the stepper,
 * the error doctor's verdict, a second server that can be stopped and started, and a scanner that looks for
 * any piece of a private key in recorded text.
 */
const c = common.nb;

export interface Fault {
  service: "maskinporten" | "samarbeid" | "altinn" | "skatteetaten" | "brreg" | "*";
  kind: "latency" | "status" | "malformed" | "drop";
  pathPrefix?: string;
  method?: "GET" | "POST" | "PUT" | "DELETE";
  status?: number;
  latencyMs?: number;
  remaining?: number;
}

/** Paths below /sim/altinn that the wizard POSTs to in steps 4 and 5. */
export const ALTINN_SYSTEMREGISTER = "/authentication/api/v1/systemregister/vendor";
export const ALTINN_REQUEST = "/authentication/api/v1/systemuser/request/vendor";

/** `control` is the sandbox's control path (support/sandbox.ts). */
export async function injectFault(request: APIRequestContext, control: string, fault: Fault): Promise<void> {
  const res = await request.post(`${control}/faults`, { data: fault });
  expect(res.status(), await res.text()).toBe(201);
}

export async function clearFaults(request: APIRequestContext, control: string): Promise<void> {
  expect((await request.delete(`${control}/faults`)).status()).toBe(204);
}

export interface SimCounts {
  clients: number;
  systems: number;
  requests: number;
  systemUsers: number;
}

/** The object counts of one sandbox (a session's own simulated world). */
export async function simCounts(request: APIRequestContext, control: string): Promise<SimCounts> {
  const res = await request.get(`${control}/state`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { counts: SimCounts }).counts;
}

export function countsSince(before: SimCounts, after: SimCounts): SimCounts {
  return {
    clients: after.clients - before.clients,
    systems: after.systems - before.systems,
    requests: after.requests - before.requests,
    systemUsers: after.systemUsers - before.systemUsers,
  };
}

/** Each step of the stepper as "<title>: <status>", without the "you are here" mark (it follows the page). */
export async function stepperSnapshot(page: Page): Promise<string[]> {
  const items = page.getByRole("navigation", { name: c.stepper.label }).locator("ol > li");
  await expect(items).toHaveCount(7);
  const texts = await items.allInnerTexts();
  const current = `${c.stepper.status.current} · `;
  return texts.map((t) => t.replace(/\s+/g, " ").replace(current, "").trim());
}

/** The error doctor's box for `code`: visible, with a "try again" button. Returns the box. */
export async function expectDoctor(page: Page, code: string, timeout = 15_000) {
  const box = page.getByRole("alert", { name: c.errorDoctor.title }).filter({ hasText: code });
  await expect(box).toBeVisible({ timeout });
  await expect(box).toContainText(`${c.errorDoctor.code} ${code}`);
  await expect(box.getByRole("button", { name: c.retry })).toBeVisible();
  // The raw answer is there for the curious, behind a closed disclosure, not in the message itself.
  await expect(box.locator("details")).not.toHaveAttribute("open", /.*/);
  return box;
}

// ---------------------------------------------------------------------------------------------------------
// A server of our own (the shared webServer cannot be restarted)

export interface OwnServer {
  baseURL: string;
  stop(): Promise<void>;
  log(): string;
}

/** Starts `node scripts/serve-e2e.mjs` on `port` with the given data folder and waits until it answers. */
export async function startServer(port: number, dataDir: string): Promise<OwnServer> {
  const baseURL = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve-e2e.mjs"], {
    env: { ...process.env, E2E_PORT: String(port), SIM_DATA_DIR: dataDir, E2E_SERVER_LOG: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited early:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server on ${port} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseURL,
    log: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await Promise.race([
        exited,
        new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 15_000)),
      ]);
      if (code === "timeout") {
        child.kill("SIGKILL");
        await exited;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Looking for a private key in recorded text

/** Substrings this long (characters) shared with a secret count as a leak. */
const WINDOW = 32;

export interface KeySecrets {
  /** The PEM's base64 lines (64 characters each, the last shorter). */
  pemLines: string[];
  /** The PKCS#8 DER, base64. */
  derBase64: string;
  /** The JWK's private exponent `d`, base64url. */
  d: string;
  /** Every WINDOW-long piece of the private material (DER and each private JWK member, base64, base64url, hex) that does not also occur in the public key. */
  windows: Set<string>;
}

function b64ToVariants(b64url: string): string[] {
  const buf = Buffer.from(b64url, "base64url");
  return [buf.toString("base64url"), buf.toString("base64").replace(/=+$/, ""), buf.toString("hex")];
}

/** Everything a leak of `pem` could look like, minus what the public key legitimately shows. */
export function keySecrets(pem: string): KeySecrets {
  const key = createPrivateKey(pem);
  const der = key.export({ format: "der", type: "pkcs8" });
  const derBase64 = der.toString("base64");
  const jwk = key.export({ format: "jwk" });
  const pemLines = pem
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("-----"));
  expect(pemLines.join("")).toBe(derBase64);
  const pub = createPublicKey(key);
  const publicTexts = [
    ...b64ToVariants(jwk.n!),
    ...b64ToVariants(jwk.e!),
    pub.export({ format: "der", type: "spki" }).toString("base64"),
    pub.export({ format: "der", type: "pkcs1" }).toString("base64"),
    pub.export({ format: "der", type: "spki" }).toString("hex"),
  ];
  const privateTexts = [
    derBase64,
    der.toString("hex"),
    ...[jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq, jwk.qi].flatMap((m) => b64ToVariants(m!)),
  ];
  const windows = new Set<string>();
  for (const text of privateTexts)
    for (let i = 0; i + WINDOW <= text.length; i++) {
      const w = text.slice(i, i + WINDOW);
      if (!publicTexts.some((p) => p.includes(w))) windows.add(w);
    }
  return { pemLines, derBase64, d: jwk.d!, windows };
}

/** JSON and HTML escape the odd character of base64; undo that before looking. */
function normalise(text: string): string {
  return text
    .replaceAll("\\/", "/")
    .replaceAll("\\u002b", "+")
    .replaceAll("\\u002B", "+")
    .replaceAll("&#x2B;", "+")
    .replaceAll("&#43;", "+")
    .replaceAll("\\n", "\n");
}

/**
 * What of `secrets` occurs in `text`: a PEM line, the whole DER, `d`, or any piece of WINDOW characters or
 * more shared with the private material (every position of `text` is checked).
 */
export function findSecrets(text: string, secrets: KeySecrets): string[] {
  const t = normalise(text);
  const found: string[] = [];
  for (const line of secrets.pemLines)
    if (line.length >= WINDOW && t.includes(line)) found.push(`PEM line ${line.slice(0, 12)}…`);
  if (t.includes(secrets.derBase64)) found.push("the whole DER (base64)");
  if (t.includes(secrets.d)) found.push("JWK d");
  // Hex windows are case-insensitive in the wild.
  const lower = t.toLowerCase();
  for (let i = 0; i + WINDOW <= t.length; i++) {
    const w = t.slice(i, i + WINDOW);
    if (secrets.windows.has(w) || secrets.windows.has(lower.slice(i, i + WINDOW))) {
      found.push(`a ${WINDOW}-character piece at ${i}: ${w.slice(0, 8)}…`);
      break;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Recording what the browser receives through fetch (RSC payloads, server action results, /api/*)

export interface FetchBody {
  method: string;
  url: string;
  status: number;
  text: string;
}

/**
 * Tees every `fetch` response in the context's pages and hands its body to the test chunk by chunk, as it
 * arrives, so even a response the page abandons when it navigates on is recorded as far as it came. The
 * context's HAR has the documents and static files; this fills its gaps (streams cut short, and bodies the
 * browser does not keep, such as an attachment read into a Blob).
 */
export async function recordFetchBodies(context: BrowserContext): Promise<Map<string, FetchBody>> {
  const bodies = new Map<string, FetchBody>();
  await context.exposeBinding(
    "__sbwRecordFetch",
    (_source, id: string, head: Omit<FetchBody, "text"> | null, chunk: string) => {
      const entry = bodies.get(id) ?? { ...(head ?? { method: "?", url: "?", status: 0 }), text: "" };
      entry.text += chunk;
      bodies.set(id, entry);
    },
  );
  await context.addInitScript(() => {
    type Recorder = (id: string, head: Omit<FetchBody, "text"> | null, chunk: string) => Promise<void>;
    const w = window as unknown as { __sbwRecordFetch: Recorder; fetch: typeof fetch };
    const original = w.fetch.bind(window);
    w.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await original(input, init);
      const id = crypto.randomUUID();
      const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
      const copy = res.clone();
      void (async () => {
        await w.__sbwRecordFetch(id, { method, url: res.url, status: res.status }, "");
        const reader = copy.body?.getReader();
        if (!reader) return;
        const decoder = new TextDecoder();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            await w.__sbwRecordFetch(id, null, decoder.decode(value, { stream: true }));
          }
        } catch {
          // the page moved on; what arrived is recorded
        }
      })();
      return res;
    };
  });
  return bodies;
}
