import http from "node:http";
import { Readable } from "node:stream";

/**
 * Requests sent with node:http rather than Playwright's request context, so that a test can send what a
 * browser never would: bytes that are not UTF-8, no content-type, a chunked body without a content-length.
 */

export type Body = string | Buffer | (() => Readable);

/** One request: its headers and body. */
export interface RawRequest {
  name: string;
  headers: Record<string, string>;
  body?: Body;
}

/** A body of `total` bytes streamed in 64 KiB chunks, so that nothing big is held by the sender either. */
export function streamOf(total: number, fill = 0x5b /* "[" */): () => Readable {
  return () => {
    const chunk = Buffer.alloc(64 * 1024, fill);
    let sent = 0;
    return new Readable({
      read() {
        if (sent >= total) return void this.push(null);
        const n = Math.min(chunk.length, total - sent);
        sent += n;
        this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      },
    });
  };
}

export interface Sent {
  status: number;
  /** Bytes the sender had handed to its socket when the answer came (what sits in kernel buffers included). */
  bytesSentBeforeAnswer: number;
  ms: number;
}

/**
 * Sends one probe and resolves with the status as soon as the response head arrives; a body the server
 * refuses early is not sent to the end. A connection the server closes without answering counts as status 0.
 */
export function send(
  baseUrl: string,
  pagePath: string,
  probe: RawRequest,
  timeoutMs = 30_000,
): Promise<Sent> {
  const url = new URL(pagePath, baseUrl);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let settled = false;
    const done = (status: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ status, bytesSentBeforeAnswer: sent, ms: Date.now() - started });
    };
    const headers: Record<string, string | number> = { ...probe.headers };
    const body = probe.body;
    if (typeof body === "string" || Buffer.isBuffer(body))
      headers["content-length"] = Buffer.byteLength(body);
    const req = http.request(url, { method: "POST", headers, agent: false }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
      if (typeof body === "function") req.destroy();
    });
    const timer = setTimeout(() => {
      req.destroy();
      if (!settled) reject(new Error(`${probe.name}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on("error", () => done(0));
    if (typeof body === "function") {
      const stream = body();
      stream.on("data", (c: Buffer) => {
        sent += c.length;
        if (settled || !req.write(c)) stream.pause();
      });
      req.on("drain", () => !settled && stream.resume());
      stream.on("end", () => req.end());
    } else {
      sent = body ? Buffer.byteLength(body) : 0;
      req.end(body);
    }
  });
}
