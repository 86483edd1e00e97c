import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { MAX_REQUEST_BODY_BYTES } from "./limits";

/**
 * A request-body limit enforced in Node's HTTP server, below Next, while the body streams in.
 *
 * Why here and not in Next or proxy.ts (Next 16.4, read in node_modules/next/dist/server):
 * - `serverActions.bodySizeLimit` stops reading at the limit, but the fetch-action path answers the
 *   resulting `ApiError(413)` with a 500 (app-render/action-handler.js, "TODO: consider checking if the
 *   error is an ApiError").
 * - Once proxy.ts matches a request, Next tees the body for it (body-streams.js `getCloneableBody`) and
 *   `runMiddleware` awaits `finalize()`, i.e. the end of the whole body, before it sends even a response
 *   the proxy returned (next-server.js). Past `proxyClientMaxBodySize` the rest is read and dropped and the
 *   action receives a silently truncated body. So a proxy cannot answer 413 before a chunked body ends.
 *
 * So: a declared Content-Length over the limit gets 413 before a byte of the body is read; a chunked body
 * (no Content-Length) is held back from Next until it has ended within the limit, and gets 413 the moment it
 * passes it. Either way the connection is closed, so the rest is never read. Nothing over the limit reaches
 * Next, which also means the proxy's copy of the body is never truncated.
 */

const INSTALLED = Symbol.for("systembruker.bodyLimitGuard");

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

/** The limit for one request: a number for every path, or a function of the request (say, lower for /sim/). */
export type BodyLimit = number | ((req: IncomingMessage) => number);

/**
 * Wraps `http.Server.prototype.emit` so every "request" passes the guard first (the hook OpenTelemetry's
 * http instrumentation uses too). `next start` creates its server before the instrumentation hook runs and
 * has no option to add a listener, so the prototype is the one place to reach it. Idempotent.
 */
export function installBodyLimitGuard(limit: BodyLimit = MAX_REQUEST_BODY_BYTES): void {
  const proto = http.Server.prototype as unknown as Record<symbol, unknown> & { emit: Emit };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event, ...args) {
    if (event !== "request") return emit.call(this, event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const max = typeof limit === "number" ? limit : limit(req);
    return guardRequestBody(req, res, max, () => emit.call(this, event, ...args));
  };
}

/**
 * Lets the request through (`pass`) now, later (a chunked body, once it ended within the limit) or never
 * (413). Usable as the first thing in any `(req, res)` handler: `guardRequestBody(req, res, limit, () => next())`.
 */
export function guardRequestBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  pass: () => boolean,
): boolean {
  const declared = req.headers["content-length"];
  if (declared !== undefined) {
    // Node's parser already refuses a malformed length and never reads past a valid one.
    if (Number(declared) > limit) return refuse(req, res, limit);
    return pass();
  }
  if (req.headers["transfer-encoding"] === undefined) return pass(); // no body at all
  holdChunkedBody(req, res, limit, pass);
  return true;
}

/**
 * Takes the body chunks from Node's parser (it calls `req.push` for each) before anyone reads them, keeping
 * at most `limit` bytes. When the body ends, the request goes on with the chunks put back in order.
 */
function holdChunkedBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  pass: () => boolean,
): void {
  const push = req.push;
  const chunks: Buffer[] = [];
  let size = 0;
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk === null) {
      req.push = push;
      pass();
      for (const c of chunks) push.call(req, c);
      chunks.length = 0;
      return push.call(req, null);
    }
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
    size += buf.length;
    if (size > limit) {
      chunks.length = 0;
      req.push = () => false; // drop whatever is already in flight; false also stops reading the socket
      refuse(req, res, limit);
      return false;
    }
    chunks.push(buf);
    return true;
  };
}

/** How long a refused connection stays open (not read) so the client can read the 413 before it closes. */
const LINGER_MS = 2000;

/**
 * Answers 413 and stops reading. Written on the socket itself because `res.end()` would make Node drain the
 * unread body (`req._dump()`) and then close with unread bytes pending, which resets the connection and
 * loses the answer on the client's side. So: write, half-close, stop reading, close a little later.
 */
function refuse(req: IncomingMessage, res: ServerResponse, limit: number): true {
  const body = JSON.stringify({ error: "request_body_too_large", limitBytes: limit });
  const socket = res.socket;
  if (!socket || res.headersSent) {
    // Not this response's turn on a pipelined connection (or already answered): just close.
    req.socket.destroy();
    return true;
  }
  socket.pause();
  socket.end(
    "HTTP/1.1 413 Payload Too Large\r\n" +
      "content-type: application/json; charset=utf-8\r\n" +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      "cache-control: no-store\r\n" +
      "x-content-type-options: nosniff\r\n" +
      "connection: close\r\n\r\n" +
      body,
  );
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
  return true;
}
