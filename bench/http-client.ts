import http from "node:http";

/**
 * A lean HTTP/1.1 client for load generation: node:http over a keep-alive agent (one socket per concurrent
 * worker), no body decompression and no WHATWG streams, so the generator costs as little as possible of the CPU
 * it shares with the server.
 */
export interface LeanResponse {
  status: number;
  body: string;
}

export function keepAliveAgent(connections: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

export function postForm(agent: http.Agent, url: URL, body: string): Promise<LeanResponse> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", (e) => resolve({ status: 0, body: e.message }));
      },
    );
    req.on("error", (e) => resolve({ status: 0, body: e.message }));
    req.end(body);
  });
}
