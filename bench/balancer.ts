import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A round-robin HTTP load balancer for the multi-instance benchmark: each request goes to the next instance, so
 * consecutive calls of one flow (and one browser's consecutive page loads) land on different instances, the
 * way a load balancer without sticky sessions spreads them. Both instances get the balancer's origin as their
 * PUBLIC_URL, as behind a real one.
 */
export interface Balancer {
  origin: string;
  port: number;
  /** Requests forwarded to each upstream. */
  counts: number[];
  close(): Promise<void>;
}

export async function startBalancer(port: number, upstreams: string[]): Promise<Balancer> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const counts = upstreams.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const i = next++ % upstreams.length;
    counts[i]!++;
    const target = new URL(req.url ?? "/", upstreams[i]);
    const upstream = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.rawHeaders);
        up.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    counts,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
