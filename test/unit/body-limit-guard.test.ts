import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installBodyLimitGuard } from "@/lib/http/body-limit-guard";

/**
 * The body limit in front of Next (lib/http/body-limit-guard.ts), installed the way instrumentation.ts
 * installs it, on a plain Node server: bodies over the limit get 413 while they stream in and never reach
 * the handler; bodies within it reach the handler whole, chunked or not.
 */
const LIMIT = 64 * 1024;
const MB = 1024 * 1024;

let server: http.Server;
let base: string;
const handled: { bytes: number; sha: string }[] = [];
/** Bytes Node read from each connection, over the server's life. */
const sockets: Socket[] = [];

beforeAll(async () => {
  // A lower limit under /small/, as the simulator's APIs could have.
  installBodyLimitGuard((req) => (req.url?.startsWith("/small/") ? 1024 : LIMIT));
  server = http.createServer((req, res) => {
    const hash = createHash("sha256");
    let bytes = 0;
    req.on("data", (c: Buffer) => {
      bytes += c.length;
      hash.update(c);
    });
    req.on("end", () => {
      handled.push({ bytes, sha: hash.digest("hex") });
      res.end(String(bytes));
    });
  });
  server.on("connection", (s: Socket) => sockets.push(s));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function filled(n: number, seed = 1): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

/** Streams a body chunked (no content-length); resolves with the status and what was handed to the socket. */
function postChunked(body: number | Buffer, chunk = 16 * 1024): Promise<{ status: number; written: number }> {
  const total = typeof body === "number" ? body : body.length;
  const piece = (at: number) => {
    const n = Math.min(chunk, total - at);
    return typeof body === "number" ? filled(n, at) : body.subarray(at, at + n);
  };
  return new Promise((resolve, reject) => {
    let written = 0;
    const source = Readable.from(
      (function* () {
        for (let at = 0; at < total; at += chunk) yield piece(at);
      })(),
    );
    const req = http.request(`${base}/`, {
      method: "POST",
      headers: { "transfer-encoding": "chunked" },
      agent: false,
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, written }));
      source.destroy();
    });
    req.on("error", reject);
    source.on("data", (c: Buffer) => {
      written += c.length;
      if (!req.write(c)) source.pause();
    });
    req.on("drain", () => source.resume());
    source.on("end", () => req.end());
  });
}

describe("request body limit", () => {
  it("a declared length over the limit: 413 before the body is read, and the handler never sees it", async () => {
    const before = handled.length;
    const res = await fetch(`${base}/`, { method: "POST", body: new Uint8Array(filled(LIMIT + 1)) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "request_body_too_large", limitBytes: LIMIT });
    expect(res.headers.get("connection")).toBe("close");
    expect(handled.length).toBe(before);
  });

  it("a chunked body over the limit: 413 once it passes the limit; the rest is never read", async () => {
    const before = handled.length;
    const readBefore = sockets.reduce((n, s) => n + s.bytesRead, 0);
    const res = await postChunked(64 * MB);
    expect(res.status).toBe(413);
    expect(handled.length).toBe(before);
    // Node stopped reading near the limit; what the client wrote beyond sits in kernel buffers at most.
    await new Promise((r) => setTimeout(r, 100));
    const read = sockets.reduce((n, s) => n + s.bytesRead, 0) - readBefore;
    expect(read).toBeLessThan(LIMIT + 2 * MB);
    expect(res.written).toBeLessThan(32 * MB);
  });

  it("ten chunked bodies over the limit at once all get 413", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => postChunked(16 * MB)));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(413));
  });

  it.each([
    ["chunked, within the limit", true, LIMIT],
    ["chunked, small", true, 10],
    ["with a length, at the limit", false, LIMIT],
  ])("%s: the handler gets the whole body, in order", async (_, chunked, size) => {
    const before = handled.length;
    const body = filled(size, 7);
    const res = chunked
      ? await postChunked(body, 1000)
      : await fetch(`${base}/`, { method: "POST", body: new Uint8Array(body) });
    expect(res.status).toBe(200);
    expect(handled.slice(before)).toEqual([
      { bytes: size, sha: createHash("sha256").update(body).digest("hex") },
    ]);
  });

  it("the limit can depend on the request", async () => {
    expect(
      (await fetch(`${base}/small/x`, { method: "POST", body: new Uint8Array(filled(1025)) })).status,
    ).toBe(413);
    expect(
      (await fetch(`${base}/small/x`, { method: "POST", body: new Uint8Array(filled(1024)) })).status,
    ).toBe(200);
  });

  it("requests without a body pass untouched, and a connection serves the next request", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<number>((resolve, reject) =>
        http
          .get(`${base}/`, { agent }, (res) => (res.resume(), resolve(res.statusCode ?? 0)))
          .on("error", reject),
      );
    expect([await get(), await get()]).toEqual([200, 200]);
    agent.destroy();
  });
});
